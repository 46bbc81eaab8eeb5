import { type MlroadError, StorageError } from '../errors.js';
import type { MessageKey, Translator } from '../i18n/index.js';
import type { StoreNotice } from '../store/progress-store.js';

// The store raises errors and notices with a code and data, in no language; this is where
// they are worded, in the language of the command's context.

const REASONS: Readonly<Record<string, MessageKey>> = {
  EACCES: 'storage.reason.EACCES',
  EPERM: 'storage.reason.EPERM',
  EROFS: 'storage.reason.EROFS',
  ENOSPC: 'storage.reason.ENOSPC',
  EDQUOT: 'storage.reason.EDQUOT',
  ENOTDIR: 'storage.reason.ENOTDIR',
  EISDIR: 'storage.reason.EISDIR',
  EEXIST: 'storage.reason.EEXIST',
};

const WORDED = new Set(['newerWrite', 'lockBusy', 'lockLost', 'savedToRecovery']);

/** An error's message for the learner. */
export function describeError(t: Translator, error: MlroadError): string {
  if (error.unworded) return t(error.unworded.key as MessageKey, error.unworded.params);
  if (!(error instanceof StorageError) || !error.code) return error.message;
  const data = error.data;
  if (error.code === 'failed') {
    const errno = String(data.errno ?? '');
    const reason = Object.hasOwn(REASONS, errno) ? t(REASONS[errno]!) : String(data.detail ?? error.message);
    return t('storage.failed', { action: t(`storage.action.${String(data.action)}` as MessageKey), path: String(data.path ?? error.path), reason });
  }
  if (WORDED.has(error.code)) return t(`storage.${error.code}` as MessageKey, data);
  return error.message;
}

/** What the store reports on stderr, worded. */
export function describeNotice(t: Translator, n: StoreNotice): string {
  switch (n.code) {
    case 'lockTakenOver':
      return t('storage.lockTakenOver', { lock: n.lock, pid: n.pid });
    case 'newerRead':
      return t('storage.newerRead', { path: n.path, version: n.version });
    case 'cannotRepair':
      return t('storage.cannotRepair', { path: n.path, problem: describeProblem(t, n.problem), reason: describeError(t, n.error) });
    case 'damaged':
      return t('storage.damaged', { path: n.path, problem: describeProblem(t, n.problem), aside: n.aside });
    case 'migrated':
      return t('storage.migrated', { path: n.path, from: n.from, backup: n.backup });
    case 'logTornSetAside':
      return t('storage.logTornSetAside', { path: n.path, aside: n.aside });
    case 'logTorn':
      return t('storage.logTorn', { path: n.path });
    case 'logBad':
      return t('storage.logBad', { path: n.path, count: n.count });
  }
}

/** A problem the validator found; `empty` and `notJson` have words of their own. */
export function describeProblem(t: Translator, problem: string): string {
  return problem === 'empty' || problem === 'notJson' ? t(`storage.problem.${problem}`) : problem;
}
