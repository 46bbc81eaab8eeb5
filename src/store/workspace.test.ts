import { existsSync, lstatSync, mkdirSync, mkdtempSync, readFileSync, readlinkSync, rmSync, statSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { homedir, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Exercise } from '../core/roadmap/types.js';
import { BUNDLED_ROADMAP } from './roadmap-loader.js';
import { copyStarter, exerciseAt, exerciseFolder, isBundled, moveAside, readSolution, refreshCheckFiles, workspaceDir } from './workspace.js';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'mlroad-workspace-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const exercise = (files?: string) => ({ id: 'ex', starter: 'starter', check: { files } }) as unknown as Exercise;
const write = (path: string, text: string) => {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, text);
};

describe('workspaceDir', () => {
  it('MLROAD_WORKSPACE first, then the configured one, then mlroad in HOME', () => {
    expect(workspaceDir({ MLROAD_WORKSPACE: '/w', HOME: '/h' }, '/c')).toBe('/w');
    expect(workspaceDir({ MLROAD_WORKSPACE: '', HOME: '/h' }, '/c')).toBe('/c');
    expect(workspaceDir({ HOME: '/h' }, '')).toBe(join('/h', 'mlroad'));
    expect(workspaceDir({ HOME: '' })).toBe(join(homedir(), 'mlroad'));
  });

  it('an exercise’s folder is named by its id inside the workspace', () => {
    expect(exerciseFolder('/w', 'linear-regression')).toBe(join('/w', 'linear-regression'));
  });
});

describe('copyStarter', () => {
  it('copies the starter tree into a new folder, making its parents', () => {
    write(join(dir, 'roadmap', 'starter', 'main.py'), 'print(1)\n');
    write(join(dir, 'roadmap', 'starter', 'data', 'x.csv'), 'a,b\n');
    const folder = join(dir, 'ws', 'deep', 'ex');
    copyStarter(join(dir, 'roadmap'), exercise(), folder);
    expect(readFileSync(join(folder, 'main.py'), 'utf8')).toBe('print(1)\n');
    expect(readFileSync(join(folder, 'data', 'x.csv'), 'utf8')).toBe('a,b\n');
  });

  it('never copies over an existing file of the learner', () => {
    write(join(dir, 'roadmap', 'starter', 'main.py'), 'starter\n');
    const folder = join(dir, 'ws', 'ex');
    write(join(folder, 'main.py'), 'mine\n');
    expect(() => copyStarter(join(dir, 'roadmap'), exercise(), folder)).toThrow();
    expect(readFileSync(join(folder, 'main.py'), 'utf8')).toBe('mine\n');
  });
});

describe('moveAside', () => {
  const now = new Date('2026-03-01T10:20:30.456Z');

  it('renames the folder to a name stamped with the time', () => {
    const folder = join(dir, 'ex');
    write(join(folder, 'a.py'), 'x');
    const target = moveAside(folder, now);
    expect(target).toBe(`${folder}.before-reset-2026-03-01T10-20-30-456Z`);
    expect(existsSync(folder)).toBe(false);
    expect(readFileSync(join(target, 'a.py'), 'utf8')).toBe('x');
  });

  it('numbers the name when one of that time exists already', () => {
    const folder = join(dir, 'ex');
    for (const n of [1, 2, 3]) {
      write(join(folder, 'a.py'), String(n));
      moveAside(folder, now);
    }
    const stamp = `${folder}.before-reset-2026-03-01T10-20-30-456Z`;
    expect(readFileSync(join(stamp, 'a.py'), 'utf8')).toBe('1');
    expect(readFileSync(join(`${stamp}-2`, 'a.py'), 'utf8')).toBe('2');
    expect(readFileSync(join(`${stamp}-3`, 'a.py'), 'utf8')).toBe('3');
  });
});

describe('refreshCheckFiles', () => {
  it('replaces .mlroad/check with a fresh copy of the check’s files, links as links', () => {
    write(join(dir, 'roadmap', 'checks', 'test_x.py'), 'assert True\n');
    symlinkSync('test_x.py', join(dir, 'roadmap', 'checks', 'alias.py'));
    const folder = join(dir, 'ws', 'ex');
    write(join(folder, '.mlroad', 'check', 'test_x.py'), 'edited by the learner\n');
    write(join(folder, '.mlroad', 'check', 'extra.py'), 'left over\n');
    refreshCheckFiles(join(dir, 'roadmap'), exercise('checks'), folder);
    expect(readFileSync(join(folder, '.mlroad', 'check', 'test_x.py'), 'utf8')).toBe('assert True\n');
    expect(existsSync(join(folder, '.mlroad', 'check', 'extra.py'))).toBe(false);
    expect(readlinkSync(join(folder, '.mlroad', 'check', 'alias.py'))).toBe('test_x.py');
  });

  it('leaves a copy that is still the check’s own as it is, and replaces it once edited', () => {
    write(join(dir, 'roadmap', 'checks', 'test_x.py'), 'assert True\n');
    const folder = join(dir, 'ws', 'ex');
    mkdirSync(folder, { recursive: true });
    refreshCheckFiles(join(dir, 'roadmap'), exercise('checks'), folder);
    const copy = join(folder, '.mlroad', 'check', 'test_x.py');
    const long = new Date('2020-01-01T00:00:00Z');
    utimesSync(copy, long, long); // a copy written again would carry today's time
    refreshCheckFiles(join(dir, 'roadmap'), exercise('checks'), folder);
    expect(statSync(copy).mtime).toEqual(long);
    writeFileSync(copy, 'assert 1==1\n'); // the same size, other bytes
    refreshCheckFiles(join(dir, 'roadmap'), exercise('checks'), folder);
    expect(readFileSync(copy, 'utf8')).toBe('assert True\n');
  });

  it('makes .mlroad when the folder has none yet', () => {
    write(join(dir, 'roadmap', 'checks', 'test_x.py'), 'assert True\n');
    const folder = join(dir, 'ws', 'ex');
    mkdirSync(folder, { recursive: true });
    refreshCheckFiles(join(dir, 'roadmap'), exercise('checks'), folder);
    expect(readFileSync(join(folder, '.mlroad', 'check', 'test_x.py'), 'utf8')).toBe('assert True\n');
  });

  it('an exercise without check files just removes the old ones', () => {
    const folder = join(dir, 'ws', 'ex');
    write(join(folder, '.mlroad', 'check', 'test_x.py'), 'old\n');
    refreshCheckFiles(join(dir, 'roadmap'), exercise(), folder);
    expect(existsSync(join(folder, '.mlroad', 'check'))).toBe(false);
    expect(lstatSync(join(folder, '.mlroad')).isDirectory()).toBe(true);
  });
});

describe('exerciseAt', () => {
  it('the exercise whose folder holds cwd, however deep', () => {
    mkdirSync(join(dir, 'ws', 'ex', 'src', 'deep'), { recursive: true });
    expect(exerciseAt(join(dir, 'ws'), join(dir, 'ws', 'ex'), ['ex'])).toBe('ex');
    expect(exerciseAt(join(dir, 'ws'), join(dir, 'ws', 'ex', 'src', 'deep'), ['other', 'ex'])).toBe('ex');
  });

  it('none for the workspace itself, a folder outside it, an unknown folder, or a path that does not exist', () => {
    mkdirSync(join(dir, 'ws', 'notes'), { recursive: true });
    mkdirSync(join(dir, 'elsewhere'));
    mkdirSync(join(dir, 'ws..x'), { recursive: true });
    expect(exerciseAt(join(dir, 'ws'), join(dir, 'ws'), ['ex'])).toBeUndefined();
    expect(exerciseAt(join(dir, 'ws'), join(dir, 'elsewhere'), ['elsewhere', 'ex'])).toBeUndefined();
    expect(exerciseAt(join(dir, 'ws'), join(dir, 'ws', 'notes'), ['ex'])).toBeUndefined();
    expect(exerciseAt(join(dir, 'ws'), join(dir, 'ws', 'gone'), ['gone'])).toBeUndefined();
    expect(exerciseAt(join(dir, 'nows'), join(dir, 'elsewhere'), ['elsewhere'])).toBeUndefined();
  });

  it('the workspace itself and anything outside it are no exercise, whatever ids are asked for', () => {
    mkdirSync(join(dir, 'ws'), { recursive: true });
    mkdirSync(join(dir, 'elsewhere'));
    expect(exerciseAt(join(dir, 'ws'), join(dir, 'ws'), [''])).toBeUndefined();
    expect(exerciseAt(join(dir, 'ws'), join(dir, 'elsewhere'), ['..'])).toBeUndefined();
  });

  it('through links: a linked workspace still finds the exercise', () => {
    mkdirSync(join(dir, 'real', 'ex'), { recursive: true });
    symlinkSync(join(dir, 'real'), join(dir, 'link'));
    expect(exerciseAt(join(dir, 'link'), join(dir, 'real', 'ex'), ['ex'])).toBe('ex');
  });
});

describe('isBundled', () => {
  it('the roadmap shipped with mlroad, found through links; not another, nor one that does not exist', () => {
    expect(isBundled(join(BUNDLED_ROADMAP, 'roadmap.yaml'))).toBe(true);
    symlinkSync(BUNDLED_ROADMAP, join(dir, 'link'));
    expect(isBundled(join(dir, 'link', 'roadmap.yaml'))).toBe(true);
    write(join(dir, 'mine', 'roadmap.yaml'), '');
    expect(isBundled(join(dir, 'mine', 'roadmap.yaml'))).toBe(false);
    expect(isBundled(join(dir, 'gone', 'roadmap.yaml'))).toBe(false);
  });
});

describe('readSolution', () => {
  it('every file with its relative path, in name order, directories walked', () => {
    write(join(dir, 'sol', 'b.py'), 'b');
    write(join(dir, 'sol', 'a.py'), 'a');
    write(join(dir, 'sol', 'pkg', 'c.py'), 'c');
    expect(readSolution(join(dir, 'sol'))).toEqual([
      { path: 'a.py', text: 'a' },
      { path: 'b.py', text: 'b' },
      { path: join('pkg', 'c.py'), text: 'c' },
    ]);
  });

  it('stops at the byte budget, taking the files that still fit (exactly fitting counts)', () => {
    write(join(dir, 'sol', 'a.txt'), 'aaaa');
    write(join(dir, 'sol', 'b.txt'), 'bbbbbb');
    write(join(dir, 'sol', 'c.txt'), 'cc');
    expect(readSolution(join(dir, 'sol'), 6).map((f) => f.path)).toEqual(['a.txt', 'c.txt']);
    expect(readSolution(join(dir, 'sol'), 12).map((f) => f.path)).toEqual(['a.txt', 'b.txt', 'c.txt']);
    expect(readSolution(join(dir, 'sol'), 11).map((f) => f.path)).toEqual(['a.txt', 'b.txt']);
  });

  it('the default budget is 256 KiB', () => {
    write(join(dir, 'sol', 'a.txt'), 'a'.repeat(256 * 1024));
    write(join(dir, 'sol', 'b.txt'), 'b');
    expect(readSolution(join(dir, 'sol')).map((f) => f.path)).toEqual(['a.txt']);
  });

  it('leaves out links and anything nested deeper than eight folders', () => {
    write(join(dir, 'sol', 'a.py'), 'a');
    symlinkSync(join(dir, 'sol', 'a.py'), join(dir, 'sol', 'link.py'));
    const nine = join(dir, 'sol', '1', '2', '3', '4', '5', '6', '7', '8', '9');
    write(join(dir, 'sol', '1', '2', '3', '4', '5', '6', '7', '8', 'eight.py'), '8');
    write(join(nine, 'nine.py'), '9');
    expect(readSolution(join(dir, 'sol')).map((f) => f.path)).toEqual([join('1', '2', '3', '4', '5', '6', '7', '8', 'eight.py'), 'a.py']);
  });
});
