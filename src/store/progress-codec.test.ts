import { describe, expect, it } from 'vitest';
import type { ProgressFile, ReviewLogEntry } from '../core/progress/model.js';
import { unionLogs, withLog } from './progress-codec.js';

const e = (day: number, card = 'q/c'): ReviewLogEntry => ({
  card,
  at: `2026-01-${String(day).padStart(2, '0')}T00:00:00.000Z`,
  rating: 3,
  scheduled: true,
  source: 'review',
});

describe('unionLogs', () => {
  it('both sides’ entries of a roadmap, each once, in time order', () => {
    expect(unionLogs({ r: [e(3), e(1)] }, { r: [e(1), e(2)], s: [e(5)] })).toEqual({ r: [e(1), e(2), e(3)], s: [e(5)] });
  });

  it('entries differing in card, rating or source are all kept', () => {
    const a = e(1);
    const out = unionLogs({ r: [a, { ...a, card: 'q/d' }, { ...a, rating: 1 }, { ...a, source: 'quiz' }] }, {});
    expect(out.r).toHaveLength(4);
  });
});

describe('withLog', () => {
  const file = {
    version: 2,
    settings: {},
    roadmaps: { r: { topics: { t: { status: 'done', at: 'x' } }, attempts: [], cards: {}, reviewLog: [e(1)] } },
  } as unknown as ProgressFile;

  it('a roadmap only in the log gets empty progress with its log', () => {
    expect(withLog(file, { s: [e(2)] }, false).roadmaps.s).toEqual({ topics: {}, attempts: [], cards: {}, reviewLog: [e(2)] });
  });

  it('the log replaces the file’s reviewLog, or is united with it for a version-1 file', () => {
    expect(withLog(file, { r: [e(2)] }, false).roadmaps.r!.reviewLog).toEqual([e(2)]);
    expect(withLog(file, { r: [e(2)] }, true).roadmaps.r!.reviewLog).toEqual([e(1), e(2)]);
    expect(withLog(file, { r: [e(2)] }, true).roadmaps.r!.topics).toEqual({ t: { status: 'done', at: 'x' } });
  });
});
