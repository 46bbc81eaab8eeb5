import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { StorageError } from '../errors.js';
import { type LockNotice, withLock } from './lock.js';

let dir: string;
let file: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'mlroad-lock-'));
  file = join(dir, 'progress.json');
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** The pid of a process that has exited: provably dead on this host. */
function deadPid(): number {
  const child = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' });
  return Number(child.stdout);
}

const owner = (pid: number, host = hostname()) => JSON.stringify({ pid, host, started: 0, nonce: 'theirs' });

describe('withLock', () => {
  it('holds a lock file naming this process while the task runs, and removes it after', async () => {
    const seen = await withLock(file, async () => JSON.parse(readFileSync(`${file}.lock`, 'utf8')));
    expect(seen).toMatchObject({ pid: process.pid, host: hostname() });
    expect(existsSync(`${file}.lock`)).toBe(false);
  });

  it('takes over at once the lock of a holder whose pid is gone, and says so', async () => {
    const pid = deadPid();
    writeFileSync(`${file}.lock`, owner(pid));
    const notices: LockNotice[] = [];
    const ran = await withLock(file, async () => 'ran', { waitMs: 0, notice: (n) => notices.push(n) });
    expect(ran).toBe('ran');
    expect(notices).toEqual([{ code: 'lockTakenOver', lock: `${file}.lock`, pid, host: hostname() }]);
  });

  it('never takes a live holder’s lock: past its deadline the waiter fails naming the pid', async () => {
    writeFileSync(`${file}.lock`, owner(process.ppid)); // alive: the test runner's parent
    let ran = false;
    const error = await withLock(file, async () => (ran = true), { waitMs: 50 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StorageError);
    expect(error).toMatchObject({ code: 'lockBusy', data: { pid: process.ppid } });
    expect(ran).toBe(false);
    expect(JSON.parse(readFileSync(`${file}.lock`, 'utf8')).nonce).toBe('theirs');
  });

  it('never presumes dead a holder on another host', async () => {
    writeFileSync(`${file}.lock`, owner(deadPid(), `not-${hostname()}`));
    await expect(withLock(file, async () => 1, { waitMs: 50 })).rejects.toMatchObject({ code: 'lockBusy' });
  });

  it('waits for a busy holder, however long it holds, then runs', async () => {
    const order: string[] = [];
    let release!: () => void;
    const first = withLock(
      file,
      () =>
        new Promise<void>((r) => {
          release = () => {
            order.push('first');
            r();
          };
        }),
    );
    await new Promise((r) => setTimeout(r, 20));
    const second = withLock(file, async () => void order.push('second'));
    await new Promise((r) => setTimeout(r, 100)); // no clock decides a winner: the holder is alive
    release();
    await Promise.all([first, second]);
    expect(order).toEqual(['first', 'second']);
  });

  it('reports a lock lost while the task ran (removed or replaced by someone else)', async () => {
    const error = await withLock(file, async () => {
      writeFileSync(`${file}.lock`, owner(process.ppid)); // another process now "holds" it
    }).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'lockLost' });
    expect(existsSync(`${file}.lock`)).toBe(true); // theirs is left alone
  });

  it('twenty writers in one process run one at a time', async () => {
    let inside = 0;
    let most = 0;
    await Promise.all(
      Array.from({ length: 20 }, () =>
        withLock(file, async () => {
          most = Math.max(most, ++inside);
          await new Promise((r) => setTimeout(r, 2));
          inside--;
        }),
      ),
    );
    expect(most).toBe(1);
  });
});
