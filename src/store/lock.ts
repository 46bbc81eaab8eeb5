import { storageError } from './fs-errors.js';

// A killed mlroad leaves its lock behind; after LOCK_STALE_MS another process takes it over.
// mlroad holds the lock for milliseconds, so 5 s (proper-lockfile's floor is 2 s) is generous
// for a slow disk yet recovers within seconds, as the learner expects.
export const LOCK_STALE_MS = 5_000;
// Twenty processes queueing for a few milliseconds each, or one stale lock to outwait: keep
// trying for up to 15 s with jittered backoff. Only contention is retried; a read-only or
// full disk fails at once. (proper-lockfile's own retries, 0 by default, retry every error.)
const WAIT_MS = 15_000;

/** Runs `task` holding the progress file's lock (a `<file>.lock` directory). */
export async function withLock<T>(file: string, task: () => Promise<T>): Promise<T> {
  const { default: lockfile } = await import('proper-lockfile');
  let compromised: Error | undefined;
  const options = {
    realpath: false,
    stale: LOCK_STALE_MS,
    retries: 0,
    onCompromised: (error: Error) => {
      compromised = error;
    },
  };
  let release: (() => Promise<void>) | undefined;
  const deadline = Date.now() + WAIT_MS;
  for (let attempt = 0; !release; attempt++) {
    try {
      release = await lockfile.lock(file, options);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ELOCKED' || Date.now() > deadline) throw storageError(error, 'lock', file);
      const backoff = Math.min(400, 10 * 1.3 ** attempt);
      await new Promise((r) => setTimeout(r, backoff / 2 + Math.random() * backoff));
    }
  }
  try {
    const result = await task();
    if (compromised) throw storageError(compromised, 'keepLock', file);
    return result;
  } finally {
    await release().catch(() => {});
  }
}
