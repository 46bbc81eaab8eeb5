import { describe, expect, it } from 'vitest';
import { mergeSummaries, summariseLog, zoneStamp } from './log-summary.js';

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
