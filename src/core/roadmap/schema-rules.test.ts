import { describe, expect, it, vi } from 'vitest';
import { tinyRoadmap as base } from '../../../test/support/roadmap-yaml.js';

// A fresh load inside each test: the zod schemas are built when the modules load, and Stryker
// switches a mutant on only once a test has started, so only a load in the test can see one there.
async function parse(text: string) {
  vi.resetModules();
  const { parseRoadmap } = await import('./parse.js');
  return parseRoadmap({ file: 'r.yaml', text }, (p) => ({ error: p }));
}

async function issues(text: string) {
  const r = await parse(text);
  if (r.ok) return 'ok';
  return r.issues.map((i) => `${i.path} ${i.code}${i.params ? ` ${JSON.stringify(i.params)}` : ''}`);
}

const valid = base('', '');
const question = (lines: string) => valid.replace(/type: single[\s\S]*$/, lines);

describe('the schema says each problem in its own code', () => {
  it('an id must be kebab-case, all of it', async () => {
    for (const id of ['Bad_Id', 'a--b', 'x_a', 'a_x', '-a', 'a-']) {
      expect([id, await issues(base(`        quiz: ${id}\n`, ''))]).toEqual([
        id,
        ['stages[0].topics[0].quiz idFormat', `stages[0].topics[0].quiz unknownQuiz {"quiz":"${id}","known":"q"}`],
      ]);
    }
    expect(await issues(valid.replace('id: q\n', 'id: ab-cd-9\n').replace('- id: t\n', '- id: t\n        quiz: ab-cd-9\n'))).toBe('ok');
  });

  it('a language is a two-letter code, with an optional region', async () => {
    expect(await issues(base('        learn: [{EN: x}, {en-us: y}, {eng: z}, {e: w}]\n', ''))).toEqual([
      'stages[0].topics[0].learn[0].EN langCode',
      'stages[0].topics[0].learn[1].en-us langCode',
      'stages[0].topics[0].learn[2].eng langCode',
      'stages[0].topics[0].learn[3].e langCode',
    ]);
    expect(await issues(base('        learn: [{en-US: x, es: y}]\n', ''))).toBe('ok');
  });

  it('a text has something to read, and a language map at least one language', async () => {
    expect(await issues(base('        learn: ["", "  ", {en: ""}, {en: " "}, {}]\n', ''))).toEqual([
      'stages[0].topics[0].learn[0] emptyText',
      'stages[0].topics[0].learn[1] emptyText',
      'stages[0].topics[0].learn[2].en emptyText',
      'stages[0].topics[0].learn[3].en emptyText',
      'stages[0].topics[0].learn[4] needLanguage',
    ]);
  });

  it('a link is an http(s) URL, in any case', async () => {
    const links = '        resources:\n          - {title: R, url: ftp://x.org/a, kind: docs}\n          - {title: R, url: example, kind: docs}\n';
    expect(await issues(base(links, ''))).toEqual([
      'stages[0].topics[0].resources[0].url httpOnly',
      'stages[0].topics[0].resources[1].url url',
      'stages[0].topics[0].resources[1].url httpOnly',
    ]);
    const ok =
      '        resources:\n          - {title: R, url: "HTTPS://x.org", kind: docs}\n          - {title: R, url: "http://x.org", kind: docs, lang: es}\n';
    expect(await issues(base(ok, ''))).toBe('ok');
  });

  it('takes every resource kind and language it documents', async () => {
    const kinds = ['docs', 'tutorial', 'course', 'book', 'video', 'article', 'tool', 'paper'];
    const resources = kinds.map((k) => `          - {title: R, kind: ${k}, lang: ${k === 'book' ? 'es' : 'en'}}\n`).join('');
    expect(await issues(base(`        resources:\n${resources}`, ''))).toBe('ok');
  });

  it('questions need two choices, one answer of a multiple, one accepted text', async () => {
    expect(await issues(valid.replace('choices: [one, two]', 'choices: [one]'))).toEqual(['quizzes[0].questions[0].choices choicesMin']);
    expect(await issues(question('type: multiple\n        prompt: P\n        choices: [a, b]\n        answer: []\n'))).toEqual([
      'quizzes[0].questions[0].answer multipleAnswerMin',
    ]);
    expect(await issues(question('type: text\n        prompt: P\n        answers: []\n'))).toEqual(['quizzes[0].questions[0].answers answersMin']);
  });

  it('takes every question type, each with its own fields', async () => {
    const all = question(`type: multiple
        prompt: P
        choices: [a, b]
        answer: [0, 1]
        shuffle: false
      - id: b
        type: boolean
        prompt: B
        answer: true
      - id: c
        type: numeric
        prompt: C
        answer: 1.5
        tolerance: {absolute: 0.1}
      - id: d
        type: text
        prompt: D
        answers: [x]
      - id: e
        type: calculated
        prompt: "{x}"
        variables: {x: "-5 .. -1", _y: {min: 1, max: 2, decimals: 6}}
        answer: x + _y
        tolerance: {relative: 0}
`);
    expect(await issues(all)).toBe('ok');
  });

  it('a calculated variable has a name, a range written a..b, and at most 6 decimals', async () => {
    const calc = question(
      'type: calculated\n        prompt: P\n        variables: {x: "1-3", 1y: "1..2", z: {min: 1, max: 2, decimals: 7}, w: {min: 1, max: 2, decimals: -1}}\n        answer: x\n',
    );
    expect(await issues(calc)).toEqual([
      'quizzes[0].questions[0].variables.x rangeFormat',
      'quizzes[0].questions[0].variables.1y variableName',
      'quizzes[0].questions[0].variables.z.decimals tooBigNumber {"limit":"6","value":"7"}',
      'quizzes[0].questions[0].variables.w.decimals tooSmallNumber {"limit":"0","value":"-1"}',
    ]);
  });

  it('a roadmap has a stage, and a tolerance is not negative', async () => {
    expect(await issues(valid.replace(/stages:[\s\S]*?quizzes:/, 'stages: []\nquizzes:'))).toEqual(['stages stagesMin']);
    const tolerance = question('type: numeric\n        prompt: P\n        answer: 1\n        tolerance: {absolute: -1}\n');
    expect(await issues(tolerance)).toEqual(['quizzes[0].questions[0].tolerance.absolute tooSmallNumber {"limit":"0","value":"-1"}']);
  });

  it('an exercise runs a command with a sane timeout, needing modules and programs by valid names', async () => {
    const exercises = `exercises:
  - id: e
    title: E
    instructions: I
    starter: s
    check: {run: [], timeout: 0}
    requires: {modules: [1a], programs: ["a b"]}
  - id: f
    title: E
    instructions: I
    starter: s
    check: {run: [""], timeout: 3601}
  - id: g
    title: E
    instructions: I
    starter: s
    check: {run: [x], timeout: 3600, files: c}
    requires: {modules: [numpy.linalg, _a], programs: [g++, x.y-z]}
    solution: sol
`;
    expect(await issues(base('', '', exercises))).toEqual([
      'exercises[0].check.run emptyRun',
      'exercises[0].check.timeout tooSmallNumber {"limit":"0","value":"0"}',
      'exercises[0].requires.modules[0] moduleName',
      'exercises[0].requires.programs[0] programName',
      'exercises[1].check.run[0] emptyText',
      'exercises[1].check.timeout tooBigNumber {"limit":"3600","value":"3601"}',
    ]);
  });
});

describe('the schema fills in what an author may leave out', () => {
  it('empty lists, optional false, passPercent 80, shuffle on, a 60 s check, no requirements', async () => {
    const exercise = 'exercises:\n  - id: e\n    title: E\n    instructions: I\n    starter: s\n    check: {run: [x]}\n    requires: {}\n';
    const calc = '      - id: c\n        type: calculated\n        prompt: C\n        variables: {x: {min: 1, max: 2}}\n        answer: x\n';
    const r = await parse(`${base('', '', exercise)}${calc}`);
    if (!r.ok) throw new Error(JSON.stringify(r.issues));
    const { roadmap, quizzes } = r.value;
    const topic = roadmap.stages[0]!.topics[0]!;
    expect([topic.learn, topic.resources, topic.milestones, topic.optional, topic.exercises]).toEqual([[], [], [], false, []]);
    expect([roadmap.credits, roadmap.tips]).toEqual([[], []]);
    expect(roadmap.quizzes).toEqual([{ id: 'q', title: 'Q', passPercent: 80, questionCount: 2 }]);
    expect(quizzes[0]!.questions[0]).toMatchObject({ type: 'single', shuffle: true });
    expect(quizzes[0]!.questions[1]).toMatchObject({ variables: { x: { min: 1, max: 2, decimals: 0 } } });
    expect(roadmap.exercises[0]).toMatchObject({ hints: [], check: { run: ['x'], timeout: 60 }, requires: { modules: [], programs: [] } });
  });
});
