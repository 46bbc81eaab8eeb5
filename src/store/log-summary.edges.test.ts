import { appendFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openUnder } from '../../test/support/open-files.js';
import type { ReviewLogEntry } from '../core/progress/model.js';
import { summariseLog, zoneStamp } from '../core/review/log-summary.js';
import { VERSION } from '../version.js';
import { readLogSummary, summariseRewrittenLog } from './log-summary.js';
import { logLine, readLog, rewriteLog } from './review-log.js';

let dir: string;
let log: string;
let summaryFile: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'mlroad-summary-edges-'));
  log = join(dir, 'progress.log.jsonl');
  summaryFile = join(dir, '.progress.log.jsonl.summary.json');
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const entry = (i: number): ReviewLogEntry => ({
  card: `q/c${i % 7}`,
  at: new Date(Date.UTC(2026, 0, 1) + i * 7 * 3600_000).toISOString(),
  rating: 1 + (i % 4),
  scheduled: true,
  source: 'review',
});
const append = (from: number, to: number) => {
  for (let i = from; i < to; i++) appendFileSync(log, logLine('a', entry(i)));
};
const kept = () => JSON.parse(readFileSync(summaryFile, 'utf8'));
const plain = (x: unknown) => JSON.parse(JSON.stringify(x));
const fromScratch = () => plain(Object.fromEntries(Object.entries(readLog(log).byRoadmap).map(([id, entries]) => [id, summariseLog(entries)])));
/** The kept summary with its count of reviews faked: a read that trusts it says 99. */
const fake = (change: (k: Record<string, unknown>) => Record<string, unknown> = (k) => k) => {
  const k = kept();
  writeFileSync(summaryFile, JSON.stringify(change({ ...k, byRoadmap: { a: { ...k.byRoadmap.a, reviews: 99 } } })));
};

describe('a kept summary is trusted only while it is whole and of this log', () => {
  beforeEach(() => {
    append(0, 10);
    readLogSummary(log);
  });

  it('a sound one is taken as it is', () => {
    fake();
    expect(readLogSummary(log).a!.reviews).toBe(99);
  });

  it('one whose zone was taken over the span of the reviews is kept (the zone depends on the span)', () => {
    const span = summariseLog(readLog(log).byRoadmap.a!).span;
    fake((k) => ({ ...k, zone: zoneStamp(span) }));
    expect(zoneStamp(span)).not.toBe('');
    expect(readLogSummary(log).a!.reviews).toBe(99);
  });

  const broken: [string, (k: Record<string, unknown>) => Record<string, unknown>][] = [
    ['another format', (k) => ({ ...k, v: 2 })],
    ['another mlroad', (k) => ({ ...k, mlroad: `${VERSION}-x` })],
    ['no head', (k) => ({ ...k, head: 1 })],
    ['no tail', (k) => ({ ...k, tail: 1 })],
    ['another head', (k) => ({ ...k, head: Buffer.from('x').toString('base64') })],
    ['another tail', (k) => ({ ...k, tail: Buffer.from('x').toString('base64') })],
    ['an offset that is not an integer', (k) => ({ ...k, offset: 1.5 })],
    ['no zone', (k) => ({ ...k, zone: 5 })],
    ['reviews not an integer', (k) => ({ ...k, byRoadmap: { a: { ...(k.byRoadmap as { a: object }).a, reviews: '99' } } })],
    ['right not an integer', (k) => ({ ...k, byRoadmap: { a: { ...(k.byRoadmap as { a: object }).a, reviews: 99, right: null } } })],
    ['byDay not an object', (k) => ({ ...k, byRoadmap: { a: { ...(k.byRoadmap as { a: object }).a, reviews: 99, byDay: 3 } } })],
    ['byDay null', (k) => ({ ...k, byRoadmap: { a: { ...(k.byRoadmap as { a: object }).a, reviews: 99, byDay: null } } })],
    ['a roadmap that is null', (k) => ({ ...k, byRoadmap: { a: null } })],
    [
      'a day that is not a date',
      (k) => ({ ...k, byRoadmap: { a: { ...(k.byRoadmap as { a: object }).a, reviews: 99, byDay: { '2026-01-01': 1, soon: 1 } } } }),
    ],
    [
      'a count of a day not an integer',
      (k) => ({ ...k, byRoadmap: { a: { ...(k.byRoadmap as { a: object }).a, reviews: 99, byDay: { '2026-01-01': 1.5 } } } }),
    ],
    ['a count of a day of zero', (k) => ({ ...k, byRoadmap: { a: { ...(k.byRoadmap as { a: object }).a, reviews: 99, byDay: { '2026-01-01': 0 } } } })],
  ];
  for (const [what, change] of broken)
    it(`is counted again with ${what}`, () => {
      fake(change);
      expect(plain(readLogSummary(log))).toEqual(fromScratch());
    });

  it('a kept span that is not a pair of numbers is read as none (then the zone no longer matches)', () => {
    for (const span of [5, [1], [1, 'x'], [1, 2, 3]]) {
      fake((k) => ({ ...k, byRoadmap: { a: { ...(k.byRoadmap as { a: object }).a, reviews: 99, span } } }));
      expect(plain(readLogSummary(log))).toEqual(fromScratch());
    }
  });

  it('a kept span of one number and one not is no span', () => {
    const k = kept();
    writeFileSync(summaryFile, JSON.stringify({ ...k, zone: '', byRoadmap: { a: { ...k.byRoadmap.a, reviews: 99, span: [1, 'x'] } } }));
    expect(readLogSummary(log).a).toMatchObject({ reviews: 99, span: null }); // zone '' is the zone of no span: trusted
    writeFileSync(summaryFile, JSON.stringify({ ...k, zone: '', byRoadmap: { a: { ...k.byRoadmap.a, reviews: 99, span: ['x', 'y', 'z'] } } }));
    expect(readLogSummary(log).a!.reviews).toBe(99);
  });

  it('one covering more than the log holds (a shorter log of the same start) is counted again', () => {
    const k = kept();
    const head = readFileSync(log).subarray(0, 256).toString('base64');
    writeFileSync(
      summaryFile,
      JSON.stringify({ ...k, head, tail: '', offset: readFileSync(log).length + 1000, byRoadmap: { a: { ...k.byRoadmap.a, reviews: 99 } } }),
    );
    expect(plain(readLogSummary(log))).toEqual(fromScratch());
  });
});

describe('catching up', () => {
  it('adds only what was appended to a kept summary of a short log', () => {
    append(0, 1);
    readLogSummary(log);
    fake();
    append(1, 3);
    expect(readLogSummary(log).a!.reviews).toBe(101);
  });

  it('adds only what was appended to a kept summary of a long log', () => {
    append(0, 20);
    readLogSummary(log);
    fake();
    append(20, 22);
    expect(readLogSummary(log).a!.reviews).toBe(101);
  });

  it('skips lines that are null, of no roadmap, or not an entry', () => {
    append(0, 3);
    appendFileSync(log, `null\n${JSON.stringify({ roadmap: 5, ...entry(4) })}\n${JSON.stringify({ roadmap: 'a', card: 'x' })}\n`);
    append(5, 6);
    expect(plain(readLogSummary(log))).toEqual(fromScratch());
    expect(readLogSummary(log).a!.reviews).toBe(4);
  });

  it('a log that cannot be opened is an error, not an empty summary', () => {
    mkdirSync(log);
    expect(() => readLogSummary(log)).toThrow(expect.objectContaining({ unworded: expect.objectContaining({ key: 'file.notRegular.directory' }) }));
  });

  it('leaves no descriptor open', () => {
    append(0, 5);
    readLogSummary(log);
    summariseRewrittenLog(log, { a: [entry(1)] });
    for (let i = 0; i < 20; i++) {
      readLogSummary(log);
      summariseRewrittenLog(log, { a: [entry(1)] });
    }
    expect(openUnder(dir)).toBe(0);
  });
});

describe('after a rewrite', () => {
  it('the summary is kept from the entries in hand, roadmaps without entries left out', () => {
    rewriteLog(log, { a: [entry(1), entry(2)], b: [] });
    const k = kept();
    expect(k.offset).toBe(readFileSync(log).length);
    expect(Object.keys(k.byRoadmap)).toEqual(['a']);
    expect(k.byRoadmap.a).toEqual(plain(summariseLog([entry(1), entry(2)])));
    fake();
    expect(readLogSummary(log).a!.reviews).toBe(99); // trusted: nothing left to read
  });

  it('no log, no summary', () => {
    summariseRewrittenLog(log, { a: [entry(1)] });
    expect(existsSync(summaryFile)).toBe(false);
  });
});
