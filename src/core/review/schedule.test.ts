import * as fsrs from 'ts-fsrs';
import { describe, expect, it } from 'vitest';
import { emptyRoadmapProgress } from '../progress/model.js';
import { dueSummary } from './due.js';
import { cardKey, dueCards, Rating, recordAnswers } from './schedule.js';

const day = 86_400_000;
const at = (iso: string) => new Date(iso);
const answer = (question: string, correct: boolean, rating?: 2 | 3 | 4) => ({ quiz: 'q', question, correct, rating });

describe('recordAnswers', () => {
  const t0 = at('2026-03-01T10:00:00');

  it('a card answered wrong is due again within a day; one answered right is not due tomorrow', () => {
    const p = recordAnswers(emptyRoadmapProgress(), [answer('wrong', false), answer('right', true)], t0, fsrs, 'quiz');
    const tomorrow = new Date(t0.getTime() + day);
    expect(Date.parse(p.cards[cardKey('q', 'wrong')]!.due)).toBeLessThanOrEqual(tomorrow.getTime());
    expect(dueCards(p, tomorrow).map((c) => c.question)).toEqual(['wrong']);
  });

  it('is day-based: due from the start of the local day it falls on', () => {
    const p = recordAnswers(emptyRoadmapProgress(), [answer('x', false)], at('2026-03-01T22:30:00'), fsrs, 'quiz');
    expect(dueSummary(p, at('2026-03-02T06:00:00')).due).toBe(1);
    expect(dueSummary(p, at('2026-03-01T23:59:00')).due).toBe(0);
  });

  it('reviewing a due card moves its due date forward and logs it', () => {
    let p = recordAnswers(emptyRoadmapProgress(), [answer('x', false)], t0, fsrs, 'quiz');
    const firstDue = Date.parse(p.cards['q/x']!.due);
    const later = new Date(firstDue + 3_600_000);
    p = recordAnswers(p, [answer('x', true)], later, fsrs, 'review');
    expect(Date.parse(p.cards['q/x']!.due)).toBeGreaterThan(later.getTime() + day);
    expect(p.reviewLog.map((e) => [e.source, e.scheduled, e.rating])).toEqual([
      ['quiz', true, Rating.Again],
      ['review', true, Rating.Good],
    ]);
  });

  it('cramming does not count: an answer on a card not yet due is logged but does not reschedule', () => {
    const first = recordAnswers(emptyRoadmapProgress(), [answer('x', true)], t0, fsrs, 'quiz');
    const again = recordAnswers(first, [answer('x', false)], new Date(t0.getTime() + 60_000), fsrs, 'quiz');
    expect(again.cards).toEqual(first.cards);
    expect(again.reviewLog.at(-1)).toMatchObject({ card: 'q/x', scheduled: false, rating: Rating.Again });
  });

  it('Easy pushes a card further than Good, and Hard strictly less far, for a new card and a reviewed one', () => {
    const seen = recordAnswers(emptyRoadmapProgress(), [answer('x', false)], t0, fsrs, 'quiz');
    const later = new Date(Date.parse(seen.cards['q/x']!.due) + 3_600_000);
    for (const [start, when] of [
      [emptyRoadmapProgress(), t0],
      [seen, later],
    ] as const) {
      const due = (rating: 2 | 3 | 4) => Date.parse(recordAnswers(start, [answer('x', true, rating)], when, fsrs, 'review').cards['q/x']!.due);
      expect(due(Rating.Easy)).toBeGreaterThan(due(Rating.Good));
      expect(due(Rating.Good)).toBeGreaterThan(due(Rating.Hard));
    }
  });

  it('lists due cards oldest first', () => {
    let p = recordAnswers(emptyRoadmapProgress(), [answer('b', false)], at('2026-03-02T10:00:00'), fsrs, 'quiz');
    p = recordAnswers(p, [answer('a', false)], at('2026-03-01T10:00:00'), fsrs, 'quiz');
    expect(dueCards(p, at('2026-03-10T00:00:00')).map((c) => c.question)).toEqual(['a', 'b']);
  });
});
