import { describe, expect, it } from 'vitest';
import { english } from '../../i18n/index.js';
import { describeIssue } from '../../i18n/issues.js';
import { parseRoadmap } from './parse.js';
import { codeOutsideFence } from './warnings.js';

const parse = (text: string) => parseRoadmap({ file: 'r.yaml', text }, (p) => ({ error: p }));

const ROADMAP = `formatVersion: 1
id: imported
x-note: scratch
title: Imported
description: Someone else's content.
x-defaults: &topic
  summary: Shared summary
  learn: []
stages:
  - id: s1
    x-owner: me
    title: S
    summary: S
    topics:
      - id: t1
        <<: *topic
        title: T
        tags: [exam, '2024']
        source: exam-q1
        difficulty: 3
        x-importer: v2
        resources:
          - title: A printed book
            kind: book
            x-isbn: "123"
quizzes:
  - id: exam
    title: Exam
    x-origin: public exam
    questions:
      - id: q1
        type: single
        prompt: Which one?
        choices: [a, b]
        answer: 1
        tags: [easy]
        source: exam-1
        difficulty: easy
        x-raw: "1b"
      - id: q2
        type: boolean
        prompt: "Prints 2:\\n\\n    print(1 + 1)"
        answer: true
`;

describe('optional fields, free metadata, x- keys and merge keys', () => {
  it('a quiz with no explanations, an empty learn list and a link-less book are valid, with warnings', () => {
    const r = parse(ROADMAP);
    if (!r.ok) throw new Error(r.issues.map((i) => `${i.line}:${i.column} ${i.path} ${describeIssue(english, i)}`).join('\n'));
    const topic = r.value.roadmap.stages[0]!.topics[0]!;
    expect(topic.summary).toBe('Shared summary');
    expect(topic.learn).toEqual([]);
    expect(topic.resources[0]!.url).toBeUndefined();
    expect(topic.tags).toEqual(['exam', '2024']);
    expect(topic.difficulty).toBe(3);
    expect(Object.keys(topic).some((k) => k.startsWith('x-'))).toBe(false);
    expect(r.value.quizzes[0]!.questions[0]!.source).toBe('exam-1');
    expect(r.warnings.map((w) => `${w.line}:${w.column} ${w.path} ${describeIssue(english, w)}`)).toEqual([
      '31:13 quizzes[0].questions[0].id warning: question "q1" has no explanation; add one that teaches why the answer is right',
      '40:13 quizzes[0].questions[1].id warning: question "q2" has no explanation; add one that teaches why the answer is right',
      '42:17 quizzes[0].questions[1].prompt warning: the prompt has a line that looks like code (print(1 + 1)) outside a ``` fence; put code between ``` lines so its indentation is kept',
    ]);
  });

  it('a fenced prompt gives no code warning, and a valid bank none at all', () => {
    const text = ROADMAP.replace('"Prints 2:\\n\\n    print(1 + 1)"', '"Prints 2:\\n\\n```\\n    print(1 + 1)\\n```"').replace(
      /answer: (1|true)\n/g,
      'answer: $1\n        explanation: Because.\n',
    );
    const r = parse(text);
    expect(r.ok && r.warnings).toEqual([]);
  });

  it('a misspelt field is still an error: only x- keys are free', () => {
    const r = parse(ROADMAP.replace('x-importer', 'importer'));
    expect(r.ok ? [] : r.issues.map((i) => describeIssue(english, i))).toEqual(['unknown field "importer"; check its spelling or remove it']);
  });
});

describe('code-like lines outside a fence', () => {
  it('finds indented code, a block header, imports and a bare assignment', () => {
    expect(codeOutsideFence('What prints?\n    print(1)')).toBe('    print(1)');
    expect(codeOutsideFence('for x in xs:\n  print(x)')).toBe('for x in xs:');
    expect(codeOutsideFence('import numpy as np\nWhat is np?')).toBe('import numpy as np');
    expect(codeOutsideFence('Given\ny = model.predict(X)\nwhat is y?')).toBe('y = model.predict(X)');
  });
  it('leaves prose, formulas in sentences and fenced code alone', () => {
    expect(codeOutsideFence('price = 50 + 3 · area − 2 · age, with area in m². What is the price?')).toBeUndefined();
    expect(codeOutsideFence('Note:\nthe mean is the centre.')).toBeUndefined();
    expect(codeOutsideFence('Look:\n```\ndef f():\n    return 1\n```')).toBeUndefined();
  });
});
