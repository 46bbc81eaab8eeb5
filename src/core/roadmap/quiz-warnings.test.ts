import { describe, expect, it } from 'vitest';
import { parseRoadmap } from './parse.js';

const MAIN = `formatVersion: 1
id: warned
title: Warned
description: Warnings from included quizzes.
stages:
  - id: s1
    title: S
    summary: S
    topics:
      - id: t1
        title: T
        summary: T
        learn: []
        quiz: q-one
quizzes:
  - include: quizzes/one.yaml
`;

const QUIZ = (prompt: string) => `id: q-one
title: One
questions:
  - id: a
    type: boolean
    prompt: ${JSON.stringify(prompt)}
    answer: true
`;

const parse = (quiz: string) =>
  parseRoadmap({ file: 'roadmap.yaml', text: MAIN }, (path) => (path === 'quizzes/one.yaml' ? { file: path, text: quiz } : { error: `no ${path}` }));

describe('warnings of an included quiz', () => {
  it('are placed in that file, and quote its text without terminal controls', () => {
    const r = parse(QUIZ('Prints 2:\n\n    print(\u001b[31m1 + 1)'));
    if (!r.ok) throw new Error(JSON.stringify(r.issues));
    expect(r.warnings.map((w) => [w.file, w.line, w.code, w.params])).toEqual([
      ['quizzes/one.yaml', 4, 'noExplanation', { id: 'a' }],
      ['quizzes/one.yaml', 6, 'codeOutsideFence', { line: 'print(1 + 1)' }],
    ]);
    expect(r.value.quizzes[0]!.questions[0]!.prompt).toBe('Prints 2:\n\n    print(1 + 1)');
  });

  it('are not reported when the roadmap has an error', () => {
    const r = parse(QUIZ('Prints 2:\n\n    print(1 + 1)').replace('answer: true', 'answer: maybe'));
    expect(r.ok).toBe(false);
    expect(r.ok ? r.warnings : []).toEqual([]);
  });
});
