import { describe, expect, it } from 'vitest';
import { makeQuestion } from '../../../test/support/builders.js';
import { type DrawnQuestion, drawQuestion } from './draw.js';
import { compileFormula } from './formula.js';
import { type Evaluate, grade, normalizeText, parseAnswer, parseNumber, withinTolerance } from './grade.js';

const evaluate: Evaluate = (formula, values) => {
  const c = compileFormula(formula, Object.keys(values));
  if (!c.ok) throw new Error(JSON.stringify(c.error));
  return c.evaluate(values);
};

/** A drawn question with a fixed display order, so tests can name choice numbers. */
function drawn(question: DrawnQuestion['question'], order?: number[], values: Record<string, number> = {}): DrawnQuestion {
  const d = drawQuestion(question, () => 0);
  return { ...d, order: order ?? d.order, values };
}

const gradeLine = (d: DrawnQuestion, line: string) => grade(d, parseAnswer(d, line), evaluate);

describe('single', () => {
  const q = makeQuestion({ type: 'single', choices: ['a', 'b', 'c'], answer: 1 });
  it('grades by the choice identity through the shuffled order', () => {
    const d = drawn(q, [2, 0, 1]); // shown: c, a, b → the right one (b) is number 3
    expect(gradeLine(d, '3')).toMatchObject({ correct: true, expected: '3' });
    expect(gradeLine(d, '2')).toMatchObject({ correct: false, expected: '3' });
  });
  it('counts out-of-range and non-numbers as wrong', () => {
    const d = drawn(q, [0, 1, 2]);
    for (const line of ['0', '4', 'b', '', '2.0', '-1']) expect(gradeLine(d, line).correct).toBe(false);
  });
});

describe('multiple', () => {
  const q = makeQuestion({ type: 'multiple', choices: ['a', 'b', 'c', 'd'], answer: [0, 2] });
  const d = drawn(q, [3, 2, 1, 0]); // shown: d, c, b, a → right are 2 (c) and 4 (a)
  it('is all or nothing, in any order and spacing', () => {
    expect(gradeLine(d, '4,2')).toMatchObject({ correct: true, expected: '2,4' });
    expect(gradeLine(d, ' 2 , 4 ')).toMatchObject({ correct: true });
  });
  it('reports missed and extra choices', () => {
    expect(gradeLine(d, '2,3')).toMatchObject({ correct: false, missed: [4], extra: [3] });
    expect(gradeLine(d, '2')).toMatchObject({ correct: false, missed: [4], extra: [] });
  });
  it('rejects numbers out of range', () => {
    expect(gradeLine(d, '2,4,5').correct).toBe(false);
  });
  it('grades a superset of the right picks wrong, up to ticking every choice', () => {
    expect(gradeLine(d, '1,2,3,4')).toMatchObject({ correct: false, missed: [], extra: [1, 3] });
    expect(gradeLine(d, '2,3,4')).toMatchObject({ correct: false, missed: [], extra: [3] });
  });
});

describe('boolean', () => {
  it('takes a choice number or true/false', () => {
    const d = drawn(makeQuestion({ type: 'boolean', answer: false }));
    expect(gradeLine(d, '2')).toMatchObject({ correct: true, expected: '2' });
    expect(gradeLine(d, 'false').correct).toBe(true);
    expect(gradeLine(d, 'F').correct).toBe(true);
    expect(gradeLine(d, 'true').correct).toBe(false);
    expect(gradeLine(d, '1').correct).toBe(false);
  });
});

describe('numeric tolerance', () => {
  it('absolute: inside at the edge, outside just past it', () => {
    expect(withinTolerance(0.755, 0.75, { absolute: 0.005 })).toBe(true);
    expect(withinTolerance(0.7451, 0.75, { absolute: 0.005 })).toBe(true);
    expect(withinTolerance(0.7551, 0.75, { absolute: 0.005 })).toBe(false);
  });
  it('relative: a fraction of the right answer', () => {
    expect(withinTolerance(105, 100, { relative: 0.05 })).toBe(true);
    expect(withinTolerance(105.01, 100, { relative: 0.05 })).toBe(false);
    expect(withinTolerance(-95, -100, { relative: 0.05 })).toBe(true);
  });
  it('exact by default, forgiving only floating-point noise', () => {
    expect(withinTolerance(0.1 + 0.2, 0.3, undefined)).toBe(true);
    expect(withinTolerance(0.3001, 0.3, undefined)).toBe(false);
  });
  it('grades a numeric question and gives the answer at full precision', () => {
    const d = drawn(makeQuestion({ type: 'numeric', answer: 0.333333, tolerance: { absolute: 0.005 } }));
    expect(gradeLine(d, '0.33')).toMatchObject({ correct: true, expected: '0.333333' });
    expect(gradeLine(d, '0,33').correct).toBe(true);
    expect(gradeLine(d, '0.32').correct).toBe(false);
    expect(gradeLine(d, 'a third').correct).toBe(false);
  });
  it('parses numbers strictly', () => {
    expect(parseNumber('1e-3')).toBe(0.001);
    expect(parseNumber('.5')).toBe(0.5);
    expect(parseNumber('-2')).toBe(-2);
    expect(parseNumber('1,5')).toBe(1.5);
    for (const bad of ['', '1.2.3', '0x10', 'Infinity', '1,2,3', '5%']) expect(parseNumber(bad)).toBeUndefined();
  });
});

describe('text', () => {
  const q = makeQuestion({ type: 'text', answers: [{ en: 'regression', es: 'regresión' }, 'linear regression'] });
  const d = drawn(q);
  it('ignores case, accents and extra spaces, in any language', () => {
    for (const line of ['regression', 'REGRESSION', '  Regresión ', 'regresion', 'linear   regression']) {
      expect(gradeLine(d, line).correct, line).toBe(true);
    }
    expect(gradeLine(d, 'classification').correct).toBe(false);
    expect(gradeLine(d, '').correct).toBe(false);
    expect(gradeLine(d, 'x').expected).toBe('regression');
  });
  it('normalizes', () => {
    expect(normalizeText('  Árbol  de\tDecisión ')).toBe('arbol de decision');
  });
});

describe('calculated', () => {
  it('grades against the formula evaluated on the drawn values', () => {
    const q = makeQuestion({ type: 'calculated', variables: { tp: '1..9', fp: '1..9' }, answer: 'tp / (tp + fp)', tolerance: { absolute: 0.005 } });
    const d = drawn(q, [], { tp: 3, fp: 1 });
    expect(gradeLine(d, '0.75')).toMatchObject({ correct: true, expected: '0.75' });
    expect(gradeLine(d, '0.76').correct).toBe(false);
  });
});
