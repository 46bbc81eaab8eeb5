import { describe, expect, it } from 'vitest';
import { emptyRoadmapProgress } from '../progress/model.js';
import { dueSummary } from './due.js';

const withDue = (...dues: string[]) => ({
  ...emptyRoadmapProgress(),
  cards: Object.fromEntries(dues.map((due, i) => [`q/${i}`, { due }])),
});

describe('dueSummary', () => {
  const now = new Date('2026-03-10T12:00:00.000Z');

  it('counts cards due at or before now, and names the earliest one still ahead', () => {
    const p = withDue(
      '2026-03-01T00:00:00.000Z',
      '2026-03-10T12:00:00.000Z',
      '2026-03-15T00:00:00.000Z',
      '2026-03-11T00:00:00.000Z',
      '2026-03-20T00:00:00.000Z',
    );
    expect(dueSummary(p, now)).toEqual({ due: 2, nextReviewAt: '2026-03-11T00:00:00.000Z' });
  });

  it('finds the earliest future card wherever it is stored', () => {
    expect(dueSummary(withDue('2026-03-11T00:00:00.000Z', '2026-03-15T00:00:00.000Z'), now).nextReviewAt).toBe('2026-03-11T00:00:00.000Z');
    expect(dueSummary(withDue('2026-03-15T00:00:00.000Z', '2026-03-11T00:00:00.000Z'), now).nextReviewAt).toBe('2026-03-11T00:00:00.000Z');
  });

  it('is zero with no next review when there are no cards, or only due ones', () => {
    expect(dueSummary(emptyRoadmapProgress(), now)).toEqual({ due: 0, nextReviewAt: null });
    expect(dueSummary(withDue('2026-03-09T00:00:00.000Z'), now)).toEqual({ due: 1, nextReviewAt: null });
  });

  it('skips a card whose due date does not parse', () => {
    expect(dueSummary(withDue('not a date', '2026-03-12T00:00:00.000Z', '2026-03-01T00:00:00.000Z'), now)).toEqual({
      due: 1,
      nextReviewAt: '2026-03-12T00:00:00.000Z',
    });
    expect(dueSummary(withDue('not a date'), now)).toEqual({ due: 0, nextReviewAt: null });
  });
});
