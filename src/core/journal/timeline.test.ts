import { describe, expect, it } from 'vitest';
import { makeRoadmap, makeStage, makeTopic } from '../../../test/support/builders.js';
import { emptyRoadmapProgress, type QuizAttempt, type RoadmapProgress } from '../progress/model.js';
import { buildTimeline, isMilestone, streakMilestones } from './timeline.js';
import { groupByWeek, mondayOf } from './weeks.js';

const roadmap = makeRoadmap({
  stages: [makeStage({ topics: [makeTopic({ id: 'python', title: { en: 'Python', es: 'Python (es)' } }), makeTopic({ id: 'sql' })] })],
  quizzes: [{ id: 'py-quiz', title: 'Python quiz', passPercent: 80, questionCount: 5 }],
});

const attempt = (at: string, score: number, extra: Partial<QuizAttempt> = {}): QuizAttempt => ({
  quiz: 'py-quiz',
  at,
  seed: at,
  score,
  total: 5,
  finished: true,
  questions: [],
  ...extra,
});

function progress(): RoadmapProgress {
  return {
    ...emptyRoadmapProgress(),
    topics: { python: { status: 'done', at: '2026-11-30T10:00:00' }, sql: { status: 'skipped', at: '2026-11-30T11:00:00' } },
    attempts: [
      attempt('2026-12-01T09:00:00', 4),
      attempt('2026-12-01T09:10:00', 3), // below the pass mark
      attempt('2026-12-01T09:20:00', 5, { practice: true }), // a short draw never passes
      attempt('2026-12-01T09:30:00', 5, { finished: false }),
    ],
    notes: [{ topic: 'python', at: '2026-11-29T12:00:00', text: 'dicts keep insertion order' }],
  };
}

describe('buildTimeline', () => {
  it('lists notes, done topics and passed full quizzes, newest first; skipped topics, failed, practice and unfinished attempts are left out', () => {
    const entries = buildTimeline(roadmap, progress(), { lang: 'en' });
    expect(entries.map((e) => [e.kind, e.at])).toEqual([
      ['quiz', '2026-12-01T09:00:00'],
      ['topic', '2026-11-30T10:00:00'],
      ['note', '2026-11-29T12:00:00'],
    ]);
    expect(entries[0]).toMatchObject({ title: 'Python quiz', score: 4, total: 5, percent: 80 });
    expect(entries[2]).toMatchObject({ topic: 'python', title: 'Python', text: 'dicts keep insertion order' });
  });

  it('keeps only what happened at or after --since', () => {
    const entries = buildTimeline(roadmap, progress(), { lang: 'es', since: new Date('2026-11-30T00:00:00') });
    expect(entries.map((e) => e.kind)).toEqual(['quiz', 'topic']);
    expect(entries[1]).toMatchObject({ title: 'Python (es)' });
  });

  it('reads exercises and linked projects when the progress has them', () => {
    const p = {
      ...progress(),
      exercises: {
        'dict-drill': { status: 'passed' as const, attempts: 2, startedAt: '2026-12-01T08:00:00', passedAt: '2026-12-02T08:00:00', hintsShown: 0 },
        other: { status: 'started' as const, attempts: 0, startedAt: '2026-12-01T09:00:00', hintsShown: 0 },
      },
      projects: { sql: { url: 'https://github.com/me/sql', at: '2026-12-03T08:00:00' } },
    };
    const entries = buildTimeline(roadmap, p, { lang: 'en' });
    expect(entries.slice(0, 2)).toEqual([
      { kind: 'project', at: '2026-12-03T08:00:00', topic: 'sql', title: 'Title of sql', url: 'https://github.com/me/sql' },
      { kind: 'exercise', at: '2026-12-02T08:00:00', exercise: 'dict-drill', title: 'dict-drill' },
    ]);
  });
});

describe('streak milestones', () => {
  it('marks the day a run of active days reaches 3 and 7, once per run', () => {
    const topics: RoadmapProgress['topics'] = {};
    // Nine days in a row, a gap, then three more.
    const days = [
      '2026-11-01',
      '2026-11-02',
      '2026-11-03',
      '2026-11-04',
      '2026-11-05',
      '2026-11-06',
      '2026-11-07',
      '2026-11-08',
      '2026-11-09',
      '2026-11-20',
      '2026-11-21',
      '2026-11-22',
    ];
    for (const [i, d] of days.entries()) topics[`t${i}`] = { status: 'done', at: `${d}T12:00:00` };
    const found = streakMilestones({ ...emptyRoadmapProgress(), topics }).map((m) => [new Date(m.at).getDate(), m.days]);
    expect(found).toEqual([
      [3, 3],
      [7, 7],
      [22, 3],
    ]);
  });

  it('has milestones at 3, 7, 14, 30, 60, 100 and each further hundred', () => {
    expect([1, 2, 3, 7, 14, 30, 60, 100, 150, 200].filter(isMilestone)).toEqual([3, 7, 14, 30, 60, 100, 200]);
  });
});

describe('weeks', () => {
  it('start on Monday', () => {
    expect(mondayOf(new Date('2026-11-30T12:00:00'))).toBe('2026-11-30');
    expect(mondayOf(new Date('2026-12-06T23:00:00'))).toBe('2026-11-30');
    expect(mondayOf(new Date('2026-11-29T12:00:00'))).toBe('2026-11-23');
  });

  it('group a newest-first timeline, newest week first', () => {
    const weeks = groupByWeek(buildTimeline(roadmap, progress(), { lang: 'en' }));
    expect(weeks.map((w) => [w.monday, w.entries.map((e) => e.kind)])).toEqual([
      ['2026-11-30', ['quiz', 'topic']],
      ['2026-11-23', ['note']],
    ]);
  });
});

describe('buildTimeline, edges', () => {
  const at = '2026-12-01T09:00:00';

  it('is empty for progress with nothing in it, written before notes, exercises and projects existed', () => {
    expect(buildTimeline(roadmap, emptyRoadmapProgress(), { lang: 'en' })).toEqual([]);
  });

  it('lists an exercise only when passed with a time', () => {
    const p = {
      ...emptyRoadmapProgress(),
      exercises: {
        passedNoTime: { status: 'passed' as const, attempts: 1, startedAt: at, hintsShown: 0 },
        startedWithTime: { status: 'started' as const, attempts: 1, startedAt: at, passedAt: at, hintsShown: 0 },
        done: { status: 'passed' as const, attempts: 1, startedAt: at, passedAt: at, hintsShown: 0 },
      },
    };
    expect(buildTimeline(roadmap, p, { lang: 'en' })).toEqual([{ kind: 'exercise', at, exercise: 'done', title: 'done' }]);
  });

  it('keeps an entry exactly at --since', () => {
    const p = { ...emptyRoadmapProgress(), notes: [{ topic: 'python', at, text: 'x' }] };
    expect(buildTimeline(roadmap, p, { lang: 'en', since: new Date(at) })).toHaveLength(1);
    expect(buildTimeline(roadmap, p, { lang: 'en', since: new Date(Date.parse(at) + 1) })).toEqual([]);
  });

  it('orders entries at the same instant streak, project, exercise, quiz, topic, note, and keeps the input order within a kind', () => {
    // Three active days end in a streak entry at 23:59:59 on the third; put everything there.
    const end = new Date(2026, 11, 3, 23, 59, 59).toISOString();
    const p: RoadmapProgress = {
      ...emptyRoadmapProgress(),
      topics: { python: { status: 'done', at: end }, t1: { status: 'done', at: '2026-12-01T12:00:00' }, t2: { status: 'done', at: '2026-12-02T12:00:00' } },
      attempts: [attempt(end, 5)],
      notes: [
        { topic: 'python', at: end, text: 'first' },
        { topic: 'python', at: end, text: 'second' },
      ],
      exercises: { ex: { status: 'passed', attempts: 1, startedAt: end, passedAt: end, hintsShown: 0 } },
      projects: { sql: { url: 'https://example.org', at: end } },
    };
    const entries = buildTimeline(roadmap, p, { lang: 'en' }).filter((e) => e.at === end);
    expect(entries.map((e) => (e.kind === 'note' ? `note:${e.text}` : e.kind))).toEqual([
      'streak',
      'project',
      'exercise',
      'quiz',
      'topic',
      'note:first',
      'note:second',
    ]);
    expect(entries[0]).toEqual({ kind: 'streak', at: end, days: 3 });
  });
});

describe('isMilestone, edges', () => {
  it('is no milestone at 0 or between the hundreds', () => {
    expect([0, 1, 99, 101, 250, 300].map(isMilestone)).toEqual([false, false, false, false, false, true]);
  });
});

describe('streakMilestones, order', () => {
  it('lists milestones by date even when the activity was recorded out of order', () => {
    const days = ['2026-11-22', '2026-11-21', '2026-11-20', '2026-11-03', '2026-11-02', '2026-11-01'];
    const topics: RoadmapProgress['topics'] = {};
    for (const [i, d] of days.entries()) topics[`t${i}`] = { status: 'done', at: `${d}T12:00:00` };
    const found = streakMilestones({ ...emptyRoadmapProgress(), topics }).map((m) => [new Date(m.at).getDate(), m.days]);
    expect(found).toEqual([
      [3, 3],
      [22, 3],
    ]);
  });
});
