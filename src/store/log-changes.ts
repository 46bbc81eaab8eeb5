import { dict, type ProgressFile, type ReviewLogEntry } from '../core/progress/model.js';
import { writeFileAtomic } from './atomic-file.js';
import { storageError } from './fs-errors.js';
import type { StoreFs } from './fs-seam.js';
import { unionLogs } from './progress-codec.js';
import type { StoreNotice } from './progress-store.js';
import { appendLog, findTornTail, logLine, readLog, rewriteLog, truncateLog } from './review-log.js';

/** What writing the log needs from the store; called under the progress lock. */
export interface LogTarget {
  logPath: string;
  fs: StoreFs;
  notice: (notice: StoreNotice) => void;
  /** A free name beside the log, `<log>.<label>-<time>`. */
  asideName: (label: string) => string;
}

/** Version 1 kept the log inside: after a named backup, the whole log moves to its own file. */
export function moveLogOut(target: LogTarget, next: ProgressFile, backup: () => string | null, progressPath: string): void {
  const saved = backup();
  // A crash mid-migration may have left a log already: unite, each entry once.
  const inside = dict<ReviewLogEntry[]>();
  for (const [id, p] of Object.entries(next.roadmaps)) inside[id] = p.reviewLog;
  try {
    const onDisk = readLog(target.logPath);
    rewriteLog(target.logPath, unionLogs(onDisk.byRoadmap, inside), target.fs);
  } catch (error) {
    throw storageError(error, 'write', target.logPath);
  }
  if (saved) target.notice({ code: 'migrated', path: progressPath, from: 1, backup: saved });
}

/**
 * Appends what the change added to the log. Rewrites it only when the change removed entries
 * (reset --all, import --replace), which needs the log loaded; without it every roadmap's
 * `reviewLog` started empty, so all it holds is new.
 */
export function writeLogChanges(target: LogTarget, current: ProgressFile, next: ProgressFile, logLoaded: boolean): void {
  let lines = '';
  let rewrite = false;
  for (const [id, p] of Object.entries(next.roadmaps)) {
    const before = logLoaded && Object.hasOwn(current.roadmaps, id) ? current.roadmaps[id]!.reviewLog : [];
    // (A shorter list always fails the `some` check too: the first test's mutant is equivalent.)
    if (p.reviewLog.length < before.length || before.some((e, i) => p.reviewLog[i] !== e)) rewrite = true;
    for (let i = before.length; i < p.reviewLog.length; i++) lines += logLine(id, p.reviewLog[i]!);
  }
  if (logLoaded)
    for (const id of Object.keys(current.roadmaps)) if (!Object.hasOwn(next.roadmaps, id) && current.roadmaps[id]!.reviewLog.length) rewrite = true;
  try {
    if (rewrite) {
      const all = dict<ReviewLogEntry[]>();
      for (const [id, p] of Object.entries(next.roadmaps)) all[id] = p.reviewLog;
      rewriteLog(target.logPath, all, target.fs);
      return;
    }
    if (!lines) return;
    setAsideTornTail(target);
    appendLog(target.logPath, lines, target.fs);
  } catch (error) {
    throw storageError(error, 'write', target.logPath);
  }
}

/** Moves a torn last line (a crash mid-append) to a named file; returns its path, if there was one. */
export function setAsideTornTail(target: LogTarget): string | undefined {
  const torn = findTornTail(target.logPath);
  if (!torn) return undefined;
  // Kept first, cut after: a crash in between leaves it in both places, never in neither.
  const aside = target.asideName('torn');
  writeFileAtomic(aside, torn.text, { fs: target.fs });
  truncateLog(target.logPath, torn.cut);
  target.notice({ code: 'logTornSetAside', path: target.logPath, aside });
  return aside;
}
