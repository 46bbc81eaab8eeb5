import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { filesUnchanged, readOwnFile, resolveMainFile, sameStamp, stampOf, statKey } from './file-stamp.js';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'mlroad-stamp-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const file = (name: string, text: string, mtimeSeconds = 1_700_000_000) => {
  const path = join(dir, name);
  writeFileSync(path, text);
  utimesSync(path, mtimeSeconds, mtimeSeconds);
  return path;
};

describe('stamps', () => {
  it('statKey joins device, inode, size, mtime and ctime in that order', () => {
    expect(statKey({ dev: 1n, ino: 2n, size: 3n, mtimeNs: 4n, ctimeNs: 5n })).toBe('1:2:3:4:5');
  });

  it('stampOf gives size and mtime, and null for a missing file', () => {
    const path = file('a.yaml', 'abc');
    expect(stampOf(path)).toEqual({ path, size: 3, mtimeMs: 1_700_000_000_000 });
    expect(stampOf(join(dir, 'missing.yaml'))).toBeNull();
  });

  it('sameStamp: equal only with the same size and mtime, or both missing', () => {
    const path = file('a.yaml', 'abc');
    const missing = join(dir, 'missing.yaml');
    expect(sameStamp(path, { size: 3, mtimeMs: 1_700_000_000_000 })).toBe(true);
    expect(sameStamp(path, { size: 4, mtimeMs: 1_700_000_000_000 })).toBe(false);
    expect(sameStamp(path, { size: 3, mtimeMs: 1_700_000_000_001 })).toBe(false);
    expect(sameStamp(path, null)).toBe(false);
    expect(sameStamp(missing, { size: 3, mtimeMs: 1_700_000_000_000 })).toBe(false);
    expect(sameStamp(missing, null)).toBe(true);
  });

  it('filesUnchanged: true for none, false as soon as one file is missing or differs in size or mtime', () => {
    const a = file('a.yaml', 'abc');
    const b = file('b.yaml', 'hello');
    const stamps = [stampOf(a)!, stampOf(b)!];
    expect(filesUnchanged([])).toBe(true);
    expect(filesUnchanged(stamps)).toBe(true);
    expect(filesUnchanged([stamps[0]!, { ...stamps[1]!, size: 6 }])).toBe(false);
    expect(filesUnchanged([stamps[0]!, { ...stamps[1]!, mtimeMs: stamps[1]!.mtimeMs + 1 }])).toBe(false);
    expect(filesUnchanged([{ ...stamps[0]!, path: join(dir, 'gone.yaml') }, stamps[1]!])).toBe(false);
  });

  it('an edit that keeps the size but moves the mtime is seen', () => {
    const a = file('a.yaml', 'abc');
    const before = stampOf(a)!;
    file('a.yaml', 'xyz', 1_700_000_001);
    expect(statSync(a).size).toBe(before.size);
    expect(filesUnchanged([before])).toBe(false);
    expect(sameStamp(a, before)).toBe(false);
  });

  it('resolveMainFile: a folder means its roadmap.yaml; a file or a missing path is itself, made absolute', () => {
    mkdirSync(join(dir, 'course'));
    const main = file('main.yaml', 'x');
    expect(resolveMainFile(join(dir, 'course'))).toBe(join(dir, 'course', 'roadmap.yaml'));
    expect(resolveMainFile(main)).toBe(main);
    expect(resolveMainFile(join(dir, 'nope', '..', 'missing.yaml'))).toBe(join(dir, 'missing.yaml'));
  });
});

describe('readOwnFile', () => {
  it('reads a regular file, and refuses a FIFO or a folder at once rather than wait on it', () => {
    const root = mkdtempSync(join(tmpdir(), 'mlroad-own-file-'));
    try {
      writeFileSync(join(root, 'a.json'), 'ñ{}');
      expect(readOwnFile(join(root, 'a.json'))).toBe('ñ{}');
      execFileSync('mkfifo', [join(root, 'pipe')]);
      const code = (path: string) => {
        try {
          readOwnFile(path);
          return 'read';
        } catch (error) {
          return (error as NodeJS.ErrnoException).code;
        }
      };
      expect([code(join(root, 'pipe')), code(root), code(join(root, 'none'))]).toEqual(['ENOTREG', 'ENOTREG', 'ENOENT']);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});
