import { StorageError } from '../errors.js';

const REASONS: Record<string, string> = {
  EACCES: 'permission denied',
  EPERM: 'operation not permitted',
  EROFS: 'the file system is read-only',
  ENOSPC: 'the disk is full',
  EDQUOT: 'the disk quota is exceeded',
  ENOTDIR: 'a part of the path is a file, not a directory',
  EISDIR: 'the path is a directory, not a file',
  EEXIST: 'a file is in the way',
  ELOCKED: 'another mlroad is holding the lock too long',
};

/** Turns a file-system failure into a StorageError that names the path and what to do. */
export function storageError(error: unknown, action: string, path: string): StorageError {
  const code = (error as NodeJS.ErrnoException | undefined)?.code ?? '';
  const reason = REASONS[code] ?? ((error as Error | undefined)?.message || 'unknown error');
  return new StorageError(
    `cannot ${action} ${path}: ${reason}. Check that the directory is writable, or set MLROAD_CONFIG_DIR to another directory.`,
    path,
  );
}

export function isFsError(error: unknown): error is NodeJS.ErrnoException {
  return typeof (error as NodeJS.ErrnoException | undefined)?.code === 'string';
}
