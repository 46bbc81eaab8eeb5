import { afterEach, describe, expect, it } from 'vitest';
import { english, loadTranslator, type Translator } from '../../i18n/index.js';
import { describeIssue } from '../../i18n/issues.js';
import { type IncludeResolver, parseRoadmap } from './parse.js';

const noIncludes: IncludeResolver = (p) => ({ error: `no such file: ${p}` });
const HEAD = `formatVersion: 1\nid: fixture\ntitle: Fixture\ndescription: For tests.\n`;
const STAGE = `stages:\n  - id: s1\n    title: S\n    summary: S\n    topics:\n      - id: t1\n        title: T\n        summary: S\n        learn: [x]\n`;

function issues(text: string) {
  const r = parseRoadmap({ file: 'r.yaml', text }, noIncludes);
  if (r.ok) throw new Error('expected problems');
  return r.issues.map((i) => `${i.file}:${i.line}:${i.column}: ${i.path}: ${describeIssue(t, i)}`);
}

const quiz = (fields: string, question = '') =>
  `${HEAD}${STAGE}quizzes:\n  - id: q\n    title: Q\n${fields}    questions:\n      - id: a\n        prompt: P\n        explanation: E\n${question || '        type: boolean\n        answer: true\n'}`;

// The catalogue each test words issues in; English unless it loads another.
let t: Translator = english;
afterEach(() => {
  t = english;
});

describe('validator messages say what was expected and what was found', () => {
  it('passPercent: seventy', () => {
    expect(issues(quiz('    passPercent: seventy\n'))).toEqual([
      'r.yaml:17:18: quizzes[0].passPercent: must be a whole number from 0 to 100; got the text "seventy"',
    ]);
  });

  it('passPercent: 170 names the limit, not zod', () => {
    expect(issues(quiz('    passPercent: 170\n'))).toEqual(['r.yaml:17:18: quizzes[0].passPercent: must be at most 100; got 170']);
  });

  it('optional: yes', () => {
    expect(issues(`${HEAD}${STAGE}        optional: yes\n`)).toEqual([
      'r.yaml:14:19: stages[0].topics[0].optional: must be true or false (write `true` or `false`); got the text "yes"',
    ]);
  });

  it('title: 2024 is a wrong type, not a missing field', () => {
    const [only, ...rest] = issues(`formatVersion: 1\nid: fixture\ntitle: 2024\ndescription: D\n${STAGE}`);
    expect(rest).toEqual([]);
    expect(only).toBe('r.yaml:3:8: title: must be text (a string, or a map of language code to string such as {en: …, es: …}); got the number 2024');
  });

  it('a missing field says what to write', () => {
    expect(issues(`formatVersion: 1\nid: fixture\ntitle: T\n${STAGE}`)).toEqual([
      expect.stringMatching(/^r\.yaml:1:1: description: is required: write text \(a string/),
    ]);
  });

  it('type: singel lists the allowed types, in English and in Spanish', async () => {
    const text = quiz('', '        type: singel\n        choices: [a, b]\n        answer: 0\n');
    expect(issues(text)).toEqual([
      'r.yaml:21:15: quizzes[0].questions[0].type: question type "singel" does not exist; write one of: single, multiple, boolean, numeric, text, calculated',
    ]);
    t = await loadTranslator('es');
    expect(issues(text)).toEqual([
      'r.yaml:21:15: quizzes[0].questions[0].type: el tipo de pregunta "singel" no existe; escribe uno de estos: single, multiple, boolean, numeric, text, calculated',
    ]);
  });

  it('a wrong resource kind and language list what is allowed', () => {
    const text = `${HEAD}${STAGE}        resources:\n          - title: R\n            url: https://example.org\n            kind: bok\n            lang: fr\n`;
    expect(issues(text)).toEqual([
      'r.yaml:17:19: stages[0].topics[0].resources[0].kind: "bok" is not allowed here; write one of: docs, tutorial, course, book, video, article, tool, paper',
      'r.yaml:18:19: stages[0].topics[0].resources[0].lang: "fr" is not allowed here; write one of: en, es',
    ]);
  });

  it('a bad language key is said at the key, with no raw library text', () => {
    const out = issues(`${HEAD}${STAGE}        learn: [{EN: x}]\n`.replace('        learn: [x]\n', ''));
    expect(out).toEqual(['r.yaml:13:18: stages[0].topics[0].learn[0].EN: must be a language code such as "en" or "es"']);
  });

  it('a union says what it takes: a tolerance given as a bare number', () => {
    const text = quiz('', '        type: numeric\n        answer: 1\n        tolerance: 0.01\n');
    expect(issues(text)).toEqual([
      'r.yaml:23:20: quizzes[0].questions[0].tolerance: must be a tolerance map: {absolute: 0.01} or {relative: 0.05}; got the number 0.01',
    ]);
  });

  it('a choice answer is an index; a numeric answer is any number', () => {
    expect(issues(quiz('', '        type: single\n        choices: [a, b]\n        answer: b\n'))).toEqual([
      'r.yaml:23:17: quizzes[0].questions[0].answer: must be a whole number, the 0-based position of the correct choice; got the text "b"',
    ]);
    expect(issues(quiz('', '        type: numeric\n        answer: many\n'))).toEqual([
      'r.yaml:22:17: quizzes[0].questions[0].answer: must be a number; got the text "many"',
    ]);
  });

  it("no message carries zod's words, in either language", async () => {
    const text = quiz('    passPercent: -3\n', '        type: single\n        choices: [a]\n        answer: x\n');
    for (const lang of ['en', 'es'] as const) {
      t = await loadTranslator(lang);
      for (const line of issues(text)) expect(line).not.toMatch(/Invalid|expected .* to be|Entrada inválida|received/);
    }
  });
});
