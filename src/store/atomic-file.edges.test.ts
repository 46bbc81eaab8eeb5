import { existsSync, lstatSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { removeStaleTemps, syncDir, writeFileAtomic } from './atomic-file.js';
import { nodeFs, type StoreFs } from './fs-seam.js';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'mlroad-atomic-edges-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const fail = (code: string) => () => {
  throw Object.assign(new Error(code), { code });
};
const counting = () => {
  const calls: string[] = [];
  const fs: StoreFs = {
    ...nodeFs,
    openSync: (path, flags, mode) => {
      calls.push(`open ${basename(String(path))}`);
      return nodeFs.openSync(path, flags, mode);
    },
    fsyncSync: (fd) => {
      calls.push('fsync');
      nodeFs.fsyncSync(fd);
    },
  };
  return { fs, calls };
};

describe('writeFileAtomic', () => {
  it('writes through a hidden temp file named by pid, time and a short random part', () => {
    const { fs, calls } = counting();
    writeFileAtomic(join(dir, 'progress.json'), 'x', { fs });
    expect(calls[0]).toMatch(new RegExp(`^open \\.progress\\.json\\.${process.pid}\\.\\d+\\.[a-z0-9]{1,6}\\.tmp$`));
  });

  it('durable by default: the file and the directory are flushed', () => {
    const { fs, calls } = counting();
    writeFileAtomic(join(dir, 'progress.json'), 'x', { fs });
    expect(calls.slice(1)).toEqual(['fsync', `open ${basename(dir)}`, 'fsync']);
  });

  it('not durable: nothing is flushed, the file is still replaced', () => {
    const { fs, calls } = counting();
    writeFileAtomic(join(dir, 'cache.json'), 'x', { fs, durable: false });
    expect(calls.filter((c) => c === 'fsync')).toEqual([]);
    expect(calls).toHaveLength(1);
    expect(readFileSync(join(dir, 'cache.json'), 'utf8')).toBe('x');
  });

  it('a dangling link is written through to where it points, and stays a link', () => {
    symlinkSync(join(dir, 'target.json'), join(dir, 'link.json'));
    writeFileAtomic(join(dir, 'link.json'), 'x');
    expect(readFileSync(join(dir, 'target.json'), 'utf8')).toBe('x');
    expect(lstatSync(join(dir, 'link.json')).isSymbolicLink()).toBe(true);
  });

  it('follows at most forty dangling links by hand, then writes in place of the fortieth', () => {
    for (let i = 0; i < 41; i++) symlinkSync(`l${i + 1}`, join(dir, `l${i}`));
    writeFileAtomic(join(dir, 'l0'), 'x');
    expect(lstatSync(join(dir, 'l40')).isFile()).toBe(true);
    expect(existsSync(join(dir, 'l41'))).toBe(false);
  });
});

describe('syncDir', () => {
  it('a directory that cannot be opened for reading (EISDIR) is skipped; another open failure is thrown', () => {
    expect(() => syncDir(dir, { ...nodeFs, openSync: fail('EISDIR') })).not.toThrow();
    expect(() => syncDir(dir, { ...nodeFs, openSync: fail('EACCES') })).toThrow('EACCES');
  });

  it('a system that cannot fsync a directory is let be; any other fsync failure is thrown, the descriptor closed', () => {
    for (const code of ['EINVAL', 'ENOTSUP', 'EISDIR']) expect(() => syncDir(dir, { ...nodeFs, fsyncSync: fail(code) })).not.toThrow();
    const closed: number[] = [];
    const fs = {
      ...nodeFs,
      fsyncSync: fail('EIO'),
      closeSync: (fd: number) => {
        closed.push(fd);
        nodeFs.closeSync(fd);
      },
    };
    expect(() => syncDir(dir, fs)).toThrow('EIO');
    expect(closed).toHaveLength(1);
  });
});

describe('removeStaleTemps', () => {
  const old = (name: string) => {
    writeFileSync(join(dir, name), 'x');
    utimesSync(join(dir, name), new Date(Date.now() - 7200_000), new Date(Date.now() - 7200_000));
    return join(dir, name);
  };

  it('removes only this file’s temp files, ours and conf’s older naming', () => {
    const ours = old('.progress.json.12.34.ab.tmp');
    const conf = old('progress.json.tmp-99');
    const kept = ['.progress.json.verified', 'other.tmp', '.other.json.1.tmp', 'progress.json.lock', 'progress.json'].map(old);
    expect(removeStaleTemps(join(dir, 'progress.json'), 3600_000).sort()).toEqual([ours, conf].sort());
    for (const path of kept) expect(existsSync(path)).toBe(true);
  });

  it('one exactly as old as the limit is stale; a moment younger is not', () => {
    const temp = old('.progress.json.1.tmp');
    const mtime = statSync(temp).mtimeMs;
    expect(removeStaleTemps(join(dir, 'progress.json'), 1000, mtime + 999)).toEqual([]);
    expect(removeStaleTemps(join(dir, 'progress.json'), 1000, mtime + 1000)).toEqual([temp]);
  });

  it('names what it removed by the path given, not through linked folders', () => {
    mkdirSync(join(dir, 'real'));
    symlinkSync(join(dir, 'real'), join(dir, 'linked'));
    old(join('real', '.progress.json.1.tmp'));
    writeFileSync(join(dir, 'real', 'progress.json'), '{}');
    expect(removeStaleTemps(join(dir, 'linked', 'progress.json'), 1000)).toEqual([join(dir, 'linked', '.progress.json.1.tmp')]);
  });

  it('the progress file and its log: both files’ temp files, and only theirs', () => {
    const progress = old('.progress.json.1.tmp');
    const log = old('.progress.log.jsonl.2.tmp');
    const other = old('.other.json.3.tmp');
    mkdirSync(join(dir, 'elsewhere'));
    const away = old(join('elsewhere', '.progress.log.jsonl.4.tmp'));
    expect(removeStaleTemps([join(dir, 'progress.json'), join(dir, 'progress.log.jsonl')], 1000).sort()).toEqual([log, progress].sort());
    expect(existsSync(other)).toBe(true);
    expect(removeStaleTemps([join(dir, 'progress.json'), join(dir, 'elsewhere', 'progress.log.jsonl')], 1000)).toEqual([away]);
  });

  it('a directory that cannot be listed: nothing removed', () => {
    expect(removeStaleTemps(join(dir, 'nope', 'progress.json'), 0)).toEqual([]);
  });
});
