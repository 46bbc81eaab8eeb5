import { describe, expect, it } from 'vitest';
import { emptyRoadmapProgress } from '../progress/model.js';
import { dueSummary, forgetDue, rememberDue } from './due.js';

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

describe('remembered due facts', () => {
  // The facts say 7 due, the one card says otherwise: an answer of 7 came from the facts.
  const facts = { at: '2026-03-10T12:00:00.000Z', due: 7, next: '2026-03-12T00:00:00.000Z' };
  const remembered = (f: Parameters<typeof rememberDue>[1]) => {
    const p = withDue('2026-03-20T00:00:00.000Z');
    rememberDue(p.cards, f);
    return p;
  };

  it('stand in from the moment they were taken until the next card falls due, and no longer', () => {
    const p = remembered(facts);
    expect(dueSummary(p, new Date(facts.at)).due).toBe(7);
    expect(dueSummary(p, new Date('2026-03-11T23:59:59.999Z')).due).toBe(7);
    expect(dueSummary(p, new Date(facts.next))).toEqual({ due: 0, nextReviewAt: '2026-03-20T00:00:00.000Z' });
    // Before they were taken (a clock set back): counted.
    expect(dueSummary(p, new Date('2026-03-10T11:59:59.999Z')).due).toBe(0);
  });

  it('with no next card, hold at any time after they were taken; forgotten, the cards are counted', () => {
    const p = remembered({ ...facts, next: null });
    expect(dueSummary(p, new Date('2030-01-01T00:00:00.000Z'))).toEqual({ due: 7, nextReviewAt: null });
    forgetDue(p.cards);
    expect(dueSummary(p, new Date('2030-01-01T00:00:00.000Z'))).toEqual({ due: 1, nextReviewAt: null });
  });
});
