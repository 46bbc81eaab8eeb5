import { closeSync, fstatSync, openSync, readSync, type Stats } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { dict, type ReviewLogEntry } from '../core/progress/model.js';
import { isReviewLogEntry } from '../core/progress/validate.js';
import { addToSummary, emptyLogSummary, type LogSummary, summariseLog, widenSpan, zoneStamp } from '../core/review/log-summary.js';
import { VERSION } from '../version.js';
import { writeFileAtomic } from './atomic-file.js';
import { readOwnFile } from './file-stamp.js';
import { openRegularFile } from './regular-file.js';

// The review log's summary (see core/review/log-summary.ts), kept beside it with how many bytes
// of the log it covers and the bytes at both ends of them. The log only grows between rewrites,
// and a rewrite (of entries with their times) changes those bytes, so a read adds what was
// appended since, or starts over. A copy of the log, a restored backup, keeps its summary. Only
// a cache: losing it costs one full read of the log.

interface SummaryFile {
  v: 3;
  mlroad: string;
  /** The first bytes of the log, and the last ones covered (base64): the same log, grown. */
  head: string;
  tail: string;
  /** Bytes of the log covered, always up to a line's end. */
  offset: number;
  /** zoneStamp over every roadmap's span when it was written: days are local days. */
  zone: string;
  byRoadmap: Record<string, LogSummary>;
}

const summaryPath = (logPath: string) => join(dirname(logPath), `.${basename(logPath)}.summary.json`);
const EDGE = 256;

/** The log's first bytes and the ones just before `offset`, base64. */
function edges(fd: number, offset: number): { head: string; tail: string } {
  const piece = (from: number, to: number) => {
    const buffer = Buffer.alloc(Math.max(0, to - from));
    const n = readSync(fd, buffer, 0, buffer.length, from);
    return buffer.subarray(0, n).toString('base64');
  };
  return { head: piece(0, Math.min(EDGE, offset)), tail: piece(Math.max(0, offset - EDGE), offset) };
}

/** Each roadmap's summary of the log at `logPath` (none when there is no log). Unreadable logs throw. */
export function readLogSummary(logPath: string): Record<string, LogSummary> {
  let fd: number;
  let stat: Stats;
  try {
    // A FIFO in the log's place must not hang stats: it is refused, never waited on.
    ({ fd, stats: stat } = openRegularFile(logPath));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return dict();
    throw error;
  }
  try {
    const kept = readKept(logPath);
    const same = (k: SummaryFile) => {
      const now = edges(fd, k.offset);
      return now.head === k.head && now.tail === k.tail;
    };
    const summary: SummaryFile =
      kept && kept.offset <= stat.size && kept.zone === zoneStamp(spanOf(kept.byRoadmap)) && same(kept)
        ? kept
        : // Stryker disable next-line StringLiteral: a fresh summary's head, tail and zone are replaced before it is kept, and never compared
          { v: 3, mlroad: VERSION, head: '', tail: '', offset: 0, zone: '', byRoadmap: dict() };
    const before = summary.offset;
    // In chunks, each up to its last newline: a line still being appended, or torn, waits for the next read.
    const chunk = Buffer.alloc(CHUNK);
    for (let at = summary.offset; at < stat.size; ) {
      // Stryker disable next-line ArithmeticOperator: only how much one read asks for; reads stop at the end of the file either way
      const n = readSync(fd, chunk, 0, Math.min(CHUNK, stat.size - at), at);
      const end = chunk.subarray(0, n).lastIndexOf(0x0a) + 1;
      // (Equivalent: a read of 0 bytes also leaves end at 0.)
      if (n === 0 || end === 0) break; // the end, or a line longer than a chunk: a log line is never that long
      addLines(summary.byRoadmap, chunk.subarray(0, end).toString('utf8'));
      at += end;
      summary.offset = at;
    }
    if (summary.offset > before) keep(logPath, { ...summary, ...edges(fd, summary.offset), zone: zoneStamp(spanOf(summary.byRoadmap)) });
    return summary.byRoadmap;
  } finally {
    closeSync(fd);
  }
}

const CHUNK = 4 * 1024 * 1024;

/** After the log was written whole (migration, import, reset --all): its summary, from the entries in hand. */
export function summariseRewrittenLog(logPath: string, byRoadmap: Record<string, readonly ReviewLogEntry[]>): void {
  try {
    const fd = openSync(logPath, 'r');
    try {
      const size = fstatSync(fd).size;
      const out = dict<LogSummary>();
      for (const [id, entries] of Object.entries(byRoadmap)) if (entries.length) out[id] = summariseLog(entries);
      keep(logPath, { v: 3, mlroad: VERSION, ...edges(fd, size), offset: size, zone: zoneStamp(spanOf(out)), byRoadmap: out });
    } finally {
      closeSync(fd);
    }
  } catch {
    // the next read builds it
  }
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** The span of every roadmap's reviews together. */
function spanOf(byRoadmap: Record<string, LogSummary>): [number, number] | null {
  return Object.values(byRoadmap).reduce<LogSummary['span']>((span, s) => widenSpan(span, s.span), null);
}

function addLines(byRoadmap: Record<string, LogSummary>, text: string): void {
  for (const line of text.split('\n')) {
    // Stryker disable next-line StringLiteral: an empty line fails JSON.parse below and is skipped all the same
    if (line === '') continue;
    let data: unknown;
    try {
      data = JSON.parse(line);
      // Equivalent mutant (BlockStatement of the catch): without the continue, data stays undefined and the roadmap check below skips the line.
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
    const data = JSON.parse(readOwnFile(summaryPath(logPath))) as SummaryFile;
    // (Each field is checked again below or in use, so these guards' mutants reject the same bad records.)
    if (data.v !== 3 || data.mlroad !== VERSION || typeof data.head !== 'string' || typeof data.tail !== 'string') return undefined;
    if (!Number.isInteger(data.offset) || typeof data.zone !== 'string') return undefined;
    const byRoadmap = dict<LogSummary>();
    for (const [id, s] of Object.entries(data.byRoadmap ?? {})) {
      // (Without a ?. or the null check here a bad record throws, and the catch below gives the same undefined: those mutants are equivalent.)
      if (!Number.isInteger(s?.reviews) || !Number.isInteger(s?.right) || typeof s?.byDay !== 'object' || s.byDay === null) return undefined;
      if (!Object.entries(s.byDay).every(([day, n]) => DAY.test(day) && Number.isInteger(n) && n > 0)) return undefined;
      const span = Array.isArray(s.span) && s.span.length === 2 && s.span.every(Number.isFinite) ? ([s.span[0], s.span[1]] as [number, number]) : null;
      byRoadmap[id] = { reviews: s.reviews, right: s.right, byDay: Object.assign(dict<number>(), s.byDay), span };
    }
    return { ...data, byRoadmap };
  } catch {
    // unreadable or not JSON: none kept
  }
  return undefined;
}

function keep(logPath: string, summary: SummaryFile): void {
  try {
    // Atomic, so that two readers catching up at once never leave half a summary.
    // Stryker disable next-line ObjectLiteral,BooleanLiteral: whether a cache is flushed to disk cannot be seen without a power cut
    writeFileAtomic(summaryPath(logPath), JSON.stringify(summary), { durable: false });
  } catch {
    // only a cache
  }
}
