import * as fsrs from 'ts-fsrs';
import { describe, expect, it } from 'vitest';
import { emptyRoadmapProgress } from '../progress/model.js';
import { dueSummary } from './due.js';
import { cardKey, daysUntil, dueCards, previewDue, Rating, recordAnswers, startOfLocalDay } from './schedule.js';

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

/** Local midnight of a March 2026 day, as the ISO string a card stores. */
const midnight = (dayOfMarch: number) => new Date(2026, 2, dayOfMarch).toISOString();

describe('recordAnswers, exact cards', () => {
  const t0 = new Date(2026, 2, 1, 10);

  it('a new card answered wrong is due the next local day, in review state, with the FSRS first-Again values', () => {
    const p = recordAnswers(emptyRoadmapProgress(), [answer('x', false)], t0, fsrs, 'quiz');
    expect(p.cards['q/x']).toEqual({
      due: midnight(2),
      stability: 0.212,
      difficulty: 6.4133,
      elapsed_days: 0,
      scheduled_days: 1,
      learning_steps: 0,
      reps: 1,
      lapses: 0,
      state: 2,
      last_review: t0.toISOString(),
    });
  });

  it('a new card answered right is rated Good unless the learner chose Hard or Easy, whole days apart (no learning steps, no fuzz)', () => {
    const due = (rating?: 2 | 3 | 4) => recordAnswers(emptyRoadmapProgress(), [answer('x', true, rating)], t0, fsrs, 'quiz').cards['q/x']!;
    expect(due()).toMatchObject({ due: midnight(4), stability: 2.3065, scheduled_days: 3 });
    expect(due(Rating.Hard)).toMatchObject({ due: midnight(3), scheduled_days: 2 });
    expect(due(Rating.Good)).toMatchObject({ due: midnight(4), scheduled_days: 3 });
    expect(due(Rating.Easy)).toMatchObject({ due: midnight(9), scheduled_days: 8, difficulty: 1 });
  });

  it('a wrong answer is rated Again even when a rating was chosen', () => {
    const p = recordAnswers(emptyRoadmapProgress(), [{ quiz: 'q', question: 'x', correct: false, rating: Rating.Easy }], t0, fsrs, 'quiz');
    expect(p.reviewLog).toEqual([{ card: 'q/x', at: t0.toISOString(), rating: Rating.Again, scheduled: true, source: 'quiz' }]);
    expect(p.cards['q/x']!.due).toBe(midnight(2));
  });

  it('a card due exactly now is rescheduled from its stored state', () => {
    const first = recordAnswers(emptyRoadmapProgress(), [answer('x', true)], t0, fsrs, 'quiz');
    const dueAt = new Date(first.cards['q/x']!.due);
    const second = recordAnswers(first, [answer('x', true)], dueAt, fsrs, 'review');
    expect(second.cards['q/x']).toMatchObject({ due: midnight(18), reps: 2, lapses: 0, state: 2, scheduled_days: 14, last_review: dueAt.toISOString() });
    expect(second.reviewLog.map((e) => e.scheduled)).toEqual([true, true]);
  });

  it('a stored card with only a due date counts as new: missing fields read as zero and no last review', () => {
    const start = { ...emptyRoadmapProgress(), cards: { 'q/x': { due: midnight(1) } } };
    const fromBare = recordAnswers(start, [answer('x', true)], t0, fsrs, 'quiz');
    const fromNothing = recordAnswers(emptyRoadmapProgress(), [answer('x', true)], t0, fsrs, 'quiz');
    expect(fromBare.cards).toEqual(fromNothing.cards);
  });

  it('logs every answer in order after the earlier log, with the time, source and whether it rescheduled', () => {
    const earlier = { card: 'q/old', at: '2026-01-01T00:00:00.000Z', rating: 3, scheduled: true, source: 'review' as const };
    const start = { ...emptyRoadmapProgress(), reviewLog: [earlier] };
    const p = recordAnswers(
      start,
      [answer('a', true), answer('a', false), { quiz: 'r', question: 'b', correct: true, rating: Rating.Hard }],
      t0,
      fsrs,
      'review',
    );
    expect(p.reviewLog).toEqual([
      earlier,
      { card: 'q/a', at: t0.toISOString(), rating: Rating.Good, scheduled: true, source: 'review' },
      { card: 'q/a', at: t0.toISOString(), rating: Rating.Again, scheduled: false, source: 'review' },
      { card: 'r/b', at: t0.toISOString(), rating: Rating.Hard, scheduled: true, source: 'review' },
    ]);
    expect(Object.keys(p.cards).sort()).toEqual(['q/a', 'r/b']);
    expect(start.reviewLog).toEqual([earlier]);
  });

  it('keeps the other cards and fields of the progress as they were', () => {
    const other = { due: midnight(20), reps: 3 };
    const start = { ...emptyRoadmapProgress(), cards: { 'q/other': other }, attempts: [] };
    const p = recordAnswers(start, [answer('x', true)], t0, fsrs, 'quiz');
    expect(p.cards['q/other']).toBe(other);
    expect(p.topics).toBe(start.topics);
    expect(start.cards).toEqual({ 'q/other': other });
  });
});

describe('startOfLocalDay and daysUntil', () => {
  it('startOfLocalDay is local midnight of the same date', () => {
    expect(startOfLocalDay(new Date(2026, 2, 1, 23, 59, 59, 999)).toISOString()).toBe(midnight(1));
    expect(startOfLocalDay(new Date(2026, 2, 1)).toISOString()).toBe(midnight(1));
  });

  it('counts whole local days, 0 for later today, negative for past days', () => {
    const now = new Date(2026, 2, 1, 22);
    expect(daysUntil(new Date(2026, 2, 1, 23), now)).toBe(0);
    expect(daysUntil(new Date(2026, 2, 2, 1), now)).toBe(1);
    expect(daysUntil(new Date(2026, 2, 11), now)).toBe(10);
    expect(daysUntil(new Date(2026, 1, 27, 23), now)).toBe(-2);
  });
});

describe('previewDue', () => {
  it('for a new card, gives the due day each right rating would give', () => {
    const t0 = new Date(2026, 2, 1, 10);
    const preview = previewDue(undefined, t0, fsrs);
    expect(Object.fromEntries(Object.entries(preview).map(([k, d]) => [k, d.toISOString()]))).toEqual({ 2: midnight(3), 3: midnight(4), 4: midnight(9) });
  });

  it('for a stored card, starts from its state, and agrees with what recordAnswers then stores', () => {
    const t0 = new Date(2026, 2, 1, 10);
    const p = recordAnswers(emptyRoadmapProgress(), [answer('x', true)], t0, fsrs, 'quiz');
    const when = new Date(p.cards['q/x']!.due);
    const preview = previewDue(p.cards['q/x'], when, fsrs);
    expect(preview[3].toISOString()).toBe(midnight(18));
    for (const rating of [Rating.Hard, Rating.Good, Rating.Easy]) {
      const next = recordAnswers(p, [answer('x', true, rating)], when, fsrs, 'review');
      expect(next.cards['q/x']!.due).toBe(preview[rating].toISOString());
    }
  });
});

describe('dueCards', () => {
  const progressWith = (cards: Record<string, string>) => ({
    ...emptyRoadmapProgress(),
    cards: Object.fromEntries(Object.entries(cards).map(([k, due]) => [k, { due }])),
  });

  it('lists cards due at or before now, oldest first, ties in code-unit order of the key, split at the first slash', () => {
    const p = progressWith({ 'b/z': midnight(2), 'a/y/w': midnight(2), 'B/a': midnight(2), 'c/x': midnight(1), 'd/later': midnight(5), 'e/now': midnight(3) });
    expect(dueCards(p, new Date(midnight(3)))).toEqual([
      { key: 'c/x', quiz: 'c', question: 'x', due: midnight(1) },
      { key: 'B/a', quiz: 'B', question: 'a', due: midnight(2) },
      { key: 'a/y/w', quiz: 'a', question: 'y/w', due: midnight(2) },
      { key: 'b/z', quiz: 'b', question: 'z', due: midnight(2) },
      { key: 'e/now', quiz: 'e', question: 'now', due: midnight(3) },
    ]);
  });

  it('orders the same way whatever order the cards were stored in', () => {
    const keys = ['q/b', 'q/a', 'q/c'];
    for (const order of [keys, [...keys].reverse()]) {
      const p = progressWith(Object.fromEntries(order.map((k) => [k, midnight(1)])));
      expect(dueCards(p, new Date(midnight(2))).map((c) => c.key)).toEqual(['q/a', 'q/b', 'q/c']);
    }
  });

  it('is empty when nothing is due yet', () => {
    expect(dueCards(progressWith({ 'q/a': midnight(5) }), new Date(midnight(4)))).toEqual([]);
  });
});

describe('a stored review card without a last review time', () => {
  it('is rescheduled with finite values, as if last reviewed just now', () => {
    const t0 = new Date(2026, 2, 1, 10);
    const first = recordAnswers(emptyRoadmapProgress(), [answer('x', true)], t0, fsrs, 'quiz');
    const { last_review: _dropped, ...bare } = first.cards['q/x']!;
    const when = new Date(2026, 2, 4, 1);
    const p = recordAnswers({ ...first, cards: { 'q/x': bare as typeof bare & { due: string } } }, [answer('x', true, Rating.Hard)], when, fsrs, 'review');
    expect(p.cards['q/x']).toMatchObject({ due: midnight(6), stability: 2.3065, reps: 2, state: 2, elapsed_days: 0, last_review: when.toISOString() });
  });
});
