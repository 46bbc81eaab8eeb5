import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { chooseCache } from './code-cache.js';

let dir: string;
beforeEach(() => {
  dir = join(mkdtempSync(join(tmpdir(), 'mlroad-code-cache-')), 'code');
  mkdirSync(dir);
});
afterEach(() => rmSync(join(dir, '..'), { recursive: true, force: true }));

const build = 'v20.0.0-x64-1-1-main.cjs';
const cache = (name: string, covered: string[], bytes: string) => writeFileSync(join(dir, name), `${JSON.stringify(covered)}\n${bytes}`);

describe('which code cache a run reads and writes', () => {
  it('a run with its own file reads and keeps that one', () => {
    cache(`${build}.status.bin`, ['status'], 'S');
    cache(`${build}.next.bin`, ['next'], 'N');
    const chosen = chooseCache(dir, build, 'next');
    expect(chosen.cacheFile).toBe(join(dir, `${build}.next.bin`));
    expect(chosen.cachedData?.toString()).toBe('N');
    expect(chosen.covered).toEqual(['next']);
  });

  it('a run without one starts its own, borrowing the shared file, or else another run’s, meanwhile', () => {
    cache(`${build}.status.bin`, ['status'], 'S');
    const borrowing = chooseCache(dir, build, 'review');
    expect(borrowing.cacheFile).toBe(join(dir, `${build}.review.bin`));
    expect(borrowing.cachedData?.toString()).toBe('S');
    expect(borrowing.covered).toEqual([]); // so that its own functions are saved at exit
    cache(`${build}.bin`, ['x'], 'X');
    expect(chooseCache(dir, build, 'review').cachedData?.toString()).toBe('X');
    cache('v19.0.0-x64-1-1-main.cjs.review.bin', ['review'], 'OLD'); // another build's: never borrowed
    rmSync(join(dir, `${build}.bin`));
    rmSync(join(dir, `${build}.status.bin`));
    expect(chooseCache(dir, build, 'review').cachedData).toBeUndefined();
  });

  it('past eight runs with files of their own, the others share one', () => {
    for (const name of ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h']) cache(`${build}.${name}.bin`, [name], name);
    cache(`${build}.bin`, ['x', 'y'], 'shared');
    const chosen = chooseCache(dir, build, 'review');
    expect(chosen.cacheFile).toBe(join(dir, `${build}.bin`));
    expect(chosen.cachedData?.toString()).toBe('shared');
    expect(chosen.covered).toEqual(['x', 'y']);
  });

  it('no label (help, no command): the shared file', () => {
    expect(chooseCache(dir, build, undefined)).toEqual({ cacheFile: join(dir, `${build}.bin`), cachedData: undefined, covered: [] });
  });

  it('no folder yet: a file of its own to start, nothing to read', () => {
    const chosen = chooseCache(join(dir, 'missing'), build, 'done');
    expect(chosen.cacheFile).toBe(join(dir, 'missing', `${build}.done.bin`));
    expect(chosen.cachedData).toBeUndefined();
  });
});
