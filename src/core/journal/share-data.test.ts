import { describe, expect, it } from 'vitest';
import { makeRoadmap, makeStage, makeTopic } from '../../../test/support/builders.js';
import { emptyRoadmapProgress, type RoadmapProgress } from '../progress/model.js';
import { projectsOf } from './extras.js';
import { buildShareData } from './share-data.js';

const roadmap = makeRoadmap({
  id: 'ml',
  title: { en: 'ML road', es: 'Camino ML' },
  stages: [
    makeStage({
      id: 'basics',
      title: { en: 'Basics', es: 'Bases' },
      topics: [makeTopic({ id: 'python', title: { en: 'Python', es: 'Pitón' } }), makeTopic({ id: 'sql' }), makeTopic({ id: 'viz', optional: true })],
    }),
    makeStage({ id: 'later', topics: [makeTopic({ id: 'stats' })] }),
  ],
  quizzes: [
    { id: 'py-quiz', title: { en: 'Python quiz', es: 'Quiz de Python' }, passPercent: 80, questionCount: 5 },
    { id: 'untaken', title: 'Untaken', passPercent: 70, questionCount: 5 },
  ],
});

function progress(): RoadmapProgress {
  return {
    ...emptyRoadmapProgress(),
    topics: { python: { status: 'done', at: '2026-12-01T10:00:00' }, sql: { status: 'skipped', at: '2026-12-01T11:00:00' } },
    attempts: [{ quiz: 'py-quiz', at: '2026-12-02T09:00:00', seed: '1', score: 4, total: 5, finished: true, questions: [] }],
    exercises: {
      'dict-drill': { status: 'passed', attempts: 2, startedAt: '2026-12-01T08:00:00', passedAt: '2026-12-01T09:00:00', hintsShown: 0 },
      undated: { status: 'passed', attempts: 1, startedAt: '2026-12-01T08:00:00', hintsShown: 0 },
      started: { status: 'started', attempts: 0, startedAt: '2026-12-01T08:00:00', passedAt: '2026-12-01T09:30:00', hintsShown: 0 } as never,
    },
    projects: {
      python: { url: 'https://example.org/py', at: '2026-12-01T12:00:00' },
      stats: { url: 'https://example.org/bad', at: 'not a time' },
      gone: { url: 'https://example.org/gone', at: '2026-12-01T13:00:00' },
    },
    notes: [
      { topic: 'python', at: '2026-12-01T10:30:00', text: 'dicts keep order' },
      { topic: 'gone', at: '2026-12-01T10:40:00', text: 'old topic' },
    ],
  };
}

describe('buildShareData', () => {
  const now = new Date(2026, 11, 2, 12);

  it('gathers everything a share shows, in the learner language', () => {
    const data = buildShareData(roadmap, progress(), now, 'es');
    const { days, ...rest } = data;
    expect(rest).toEqual({
      roadmapId: 'ml',
      title: 'Camino ML',
      overall: { done: 1, skipped: 1, total: 3, percent: 33 },
      stages: [
        {
          id: 'basics',
          title: 'Bases',
          done: 1,
          skipped: 1,
          total: 2,
          percent: 50,
          topics: [
            { id: 'python', title: 'Pitón', status: 'done', optional: false, project: 'https://example.org/py' },
            { id: 'sql', title: 'Title of sql', status: 'skipped', optional: false },
            { id: 'viz', title: 'Title of viz', status: 'todo', optional: true },
          ],
        },
        {
          id: 'later',
          title: 'Stage later',
          done: 0,
          skipped: 0,
          total: 1,
          percent: 0,
          topics: [{ id: 'stats', title: 'Title of stats', status: 'todo', optional: false }],
        },
      ],
      quizzes: [
        { id: 'py-quiz', title: 'Quiz de Python', passPercent: 80, attempts: 1, practice: 0, best: 80, passed: true },
        { id: 'untaken', title: 'Untaken', passPercent: 70, attempts: 0, practice: 0, best: null, passed: false },
      ],
      exercisesPassed: [
        { id: 'dict-drill', at: '2026-12-01T09:00:00' },
        { id: 'undated', at: '' },
      ],
      projects: [
        { topic: 'python', title: 'Pitón', url: 'https://example.org/py', at: '2026-12-01T12:00:00' },
        { topic: 'gone', title: 'gone', url: 'https://example.org/gone', at: '2026-12-01T13:00:00' },
      ],
      streak: { current: 2, longest: 2 },
      notes: [
        { topic: 'python', at: '2026-12-01T10:30:00', text: 'dicts keep order', title: 'Pitón' },
        { topic: 'gone', at: '2026-12-01T10:40:00', text: 'old topic', title: 'gone' },
      ],
      at: now.toISOString(),
    });
    expect(days).toHaveLength(30);
    expect(days.at(-1)).toEqual({ date: '2026-12-02', quizzes: 1, reviews: 0, topics: 0 });
    expect(days.at(-2)).toEqual({ date: '2026-12-01', quizzes: 0, reviews: 0, topics: 2 });
  });

  it('reads progress written before exercises, projects and notes existed', () => {
    const data = buildShareData(roadmap, emptyRoadmapProgress(), now, 'en');
    expect([data.exercisesPassed, data.projects, data.notes, data.streak]).toEqual([[], [], [], { current: 0, longest: 0 }]);
    expect(data.stages[0]!.topics[0]).toEqual({ id: 'python', title: 'Python', status: 'todo', optional: false });
  });
});

describe('projectsOf', () => {
  it('keeps only projects with a readable time, and none when the field is absent', () => {
    expect(projectsOf(progress()).map(([topic]) => topic)).toEqual(['python', 'gone']);
    expect(projectsOf(emptyRoadmapProgress())).toEqual([]);
  });
});
