import { closeSync, linkSync, openSync, renameSync, rmSync, statSync, writeSync } from 'node:fs';
import { hostname } from 'node:os';
import { StorageError } from '../errors.js';
import { readOwnFile } from './file-stamp.js';
import { storageError } from './fs-errors.js';
import { removeFile } from './remove-file.js';

// Why not proper-lockfile: it refreshes an mtime on a timer and calls a lock stale when the
// mtime is older than `stale`. A writer whose event loop is busy parsing a large file misses its
// refresh, and another process takes a lock that is still in use (issue 12: three "Done" lost in
// eight parallel writers). Loading it also cost ~20 ms. Here the lock is a file created with
// O_EXCL that names its holder; it is only ever taken from a holder that is provably dead.

/** How long a writer waits for a live holder before giving up (MLROAD_LOCK_WAIT_MS overrides). */
export const LOCK_WAIT_MS = 30_000;
/**
 * A lock file still empty this long after its creation belongs to a process that died between
 * creating it and writing its owner (a window of microseconds); only then is an unnamed lock stale.
 */
const UNNAMED_STALE_MS = 10_000;

export interface LockOwner {
  pid: number;
  host: string;
  /** When the holder process started (ms since epoch): tells a reused pid apart. */
  started: number;
  /** Random per lock: proves that the lock file on disk is still ours. */
  nonce: string;
}

export type LockNotice = { code: 'lockTakenOver'; lock: string; pid: number; host: string };

export interface LockOptions {
  waitMs?: number;
  /** Told when a dead holder's lock is taken over. */
  notice?: (notice: LockNotice) => void;
}

const processStarted = Math.round(Date.now() - process.uptime() * 1000);

/** Runs `task` holding the exclusive lock `<file>.lock`. */
export async function withLock<T>(file: string, task: () => Promise<T>, options: LockOptions = {}): Promise<T> {
  const lock = `${file}.lock`;
  // Stryker disable next-line MethodExpression: the nonce only has to differ between holders; the unsliced random string does too
  const me: LockOwner = { pid: process.pid, host: hostname(), started: processStarted, nonce: Math.random().toString(36).slice(2) };
  await acquire(lock, me, options);
  let result: T;
  try {
    result = await task();
  } catch (error) {
    release(lock, me);
    throw error;
  }
  // The lock should still be ours; if someone removed or replaced it, another writer may have
  // run alongside us, and the learner must hear of it.
  const still = readOwner(lock);
  release(lock, me, still);
  if (still?.nonce !== me.nonce) throw new StorageError(`lock ${lock} was lost while writing`, lock, 'lockLost', { lock });
  return result;
}

async function acquire(lock: string, me: LockOwner, options: LockOptions): Promise<void> {
  const waitMs = options.waitMs ?? LOCK_WAIT_MS;
  const deadline = Date.now() + waitMs;
  // Stryker disable next-line UpdateOperator: the count only sizes the pause between tries, which no test can see without a clock
  for (let attempt = 0; ; attempt++) {
    if (tryCreate(lock, me)) return;
    const holder = readOwner(lock);
    if (isDead(lock, holder)) {
      if (takeOver(lock, holder)) {
        if (holder) options.notice?.({ code: 'lockTakenOver', lock, pid: holder.pid, host: holder.host });
        continue;
      }
    }
    // (`>=` differs only at the very millisecond of the deadline: timing, not behaviour.)
    if (Date.now() > deadline) {
      throw new StorageError(`lock ${lock} is held by pid ${holder?.pid ?? '?'}`, lock, 'lockBusy', {
        lock,
        pid: holder?.pid ?? '?',
        host: holder?.host ?? '?',
      });
    }
    // Stryker disable next-line MethodExpression,ArithmeticOperator: only the length of the pause between tries changes
    const backoff = Math.min(100, 2 * 1.4 ** attempt);
    // Stryker disable next-line ArithmeticOperator: only the length of the pause between tries changes
    await new Promise((r) => setTimeout(r, backoff / 2 + Math.random() * backoff));
  }
}

function tryCreate(lock: string, me: LockOwner): boolean {
  let fd: number;
  try {
    fd = openSync(lock, 'wx', 0o644);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    // EISDIR/EEXIST: held (a directory is the lock of an mlroad before 0.2, see isDead).
    if (code === 'EEXIST' || code === 'EISDIR') return false;
    throw storageError(error, 'lock', lock);
  }
  try {
    writeSync(fd, JSON.stringify(me));
  } catch (error) {
    closeSync(fd);
    removeFile(lock); // an unnamed lock would hold others off for UNNAMED_STALE_MS
    throw storageError(error, 'lock', lock);
  }
  closeSync(fd);
  return true;
}

/** The holder named in the lock file; undefined while it is being written, or if unreadable. */
export function readOwner(lock: string): LockOwner | undefined {
  try {
    const data = JSON.parse(readOwnFile(lock)) as Partial<LockOwner>;
    if (typeof data.pid === 'number' && typeof data.host === 'string' && typeof data.nonce === 'string') return data as LockOwner;
  } catch {
    // empty, half-written, a directory, or gone
  }
  return undefined;
}

/** Provably dead: its pid on this host is gone. A holder on another host is never presumed dead. */
export function isDead(lock: string, holder: LockOwner | undefined): boolean {
  if (!holder) {
    // Unnamed: a proper-lockfile directory from an older mlroad, or a creator killed before it
    // wrote its name. Only age can tell; old versions refreshed theirs every few seconds.
    try {
      return Date.now() - statSync(lock).mtimeMs > UNNAMED_STALE_MS;
    } catch {
      return false; // released meanwhile: just try again
    }
  }
  if (holder.host !== hostname()) return false;
  if (holder.pid === process.pid) return holder.started !== processStarted;
  try {
    process.kill(holder.pid, 0);
    return false;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'ESRCH';
  }
}

/**
 * Removes a dead holder's lock without ever removing a live one: the lock is renamed aside
 * (atomic, one winner), and if what was renamed is not the dead holder's (a new holder got in
 * between), it is linked back at once.
 */
function takeOver(lock: string, dead: LockOwner | undefined): boolean {
  // Stryker disable next-line MethodExpression: the aside name only has to be unlikely to clash; the unsliced random string is too
  const aside = `${lock}.stale-${process.pid}-${Math.random().toString(36).slice(2)}`;
  try {
    renameSync(lock, aside);
    // Equivalent mutant (BlockStatement of the catch): without the return, the aside that was never made reads as no owner, and the caller tries again all the same.
  } catch {
    return false; // someone else took it over or released it
  }
  const moved = readOwner(aside);
  if (dead ? moved?.nonce !== dead.nonce : moved !== undefined) {
    try {
      linkSync(aside, lock);
    } catch {
      // a third writer holds it now; the one we moved will see its lock lost and say so
    }
    // Stryker disable next-line ObjectLiteral,BooleanLiteral: the aside was just renamed into place by this process, so it exists
    rmSync(aside, { force: true });
    return false;
  }
  // (`force: false` differs only if the entry vanished in between; the `recursive` mutant here is killed.)
  rmSync(aside, { recursive: true, force: true });
  return true;
}

/** Removes the lock if it is still ours; `holder`: the owner just read, if the caller has. */
function release(lock: string, me: LockOwner, holder = readOwner(lock)): void {
  if (holder?.nonce === me.nonce) removeFile(lock);
}
