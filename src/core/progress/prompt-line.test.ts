import { describe, expect, it } from 'vitest';
import { makeRoadmap, makeStage, makeTopic } from '../../../test/support/builders.js';
import { emptyRoadmapProgress } from './model.js';
import { promptFields } from './prompt-line.js';
import { markTopics } from './transitions.js';

const now = new Date('2026-03-01T10:00:00Z');
const roadmap = makeRoadmap({
  id: 'r',
  stages: [makeStage({ id: 's1', topics: [makeTopic({ id: 'a' }), makeTopic({ id: 'b' })] }), makeStage({ id: 's2', topics: [makeTopic({ id: 'c' })] })],
});

describe('promptFields', () => {
  it('carries the percent, counts, where next leads, the due count and which roadmap', () => {
    const p = markTopics(emptyRoadmapProgress(), ['a', 'b'], 'done', now);
    expect(promptFields(roadmap, p, 4)).toEqual({ percent: 66, done: 2, total: 3, stage: 's2', topic: 'c', due: 4, roadmap: 'r', bundled: true });
    expect(promptFields(roadmap, p, 0, false).bundled).toBe(false);
  });

  it('leaves stage and topic empty once the roadmap is complete', () => {
    const all = markTopics(emptyRoadmapProgress(), ['a', 'b', 'c'], 'done', now);
    expect(promptFields(roadmap, all, 0)).toMatchObject({ percent: 100, done: 3, stage: '', topic: '' });
  });
});
