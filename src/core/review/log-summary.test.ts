import { afterEach, describe, expect, it, vi } from 'vitest';
import { addToSummary, emptyLogSummary, mergeSummaries, summariseLog, widenSpan, zoneStamp } from './log-summary.js';

const review = (at: string, rating = 3, source: 'review' | 'quiz' = 'review') => ({ card: 'q/x', at, rating, scheduled: true, source });

describe('log summary', () => {
  it('counts review answers (not quiz ones) by local day, and the right ones', () => {
    const s = summariseLog([review('2026-03-01T10:00:00.000Z'), review('2026-03-01T11:00:00.000Z', 1), review('2026-03-02T10:00:00.000Z', 3, 'quiz')]);
    expect({ reviews: s.reviews, right: s.right, days: Object.values(s.byDay) }).toEqual({ reviews: 2, right: 1, days: [2] });
    expect(s.span).toEqual([Date.parse('2026-03-01T10:00:00.000Z'), Date.parse('2026-03-01T11:00:00.000Z')]);
  });

  it('merges as if the logs were one', () => {
    const a = [review('2026-03-01T10:00:00.000Z'), review('2026-03-05T10:00:00.000Z', 1)];
    const b = [review('2026-03-05T12:00:00.000Z'), review('2026-02-01T12:00:00.000Z')];
    expect(mergeSummaries(summariseLog(a), summariseLog(b))).toEqual(summariseLog([...a, ...b]));
  });

  it('stamps the zone with its offsets every ten days over the span', () => {
    expect(zoneStamp(null)).toBe('');
    const from = Date.parse('2026-01-01T00:00:00.000Z');
    const to = from + 25 * 86_400_000;
    const at = [from, from + 10 * 86_400_000, from + 20 * 86_400_000, to];
    expect(zoneStamp([from, to])).toBe(at.map((t) => new Date(t).getTimezoneOffset()).join(','));
  });
});

describe('log summary, edges', () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('counts Hard and Easy as right, only Again as wrong', () => {
    const s = summariseLog([
      review('2026-03-01T10:00:00.000Z', 1),
      review('2026-03-01T10:01:00.000Z', 2),
      review('2026-03-01T10:02:00.000Z', 3),
      review('2026-03-01T10:03:00.000Z', 4),
    ]);
    expect([s.reviews, s.right]).toEqual([4, 3]);
  });

  it('skips an entry whose time does not parse', () => {
    const s = emptyLogSummary();
    addToSummary(s, review('yesterday'));
    expect(s).toEqual(emptyLogSummary());
  });

  it('widens a span to cover both, and keeps one when the other is missing', () => {
    expect(widenSpan([5, 8], [1, 6])).toEqual([1, 8]);
    expect(widenSpan([1, 6], [5, 8])).toEqual([1, 8]);
    expect(widenSpan(null, [2, 3])).toEqual([2, 3]);
    expect(widenSpan([2, 3], null)).toEqual([2, 3]);
    expect(widenSpan(null, null)).toBeNull();
  });

  it('takes one sample for a span of an instant', () => {
    expect(zoneStamp([0, 0])).toBe(String(new Date(0).getTimezoneOffset()));
  });

  it('samples every ten days and last at the end of the span, never past it', () => {
    const day = 86_400_000;
    // A zone that changes its offset on day 16: inside the span's last ten days, after its end.
    vi.spyOn(Date.prototype, 'getTimezoneOffset').mockImplementation(function (this: Date) {
      return this.getTime() >= 16 * day ? -60 : 0;
    });
    expect(zoneStamp([0, 15 * day])).toBe('0,0,0');
    expect(zoneStamp([0, 16 * day])).toBe('0,0,-60');
    expect(zoneStamp([0, 20 * day])).toBe('0,0,-60');
  });
});
