import { describe, expect, it } from 'vitest';
import { makeRoadmap, makeStage, makeTopic } from '../../../test/support/builders.js';
import { emptyRoadmapProgress, type RoadmapProgress } from './model.js';
import { isStatusView, statusView } from './status-view.js';
import { markTopics } from './transitions.js';

const now = new Date('2026-03-01T10:00:00Z');

const roadmap = makeRoadmap({
  id: 'r',
  title: { en: 'Road', es: 'Ruta' },
  tips: ['Build things.'],
  stages: [
    makeStage({
      id: 'one',
      topics: [
        makeTopic({ id: 'a', quiz: 'qa', exercises: ['ex-1', 'ex-2'] }),
        makeTopic({ id: 'b' }),
        makeTopic({ id: 'project-x', exercises: ['ex-3'] }),
        makeTopic({ id: 'opt', optional: true }),
      ],
    }),
    makeStage({ id: 'extras', topics: [makeTopic({ id: 'o1', optional: true }), makeTopic({ id: 'o2', optional: true })] }),
  ],
  quizzes: [{ id: 'qa', title: 'QA', passPercent: 50, questionCount: 2 }],
  exercises: [
    { id: 'ex-1', title: 'One' },
    { id: 'ex-2', title: 'Two' },
    { id: 'ex-3', title: 'Three' },
  ] as never,
});

function progress(): RoadmapProgress {
  let p = markTopics(emptyRoadmapProgress(), ['a'], 'done', now);
  p = markTopics(p, ['b'], 'skipped', now);
  p = markTopics(p, ['o1'], 'done', now);
  return {
    ...p,
    attempts: [{ quiz: 'qa', at: now.toISOString(), seed: '1', score: 1, total: 2, finished: true, questions: [] }],
    exercises: { 'ex-1': { status: 'passed', attempts: 1, startedAt: now.toISOString(), hintsShown: 0 } },
    projects: { 'project-x': { url: 'https://example.org/x', at: now.toISOString() } },
  };
}

describe('statusView', () => {
  it('holds every figure status shows, titles in every language', () => {
    const view = statusView(roadmap, progress());
    expect(view).toMatchObject({
      roadmap: { id: 'r', title: { en: 'Road', es: 'Ruta' } },
      done: 1,
      skipped: 1,
      total: 3,
      percent: 33,
      skippedIds: ['b'],
      exercises: { passed: 1, total: 3 },
      projects: { 'project-x': 'https://example.org/x' },
      tips: ['Build things.'],
      next: { kind: 'next', stage: { id: 'one', title: 'Stage one' }, topic: { id: 'project-x', title: 'Title of project-x' }, remaining: 1 },
    });
    // Only topics with a link are listed (not every topic, with no link).
    expect(Object.keys(view.projects)).toEqual(['project-x']);
    expect(view.stages).toEqual([
      {
        id: 'one',
        title: 'Stage one',
        done: 1,
        skipped: 1,
        total: 3,
        percent: 33,
        quizzesPassed: 1,
        quizzesTotal: 1,
        optionalExplored: 0,
        optionalTotal: 1,
        exercisesPassed: 1,
        exercisesTotal: 3,
      },
      {
        id: 'extras',
        title: 'Stage extras',
        done: 0,
        skipped: 0,
        total: 0,
        percent: null,
        quizzesPassed: 0,
        quizzesTotal: 0,
        optionalExplored: 1,
        optionalTotal: 2,
        exercisesPassed: 0,
        exercisesTotal: 0,
      },
    ]);
  });

  it('says revisit when only skipped topics are left, and complete when none is', () => {
    const skippedRest = markTopics(progress(), ['project-x'], 'done', now);
    expect(statusView(roadmap, skippedRest).next).toEqual({
      kind: 'revisit',
      stage: { id: 'one', title: 'Stage one' },
      topic: { id: 'b', title: 'Title of b' },
      remaining: 1,
    });
    expect(statusView(roadmap, markTopics(skippedRest, ['b'], 'done', now))).toMatchObject({ next: { kind: 'complete' }, skippedIds: [], percent: 100 });
  });

  it('survives a JSON round trip unchanged (it is cached as JSON)', () => {
    const view = statusView(roadmap, progress());
    expect(JSON.parse(JSON.stringify(view))).toEqual(view);
  });

  it('is told apart from anything else of its kind by isStatusView (a cache file may hold anything)', () => {
    const view = JSON.parse(JSON.stringify(statusView(roadmap, progress())));
    expect(isStatusView(view)).toBe(true);
    expect(isStatusView({ ...view, next: { kind: 'complete' } })).toBe(true);
    expect(isStatusView({ ...view, next: { ...view.next, kind: 'revisit' } })).toBe(true);
    const broken: [string, unknown][] = [
      ['null', null],
      ['no roadmap id', { ...view, roadmap: { title: 'R' } }],
      ['a title that is a number', { ...view, roadmap: { id: 'r', title: 5 } }],
      ['a localized title with a number', { ...view, roadmap: { id: 'r', title: { en: 5 } } }],
      ['a localized title with one number among texts', { ...view, roadmap: { id: 'r', title: { en: 'R', es: 5 } } }],
      ['one bad stage after a good one', { ...view, stages: [view.stages[0], { ...view.stages[0], done: 'x' }] }],
      ['no next step', { ...view, next: null }],
      ['a next step of an unknown kind, with its stage and topic', { ...view, next: { ...view.next, kind: 'later' } }],
      ['no exercise counts', { ...view, exercises: undefined }],
      ['a negative count', { ...view, done: -1 }],
      ['a fractional percent', { ...view, percent: 1.5 }],
      ['stages not a list', { ...view, stages: {} }],
      ['a stage percent in text', { ...view, stages: [{ ...view.stages[0], percent: '33' }] }],
      ['a stage without its exercise count', { ...view, stages: [{ ...view.stages[0], exercisesTotal: undefined }] }],
      ['a stage without an id', { ...view, stages: [{ ...view.stages[0], id: 7 }] }],
      ['an unknown next kind', { ...view, next: { kind: 'later' } }],
      ['a next step without its topic', { ...view, next: { ...view.next, topic: undefined } }],
      ['a next step with a negative remaining', { ...view, next: { ...view.next, remaining: -2 } }],
      ['skipped ids that are numbers', { ...view, skippedIds: [1] }],
      ['exercise counts missing', { ...view, exercises: { passed: 1 } }],
      ['a project link that is a number', { ...view, projects: { p: 1 } }],
      ['projects as a list', { ...view, projects: [] }],
      ['tips not a list', { ...view, tips: 'tip' }],
      ['a tip that is null', { ...view, tips: [null] }],
    ];
    for (const [what, value] of broken) expect([what, isStatusView(value)]).toEqual([what, false]);
  });
});
