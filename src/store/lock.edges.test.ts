import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { StorageError } from '../errors.js';
import { isDead, type LockNotice, readOwner, withLock } from './lock.js';

let dir: string;
let file: string;
let lock: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'mlroad-lock-edges-'));
  file = join(dir, 'progress.json');
  lock = `${file}.lock`;
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const deadPid = () => Number(spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' }).stdout);
const aged = (path: string, ms: number) => utimesSync(path, new Date(Date.now() - ms), new Date(Date.now() - ms));

describe('a lock lost while the task ran', () => {
  it('removed outright: lockLost naming the lock', async () => {
    const error = await withLock(file, async () => rmSync(lock)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StorageError);
    expect(error).toMatchObject({ code: 'lockLost', path: lock, data: { lock }, message: `lock ${lock} was lost while writing` });
  });

  it('a task that fails after its lock was removed fails with its own error', async () => {
    const fault = new Error('task failed');
    const error = await withLock(file, async () => {
      rmSync(lock);
      throw fault;
    }).catch((e: unknown) => e);
    expect(error).toBe(fault);
  });

  it('a task that fails releases the lock', async () => {
    await expect(
      withLock(file, async () => {
        throw new Error('x');
      }),
    ).rejects.toThrow('x');
    expect(existsSync(lock)).toBe(false);
  });
});

describe('who holds it', () => {
  it('an unnamed lock, still fresh, is busy: the waiter names no pid', async () => {
    writeFileSync(lock, '');
    const error = await withLock(file, async () => 1, { waitMs: 0 }).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'lockBusy', path: lock, data: { lock, pid: '?', host: '?' }, message: `lock ${lock} is held by pid ?` });
  });

  it('a busy named holder is named in the message and the data', async () => {
    writeFileSync(lock, JSON.stringify({ pid: process.ppid, host: hostname(), started: 0, nonce: 'n' }));
    const error = await withLock(file, async () => 1, { waitMs: 0 }).catch((e: unknown) => e);
    expect(error).toMatchObject({ data: { lock, pid: process.ppid, host: hostname() }, message: `lock ${lock} is held by pid ${process.ppid}` });
  });

  it('an unnamed lock older than ten seconds is taken over quietly', async () => {
    writeFileSync(lock, '');
    aged(lock, 20_000);
    const notices: LockNotice[] = [];
    expect(await withLock(file, async () => 'ran', { waitMs: 0, notice: (n) => notices.push(n) })).toBe('ran');
    expect(notices).toEqual([]);
    expect(readdirSync(dir)).toEqual([]);
  });

  it('an unnamed lock five seconds old is not', async () => {
    writeFileSync(lock, '');
    aged(lock, 5_000);
    await expect(withLock(file, async () => 1, { waitMs: 0 })).rejects.toMatchObject({ code: 'lockBusy' });
  });

  it('an old mlroad’s lock directory is taken over once stale, and left while fresh', async () => {
    mkdirSync(lock);
    writeFileSync(join(lock, 'inside'), '');
    await expect(withLock(file, async () => 1, { waitMs: 0 })).rejects.toMatchObject({ code: 'lockBusy' });
    aged(lock, 20_000);
    expect(await withLock(file, async () => 'ran', { waitMs: 0 })).toBe('ran');
    expect(readdirSync(dir)).toEqual([]);
  });

  it('a dead holder is taken over without anyone to tell', async () => {
    writeFileSync(lock, JSON.stringify({ pid: deadPid(), host: hostname(), started: 0, nonce: 'n' }));
    expect(await withLock(file, async () => 'ran', { waitMs: 0 })).toBe('ran');
  });

  it('a lock naming this pid from an earlier process (the pid reused) is dead', async () => {
    writeFileSync(lock, JSON.stringify({ pid: process.pid, host: hostname(), started: 0, nonce: 'n' }));
    expect(isDead(lock, readOwner(lock))).toBe(true);
    expect(await withLock(file, async () => 'ran', { waitMs: 0 })).toBe('ran');
  });

  it('a live holder on this host is not dead', () => {
    writeFileSync(lock, JSON.stringify({ pid: process.ppid, host: hostname(), started: 0, nonce: 'n' }));
    expect(isDead(lock, readOwner(lock))).toBe(false);
  });

  it('a lock without its pid, host or nonce names no one', () => {
    const pid = deadPid();
    for (const owner of [
      { host: hostname(), started: 0, nonce: 'n' },
      { pid: String(pid), host: hostname(), started: 0, nonce: 'n' },
      { pid, started: 0, nonce: 'n' },
      { pid, host: hostname(), started: 0 },
      { pid, host: hostname(), started: 0, nonce: 5 },
    ]) {
      writeFileSync(lock, JSON.stringify(owner));
      expect(readOwner(lock)).toBeUndefined();
    }
    writeFileSync(lock, JSON.stringify({ pid, host: 'h', started: 0, nonce: 'n' }));
    expect(readOwner(lock)).toEqual({ pid, host: 'h', started: 0, nonce: 'n' });
  });

  it('a fresh lock missing its nonce is not taken over, though its pid is dead', async () => {
    writeFileSync(lock, JSON.stringify({ pid: deadPid(), host: hostname(), started: 0 }));
    await expect(withLock(file, async () => 1, { waitMs: 0 })).rejects.toMatchObject({ code: 'lockBusy', data: { pid: '?' } });
  });
});

describe('a lock that cannot be created', () => {
  it('in a directory that does not exist: a lock failure, not a wait', async () => {
    const missing = join(dir, 'nope', 'progress.json');
    const error = await withLock(missing, async () => 1, { waitMs: 0 }).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'failed', path: `${missing}.lock`, data: { action: 'lock', errno: 'ENOENT' } });
  });
});
