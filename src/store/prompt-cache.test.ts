import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type Context, makeContext } from '../context.js';
import { emptyProgress, type ProgressFile } from '../core/progress/model.js';
import { VERSION } from '../version.js';
import { stampOf } from './file-stamp.js';
import { completionText, shellText, writePromptCache } from './prompt-cache.js';
import { computePromptCache } from './prompt-refresh.js';
import { roadmapChoice, roadmapLocation } from './roadmap-choice.js';
import { BUNDLED_ROADMAP, loadRoadmap } from './roadmap-loader.js';

let root: string;
let config: string;
let main: string;
beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'mlroad-prompt-cache-'));
  config = join(root, 'config');
  mkdirSync(config);
  cpSync(new URL('../../test/fixtures/mini/', import.meta.url), join(root, 'roadmap'), { recursive: true });
  main = join(root, 'roadmap', 'roadmap.yaml');
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

const NOW = '2026-03-01T10:00:00.000Z';
const quiet = { write: () => true, isTTY: false };
const context = (env: Record<string, string> = {}): Context =>
  makeContext({
    env: { MLROAD_CONFIG_DIR: config, MLROAD_NOW: NOW, ...env },
    stdout: quiet,
    stderr: quiet,
    stdin: { isTTY: false } as never,
    interactive: false,
  });
const progress = {
  version: 2,
  settings: { roadmap: '/somewhere/else' },
  roadmaps: {
    mini: {
      topics: { alpha: { status: 'done', at: '2026-02-01T00:00:00.000Z' } },
      attempts: [],
      cards: {
        'arithmetic/two-plus-two': { due: '2026-03-05T00:00:00.000Z', stability: 1, difficulty: 5, reps: 1, state: 2, last_review: '2026-02-01T00:00:00.000Z' },
      },
    },
  },
};

describe('computePromptCache', () => {
  it('writes the line, its shell text and the completion ids, for the roadmap in use and the file read', async () => {
    writeFileSync(join(config, 'progress.json'), JSON.stringify(progress));
    const ctx = context({ MLROAD_ROADMAP: main });
    const cache = await computePromptCache(ctx);
    expect(cache).toEqual({
      v: 2,
      mlroad: VERSION,
      at: NOW,
      roadmap: main,
      selected: '/somewhere/else',
      files: [stampOf(main)],
      progress: stampOf(join(config, 'progress.json')),
      validUntil: '2026-03-05T00:00:00.000Z',
      fields: { percent: 33, done: 1, total: 3, stage: 'basics', topic: 'beta', due: 0, roadmap: 'mini', bundled: false },
    });
    expect(JSON.parse(readFileSync(join(config, 'prompt.json'), 'utf8'))).toEqual(cache);
    expect(readdirSync(ctx.cacheDir).length).toBeGreaterThan(0); // the roadmap was loaded through its cache
    expect(readFileSync(join(config, 'prompt.txt'), 'utf8')).toBe(shellText(cache));
    expect(readFileSync(join(config, 'completion.txt'), 'utf8')).toBe(
      'topics=alpha beta gamma delta\nquizzes=arithmetic\ntodo=beta gamma delta\nfinished=alpha\n',
    );
  });

  it('refuses a damaged progress file, and leaves it as it is', async () => {
    writeFileSync(join(config, 'progress.json'), '{"version":2,"roadmaps":3}');
    await expect(computePromptCache(context({ MLROAD_ROADMAP: main }))).rejects.toThrow('progress file is corrupt');
    expect(readFileSync(join(config, 'progress.json'), 'utf8')).toBe('{"version":2,"roadmaps":3}');
  });

  it('the bundled roadmap is marked bundled, and with no selection none is recorded', async () => {
    const cache = await computePromptCache(context());
    expect(cache.roadmap).toBe(join(BUNDLED_ROADMAP, 'roadmap.yaml'));
    expect(cache.fields.bundled).toBe(true);
    expect(cache.selected).toBeNull();
    expect(cache.progress).toBeNull();
  });
});

describe('writePromptCache', () => {
  it('never fails the command when the cache cannot be written', async () => {
    const loaded = await loadRoadmap(main);
    writeFileSync(join(root, 'file'), '');
    const ctx = { ...context(), configDir: join(root, 'file', 'config') };
    expect(writePromptCache(ctx, loaded, emptyProgress()).fields.total).toBe(3);
  });

  it('stamps the main roadmap file, found also by a path written another way', async () => {
    const loaded = await loadRoadmap(main);
    const cache = writePromptCache(context(), loaded, emptyProgress());
    expect(cache.files).toEqual([stampOf(main)]);
    // (join would normalise it: the path is written as a learner might type it.)
    const other = { ...loaded, mainFile: `${root}/roadmap/x/../roadmap.yaml` };
    expect(other.mainFile).not.toBe(main);
    expect(writePromptCache(context(), other, emptyProgress()).files).toEqual([stampOf(main)]);
  });

  it('leaves the completion ids as they are when no id moved, and rewrites them when one did', async () => {
    const loaded = await loadRoadmap(main);
    const file = join(config, 'completion.txt');
    writePromptCache(context(), loaded, emptyProgress());
    const first = statSync(file, { bigint: true });
    writePromptCache(context(), loaded, emptyProgress());
    expect(statSync(file, { bigint: true }).ino).toBe(first.ino); // not replaced: each write is a rename to a new inode
    const done = progress as unknown as ProgressFile;
    writePromptCache(context(), loaded, done);
    expect(statSync(file, { bigint: true }).ino).not.toBe(first.ino);
    expect(readFileSync(file, 'utf8')).toContain('finished=alpha');
  });
});

describe('the shell text', () => {
  it('times in whole seconds since the epoch', async () => {
    const cache = writePromptCache(context(), await loadRoadmap(main), emptyProgress());
    const text = shellText({ ...cache, validUntil: '2026-03-05T00:00:00.900Z' });
    expect(text).toContain(`\nat=${Date.parse(NOW) / 1000}\n`);
    expect(text).toContain(`\nuntil=${Date.parse('2026-03-05T00:00:00Z') / 1000}\n`);
    expect(shellText({ ...cache, validUntil: null })).toContain('\nuntil=0\n');
  });

  it('lists every quiz id, space-separated, and drops one that is no kebab-case id', () => {
    expect(completionText([], ['q1', 'not an id', 'q2'])).toBe('topics=\nquizzes=q1 q2\ntodo=\nfinished=\n');
  });

  it('without progress every topic is still to do and none finished', () => {
    expect(completionText(['a', 'b'], ['q'])).toBe('topics=a b\nquizzes=q\ntodo=a b\nfinished=\n');
  });
});

describe('roadmapChoice', () => {
  const file = { ...emptyProgress(), settings: { roadmap: '/selected' } };
  it('--roadmap, then MLROAD_ROADMAP, then the selection, then the bundled one', () => {
    expect(roadmapChoice({ roadmapFlag: '/flag', env: { MLROAD_ROADMAP: '/env' } }, file)).toEqual({ location: '/flag', source: 'flag' });
    expect(roadmapChoice({ env: { MLROAD_ROADMAP: '/env' } }, file)).toEqual({ location: '/env', source: 'env' });
    expect(roadmapChoice({ env: {} }, file)).toEqual({ location: '/selected', source: 'use' });
    expect(roadmapLocation({ env: {} }, emptyProgress())).toBe(BUNDLED_ROADMAP);
  });
});
