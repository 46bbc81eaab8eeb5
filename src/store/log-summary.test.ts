import { appendFileSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ReviewLogEntry } from '../core/progress/model.js';
import { summariseLog } from '../core/review/log-summary.js';
import { readLogSummary } from './log-summary.js';
import { logLine, readLog, rewriteLog } from './review-log.js';

let dir: string;
let log: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'mlroad-summary-'));
  log = join(dir, 'progress.log.jsonl');
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

const entry = (i: number, source: 'quiz' | 'review' = i % 3 ? 'review' : 'quiz'): ReviewLogEntry => ({
  card: `q/c${i % 7}`,
  at: new Date(Date.UTC(2026, 0, 1) + i * 7 * 3600_000).toISOString(),
  rating: 1 + (i % 4),
  scheduled: true,
  source,
});
const append = (roadmap: string, from: number, to: number) => {
  for (let i = from; i < to; i++) appendFileSync(log, logLine(roadmap, entry(i)));
};
/** What the summary must equal: a full read of the log, summarised. */
const fromScratch = () => Object.fromEntries(Object.entries(readLog(log).byRoadmap).map(([id, entries]) => [id, summariseLog(entries)]));
const plain = (x: unknown) => JSON.parse(JSON.stringify(x));

describe('the review log summary', () => {
  it('equals a full read of the log as it grows, reading only what was appended', () => {
    expect(plain(readLogSummary(log))).toEqual({});
    append('a', 0, 40);
    expect(plain(readLogSummary(log))).toEqual(plain(fromScratch()));
    const kept = JSON.parse(readFileSync(join(dir, '.progress.log.jsonl.summary.json'), 'utf8'));
    expect(kept.offset).toBe(readFileSync(log).length);
    append('a', 40, 90);
    append('b', 0, 10);
    const summary = readLogSummary(log);
    expect(plain(summary)).toEqual(plain(fromScratch()));
    expect(summary.a!.reviews).toBe([...Array(90).keys()].filter((i) => i % 3).length);
  });

  it('waits for a line still being appended, and skips a bad one', () => {
    append('a', 0, 5);
    appendFileSync(log, '{"roadmap":"a","card":"q/x","at":"2026-01-0');
    expect(plain(readLogSummary(log).a)).toEqual(plain(summariseLog([0, 1, 2, 3, 4].map((i) => entry(i)))));
    appendFileSync(log, `1T00:00:00.000Z","rating":3,"scheduled":true,"source":"review"}\nnot json\n`);
    append('a', 5, 6);
    expect(readLogSummary(log).a!.reviews).toBe(summariseLog([0, 1, 2, 3, 4, 5].map((i) => entry(i))).reviews + 1);
  });

  it('keeps its summary across a copy of the same log (a restored backup), not across a different one of the same size', () => {
    append('a', 0, 30);
    const before = readLogSummary(log).a!.reviews;
    const text = readFileSync(log, 'utf8');
    rmSync(log);
    writeFileSync(log, text);
    const summaryFile = join(dir, '.progress.log.jsonl.summary.json');
    const kept = statSync(summaryFile).ino;
    expect(readLogSummary(log).a!.reviews).toBe(before);
    expect(statSync(summaryFile).ino).toBe(kept); // nothing re-read, nothing rewritten (a rewrite renames a new file in)
    // Same length, the last entry now from quiz: counted afresh.
    const lastReview = text.lastIndexOf('"source":"review"');
    writeFileSync(log, `${text.slice(0, lastReview)}"source":"quiz"  ${text.slice(lastReview + '"source":"review"'.length)}`);
    expect(readFileSync(log).length).toBe(Buffer.byteLength(text));
    expect(readLogSummary(log).a!.reviews).toBe(before - 1);
  });

  it('starts over on a rewritten log, a damaged summary, or another time zone', () => {
    append('a', 0, 30);
    readLogSummary(log);
    rewriteLog(log, { a: [entry(1), entry(2)] });
    expect(readLogSummary(log).a!.reviews).toBe(2);
    writeFileSync(join(dir, '.progress.log.jsonl.summary.json'), '{"v":3,"mlroad":"x"');
    expect(readLogSummary(log).a!.reviews).toBe(2);

    // Days are local days: a summary kept under another zone (its offsets over the span differ) is counted again.
    const summaryFile = join(dir, '.progress.log.jsonl.summary.json');
    const kept = JSON.parse(readFileSync(summaryFile, 'utf8'));
    writeFileSync(summaryFile, JSON.stringify({ ...kept, zone: '-840,-840', byRoadmap: { a: { ...kept.byRoadmap.a, reviews: 99 } } }));
    expect(readLogSummary(log).a!.reviews).toBe(2);
    writeFileSync(summaryFile, JSON.stringify({ ...kept, byRoadmap: { a: { ...kept.byRoadmap.a, reviews: 99 } } }));
    expect(readLogSummary(log).a!.reviews).toBe(99); // the same zone: kept as it is
  });
});

describe('the review log summary, on a hostile log', () => {
  it('refuses a FIFO in the log’s place without waiting on it', async () => {
    const { execFileSync } = await import('node:child_process');
    execFileSync('mkfifo', [log]);
    expect(() => readLogSummary(log)).toThrow(/FIFO|file\.notRegular\.fifo/);
  });
});

describe('the review log summary, on a long log', () => {
  it('reads a log of several chunks (4 MB each) to the same counts as a full read', () => {
    const lines: string[] = [];
    for (let i = 0; i < 90_000; i++) lines.push(logLine('a', entry(i)));
    writeFileSync(log, lines.join(''));
    expect(readFileSync(log).length).toBeGreaterThan(8 * 1024 * 1024);
    expect(plain(readLogSummary(log))).toEqual(plain(fromScratch()));
  });
});
