import { homedir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cacheDir, completionPath, configDir, logPath, progressPath, promptPath, promptTextPath } from './paths.js';

describe('paths', () => {
  it('MLROAD_CONFIG_DIR holds everything, caches included, on every platform', () => {
    const env = { MLROAD_CONFIG_DIR: '/tmp/m', XDG_CONFIG_HOME: '/x', APPDATA: 'C:\\A' };
    for (const platform of ['linux', 'darwin', 'win32'] as const) {
      expect(configDir(env, platform)).toBe('/tmp/m');
      expect(cacheDir(env, platform)).toBe(join('/tmp/m', 'cache'));
    }
  });

  it('follows each platform’s convention otherwise', () => {
    const home = homedir();
    expect(configDir({}, 'linux')).toBe(join(home, '.config', 'mlroad'));
    expect(configDir({ XDG_CONFIG_HOME: '/xdg' }, 'linux')).toBe(join('/xdg', 'mlroad'));
    expect(cacheDir({}, 'linux')).toBe(join(home, '.cache', 'mlroad'));
    expect(cacheDir({ XDG_CACHE_HOME: '/xc' }, 'linux')).toBe(join('/xc', 'mlroad'));
    expect(configDir({}, 'darwin')).toBe(join(home, 'Library', 'Preferences', 'mlroad'));
    expect(cacheDir({}, 'darwin')).toBe(join(home, 'Library', 'Caches', 'mlroad'));
    expect(configDir({ APPDATA: '/appdata' }, 'win32')).toBe(join('/appdata', 'mlroad', 'Config'));
    expect(configDir({}, 'win32')).toBe(join(home, 'AppData', 'Roaming', 'mlroad', 'Config'));
    expect(cacheDir({ LOCALAPPDATA: '/local' }, 'win32')).toBe(join('/local', 'mlroad', 'Cache'));
    expect(cacheDir({}, 'win32')).toBe(join(home, 'AppData', 'Local', 'mlroad', 'Cache'));
  });

  it('names the files beside each other', () => {
    expect([progressPath('/d'), logPath('/d'), promptPath('/d'), promptTextPath('/d'), completionPath('/d')]).toEqual([
      join('/d', 'progress.json'),
      join('/d', 'progress.log.jsonl'),
      join('/d', 'prompt.json'),
      join('/d', 'prompt.txt'),
      join('/d', 'completion.txt'),
    ]);
  });
});
