import { describe, expect, it } from 'vitest';
import { makeRoadmap, makeStage, makeTopic } from '../../../test/support/builders.js';
import { allQuizIds, allTopicIds, findTopic } from './lookup.js';

const roadmap = makeRoadmap({
  stages: [makeStage({ id: 's1', topics: [makeTopic({ id: 'a' }), makeTopic({ id: 'b' })] }), makeStage({ id: 's2', topics: [makeTopic({ id: 'c' })] })],
  quizzes: [
    { id: 'q1', title: 'Q1', passPercent: 80, questionCount: 3 },
    { id: 'q2', title: 'Q2', passPercent: 70, questionCount: 5 },
  ],
});

describe('lookup', () => {
  it('finds a topic with its stage and the stage position', () => {
    const found = findTopic(roadmap, 'c')!;
    expect([found.stage.id, found.stageIndex, found.topic.id]).toEqual(['s2', 1, 'c']);
    expect(findTopic(roadmap, 'b')!.stageIndex).toBe(0);
    expect(findTopic(roadmap, 'nope')).toBeUndefined();
  });

  it('lists every topic id in roadmap order, and every quiz id', () => {
    expect(allTopicIds(roadmap)).toEqual(['a', 'b', 'c']);
    expect(allQuizIds(roadmap)).toEqual(['q1', 'q2']);
  });
});
