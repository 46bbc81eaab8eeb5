import { describe, expect, it } from 'vitest';
import { checkExerciseRefs, checkQuiz, checkRoadmap, exerciseDirs, topicIdsOf } from './check.js';
import type { Exercise, Quiz } from './schema.js';

const quiz = (questions: Record<string, unknown>[], id = 'q') => ({ id, title: 'Q', passPercent: 80, questions }) as unknown as Quiz;
const single = (id: string, prompt: unknown, extra: Record<string, unknown> = {}) => ({ id, type: 'single', prompt, choices: ['a', 'b'], answer: 0, ...extra });
const calculated = (variables: Record<string, unknown>, answer: string, prompt: unknown = 'p') => ({ id: 'c', type: 'calculated', prompt, variables, answer });
const said = (issues: { path: unknown[]; code: string; params?: unknown }[]) => issues.map((i) => [i.path.join('.'), i.code, i.params]);

describe('checkRoadmap', () => {
  it('names each repeated stage, topic and quiz id with where it was first seen', () => {
    const doc = {
      stages: [
        { id: 'a', topics: [{ id: 'a' }, { id: 't' }] },
        { id: 'a', topics: [{ id: 't' }] },
      ],
    };
    const issues = checkRoadmap(doc, [
      { id: 'q', where: 'quizzes[0]' },
      { id: 'a', where: 'quizzes[1]' },
      { id: 'q', where: 'q.yaml' },
    ]);
    expect(said(issues)).toEqual([
      ['stages.1.id', 'duplicateStage', { id: 'a', first: 'stages[0]' }],
      ['stages.1.topics.0.id', 'duplicateTopic', { id: 't', first: 'stages[0].topics[1]' }],
      ['id', 'duplicateQuiz', { id: 'q', first: 'quizzes[0]' }],
    ]);
    expect(issues.map((i) => i.quizIndex)).toEqual([undefined, undefined, 2]);
    expect(Object.hasOwn(issues[0]!, 'quizIndex')).toBe(false);
  });

  it('says a stage with no topics is empty, naming it even when its id is not text', () => {
    const doc = { stages: [{ id: 's', topics: [] }, { id: 3, topics: [] }, { id: 'x' }, { id: 'y', topics: 'no' }] };
    expect(said(checkRoadmap(doc, []))).toEqual([
      ['stages.0.topics', 'emptyStage', { stage: 's' }],
      ['stages.1.topics', 'emptyStage', { stage: '3' }],
    ]);
  });

  it('reads a loose document: entries that are not objects keep their place, ids that are not text are skipped', () => {
    const doc = { stages: ['junk', null, { id: 1, topics: [7, { id: 2, quiz: 5 }, { id: 'b', quiz: 'nope' }] }] };
    expect(said(checkRoadmap(doc, []))).toEqual([['stages.2.topics.2.quiz', 'unknownQuizNone', { quiz: 'nope' }]]);
    expect(checkRoadmap({ stages: 'x' }, [])).toEqual([]);
    expect(checkRoadmap({}, [])).toEqual([]);
  });

  it('never calls topics repeats when their ids are not text, however alike', () => {
    const doc = { stages: [{ id: 's', topics: [{ id: 2 }, { id: 2 }, {}, {}] }] };
    expect(checkRoadmap(doc, [])).toEqual([]);
  });

  it('skips an entry that is undefined like any other that is not an object', () => {
    expect(checkRoadmap({ stages: [undefined, { id: 's', topics: [undefined] }] }, [])).toEqual([]);
    expect([...topicIdsOf({ stages: [undefined, { topics: [undefined, { id: 'a' }] }] })]).toEqual(['a']);
  });

  it("says which quizzes a topic could name instead of an unknown one, by default the roadmap's own", () => {
    const doc = {
      stages: [
        {
          id: 's',
          topics: [
            { id: 't', quiz: 'q9' },
            { id: 'u', quiz: 'q1' },
          ],
        },
      ],
    };
    const quizzes = [
      { id: 'q1', where: 'quizzes[0]' },
      { id: 'q2', where: 'quizzes[1]' },
    ];
    expect(said(checkRoadmap(doc, quizzes))).toEqual([['stages.0.topics.0.quiz', 'unknownQuiz', { quiz: 'q9', known: 'q1, q2' }]]);
    expect(said(checkRoadmap(doc, quizzes, ['q9', 'q1']))).toEqual([]);
    expect(said(checkRoadmap(doc, [], ['q9']))).toEqual([['stages.0.topics.1.quiz', 'unknownQuiz', { quiz: 'q1', known: 'q9' }]]);
  });
});

describe('checkQuiz', () => {
  it('says a quiz with no questions is empty', () => {
    expect(said(checkQuiz(quiz([], 'basics')))).toEqual([['questions', 'emptyQuiz', { quiz: 'basics' }]]);
    expect(checkQuiz(quiz([single('a', 'P')]))).toEqual([]);
  });

  it('names a repeated question id and a repeated prompt, ignoring case and spaces, with the first index', () => {
    const questions = [single('a', 'What is X?'), single('b', { en: 'Hi', es: 'hi' }), single('a', '  what is x? '), single('c', { en: 'HI ' })];
    expect(said(checkQuiz(quiz(questions)))).toEqual([
      ['questions.2.id', 'duplicateQuestion', { id: 'a', first: 0 }],
      ['questions.2.prompt', 'samePrompt', { first: 0 }],
      ['questions.3.prompt', 'samePrompt', { first: 1 }],
    ]);
  });

  it('compares prompts in lower case, so letters that upper-case alike stay apart', () => {
    expect(checkQuiz(quiz([single('a', 'Straße?'), single('b', 'STRASSE?')]))).toEqual([]);
  });

  it("names a question's topic the roadmap does not have, only when the topics are given", () => {
    const questions = [single('a', 'A', { topic: 'gone' }), single('b', 'B', { topic: 'here' }), single('c', 'C')];
    expect(said(checkQuiz(quiz(questions), new Set(['here', 'there'])))).toEqual([
      ['questions.0.topic', 'unknownQuestionTopic', { topic: 'gone', known: 'here, there' }],
    ]);
    expect(checkQuiz(quiz(questions))).toEqual([]);
  });

  it('holds choice answers to the choices, each once', () => {
    const questions = [
      single('a', 'A', { answer: 1 }),
      single('b', 'B', { answer: 2 }),
      { id: 'c', type: 'multiple', prompt: 'C', choices: ['x', 'y', 'z'], answer: [0, 2] },
      { id: 'd', type: 'multiple', prompt: 'D', choices: ['x', 'y'], answer: [0, 2, 3, 0] },
      { id: 'e', type: 'boolean', prompt: 'E', answer: true },
      { id: 'f', type: 'text', prompt: 'F', answers: ['f'] },
    ];
    expect(said(checkQuiz(quiz(questions)))).toEqual([
      ['questions.1.answer', 'answerOutOfRange', { answer: 2, max: 1 }],
      ['questions.3.answer', 'answersOutOfRange', { answers: '2, 3', max: 1 }],
      ['questions.3.answer', 'answerTwice', undefined],
    ]);
  });

  it('checks a calculated question: ranges, the formula, and placeholders in every language', () => {
    const check = (q: Record<string, unknown>) => said(checkQuiz(quiz([q])));
    expect(check(calculated({ x: '1..3', y: { min: 2, max: 5, decimals: 0 } }, 'x * y', '{x} times {y}'))).toEqual([]);
    expect(check(calculated({ x: '5..1' }, 'x'))).toEqual([['questions.0.variables', 'rangeInverted', { name: 'x', min: 5, max: 1 }]]);
    expect(check(calculated({ x: '1..1' }, 'x'))).toEqual([]);
    expect(check(calculated({ x: '1..2' }, 'x + z'))).toEqual([['questions.0.answer', 'formulaVariable', { name: 'z' }]]);
    expect(check(calculated({ rate: '1..2' }, 'rate', '{rate} and {rates}'))).toEqual([
      ['questions.0.prompt', 'placeholderUnknown', { placeholder: '{rates}' }],
    ]);
    expect(check(calculated({ x: '1..2' }, 'x', { en: '{x} and {z}', es: '{w}' }))).toEqual([
      ['questions.0.prompt', 'placeholderUnknown', { placeholder: '{z}' }],
      ['questions.0.prompt', 'placeholderUnknown', { placeholder: '{w}' }],
    ]);
  });

  it('says where a formula is not finite, with the values that make it so', () => {
    const check = (q: Record<string, unknown>) => said(checkQuiz(quiz([q])));
    expect(check(calculated({ y: '0..2', x: '1..3' }, 'x / y'))).toEqual([
      ['questions.0.answer', 'formulaNotFinite', { value: 'Infinity', vars: 'x = 1, y = 0' }],
    ]);
    expect(check(calculated({}, '1 / 0'))).toEqual([['questions.0.answer', 'formulaNotFinite', { value: 'Infinity', vars: '-' }]]);
    // An inverted range already says what to fix; sampling it would only add noise.
    expect(check(calculated({ x: '5..1' }, 'x / 0'))).toEqual([['questions.0.variables', 'rangeInverted', { name: 'x', min: 5, max: 1 }]]);
  });
});

describe('topicIdsOf', () => {
  it('collects every topic id that is text, reading the document loosely', () => {
    const doc = { stages: [{ topics: [{ id: 'a' }, { id: 3 }] }, 'junk', { topics: [{ id: 'b' }, null] }] };
    expect([...topicIdsOf(doc)]).toEqual(['a', 'b']);
    expect(topicIdsOf({}).size).toBe(0);
  });
});

describe('exerciseDirs', () => {
  it('names the starter, and the check files and solution when there are', () => {
    const ex = (extra: Record<string, unknown>) => ({ id: 'e', starter: 'start', check: { run: ['x'] }, ...extra }) as unknown as Exercise;
    expect(exerciseDirs(ex({}))).toEqual([{ path: ['starter'], dir: 'start' }]);
    expect(exerciseDirs(ex({ check: { run: ['x'], files: 'chk' }, solution: 'sol' }))).toEqual([
      { path: ['starter'], dir: 'start' },
      { path: ['check', 'files'], dir: 'chk' },
      { path: ['solution'], dir: 'sol' },
    ]);
  });
});

describe('checkExerciseRefs', () => {
  it('names each exercise a topic refers to that the roadmap does not define', () => {
    const doc = { stages: [{ topics: [{ exercises: ['a', 'zz', 3] }, { exercises: 'a' }, 'junk'] }, { topics: [{ exercises: ['yy'] }] }] };
    expect(said(checkExerciseRefs(doc, new Set(['a', 'b'])))).toEqual([
      ['stages.0.topics.0.exercises.1', 'unknownExercise', { id: 'zz', known: 'a, b' }],
      ['stages.1.topics.0.exercises.0', 'unknownExercise', { id: 'yy', known: 'a, b' }],
    ]);
    expect(said(checkExerciseRefs(doc, new Set()))).toEqual([
      ['stages.0.topics.0.exercises.0', 'unknownExerciseNone', { id: 'a' }],
      ['stages.0.topics.0.exercises.1', 'unknownExerciseNone', { id: 'zz' }],
      ['stages.1.topics.0.exercises.0', 'unknownExerciseNone', { id: 'yy' }],
    ]);
  });

  it('reads nothing from a document that is not an object', () => {
    expect(checkExerciseRefs(null, new Set())).toEqual([]);
    expect(checkExerciseRefs(undefined, new Set())).toEqual([]);
    expect(checkExerciseRefs('stages', new Set())).toEqual([]);
  });
});
