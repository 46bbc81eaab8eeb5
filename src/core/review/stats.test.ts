import { describe, expect, it } from 'vitest';
import { emptyRoadmapProgress, type RoadmapProgress } from '../progress/model.js';
import { localDate } from './days.js';
import { computeStats } from './stats.js';

const attempt = (at: string) => ({ quiz: 'q', at: new Date(at).toISOString(), seed: '1', score: 1, total: 1, finished: true, questions: [] });
const review = (at: string, rating = 3) => ({ card: 'q/x', at: new Date(at).toISOString(), rating, scheduled: true, source: 'review' as const });

function progressOn(days: string[]): RoadmapProgress {
  return { ...emptyRoadmapProgress(), attempts: days.map((d) => attempt(`${d}T12:00:00`)) };
}

describe('computeStats', () => {
  it('counts a streak across day boundaries in local time', () => {
    const p = { ...emptyRoadmapProgress(), attempts: [attempt('2026-03-01T23:30:00'), attempt('2026-03-02T00:30:00')] };
    expect(computeStats(p, new Date('2026-03-02T20:00:00'))).toMatchObject({ currentStreak: 2, longestStreak: 2 });
  });

  it('a missed day breaks the streak; the longest is remembered', () => {
    const p = progressOn(['2026-03-01', '2026-03-02', '2026-03-03', '2026-03-05', '2026-03-06']);
    expect(computeStats(p, new Date('2026-03-06T20:00:00'))).toMatchObject({ currentStreak: 2, longestStreak: 3 });
    expect(computeStats(p, new Date('2026-03-08T09:00:00')).currentStreak).toBe(0);
  });

  it('keeps a streak alive today until the day is over', () => {
    const p = progressOn(['2026-03-05', '2026-03-06']);
    expect(computeStats(p, new Date('2026-03-07T08:00:00')).currentStreak).toBe(2);
  });

  it('counts topics finished and reviews, and the last 30 days end today', () => {
    const p: RoadmapProgress = {
      ...progressOn(['2026-03-06']),
      topics: { a: { status: 'done', at: new Date('2026-03-06T09:00:00').toISOString() } },
      reviewLog: [review('2026-03-06T10:00:00'), review('2026-03-06T10:01:00', 1), { ...review('2026-03-05T10:00:00'), source: 'quiz' }],
    };
    const s = computeStats(p, new Date('2026-03-06T20:00:00'));
    expect(s.days).toHaveLength(30);
    expect(s.days.at(-1)).toEqual({ date: '2026-03-06', quizzes: 1, reviews: 2, topics: 1 });
    expect(s.days.at(-2)).toEqual({ date: '2026-03-05', quizzes: 0, reviews: 0, topics: 0 });
    expect(s.retention).toBe(0.5);
  });

  it('counts cards per state and ranks the hardest by lapses', () => {
    const card = (state: number, lapses: number) => ({ due: '2026-03-01T00:00:00.000Z', state, lapses });
    const p = { ...emptyRoadmapProgress(), cards: { 'q/a': card(0, 0), 'q/b': card(2, 3), 'r/c': card(3, 5), 'r/d': card(1, 0) } };
    const s = computeStats(p, new Date('2026-03-06T20:00:00'));
    expect(s.cards).toEqual({ new: 1, learning: 1, review: 1, relearning: 1 });
    expect(s.hardest).toEqual([
      { quiz: 'r', question: 'c', lapses: 5 },
      { quiz: 'q', question: 'b', lapses: 3 },
    ]);
    expect(s.retention).toBeNull();
  });

  it('formats local dates', () => {
    expect(localDate(new Date(2026, 0, 5, 23, 59))).toBe('2026-01-05');
  });
});

describe('computeStats, cards', () => {
  const cards = (entries: Record<string, Record<string, unknown>>) => ({
    ...emptyRoadmapProgress(),
    cards: Object.fromEntries(Object.entries(entries).map(([k, c]) => [k, { due: '2026-03-01T00:00:00.000Z', ...c }])),
  });
  const now = new Date('2026-03-10T12:00:00');

  it('counts cards by state, a missing state as new, and ignores a state it does not know', () => {
    const p = cards({ 'q/a': {}, 'q/b': { state: 1 }, 'q/c': { state: 2 }, 'q/d': { state: 2 }, 'q/e': { state: 3 }, 'q/f': { state: 9 } });
    expect(computeStats(p, now).cards).toEqual({ new: 1, learning: 1, review: 2, relearning: 1 });
  });

  it('lists the five most lapsed questions, most first, ties by key in code-unit order, never one without lapses', () => {
    const p = cards({
      'q/z': { lapses: 2 },
      'q/a': { lapses: 2 },
      'Q/b': { lapses: 2 },
      'r/x/y': { lapses: 5 },
      'q/none': { lapses: 0 },
      'q/unset': {},
      'q/one': { lapses: 1 },
      'q/three': { lapses: 3 },
    });
    expect(computeStats(p, now).hardest).toEqual([
      { quiz: 'r', question: 'x/y', lapses: 5 },
      { quiz: 'q', question: 'three', lapses: 3 },
      { quiz: 'Q', question: 'b', lapses: 2 },
      { quiz: 'q', question: 'a', lapses: 2 },
      { quiz: 'q', question: 'z', lapses: 2 },
    ]);
  });

  it('orders tied questions the same whatever order they were stored in', () => {
    for (const keys of [
      ['q/b', 'q/a', 'q/c'],
      ['q/c', 'q/a', 'q/b'],
    ]) {
      const p = cards(Object.fromEntries(keys.map((k) => [k, { lapses: 1 }])));
      expect(computeStats(p, now).hardest.map((h) => h.question)).toEqual(['a', 'b', 'c']);
    }
  });

  it('has no hardest questions when nothing lapsed', () => {
    expect(computeStats(cards({ 'q/a': { lapses: 0 } }), now).hardest).toEqual([]);
  });
});
