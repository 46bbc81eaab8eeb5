import { lstatSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { removeStaleTemps, writeFileAtomic } from './atomic-file.js';
import { nodeFs, type StoreFs } from './fs-seam.js';

let dir: string;
beforeEach(() => (dir = mkdtempSync(join(tmpdir(), 'mlroad-atomic-'))));
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** A file system whose `step` fails the `nth` time it is called, as a full disk would. */
function failing(step: keyof StoreFs, nth = 1): { fs: StoreFs; calls: string[] } {
  const calls: string[] = [];
  let seen = 0;
  const fs = { ...nodeFs } as Record<keyof StoreFs, (...a: unknown[]) => unknown>;
  for (const key of Object.keys(nodeFs) as (keyof StoreFs)[]) {
    fs[key] = (...args: unknown[]) => {
      calls.push(key);
      if (key === step && ++seen === nth) throw Object.assign(new Error(`${key} failed`), { code: 'ENOSPC' });
      return (nodeFs[key] as (...a: unknown[]) => unknown)(...args);
    };
  }
  return { fs: fs as unknown as StoreFs, calls };
}

describe('writeFileAtomic', () => {
  // fsyncSync is called twice: the file (1st), then the directory (2nd).
  const steps: [string, keyof StoreFs, number][] = [
    ['open', 'openSync', 1],
    ['write', 'writeSync', 1],
    ['fsync of the file', 'fsyncSync', 1],
    ['rename', 'renameSync', 1],
  ];
  it.each(steps)('a failing %s leaves the old file intact and no temp file', (_name, step, nth) => {
    const file = join(dir, 'progress.json');
    writeFileSync(file, 'old');
    const { fs } = failing(step, nth);
    expect(() => writeFileAtomic(file, 'new', { fs })).toThrow(`${step} failed`);
    expect(readFileSync(file, 'utf8')).toBe('old');
    expect(readdirSync(dir)).toEqual(['progress.json']);
  });

  it('a failing fsync of the directory is reported, after the complete new file is in place', () => {
    const file = join(dir, 'progress.json');
    writeFileSync(file, 'old');
    const { fs, calls } = failing('fsyncSync', 2);
    expect(() => writeFileAtomic(file, 'new', { fs })).toThrow('fsyncSync failed');
    expect(readFileSync(file, 'utf8')).toBe('new');
    expect(calls).toEqual(['openSync', 'writeSync', 'fsyncSync', 'closeSync', 'renameSync', 'openSync', 'fsyncSync', 'closeSync']);
  });

  it('flushes the file before the rename and the directory after it', () => {
    const { fs, calls } = failing('rmSync', 99);
    writeFileAtomic(join(dir, 'f'), 'x', { fs });
    expect(calls.indexOf('fsyncSync')).toBeLessThan(calls.indexOf('renameSync'));
    expect(calls.lastIndexOf('fsyncSync')).toBeGreaterThan(calls.indexOf('renameSync'));
  });

  it('writes through a symlink to its target, and the link stays a link', () => {
    const real = join(dir, 'real.json');
    writeFileSync(real, 'old');
    const link = join(dir, 'progress.json');
    symlinkSync(real, link);
    writeFileAtomic(link, 'new');
    expect(lstatSync(link).isSymbolicLink()).toBe(true);
    expect(readFileSync(real, 'utf8')).toBe('new');
  });
});

describe('removeStaleTemps', () => {
  it('removes temp files older than the limit, and keeps a live writer’s fresh one', () => {
    const file = join(dir, 'progress.json');
    const old = join(dir, '.progress.json.123.1.abc.tmp');
    const confOld = join(dir, 'progress.json.tmp-42');
    const fresh = join(dir, '.progress.json.456.2.def.tmp');
    for (const f of [file, old, confOld, fresh]) writeFileSync(f, '');
    const twoHoursAgo = new Date(Date.now() - 2 * 3600_000);
    utimesSync(old, twoHoursAgo, twoHoursAgo);
    utimesSync(confOld, twoHoursAgo, twoHoursAgo);
    expect(removeStaleTemps(file, 3600_000).sort()).toEqual([old, confOld].sort());
    expect(readdirSync(dir).sort()).toEqual(['.progress.json.456.2.def.tmp', 'progress.json']);
  });
});
