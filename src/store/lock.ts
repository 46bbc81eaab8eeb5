import { storageError } from './fs-errors.js';

// A killed mlroad leaves its lock behind; after LOCK_STALE_MS another process takes it over.
// mlroad holds the lock for milliseconds, so 5 s (proper-lockfile's floor is 2 s) is generous
// for a slow disk yet recovers within seconds, as the learner expects.
export const LOCK_STALE_MS = 5_000;
// Twenty processes queueing for a few milliseconds each, or one stale lock to outwait:
// retry for up to ~15 s with jitter rather than fail at the first contention (the default).
const RETRIES = { retries: 60, factor: 1.2, minTimeout: 10, maxTimeout: 400, randomize: true };

/** Runs `task` holding the progress file's lock (a `<file>.lock` directory). */
export async function withLock<T>(file: string, task: () => Promise<T>): Promise<T> {
  const { default: lockfile } = await import('proper-lockfile');
  let compromised: Error | undefined;
  let release: () => Promise<void>;
  try {
    release = await lockfile.lock(file, {
      realpath: false,
      stale: LOCK_STALE_MS,
      retries: RETRIES,
      onCompromised: (error) => {
        compromised = error;
      },
    });
  } catch (error) {
    throw storageError(error, 'lock', file);
  }
  try {
    const result = await task();
    if (compromised) throw storageError(compromised, 'keep the lock on', file);
    return result;
  } finally {
    await release().catch(() => {});
  }
}
