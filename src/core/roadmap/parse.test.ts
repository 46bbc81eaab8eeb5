import { describe, expect, it } from 'vitest';
import { english } from '../../i18n/index.js';
import { describeIssue } from '../../i18n/issues.js';
import { type IncludeResolver, parseRoadmap } from './parse.js';

const HEAD = `formatVersion: 1
id: fixture
title: Fixture
description: For tests.
`;
const TOPIC = `      - id: t1
        title: T
        summary: S
        learn: [x]
`;
const noIncludes: IncludeResolver = (p) => ({ error: `no such file: ${p}` });

function issues(text: string, resolve: IncludeResolver = noIncludes) {
  const r = parseRoadmap({ file: 'r.yaml', text }, resolve);
  if (r.ok) throw new Error('expected problems');
  return r.issues.map((i) => `${i.file}:${i.line}:${i.column}: ${i.path}: ${describeIssue(english, i)}`);
}

const stage = (topics = TOPIC) => `stages:\n  - id: s1\n    title: S\n    summary: S\n    topics:\n${topics}`;
const quiz = (questions: string) => `quizzes:\n  - id: q\n    title: Q\n    questions:\n${questions}`;

describe('parseRoadmap: every problem, located', () => {
  it('YAML syntax: line and column of the error', () => {
    expect(issues(`${HEAD}stages: [\n  - id: x\n`)[0]).toMatch(/^r\.yaml:6:\d+: \(yaml syntax\): /);
  });

  it('an unknown formatVersion is reported first, and says what to do', () => {
    expect(issues(`formatVersion: 2\nid: x\n`)).toEqual([
      'r.yaml:1:16: formatVersion: formatVersion 2 is not known to this mlroad, which reads version 1; upgrade mlroad or set formatVersion: 1',
    ]);
  });

  it('schema errors: wrong type, missing field, unknown field, bad id', () => {
    const text = `${HEAD}${stage(`      - id: Bad_Id
        title: [not, text]
        learn: [x]
        colour: red
`)}`;
    expect(issues(text)).toEqual([
      'r.yaml:10:13: stages[0].topics[0].id: must be kebab-case: lower-case letters, digits and single hyphens, like "model-metrics"',
      expect.stringMatching(/^r\.yaml:11:16: stages\[0\]\.topics\[0\]\.title: /),
      expect.stringMatching(/^r\.yaml:10:9: stages\[0\]\.topics\[0\]\.summary: /),
      'r.yaml:13:9: stages[0].topics[0].colour: unknown field "colour"; check its spelling or remove it',
    ]);
  });

  it('duplicate ids, a dangling quiz and an empty stage, all at once', () => {
    const text = `${HEAD}stages:
  - id: s1
    title: S
    summary: S
    topics:
${TOPIC}        quiz: nowhere
${TOPIC}  - id: s2
    title: S
    summary: S
    topics: []
`;
    expect(issues(text)).toEqual([
      'r.yaml:14:15: stages[0].topics[0].quiz: quiz "nowhere" does not exist; define it under quizzes or fix the id',
      'r.yaml:15:13: stages[0].topics[1].id: duplicate topic id "t1" (first used at stages[0].topics[0]); ids must be unique',
      'r.yaml:22:13: stages[1].topics: stage "s2" has no topics; add one or remove the stage',
    ]);
  });

  it('choice answers out of range, an empty quiz, and a non-http link', () => {
    const text = `${HEAD}${stage(`${TOPIC}        resources: [{title: R, url: "file:///etc/passwd", kind: docs}]
`)}quizzes:
  - id: empty
    title: E
    questions: []
  - id: q
    title: Q
    questions:
      - id: a
        type: single
        prompt: P
        choices: [x, y]
        answer: 2
        explanation: E
      - id: b
        type: multiple
        prompt: P2
        choices: [x, y]
        answer: [0, 5]
        explanation: E
`;
    expect(issues(text)).toEqual([
      'r.yaml:14:37: stages[0].topics[0].resources[0].url: only http and https links are accepted',
      'r.yaml:18:16: quizzes[0].questions: quiz "empty" has no questions; add at least one',
      'r.yaml:26:17: quizzes[1].questions[0].answer: answer 2 is out of range: choices are numbered 0 to 1',
      'r.yaml:32:17: quizzes[1].questions[1].answer: answer 5 out of range: choices are numbered 0 to 1',
    ]);
  });

  it('calculated formulas that do not parse, use undefined variables or reach beyond arithmetic', () => {
    const calc = (id: string, answer: string) => `      - id: ${id}
        type: calculated
        prompt: "Question ${id}: what is {a}?"
        variables: {a: 1..9}
        answer: "${answer}"
        explanation: E
`;
    const text = `${HEAD}${stage()}${quiz(calc('c1', '(a + ') + calc('c2', 'a + b') + calc('c3', 'process.exit(1)') + calc('c4', 'a.constructor'))}`;
    expect(issues(text)).toEqual([
      'r.yaml:22:17: quizzes[0].questions[0].answer: cannot parse the formula: Expected expression after + at character 5',
      'r.yaml:28:17: quizzes[0].questions[1].answer: "b" is not a variable of this question (declare it under variables)',
      'r.yaml:34:17: quizzes[0].questions[2].answer: only these functions are allowed: sqrt, abs, min, max, log, exp, round, floor, ceil',
      'r.yaml:40:17: quizzes[0].questions[3].answer: "MemberExpression" is not allowed in a formula: use numbers, variables, + - * / ^ and functions',
    ]);
  });

  it('a quiz id used twice, across files', () => {
    const quizFile = (id: string) => ({
      file: `${id}.yaml`,
      text: `id: same\ntitle: Q\nquestions:\n  - id: x\n    type: boolean\n    prompt: P ${id}\n    answer: true\n    explanation: E\n`,
    });
    const text = `${HEAD}${stage()}quizzes:\n  - include: a.yaml\n  - include: b.yaml\n`;
    expect(issues(text, (p) => quizFile(p.replace('.yaml', '')))).toEqual([
      'b.yaml:1:5: id: duplicate quiz id "same" (first used at a.yaml (quizzes[0])); ids must be unique',
    ]);
  });

  it('a question topic that is not a topic of the roadmap, in an included file; a known one passes', () => {
    const q = (id: string, topic: string) =>
      `  - id: ${id}\n    type: boolean\n    topic: ${topic}\n    prompt: P ${id}\n    answer: true\n    explanation: E\n`;
    const text = `${HEAD}${stage()}quizzes:\n  - include: q.yaml\n`;
    const resolve: IncludeResolver = () => ({ file: 'q.yaml', text: `id: q\ntitle: Q\nquestions:\n${q('a', 't1')}${q('b', 't2')}` });
    expect(issues(text, resolve)).toEqual([
      'q.yaml:12:12: questions[1].topic: topic "t2" is not a topic of this roadmap; write the id of one of its topics (t1)',
    ]);
  });

  it('reports problems in an included quiz file against that file', () => {
    const text = `${HEAD}${stage()}quizzes:\n  - include: quizzes/q.yaml\n  - include: ../outside.yaml\n  - include: missing.yaml\n`;
    const resolve: IncludeResolver = (p) =>
      p === 'quizzes/q.yaml'
        ? { file: 'quizzes/q.yaml', text: 'id: q\ntitle: Q\nquestions:\n  - id: x\n    type: boolean\n    prompt: P\n    answer: maybe\n    explanation: E\n' }
        : { error: `cannot read ${p}` };
    expect(issues(text, resolve)).toEqual([
      expect.stringMatching(/^quizzes\/q\.yaml:7:13: questions\[0\]\.answer: /),
      'r.yaml:16:14: quizzes[1].include: "../outside.yaml" must be a relative path inside the roadmap\'s directory',
      'r.yaml:17:14: quizzes[2].include: cannot read missing.yaml',
    ]);
  });
});

describe('parseRoadmap: hostile input', () => {
  it('refuses an alias bomb instead of expanding it', () => {
    const lines = ['a: &a [x, x, x, x, x, x, x, x, x, x]'];
    for (let i = 1; i < 9; i++)
      lines.push(
        `${String.fromCharCode(97 + i)}: &${String.fromCharCode(97 + i)} [${Array(10)
          .fill(`*${String.fromCharCode(96 + i)}`)
          .join(', ')}]`,
      );
    const result = issues(`${HEAD}${lines.join('\n')}\n`);
    expect(result.join('\n')).toMatch(/too many YAML aliases/);
  });

  it('strips terminal control sequences from every text', () => {
    const evil = 'Safe\u001b]0;pwned\u0007 \u001b[2J\u001b[31mred\u001b[0m \u001b]52;c;Y2xpcA==\u0007\u009b31m\u202eevil\u202c\u0000end';
    const text = `${HEAD.replace('title: Fixture', `title: "${evil.replace(/\\/g, '\\\\').replace(/[\u0000-\u001f\u007f-\u009f\u202a-\u202e]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)}"`)}${stage()}`;
    const r = parseRoadmap({ file: 'r.yaml', text }, noIncludes);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.roadmap.title).toBe('Safe red evilend');
  });

  it('gives __proto__ no power', () => {
    const text = `${HEAD}__proto__: {polluted: true}\n${stage(`${TOPIC}        __proto__: {polluted: true}\n`)}`;
    const result = issues(text);
    expect(result.join('\n')).toContain('unknown field "__proto__"');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('hostile nesting', () => {
  const parseText = (text: string) => parseRoadmap({ file: 'r.yaml', text }, () => ({ error: 'none' }), { lang: 'en' });
  it('deep nesting is refused in our own words, not as a stack overflow', () => {
    for (const text of ['['.repeat(200_000), `a: ${'['.repeat(100)}1${']'.repeat(100)}\n`, `${'- '.repeat(5000)}x\n`]) {
      const result = parseText(text);
      expect(result.ok).toBe(false);
      if (result.ok) continue;
      expect(result.issues.map((i) => i.code)).toContain('tooDeep');
      expect(JSON.stringify(result.issues)).not.toMatch(/call stack/i);
    }
  });
});
