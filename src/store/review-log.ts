import { closeSync, existsSync, fstatSync, ftruncateSync, openSync, readSync } from 'node:fs';
import { dirname } from 'node:path';
import type { ReviewLogEntry } from '../core/progress/model.js';
import { dict } from '../core/progress/model.js';
import { isReviewLogEntry } from '../core/progress/validate.js';
import { syncDir, writeFileAtomic } from './atomic-file.js';
import { nodeFs, type StoreFs } from './fs-seam.js';
import { summariseRewrittenLog } from './log-summary.js';
import { MAX_LOG_BYTES, readRegularFile } from './regular-file.js';

// The review log: one JSON object a line, `{"roadmap": id, ...ReviewLogEntry}`, appended under
// the progress lock. Only stats, review's history, export/import and doctor read it, so the
// file every change rewrites stays small however many years of answers pile up.

export interface LogRead {
  byRoadmap: Record<string, ReviewLogEntry[]>;
  count: number;
  /** Complete lines that are not a log entry (skipped). */
  bad: number;
  /** A last line without its newline: a crash mid-append. Skipped, and set aside on the next write. */
  torn?: string;
}

export function readLog(path: string): LogRead {
  const out: LogRead = { byRoadmap: dict(), count: 0, bad: 0 };
  let text: string;
  try {
    // A FIFO or a device in the log's place is refused, not waited on.
    text = readRegularFile(path, { maxBytes: MAX_LOG_BYTES });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return out;
    throw error;
  }
  const end = text.lastIndexOf('\n') + 1; // a last line without its newline is torn
  if (end < text.length) out.torn = text.slice(end);
  const body = text.slice(0, end);
  // One JSON.parse of the whole log as an array is several times faster than one per line;
  // a bad line makes it throw, and only then is each line parsed on its own.
  // An empty body parses as [] too.
  let rows: unknown[] | undefined;
  // Stryker disable next-line BlockStatement: without the fast parse, the line-by-line one below gives the same rows
  try {
    rows = JSON.parse(`[${body.slice(0, -1).replaceAll('\n', ',')}]`) as unknown[];
  } catch {
    // a bad line: rows stays undefined, and each line is parsed on its own below
  }
  if (rows === undefined) {
    rows = [];
    for (const line of body.split('\n')) {
      if (line === '') continue;
      try {
        rows.push(JSON.parse(line));
      } catch {
        out.bad++;
      }
    }
  }
  for (const data of rows) {
    // Checked in place, copied field by field: an object rest per entry cost 0.5 s on 200,000.
    const roadmap = (data as { roadmap?: unknown } | null)?.roadmap;
    if (typeof roadmap !== 'string' || !isReviewLogEntry(data)) {
      out.bad++;
      continue;
    }
    const entry: ReviewLogEntry = { card: data.card, at: data.at, rating: data.rating, scheduled: data.scheduled, source: data.source };
    if (!Object.hasOwn(out.byRoadmap, roadmap)) out.byRoadmap[roadmap] = [];
    out.byRoadmap[roadmap]!.push(entry);
    out.count++;
  }
  return out;
}

export const logLine = (roadmap: string, entry: ReviewLogEntry) => `${JSON.stringify({ roadmap, ...entry })}\n`;

/** Appends entries durably. The caller holds the lock and has repaired a torn tail first. */
export function appendLog(path: string, lines: string, fs: StoreFs = nodeFs): void {
  if (!lines) return;
  const created = !existsSync(path);
  const fd = fs.openSync(path, 'a', 0o644);
  try {
    fs.writeSync(fd, lines);
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
  if (created) syncDir(dirname(path), fs); // a new file's name must be on disk too; an existing one's already is
}

/** Replaces the whole log (migration, import, reset --all), atomically. */
export function rewriteLog(path: string, byRoadmap: Record<string, readonly ReviewLogEntry[]>, fs: StoreFs = nodeFs): void {
  let text = '';
  for (const [roadmap, entries] of Object.entries(byRoadmap)) for (const e of entries) text += logLine(roadmap, e);
  writeFileAtomic(path, text, { fs });
  summariseRewrittenLog(path, byRoadmap);
}

/**
 * If the log's last line has no newline (a writer killed mid-append), where it starts and its
 * text, so the caller keeps it in a named file before `truncateLog` cuts it off; the next
 * append then starts on a clean line.
 */
export function findTornTail(path: string): { cut: number; text: string } | undefined {
  let fd: number;
  try {
    fd = openSync(path, 'r');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
  try {
    const size = fstatSync(fd).size;
    if (size === 0) return undefined;
    const chunk = Buffer.alloc(64 * 1024);
    // Walk back from the end to the last newline; a torn line is at most one entry long.
    let end = size;
    let cut = -1;
    const parts: Buffer[] = [];
    // (`cut` is never 0 here, so `<= 0` is an equivalent mutant.)
    while (end > 0 && cut < 0) {
      const start = Math.max(0, end - chunk.length);
      const n = readSync(fd, chunk, 0, end - start, start);
      const piece = chunk.subarray(0, n);
      const at = piece.lastIndexOf(0x0a);
      if (at === piece.length - 1 && end === size) return undefined; // ends cleanly
      if (at >= 0) {
        cut = start + at + 1;
        parts.unshift(Buffer.from(piece.subarray(at + 1)));
      } else parts.unshift(Buffer.from(piece));
      end = start;
    }
    return { cut: Math.max(cut, 0), text: Buffer.concat(parts).toString('utf8') };
  } finally {
    closeSync(fd);
  }
}

export function truncateLog(path: string, length: number): void {
  const fd = openSync(path, 'r+');
  try {
    ftruncateSync(fd, length);
    nodeFs.fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}
