import { describe, expect, it } from 'vitest';
import { makeRoadmap, makeStage, makeTopic } from '../../../test/support/builders.js';
import { emptyRoadmapProgress } from './model.js';
import { attemptedQuizzes, nextStep, quizRecord, summarize } from './summary.js';
import { markTopics, resetAll, resetTopics } from './transitions.js';

const now = new Date('2026-03-01T10:00:00Z');

describe('summarize', () => {
  const roadmap = makeRoadmap({
    stages: [
      makeStage({ id: 's1', topics: [makeTopic({ id: 'a' }), makeTopic({ id: 'b' }), makeTopic({ id: 'c' })] }),
      makeStage({ id: 'tools', topics: [makeTopic({ id: 'opt', optional: true })] }),
    ],
  });

  it('counts required topics only and rounds percent down', () => {
    const p = markTopics(emptyRoadmapProgress(), ['a', 'opt'], 'done', now);
    const s = summarize(roadmap, p);
    expect(s).toMatchObject({ done: 1, skipped: 0, total: 3, percent: 33 });
    expect(s.stages[0]).toMatchObject({ done: 1, total: 3, percent: 33 });
  });

  it('gives null percent to a stage without required topics', () => {
    expect(summarize(roadmap, emptyRoadmapProgress()).stages[1]!.percent).toBeNull();
  });

  it('never counts skipped as done: 100 and complete only when every required topic is done', () => {
    let p = markTopics(emptyRoadmapProgress(), ['a', 'b'], 'done', now);
    expect(summarize(roadmap, p).percent).toBe(66);
    p = markTopics(p, ['c'], 'skipped', now);
    const s = summarize(roadmap, p);
    expect(s).toMatchObject({ done: 2, skipped: 1, percent: 66 });
    expect(s.next).toMatchObject({ kind: 'revisit', remaining: 1, topic: { id: 'c' } });
    const all = summarize(roadmap, markTopics(p, ['c'], 'done', now));
    expect(all).toMatchObject({ done: 3, skipped: 0, percent: 100 });
    expect(all.next).toEqual({ kind: 'complete' });
  });
});

describe('practice draws', () => {
  it('never pass and never set the best score, however high', () => {
    const practice = { quiz: 'q', at: now.toISOString(), seed: '1', score: 1, total: 1, finished: true, practice: true, questions: [] };
    expect(quizRecord('q', 80, [practice])).toEqual({ attempts: 0, practice: 1, best: null, passed: false });
  });
});

describe('nextStep', () => {
  const roadmap = makeRoadmap({
    stages: [
      makeStage({ id: 's1', topics: [makeTopic({ id: 'opt', optional: true }), makeTopic({ id: 'a' })] }),
      makeStage({ id: 's2', topics: [makeTopic({ id: 'b', quiz: 'q' })] }),
    ],
  });

  it('skips optional topics and reports what remains', () => {
    const step = nextStep(roadmap, emptyRoadmapProgress());
    expect(step).toMatchObject({ kind: 'next', topic: { id: 'a' }, stageIndex: 0, remaining: 2 });
  });

  it('moves on past a done topic even when its quiz is not passed', () => {
    const p = markTopics(emptyRoadmapProgress(), ['a', 'b'], 'done', now);
    expect(nextStep(roadmap, p)).toEqual({ kind: 'complete' });
  });

  it('ignores progress for ids the roadmap no longer has', () => {
    const p = markTopics(emptyRoadmapProgress(), ['gone'], 'done', now);
    expect(nextStep(roadmap, p)).toMatchObject({ topic: { id: 'a' }, remaining: 2 });
  });
});

describe('transitions', () => {
  it('keeps the first time when a topic is marked twice with the same status', () => {
    const first = markTopics(emptyRoadmapProgress(), ['a'], 'done', now);
    const again = markTopics(first, ['a'], 'done', new Date('2027-01-01T00:00:00Z'));
    expect(again.topics.a).toEqual({ status: 'done', at: now.toISOString() });
  });

  it('switches done to skipped with a new time', () => {
    const later = new Date('2026-04-01T00:00:00Z');
    const p = markTopics(markTopics(emptyRoadmapProgress(), ['a'], 'done', now), ['a'], 'skipped', later);
    expect(p.topics.a).toEqual({ status: 'skipped', at: later.toISOString() });
  });

  it('reset makes a topic todo again and leaves others alone', () => {
    const p = resetTopics(markTopics(emptyRoadmapProgress(), ['a', 'b'], 'done', now), ['a']);
    expect(Object.keys(p.topics)).toEqual(['b']);
  });

  it('resetAll forgets topics, attempts and cards', () => {
    expect(resetAll()).toEqual({ topics: {}, attempts: [], cards: {}, reviewLog: [] });
  });
});

describe('quizRecord', () => {
  const attempt = (score: number, finished = true) => ({ quiz: 'q', at: now.toISOString(), seed: '1', score, total: 10, finished, questions: [] });
  it('counts finished attempts only and keeps the best percent', () => {
    expect(quizRecord('q', 80, [attempt(5), attempt(9, false), attempt(8)])).toEqual({ attempts: 2, practice: 0, best: 80, passed: true });
  });
  it('has no best before the first finished attempt', () => {
    expect(quizRecord('q', 80, [attempt(10, false)])).toEqual({ attempts: 0, practice: 0, best: null, passed: false });
  });
});

describe('attemptedQuizzes', () => {
  const attempt = (quiz: string, finished: boolean) => ({ quiz, at: now.toISOString(), seed: '1', score: 0, total: 10, finished, questions: [] });
  it('names each quiz with any attempt once, finished or not', () => {
    const progress = { ...emptyRoadmapProgress(), attempts: [attempt('a', true), attempt('b', false), attempt('a', false)] };
    expect([...attemptedQuizzes(progress)].sort()).toEqual(['a', 'b']);
    expect(attemptedQuizzes(emptyRoadmapProgress()).size).toBe(0);
  });
});
