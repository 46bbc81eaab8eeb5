import { describe, expect, it } from 'vitest';
import { makeRoadmap, makeStage, makeTopic } from '../../../test/support/builders.js';
import { emptyRoadmapProgress, type QuizAttempt, type RoadmapProgress } from './model.js';
import { attemptPercent, passedQuizzes, quizRecord, skippedTopics, summarize } from './summary.js';
import { markTopics } from './transitions.js';

const now = new Date('2026-03-01T10:00:00Z');
const attempt = (quiz: string, score: number, total: number, extra: Partial<QuizAttempt> = {}): QuizAttempt => ({
  quiz,
  at: now.toISOString(),
  seed: '1',
  score,
  total,
  finished: true,
  questions: [],
  ...extra,
});

const quiz = (id: string, passPercent: number) => ({ id, title: id, passPercent, questionCount: 1 });
const roadmap = makeRoadmap({
  quizzes: [quiz('q1', 80), quiz('q2', 80), quiz('q3', 50)],
  stages: [
    makeStage({
      id: 's1',
      topics: [makeTopic({ id: 'a', quiz: 'q1' }), makeTopic({ id: 'b', quiz: 'q1' }), makeTopic({ id: 'c', quiz: 'q2' }), makeTopic({ id: 'd' })],
    }),
    makeStage({ id: 's2', topics: [makeTopic({ id: 'e', quiz: 'q3', optional: true }), makeTopic({ id: 'f' })] }),
  ],
});

describe('passedQuizzes', () => {
  it('passes a quiz at or above its mark on its best full finished draw', () => {
    const attempts = [attempt('q1', 3, 5), attempt('q1', 4, 5), attempt('q1', 2, 5), attempt('q2', 79, 100), attempt('q3', 1, 2)];
    expect([...passedQuizzes(roadmap, attempts)].sort()).toEqual(['q1', 'q3']);
  });

  it('never passes on practice draws, unfinished attempts, or quizzes the roadmap lacks', () => {
    const attempts = [attempt('q1', 5, 5, { practice: true }), attempt('q2', 5, 5, { finished: false }), attempt('gone', 5, 5)];
    expect([...passedQuizzes(roadmap, attempts)]).toEqual([]);
    expect([...passedQuizzes(roadmap, [])]).toEqual([]);
  });

  it('keeps the best, not the last, draw', () => {
    expect([...passedQuizzes(roadmap, [attempt('q2', 5, 5), attempt('q2', 0, 5)])]).toEqual(['q2']);
    expect([...passedQuizzes(roadmap, [attempt('q2', 0, 5), attempt('q2', 5, 5)])]).toEqual(['q2']);
  });
});

describe('summarize: quizzes per stage', () => {
  it('counts each quiz of a stage once, optional topics included, and those passed', () => {
    const s = summarize(roadmap, { ...emptyRoadmapProgress(), attempts: [attempt('q1', 5, 5), attempt('q3', 5, 5)] });
    expect(s.stages.map((x) => [x.quizzesPassed, x.quizzesTotal])).toEqual([
      [1, 2],
      [1, 1],
    ]);
    expect(summarize(roadmap, emptyRoadmapProgress()).stages.map((x) => x.quizzesPassed)).toEqual([0, 0]);
  });
});

describe('skippedTopics', () => {
  it('lists required skipped topics in roadmap order', () => {
    let p: RoadmapProgress = markTopics(emptyRoadmapProgress(), ['f', 'b', 'e'], 'skipped', now);
    p = markTopics(p, ['a'], 'done', now);
    expect(skippedTopics(roadmap, p).map((t) => t.id)).toEqual(['b', 'f']);
    expect(skippedTopics(roadmap, emptyRoadmapProgress())).toEqual([]);
  });
});

describe('quizRecord', () => {
  it('counts this quiz only, finished full draws apart from practice ones', () => {
    const attempts = [
      attempt('q1', 2, 5),
      attempt('q1', 4, 5),
      attempt('q1', 5, 5, { practice: true }),
      attempt('q1', 5, 5, { finished: false }),
      attempt('q2', 5, 5),
    ];
    expect(quizRecord('q1', 80, attempts)).toEqual({ attempts: 2, practice: 1, best: 80, passed: true });
    expect(quizRecord('q1', 81, attempts)).toEqual({ attempts: 2, practice: 1, best: 80, passed: false });
    expect(quizRecord('q1', 0, [])).toEqual({ attempts: 0, practice: 0, best: null, passed: false });
  });
});

describe('attemptPercent', () => {
  it('rounds down, and is 0 for an empty draw', () => {
    expect(attemptPercent({ score: 2, total: 3 })).toBe(66);
    expect(attemptPercent({ score: 0, total: 0 })).toBe(0);
  });
});
