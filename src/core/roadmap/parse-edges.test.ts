import { describe, expect, it } from 'vitest';
import { type ParseOptions, parseQuizFile, parseRoadmap } from './parse.js';

const HEAD = 'formatVersion: 1\nid: r\ntitle: R\ndescription: D\n';
const stages = (topicExtra = '') =>
  `stages:\n  - id: s\n    title: S\n    summary: S\n    topics:\n      - id: t\n        title: T\n        summary: S\n${topicExtra}`;
const STAGES = stages();
const quizFile = (id: string) => `id: ${id}\ntitle: Q\nquestions:\n  - id: a\n    type: single\n    prompt: P\n    choices: [one, two]\n    answer: 0\n`;
const files: Record<string, string> = { 'q.yaml': quizFile('q'), 'bad.yaml': 'a: [', 'empty.yaml': '', 'nul.yaml': '~\n', 'inv.yaml': 'id: x\ntitle: 3\n' };
const resolve = (p: string) =>
  p in files ? { file: p, text: files[p]! } : p === 'obj.yaml' ? { error: { key: 'notFound', params: { path: p } } } : { error: `no such file: ${p}` };

function parse(text: string, options?: ParseOptions) {
  const r = parseRoadmap({ file: 'r.yaml', text }, resolve, options);
  if (r.ok) return { ok: true, sources: r.sources, warnings: r.warnings.map((w) => `${w.file}:${w.line}:${w.column} ${w.code}`) };
  return r.issues.map((i) => `${i.file}:${i.line}:${i.column} ${i.path} ${i.code}${i.params ? ` ${JSON.stringify(i.params)}` : ''}`);
}

describe('parseRoadmap: the file itself', () => {
  it('an empty file, or one holding only null, is said to be empty', () => {
    expect(parse('')).toEqual(['r.yaml:1:1 (root) emptyFile']);
    expect(parse('~\n')).toEqual(['r.yaml:1:1 (root) emptyFile']);
  });

  it('a missing formatVersion is a schema problem, not an unknown version', () => {
    expect(parse(`id: r\ntitle: R\ndescription: D\n${STAGES}`)).toEqual(['r.yaml:1:1 formatVersion mustBe {"allowed":"1","value":""}']);
  });

  it('says a repeated key and a broken quote in yaml’s words, without its position suffix', () => {
    expect(parse('a: 1\na: 2\n')).toEqual(['r.yaml:2:1 (yaml syntax) yamlSyntax {"detail":"Map keys must be unique"}']);
    expect(parse('a: "x\nb: 1\n')).toEqual(['r.yaml:3:1 (yaml syntax) yamlSyntax {"detail":"Missing closing \\"quote"}']);
  });

  it('reads merge keys, and drops x- keys at any depth', () => {
    const merged = `${HEAD}x-base: &b\n  title: S\n  summary: S\nstages:\n  - id: s\n    <<: *b\n    topics:\n      - id: t\n        <<: *b\n`;
    expect(parse(merged)).toEqual({ ok: true, sources: {}, warnings: [] });
    const extensions = `${HEAD}${stages('        resources:\n          - {title: R, kind: book, x-isbn: "1"}\n')}x-list: [{x-a: 1}, null]\n`;
    const r = parseRoadmap({ file: 'r.yaml', text: extensions }, resolve);
    expect(r.ok && r.value.roadmap.stages[0]!.topics[0]!.resources).toEqual([{ title: 'R', kind: 'book' }]);
  });

  it('refuses nesting past 64 levels, and takes 64', () => {
    expect(parse(`${HEAD}${STAGES}x-deep: ${'['.repeat(63)}${']'.repeat(63)}\n`)).toEqual({ ok: true, sources: {}, warnings: [] });
    expect(parse(`${HEAD}${STAGES}x-deep: ${'['.repeat(64)}${']'.repeat(64)}\n`)).toEqual(['r.yaml:1:1 (root) tooDeep {"max":64}']);
  });

  it('expands up to 200 aliases', () => {
    const aliases = Array.from({ length: 150 }, () => '*a').join(', ');
    expect(parse(`${HEAD}${STAGES}x-a: &a 1\nx-many: [${aliases}]\n`)).toEqual({ ok: true, sources: {}, warnings: [] });
  });

  it('refuses more than 200 aliases, as a problem of the whole file', () => {
    const aliases = Array.from({ length: 201 }, () => '*a').join(', ');
    expect(parse(`${HEAD}${STAGES}x-a: &a 1\nx-many: [${aliases}]\n`)).toEqual(['r.yaml:1:1 (root) tooManyAliases {"max":200}']);
  });

  it("says a merge of something that is not a map in yaml's words, not as too many aliases", () => {
    expect(parse(`${HEAD}${STAGES}x-m:\n  <<: 5\n`)).toEqual(['r.yaml:1:1 (root) yamlSyntax {"detail":"Merge sources must be maps or map aliases"}']);
  });

  it('says an error yaml throws while building the data in its own words, as a problem of the whole file', () => {
    // The composer compares an ordered map's keys as written; two aliases of one key collide only once resolved.
    expect(parse(`${HEAD}${STAGES}x-k: &k a\nx-o: !!omap [{*k : 1}, {*k : 2}]\n`)).toEqual([
      'r.yaml:1:1 (root) yamlSyntax {"detail":"Ordered maps must not include duplicate keys"}',
    ]);
  });
});

describe('parseRoadmap: where each problem is placed', () => {
  it('a problem of the whole document sits where its content starts, past a leading comment', () => {
    expect(parse(`# c\nid: r\ntitle: R\ndescription: D\n${STAGES}`)).toEqual(['r.yaml:2:1 formatVersion mustBe {"allowed":"1","value":""}']);
  });

  it('a missing field sits at its map, an unknown one at its own key', () => {
    expect(parse(`${HEAD}${STAGES}exercises:\n  - id: e\n    title: E\n    instructions: I\n    starter: s\n    check: {a: 1}\n`)).toEqual([
      'r.yaml:18:12 exercises[0].check.run required {"expected":"list"}',
      'r.yaml:18:13 exercises[0].check.a unknownField {"key":"a"}',
    ]);
  });

  it('a problem inside an aliased list sits at the alias', () => {
    const text = `${HEAD}x-r: &r\n  - {title: R, url: "file:///etc/passwd", kind: docs}\n${stages('        resources: *r\n')}`;
    expect(parse(text)).toEqual(['r.yaml:15:20 stages[0].topics[0].resources[0].url httpOnly']);
  });

  it('a problem inside merged keys sits at the map that merges them', () => {
    const text = `${HEAD}x-b: &b\n  resources: [{title: R, url: "file:///etc/passwd", kind: docs}]\n${stages('        <<: *b\n')}`;
    expect(parse(text)).toEqual(['r.yaml:12:9 stages[0].topics[0].resources[0].url httpOnly']);
  });

  it('a key written with no value at all (`? key`) has no node: its problem sits at the map holding it', () => {
    const text = `${HEAD}stages:\n  - id: s\n    title: S\n    summary: S\n    topics:\n      - id: t\n        title: T\n        ? summary\n`;
    expect(parse(text)).toEqual(['r.yaml:10:9 stages[0].topics[0].summary wrongType {"expected":"text","found":"nothing","value":""}']);
  });

  it('an empty key has no place of its own: it is said at the value that holds it', () => {
    const text = `${HEAD}${STAGES}exercises:\n  - id: e\n    title: E\n    instructions: I\n    starter: s\n    check: {run: [x], : 1}\n`;
    expect(parse(text)).toEqual(['r.yaml:18:12 exercises[0].check. unknownField {"key":""}']);
  });

  it('a problem inside a union branch keeps its full path', () => {
    expect(parse('formatVersion: 1\nid: broken\ntitle: Broken\ndescription: D\nstages:\n  - id: one\n    title: {a: 1}\n    summary: x\n')).toEqual([
      'r.yaml:7:13 stages[0].title.a langCode',
      'r.yaml:6:5 stages[0].topics required {"expected":"list"}',
    ]);
  });

  it('a union whose branches each miss their own field, or each refuse the other one, is said in the first branch', () => {
    const numeric = (tolerance: string) =>
      `${HEAD}${STAGES}quizzes:\n  - id: q\n    title: Q\n    questions:\n      - {id: a, type: numeric, prompt: P, answer: 1, tolerance: ${tolerance}}\n`;
    expect(parse(numeric('{}'))).toEqual(['r.yaml:17:65 quizzes[0].questions[0].tolerance.absolute required {"expected":"nonNegative"}']);
    expect(parse(numeric('{absolute: 1, relative: 1}'))).toEqual(['r.yaml:17:79 quizzes[0].questions[0].tolerance.relative unknownField {"key":"relative"}']);
  });
});

describe('parseRoadmap: included quizzes', () => {
  it('refuses a path outside the roadmap, and says why each other file could not be used, in that file', () => {
    const includes = [
      '/abs.yaml',
      '"\\\\x.yaml"',
      '"C:/x.yaml"',
      '../x.yaml',
      'a/../b.yaml',
      'bad.yaml',
      'empty.yaml',
      'nul.yaml',
      'inv.yaml',
      'missing.yaml',
      'obj.yaml',
    ];
    expect(parse(`${HEAD}${STAGES}quizzes:\n${includes.map((i) => `  - include: ${i}\n`).join('')}`)).toEqual([
      'r.yaml:14:14 quizzes[0].include includePath {"path":"/abs.yaml"}',
      'r.yaml:15:14 quizzes[1].include includePath {"path":"\\\\x.yaml"}',
      'r.yaml:16:14 quizzes[2].include includePath {"path":"C:/x.yaml"}',
      'r.yaml:17:14 quizzes[3].include includePath {"path":"../x.yaml"}',
      'r.yaml:18:14 quizzes[4].include includePath {"path":"a/../b.yaml"}',
      'bad.yaml:1:5 (yaml syntax) yamlSyntax {"detail":"Flow sequence in block collection must be sufficiently indented and end with a ]"}',
      'empty.yaml:1:1 (root) emptyFile',
      'nul.yaml:1:1 (root) emptyFile',
      'inv.yaml:2:8 title wrongType {"expected":"text","found":"number","value":"3"}',
      'r.yaml:23:14 quizzes[9].include includeFailed {"detail":"no such file: missing.yaml"}',
      'r.yaml:24:14 quizzes[10].include includeFailed {"path":"obj.yaml","key":"notFound"}',
    ]);
  });

  it('an include the schema refuses is said once, by the schema', () => {
    expect(parse(`${HEAD}${STAGES}quizzes:\n  - include: ""\n`)).toEqual(['r.yaml:14:14 quizzes[0].include tooSmallText {"limit":"1","value":0}']);
  });

  it('skips the quiz references when an included quiz could not be read', () => {
    expect(parse(`${HEAD}${stages('        quiz: nowhere\n')}quizzes:\n  - include: missing.yaml\n`)).toEqual([
      'r.yaml:15:14 quizzes[0].include includeFailed {"detail":"no such file: missing.yaml"}',
    ]);
  });

  it('an invalid inline quiz can still be referred to by its id', () => {
    expect(parse(`${HEAD}${stages('        quiz: q2\n')}quizzes:\n  - id: q2\n    title: 3\n`)).toEqual([
      'r.yaml:16:12 quizzes[0].title wrongType {"expected":"text","found":"number","value":"3"}',
    ]);
  });

  it('a quiz entry that is a plain value or nothing is a schema problem, and references are still checked', () => {
    expect(parse(`${HEAD}${stages('        quiz: nowhere\n')}quizzes: [x, ~]\n`)).toEqual([
      'r.yaml:14:11 quizzes[0] wrongType {"expected":"map","found":"text","value":"\\"x\\""}',
      'r.yaml:14:14 quizzes[1] wrongType {"expected":"map","found":"nothing","value":""}',
      'r.yaml:13:15 stages[0].topics[0].quiz unknownQuizNone {"quiz":"nowhere"}',
    ]);
  });

  it('a dangling quiz reference lists the ids of the quizzes, an included one among them', () => {
    expect(parse(`${HEAD}${stages('        quiz: nowhere\n')}quizzes:\n  - include: q.yaml\n`)).toEqual([
      'r.yaml:13:15 stages[0].topics[0].quiz unknownQuiz {"quiz":"nowhere","known":"q"}',
    ]);
  });

  it('skips the quiz references when one include failed, even beside an inline quiz', () => {
    const text = `${HEAD}${stages('        quiz: nowhere\n')}quizzes:\n  - include: missing.yaml\n  - {id: q, title: Q, questions: [{id: a, type: boolean, prompt: P, answer: true}]}\n`;
    expect(parse(text)).toEqual(['r.yaml:15:14 quizzes[0].include includeFailed {"detail":"no such file: missing.yaml"}']);
  });

  it('an include that failed skips only the quiz references: a repeated topic id is still said', () => {
    const text = `${HEAD}${stages('      - id: t\n        title: T\n        summary: S\n')}quizzes:\n  - include: missing.yaml\n`;
    expect(parse(text)).toEqual([
      'r.yaml:17:14 quizzes[0].include includeFailed {"detail":"no such file: missing.yaml"}',
      'r.yaml:13:13 stages[0].topics[1].id duplicateTopic {"id":"t","first":"stages[0].topics[0]"}',
    ]);
  });

  it('gives the file of each quiz, and places warnings in it', () => {
    const text = `${HEAD}${STAGES}quizzes:\n  - include: q.yaml\n  - id: q3\n    title: Q\n    questions:\n      - {id: a, type: boolean, prompt: P, answer: true}\n`;
    expect(parse(text)).toEqual({ ok: true, sources: { q: 'q.yaml', q3: 'r.yaml' }, warnings: ['q.yaml:4:9 noExplanation', 'r.yaml:18:14 noExplanation'] });
  });

  it('with a required language, names every text without it: included quizzes, inline ones and the main file', () => {
    const text = `${HEAD}${STAGES}quizzes:\n  - include: q.yaml\n  - id: q3\n    title: {en: Q}\n    questions: []\n`;
    const plain = (at: string, path: string) => `${at} ${path} missingLangPlain {"lang":"es","example":"{en: …, es: …}"}`;
    expect(parse(text, { requireLang: 'es' })).toEqual([
      plain('q.yaml:2:8', 'title'),
      plain('q.yaml:6:13', 'questions[0].prompt'),
      plain('q.yaml:7:15', 'questions[0].choices[0]'),
      plain('q.yaml:7:20', 'questions[0].choices[1]'),
      'r.yaml:17:16 quizzes[1].questions emptyQuiz {"quiz":"q3"}',
      'r.yaml:16:12 quizzes[1].title missingLang {"lang":"es"}',
      plain('r.yaml:3:8', 'title'),
      plain('r.yaml:4:14', 'description'),
      plain('r.yaml:7:12', 'stages[0].title'),
      plain('r.yaml:8:14', 'stages[0].summary'),
      plain('r.yaml:11:16', 'stages[0].topics[0].title'),
      plain('r.yaml:12:18', 'stages[0].topics[0].summary'),
    ]);
  });
});

describe('parseRoadmap: exercises', () => {
  it('skips the exercise references when an exercise could not be read', () => {
    const text = `${HEAD}${stages('        exercises: [e, zz]\n')}exercises:\n  - include: missing.yaml\n`;
    expect(parse(text)).toEqual(['r.yaml:15:14 exercises[0].include includeFailed {"detail":"no such file: missing.yaml"}']);
  });

  it('skips the exercise references when an inline exercise is refused', () => {
    const exercise = (id: string) => `  - id:${id}\n    title: E\n    instructions: I\n    starter: s\n    check: {run: [x]}\n`;
    expect(parse(`${HEAD}${stages('        exercises: [e, zz]\n')}exercises:\n${exercise('')}${exercise(' e')}`)).toEqual([
      'r.yaml:15:8 exercises[0].id wrongType {"expected":"string","found":"nothing","value":""}',
    ]);
  });

  it('with no exercises defined, a topic naming one is told there are none', () => {
    expect(parse(`${HEAD}${stages('        exercises: [nowhere]\n')}`)).toEqual([
      'r.yaml:13:21 stages[0].topics[0].exercises[0] unknownExerciseNone {"id":"nowhere"}',
    ]);
  });

  it('an included exercise the schema refuses is said in its own file', () => {
    expect(parse(`${HEAD}${STAGES}exercises:\n  - include: inv.yaml\n`)).toEqual([
      'inv.yaml:2:8 title wrongType {"expected":"text","found":"number","value":"3"}',
      'inv.yaml:1:1 instructions required {"expected":"text"}',
      'inv.yaml:1:1 starter required {"expected":"string"}',
      'inv.yaml:1:1 check required {"expected":"map"}',
    ]);
  });

  it("with a required language, names an exercise's texts without it", () => {
    const text = `${HEAD}${STAGES}exercises:\n  - {id: e, title: {en: E}, instructions: {en: I, es: I}, starter: s, check: {run: [x]}}\n`;
    expect(parse(text, { requireLang: 'es' })).toContain('r.yaml:14:20 exercises[0].title missingLang {"lang":"es"}');
  });
});

describe('parseQuizFile', () => {
  it('gives back a valid quiz, defaults filled in and controls cleaned', () => {
    expect(parseQuizFile({ file: 'q.yaml', text: quizFile('q').replace('prompt: P', 'prompt: "P\\u001b[31m"') })).toEqual({
      id: 'q',
      title: 'Q',
      passPercent: 80,
      questions: [{ id: 'a', prompt: 'P', type: 'single', choices: ['one', 'two'], answer: 0, shuffle: true }],
    });
  });

  it('gives nothing for a file with any problem: syntax, emptiness, schema or checks', () => {
    const duplicate = `${quizFile('d')}  - id: a\n    type: boolean\n    prompt: X\n    answer: true\n`;
    for (const text of ['a: [', '', '~', 'id: x\ntitle: 3\n', duplicate]) expect([text, parseQuizFile({ file: 'q.yaml', text })]).toEqual([text, undefined]);
  });
});
