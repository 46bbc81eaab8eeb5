import { StorageError } from '../errors.js';
import { t, type MessageKey } from '../i18n/index.js';

export type StorageAction = 'read' | 'write' | 'backUp' | 'moveAside' | 'create' | 'lock' | 'keepLock';

const REASONS: Record<string, MessageKey> = {
  EACCES: 'storage.reason.EACCES',
  EPERM: 'storage.reason.EPERM',
  EROFS: 'storage.reason.EROFS',
  ENOSPC: 'storage.reason.ENOSPC',
  EDQUOT: 'storage.reason.EDQUOT',
  ENOTDIR: 'storage.reason.ENOTDIR',
  EISDIR: 'storage.reason.EISDIR',
  EEXIST: 'storage.reason.EEXIST',
  ELOCKED: 'storage.reason.ELOCKED',
};

/** Turns a file-system failure into a StorageError that names the path and what to do. */
export function storageError(error: unknown, action: StorageAction, path: string): StorageError {
  const code = (error as NodeJS.ErrnoException | undefined)?.code ?? '';
  const reasonKey = REASONS[code];
  const reason = reasonKey ? t(reasonKey) : (error as Error | undefined)?.message || 'unknown error';
  return new StorageError(t('storage.failed', { action: t(`storage.action.${action}`), path, reason }), path);
}

export function isFsError(error: unknown): error is NodeJS.ErrnoException {
  return typeof (error as NodeJS.ErrnoException | undefined)?.code === 'string';
}
