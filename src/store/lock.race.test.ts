import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { isDead, type LockNotice, withLock } from './lock.js';

// The races a single process cannot time by itself, staged by making one file-system call do
// what another process would have done at that moment.
vi.mock('node:fs', async (importOriginal) => {
  const real = await importOriginal<typeof import('node:fs')>();
  const seam = { ...real, writeSync: vi.fn(real.writeSync), renameSync: vi.fn(real.renameSync) };
  return { ...seam, default: seam };
});

let dir: string;
let file: string;
let lock: string;
beforeEach(() => {
  dir = fs.mkdtempSync(join(tmpdir(), 'mlroad-lock-race-'));
  file = join(dir, 'progress.json');
  lock = `${file}.lock`;
});
afterEach(() => {
  vi.restoreAllMocks();
  vi.mocked(fs.writeSync).mockReset();
  vi.mocked(fs.renameSync).mockReset();
  fs.rmSync(dir, { recursive: true, force: true });
});

const real = await vi.importActual<typeof import('node:fs')>('node:fs');
const deadPid = () => Number(spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' }).stdout);
const owner = (pid: number, nonce: string) => JSON.stringify({ pid, host: hostname(), started: 0, nonce });
const passThrough = () => {
  vi.mocked(fs.writeSync).mockImplementation(real.writeSync as never);
  vi.mocked(fs.renameSync).mockImplementation(real.renameSync);
};

describe('creating the lock', () => {
  it('a failure to write the owner removes the unnamed lock and fails as a lock failure', async () => {
    passThrough();
    vi.mocked(fs.writeSync).mockImplementationOnce(() => {
      throw Object.assign(new Error('no space'), { code: 'ENOSPC' });
    });
    const error = await withLock(file, async () => 1, { waitMs: 0 }).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'failed', path: lock, data: { action: 'lock', errno: 'ENOSPC' } });
    expect(fs.existsSync(lock)).toBe(false);
  });
});

describe('taking over a dead holder’s lock', () => {
  it('when another waiter moved it first, this one tries again and takes it over once', async () => {
    passThrough();
    fs.writeFileSync(lock, owner(deadPid(), 'dead'));
    vi.mocked(fs.renameSync).mockImplementationOnce(() => {
      throw Object.assign(new Error('gone'), { code: 'ENOENT' });
    });
    const notices: LockNotice[] = [];
    expect(await withLock(file, async () => 'ran', { waitMs: 1000, notice: (n) => notices.push(n) })).toBe('ran');
    expect(notices).toHaveLength(1);
  });

  it('when a live holder got in just before the move, its lock is put back and left to it', async () => {
    passThrough();
    fs.writeFileSync(lock, owner(deadPid(), 'dead'));
    vi.mocked(fs.renameSync).mockImplementationOnce((from, to) => {
      real.writeFileSync(lock, owner(process.ppid, 'new'));
      real.renameSync(from, to);
    });
    const notices: LockNotice[] = [];
    let ran = false;
    const error = await withLock(file, async () => (ran = true), { waitMs: 0, notice: (n) => notices.push(n) }).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'lockBusy' });
    expect(ran).toBe(false);
    expect(notices).toEqual([]);
    expect(JSON.parse(fs.readFileSync(lock, 'utf8')).nonce).toBe('new');
    expect(fs.readdirSync(dir)).toEqual(['progress.json.lock']);
  });

  it('when a new holder, not yet named, got in just before the move, its lock is put back', async () => {
    passThrough();
    fs.writeFileSync(lock, owner(deadPid(), 'dead'));
    vi.mocked(fs.renameSync).mockImplementationOnce((from, to) => {
      real.writeFileSync(lock, '');
      real.renameSync(from, to);
    });
    const error = await withLock(file, async () => 1, { waitMs: 0 }).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'lockBusy' });
    expect(fs.readFileSync(lock, 'utf8')).toBe('');
  });

  it('when a holder named itself in a stale unnamed lock just before the move, it is put back', async () => {
    passThrough();
    fs.writeFileSync(lock, '');
    fs.utimesSync(lock, new Date(Date.now() - 20_000), new Date(Date.now() - 20_000));
    vi.mocked(fs.renameSync).mockImplementationOnce((from, to) => {
      real.writeFileSync(lock, owner(process.ppid, 'new'));
      real.renameSync(from, to);
    });
    const error = await withLock(file, async () => 1, { waitMs: 0 }).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'lockBusy' });
    expect(JSON.parse(fs.readFileSync(lock, 'utf8')).nonce).toBe('new');
  });
});

describe('isDead', () => {
  it('an unnamed lock released meanwhile is not dead: just try again', () => {
    expect(isDead(join(dir, 'gone.lock'), undefined)).toBe(false);
  });

  it('a pid this process may not signal is alive', () => {
    vi.spyOn(process, 'kill').mockImplementation(() => {
      throw Object.assign(new Error('not permitted'), { code: 'EPERM' });
    });
    expect(isDead(lock, { pid: 424242, host: hostname(), started: 0, nonce: 'n' })).toBe(false);
  });
});
