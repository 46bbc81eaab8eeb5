import { describe, expect, it } from 'vitest';
import { makeQuestion } from '../../test/support/builders.js';
import type { DrawnQuestion } from '../core/quiz/draw.js';
import { grade, parseAnswer } from '../core/quiz/grade.js';
import { english } from '../i18n/index.js';
import { workedFormula } from './render-quiz.js';

const evaluate = (_formula: string, v: Record<string, number>) => v.tp! / (v.tp! + v.fn!);

function answeredWith(line: string, tolerance?: { absolute: number } | { relative: number }) {
  const question = makeQuestion({
    type: 'calculated',
    variables: { tp: { min: 1, max: 99 }, fn: { min: 1, max: 99 } },
    answer: 'tp / (tp + fn)',
    tolerance,
  } as never);
  const drawn: DrawnQuestion = { question, order: [], values: { tp: 73, fn: 21 } };
  const given = parseAnswer(drawn, line);
  return { drawn, given, raw: line, grade: grade(drawn, given, evaluate) };
}

describe('worked formula in feedback', () => {
  it("shows the learner's own numbers through the formula, the exact value and the rounding asked for", () => {
    expect(workedFormula(english, answeredWith('0.5', { absolute: 0.005 }))).toBe('73 / (73 + 21) = 0.776596, so 0.78');
  });
  it('names no rounding when the tolerance is relative', () => {
    expect(workedFormula(english, answeredWith('0.78', { relative: 0.01 }))).toBe('73 / (73 + 21) = 0.776596');
  });
});
