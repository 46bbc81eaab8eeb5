import { describe, expect, it } from 'vitest';
import { makeQuestion } from '../../../test/support/builders.js';
import { emptyRoadmapProgress, type QuizAttempt } from '../progress/model.js';
import { type AnsweredQuestion, answered, isFullDraw, makeAttempt, recordAttempt } from './attempt.js';
import type { Given } from './grade.js';

const result = (id: string, correct: boolean, given: Given = { kind: 'text', value: 'x' }): AnsweredQuestion => ({
  drawn: { question: makeQuestion({ type: 'text', id }), order: [], values: {} },
  given,
  raw: given.kind === 'none' ? null : 'x',
  grade: { correct, expected: 'x', missed: [], extra: [] },
});

describe('answered', () => {
  it('is false only for no answer at all; an invalid one counts as answered', () => {
    expect(answered(result('a', false, { kind: 'none' }))).toBe(false);
    expect(answered(result('a', false, { kind: 'invalid', raw: '?' }))).toBe(true);
    expect(answered(result('a', true))).toBe(true);
  });
});

describe('isFullDraw', () => {
  it('needs 10 questions, or all of them when fewer are available', () => {
    expect(isFullDraw(10, 25)).toBe(true);
    expect(isFullDraw(11, 25)).toBe(true);
    expect(isFullDraw(9, 25)).toBe(false);
    expect(isFullDraw(4, 4)).toBe(true);
    expect(isFullDraw(3, 4)).toBe(false);
    expect(isFullDraw(10, 10)).toBe(true);
  });
});

describe('makeAttempt', () => {
  const now = new Date('2026-03-01T10:00:00.000Z');
  const results = [result('a', true), result('b', false), result('c', false, { kind: 'none' }), result('d', true)];

  it('records score, total, seed as text, time and each question', () => {
    expect(makeAttempt('quiz-1', 42, results, true, now)).toEqual({
      quiz: 'quiz-1',
      at: '2026-03-01T10:00:00.000Z',
      seed: '42',
      score: 2,
      total: 4,
      finished: true,
      questions: [
        { id: 'a', correct: true, answered: true },
        { id: 'b', correct: false, answered: true },
        { id: 'c', correct: false, answered: false },
        { id: 'd', correct: true, answered: true },
      ],
    });
  });

  it('marks practice only when asked, and keeps an unfinished attempt unfinished', () => {
    const practice = makeAttempt('quiz-1', 1, results, false, now, true);
    expect(practice.practice).toBe(true);
    expect(practice.finished).toBe(false);
    expect(Object.hasOwn(makeAttempt('quiz-1', 1, results, true, now), 'practice')).toBe(false);
    expect(Object.hasOwn(makeAttempt('quiz-1', 1, results, true, now, false), 'practice')).toBe(false);
  });
});

describe('recordAttempt', () => {
  it('appends to the log without touching the progress it was given', () => {
    const first = makeAttempt('q', 1, [], true, new Date(0));
    const second: QuizAttempt = { ...first, seed: '2' };
    const start = { ...emptyRoadmapProgress(), attempts: [first] };
    const next = recordAttempt(start, second);
    expect(next.attempts).toEqual([first, second]);
    expect(start.attempts).toEqual([first]);
    expect(next.cards).toBe(start.cards);
  });
});
