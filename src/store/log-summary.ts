import { closeSync, fstatSync, openSync, readFileSync, readSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { dict, type ReviewLogEntry } from '../core/progress/model.js';
import { isReviewLogEntry } from '../core/progress/validate.js';
import { addToSummary, emptyLogSummary, type LogSummary, summariseLog, zoneStamp } from '../core/review/log-summary.js';
import { VERSION } from '../version.js';

// The review log's summary (see core/review/log-summary.ts), kept beside it with the log's
// inode and how many bytes it covers. The log only grows between rewrites, and a rewrite is a
// new inode, so a read adds what was appended since, or starts over. Only a cache: losing it
// costs one full read of the log.

interface SummaryFile {
  v: 2;
  mlroad: string;
  /** The log file this summarises: device and inode, as decimal text. */
  file: string;
  /** Bytes of the log covered, always up to a line's end. */
  offset: number;
  /** zoneStamp over every roadmap's span when it was written: days are local days. */
  zone: string;
  byRoadmap: Record<string, LogSummary>;
}

const summaryPath = (logPath: string) => join(dirname(logPath), `.${basename(logPath)}.summary.json`);
const fileId = (s: { dev: number; ino: number }) => `${s.dev}:${s.ino}`;

/** Each roadmap's summary of the log at `logPath` (none when there is no log). Unreadable logs throw. */
export function readLogSummary(logPath: string): Record<string, LogSummary> {
  let fd: number;
  try {
    fd = openSync(logPath, 'r');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return dict();
    throw error;
  }
  try {
    const stat = fstatSync(fd);
    const kept = readKept(logPath);
    const summary: SummaryFile =
      kept && kept.file === fileId(stat) && kept.offset <= stat.size && kept.zone === zoneStamp(spanOf(kept.byRoadmap))
        ? kept
        : { v: 2, mlroad: VERSION, file: fileId(stat), offset: 0, zone: '', byRoadmap: dict() };
    if (summary.offset < stat.size) {
      const tail = Buffer.alloc(stat.size - summary.offset);
      const n = readSync(fd, tail, 0, tail.length, summary.offset);
      // Up to the last newline: a line still being appended, or torn, waits for the next read.
      const end = tail.subarray(0, n).lastIndexOf(0x0a) + 1;
      if (end > 0) {
        addLines(summary.byRoadmap, tail.subarray(0, end).toString('utf8'));
        summary.offset += end;
        keep(logPath, { ...summary, zone: zoneStamp(spanOf(summary.byRoadmap)) });
      }
    }
    return summary.byRoadmap;
  } finally {
    closeSync(fd);
  }
}

/** After the log was written whole (migration, import, reset --all): its summary, from the entries in hand. */
export function summariseRewrittenLog(logPath: string, byRoadmap: Record<string, readonly ReviewLogEntry[]>): void {
  try {
    const stat = statSync(logPath);
    const out = dict<LogSummary>();
    for (const [id, entries] of Object.entries(byRoadmap)) if (entries.length) out[id] = summariseLog(entries);
    keep(logPath, { v: 2, mlroad: VERSION, file: fileId(stat), offset: stat.size, zone: zoneStamp(spanOf(out)), byRoadmap: out });
  } catch {
    // the next read builds it
  }
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** The span of every roadmap's reviews together. */
function spanOf(byRoadmap: Record<string, LogSummary>): [number, number] | null {
  let span: [number, number] | null = null;
  for (const s of Object.values(byRoadmap)) if (s.span) span = span ? [Math.min(span[0], s.span[0]), Math.max(span[1], s.span[1])] : [s.span[0], s.span[1]];
  return span;
}

function addLines(byRoadmap: Record<string, LogSummary>, text: string): void {
  for (const line of text.split('\n')) {
    if (line === '') continue;
    let data: unknown;
    try {
      data = JSON.parse(line);
    } catch {
      continue; // doctor reports bad lines; a summary skips them, as readLog does
    }
    const roadmap = (data as { roadmap?: unknown } | null)?.roadmap;
    if (typeof roadmap !== 'string' || !isReviewLogEntry(data)) continue;
    if (!Object.hasOwn(byRoadmap, roadmap)) byRoadmap[roadmap] = emptyLogSummary();
    addToSummary(byRoadmap[roadmap]!, data);
  }
}

function readKept(logPath: string): SummaryFile | undefined {
  try {
    const data = JSON.parse(readFileSync(summaryPath(logPath), 'utf8')) as SummaryFile;
    if (data.v !== 2 || data.mlroad !== VERSION || typeof data.file !== 'string' || !Number.isInteger(data.offset) || typeof data.zone !== 'string')
      return undefined;
    const byRoadmap = dict<LogSummary>();
    for (const [id, s] of Object.entries(data.byRoadmap ?? {})) {
      if (!Number.isInteger(s?.reviews) || !Number.isInteger(s?.right) || typeof s?.byDay !== 'object' || s.byDay === null) return undefined;
      if (!Object.entries(s.byDay).every(([day, n]) => DAY.test(day) && Number.isInteger(n) && n > 0)) return undefined;
      const span = Array.isArray(s.span) && s.span.length === 2 && s.span.every(Number.isFinite) ? ([s.span[0], s.span[1]] as [number, number]) : null;
      byRoadmap[id] = { reviews: s.reviews, right: s.right, byDay: Object.assign(dict<number>(), s.byDay), span };
    }
    return { ...data, byRoadmap };
  } catch {
    return undefined;
  }
}

function keep(logPath: string, summary: SummaryFile): void {
  try {
    const temp = `${summaryPath(logPath)}.${process.pid}.tmp`;
    writeFileSync(temp, JSON.stringify(summary));
    // rename, so that two readers catching up at once never leave half a summary
    renameSync(temp, summaryPath(logPath));
  } catch {
    // only a cache
  }
}
