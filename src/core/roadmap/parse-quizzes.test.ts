import { describe, expect, it } from 'vitest';
import { type ParseOptions, parseRoadmap } from './parse.js';

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

const parse = (quiz: string, options: ParseOptions = {}) =>
  parseRoadmap({ file: 'roadmap.yaml', text: MAIN }, (path) => (path === 'quizzes/one.yaml' ? { file: path, text: quiz } : { error: `no ${path}` }), options);

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

describe('keepQuestions: false (what validate asks)', () => {
  const two = `${QUIZ('Two plus two?').replace('answer: true', 'answer: true\n    explanation: Four.')}  - id: b
    type: boolean
    prompt: Is it five?
    answer: false
    explanation: It is four.
`;

  it('keeps no question, and the outline still counts them', () => {
    const r = parse(two, { keepQuestions: false });
    if (!r.ok) throw new Error(JSON.stringify(r.issues));
    expect(r.value.quizzes).toEqual([]);
    expect(r.value.roadmap.quizzes).toEqual([{ id: 'q-one', title: 'One', passPercent: 80, questionCount: 2 }]);
    const kept = parse(two);
    expect(kept.ok && kept.value.quizzes.map((q) => q.questions.map((x) => x.id))).toEqual([['a', 'b']]);
    expect(kept.ok && kept.value.roadmap.quizzes).toEqual(r.value.roadmap.quizzes);
  });

  it('still checks every question, and the references to the quiz', () => {
    const r = parse(two.replace('answer: false', 'answer: 3'), { keepQuestions: false });
    expect(r.ok ? [] : r.issues.map((i) => [i.file, i.path])).toEqual([['quizzes/one.yaml', 'questions[1].answer']]);
    const renamed = parse(two.replace('id: q-one', 'id: q-other'), { keepQuestions: false });
    expect(renamed.ok ? [] : renamed.issues.map((i) => i.code)).toEqual(['unknownQuiz']);
  });
});
