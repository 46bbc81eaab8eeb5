import { describe, expect, it } from 'vitest';
import { makeQuestion, makeQuiz, makeRoadmap, makeStage, makeTopic } from '../../../test/support/builders.js';
import { emptyRoadmapProgress } from '../progress/model.js';
import { markTopics } from '../progress/transitions.js';
import { reachedOnly, reachedTopics } from './reached.js';

const now = new Date('2026-03-01T10:00:00Z');
const roadmap = makeRoadmap({
  stages: [makeStage({ id: 's', topics: ['a', 'b', 'c', 'd'].map((id) => makeTopic({ id })) })],
});

describe('reached topics', () => {
  it('are the finished ones (done or skipped) and the one next points at', () => {
    expect([...reachedTopics(roadmap, emptyRoadmapProgress())]).toEqual(['a']);
    const p = markTopics(markTopics(emptyRoadmapProgress(), ['a'], 'done', now), ['b'], 'skipped', now);
    expect([...reachedTopics(roadmap, p)].sort()).toEqual(['a', 'b', 'c']);
    const all = markTopics(emptyRoadmapProgress(), ['a', 'b', 'c', 'd'], 'done', now);
    expect([...reachedTopics(roadmap, all)].sort()).toEqual(['a', 'b', 'c', 'd']);
  });

  it('keep a quiz to their questions, and to questions that name no topic', () => {
    const quiz = makeQuiz({
      questions: [
        makeQuestion({ type: 'boolean', id: 'q-a', topic: 'a' }),
        makeQuestion({ type: 'boolean', id: 'q-c', topic: 'c' }),
        makeQuestion({ type: 'boolean', id: 'q-any' }),
      ],
    });
    expect(reachedOnly(quiz, new Set(['a'])).questions.map((q) => q.id)).toEqual(['q-a', 'q-any']);
    expect(reachedOnly(quiz, new Set(['a', 'c'])).questions.map((q) => q.id)).toEqual(['q-a', 'q-c', 'q-any']);
    expect(quiz.questions).toHaveLength(3); // the quiz given is not changed
  });
});
