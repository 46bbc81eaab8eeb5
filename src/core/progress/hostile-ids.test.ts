import fc from 'fast-check';
import * as tsFsrs from 'ts-fsrs';
import { describe, expect, it } from 'vitest';
import { recordAttempt } from '../quiz/attempt.js';
import { recordAnswers } from '../review/schedule.js';
import { dict, emptyProgress, emptyRoadmapProgress, type ProgressFile, type QuizAttempt, roadmapProgress, topicStatus, withRoadmapProgress } from './model.js';
import { makeExport, mergeProgress, readExport } from './transfer.js';
import { markTopics, resetTopics } from './transitions.js';
import { checkProgress } from './validate.js';

// Ids that name something on Object.prototype, or its kebab-case spellings (issue 13: a
// roadmap `constructor` crashed import, a topic `constructor` was silently not imported).
const HOSTILE = ['constructor', '__proto__', 'prototype', 'to-string', 'has-own-property', 'toString', 'hasOwnProperty', 'valueOf', 'isPrototypeOf'];
const idArb = fc.oneof(fc.constantFrom(...HOSTILE), fc.constantFrom('python', 'math-for-ml'));
const now = new Date('2026-05-05T05:05:05Z');

type Op = { kind: 'done' | 'skipped' | 'reset' | 'quiz'; roadmap: string; id: string };
const opArb = fc.record({ kind: fc.constantFrom<Op['kind']>('done', 'skipped', 'reset', 'quiz'), roadmap: idArb, id: idArb });

function apply(file: ProgressFile, op: Op, at: number): ProgressFile {
  const p = roadmapProgress(file, op.roadmap);
  const when = new Date(now.getTime() + at * 1000);
  if (op.kind === 'reset') return withRoadmapProgress(file, op.roadmap, resetTopics(p, [op.id]));
  if (op.kind !== 'quiz') return withRoadmapProgress(file, op.roadmap, markTopics(p, [op.id], op.kind, when));
  const attempt: QuizAttempt = {
    quiz: op.id,
    at: when.toISOString(),
    seed: String(at),
    score: 1,
    total: 1,
    finished: true,
    questions: [{ id: op.id, correct: true, answered: true }],
  };
  const answered = recordAnswers(recordAttempt(p, attempt), [{ quiz: op.id, question: op.id, correct: true }], when, tsFsrs, 'quiz');
  return withRoadmapProgress(file, op.roadmap, answered);
}

describe('ids that name Object.prototype members', () => {
  it('done, reset, quiz, export, import and merge treat them as plain ids and never touch the prototype', () => {
    fc.assert(
      fc.property(fc.array(opArb, { minLength: 1, maxLength: 20 }), (ops) => {
        const file = ops.reduce(apply, emptyProgress());
        // Every done/skip is seen, as an own record.
        const expected = new Map<string, string>();
        for (const op of ops) if (op.kind !== 'quiz') expected.set(`${op.roadmap}|${op.id}`, op.kind === 'reset' ? 'todo' : op.kind);
        for (const [key, status] of expected) {
          const [roadmap, id] = key.split('|') as [string, string];
          expect(topicStatus(roadmapProgress(file, roadmap), id)).toBe(status);
        }
        // Through the JSON of an export and back, then merged into nothing and into itself.
        const back = readExport(JSON.parse(JSON.stringify(makeExport(file, now))));
        expect(back.ok).toBe(true);
        if (!back.ok) return;
        expect(back.progress).toEqual(file);
        expect(Object.keys(back.progress.roadmaps).sort()).toEqual(Object.keys(file.roadmaps).sort());
        expect(mergeProgress(emptyProgress(), back.progress).file.roadmaps).toEqual(file.roadmaps);
        expect(mergeProgress(file, back.progress).file).toEqual(file);
        expect(checkProgress(JSON.parse(JSON.stringify(file))).kind).toBe('ok');
        expect(Object.getPrototypeOf({})).toBe(Object.prototype);
        expect(({} as Record<string, unknown>).python).toBeUndefined();
      }),
    );
  });

  it('a roadmap and a topic called constructor round-trip (the reported crash)', () => {
    let file = withRoadmapProgress(emptyProgress(), 'constructor', markTopics(emptyRoadmapProgress(), ['constructor'], 'done', now));
    file = withRoadmapProgress(file, '__proto__', markTopics(emptyRoadmapProgress(), ['__proto__'], 'done', now));
    const text = JSON.stringify(makeExport(file, now));
    expect(text).toContain('"__proto__":{');
    const back = readExport(JSON.parse(text));
    if (!back.ok) throw new Error(back.problem);
    const merged = mergeProgress(emptyProgress(), back.progress);
    expect(merged.changes.map((c) => [c.roadmap, c.topicsAdded])).toEqual([
      ['constructor', 1],
      ['__proto__', 1],
    ]);
    expect(topicStatus(roadmapProgress(merged.file, 'constructor'), 'constructor')).toBe('done');
    expect(topicStatus(roadmapProgress(merged.file, '__proto__'), '__proto__')).toBe('done');
    expect(Object.getPrototypeOf(merged.file.roadmaps)).toBe(Object.getPrototypeOf(dict()));
  });
});
