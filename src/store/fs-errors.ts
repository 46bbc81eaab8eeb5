import { MlroadError, StorageError } from '../errors.js';

export type StorageAction = 'read' | 'write' | 'backUp' | 'moveAside' | 'create' | 'lock' | 'keepLock';

/**
 * Turns a file-system failure into a StorageError with code `failed` and its data (action,
 * path, errno code, the system's own message); the edge words it (src/ui/describe-error.ts).
 */
export function storageError(error: unknown, action: StorageAction, path: string): StorageError {
  // A refusal of our own (a FIFO or a device in a file's place, a file too large) keeps its words.
  if (error instanceof MlroadError && error.unworded) return new StorageError(error.unworded, path);
  const errno = (error as NodeJS.ErrnoException | undefined)?.code ?? '';
  const detail = (error as Error | undefined)?.message || 'unknown error';
  return new StorageError(`cannot ${action} ${path}: ${detail}`, path, 'failed', { action, path, errno, detail });
}

export function isFsError(error: unknown): error is NodeJS.ErrnoException {
  return typeof (error as NodeJS.ErrnoException | undefined)?.code === 'string';
}
