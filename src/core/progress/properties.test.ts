import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { makeRoadmap, makeStage, makeTopic } from '../../../test/support/builders.js';
import { emptyProgress, emptyRoadmapProgress, type RoadmapProgress, topicStatus, withRoadmapProgress } from './model.js';
import { nextStep, summarize } from './summary.js';
import { makeExport, mergeProgress, readExport } from './transfer.js';
import { markTopics, resetTopics } from './transitions.js';

const roadmapArb = fc.array(fc.array(fc.boolean(), { minLength: 1, maxLength: 6 }), { minLength: 1, maxLength: 5 }).map((stages) =>
  makeRoadmap({
    stages: stages.map((optionals, s) => makeStage({ id: `s${s}`, topics: optionals.map((optional, t) => makeTopic({ id: `t${s}-${t}`, optional })) })),
  }),
);

type Op = { kind: 'done' | 'skipped' | 'reset'; ids: string[] };

const scenarioArb = roadmapArb.chain((roadmap) => {
  const ids = roadmap.stages.flatMap((s) => s.topics.map((t) => t.id));
  const op = fc.record({
    kind: fc.constantFrom<Op['kind']>('done', 'skipped', 'reset'),
    ids: fc.subarray([...ids, 'unknown-topic'], { minLength: 1 }),
  });
  return fc.tuple(fc.constant(roadmap), fc.array(op, { maxLength: 25 }));
});

const now = new Date('2026-05-05T05:05:05Z');
function apply(progress: RoadmapProgress, op: Op): RoadmapProgress {
  return op.kind === 'reset' ? resetTopics(progress, op.ids) : markTopics(progress, op.ids, op.kind, now);
}

describe('progress properties over random roadmaps and command sequences', () => {
  it('percent stays within 0-100, and is 100 exactly when nothing is left', () => {
    fc.assert(
      fc.property(scenarioArb, ([roadmap, ops]) => {
        const progress = ops.reduce(apply, emptyRoadmapProgress());
        const s = summarize(roadmap, progress);
        expect(s.percent).toBeGreaterThanOrEqual(0);
        expect(s.percent).toBeLessThanOrEqual(100);
        expect(s.percent === 100).toBe(s.next.kind === 'complete');
        for (const st of s.stages) if (st.percent !== null) expect(st.percent).toBeGreaterThanOrEqual(0);
      }),
    );
  });

  it('next is never a finished or optional topic', () => {
    fc.assert(
      fc.property(scenarioArb, ([roadmap, ops]) => {
        const progress = ops.reduce(apply, emptyRoadmapProgress());
        const step = nextStep(roadmap, progress);
        // summarize finds it in its own pass; both must agree.
        expect(summarize(roadmap, progress).next).toEqual(step);
        if (step.kind === 'next') {
          expect(topicStatus(progress, step.topic.id)).toBe('todo');
          expect(step.topic.optional).toBe(false);
        }
      }),
    );
  });

  it('done then reset is the identity', () => {
    fc.assert(
      fc.property(scenarioArb, fc.nat(), ([roadmap, ops], pick) => {
        const progress = ops.reduce(apply, emptyRoadmapProgress());
        const todo = roadmap.stages
          .flatMap((s) => s.topics)
          .map((t) => t.id)
          .filter((id) => topicStatus(progress, id) === 'todo');
        if (todo.length === 0) return;
        const id = todo[pick % todo.length]!;
        expect(resetTopics(markTopics(progress, [id], 'done', now), [id])).toEqual(progress);
      }),
    );
  });

  it('an export and import round trip is lossless', () => {
    fc.assert(
      fc.property(fc.array(scenarioArb, { minLength: 1, maxLength: 3 }), (scenarios) => {
        let file = emptyProgress();
        scenarios.forEach(([, ops], i) => {
          file = withRoadmapProgress(file, `roadmap-${i}`, ops.reduce(apply, emptyRoadmapProgress()));
        });
        const doc = JSON.parse(JSON.stringify(makeExport(file, now)));
        const back = readExport(doc);
        expect(back.ok).toBe(true);
        if (!back.ok) return;
        expect(back.progress).toEqual(file);
        expect(mergeProgress(emptyProgress(), back.progress).file.roadmaps).toEqual(file.roadmaps);
        expect(mergeProgress(file, back.progress).file).toEqual(file); // merging what you have changes nothing
      }),
    );
  });
});
