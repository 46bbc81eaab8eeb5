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

describe('parseAnswer', () => {
  const single = drawn(makeQuestion({ type: 'single', choices: ['a', 'b', 'c'], answer: 1 }), [0, 1, 2]);
  const bool = drawn(makeQuestion({ type: 'boolean', answer: true }));
  const multiple = drawn(makeQuestion({ type: 'multiple', choices: ['a', 'b', 'c', 'd'], answer: [0, 2] }), [0, 1, 2, 3]);

  it('single: a choice number from 1 to the number shown, else invalid with the trimmed input', () => {
    expect(parseAnswer(single, ' 1 ')).toEqual({ kind: 'choices', picks: [1] });
    expect(parseAnswer(single, '3')).toEqual({ kind: 'choices', picks: [3] });
    expect(parseAnswer(single, ' 4 ')).toEqual({ kind: 'invalid', raw: '4' });
    expect(parseAnswer(single, '0')).toEqual({ kind: 'invalid', raw: '0' });
    expect(parseAnswer(single, '2.0')).toEqual({ kind: 'invalid', raw: '2.0' });
    expect(parseAnswer(single, '1x')).toEqual({ kind: 'invalid', raw: '1x' });
  });

  it('single: true and false are not choice numbers', () => {
    expect(parseAnswer(single, 'true')).toEqual({ kind: 'invalid', raw: 'true' });
    expect(parseAnswer(single, 't')).toEqual({ kind: 'invalid', raw: 't' });
  });

  it('boolean: 1 or 2, or true/t/false/f in any case, and nothing else', () => {
    expect(parseAnswer(bool, '1')).toEqual({ kind: 'choices', picks: [1] });
    expect(parseAnswer(bool, '2')).toEqual({ kind: 'choices', picks: [2] });
    expect(parseAnswer(bool, 'TRUE')).toEqual({ kind: 'choices', picks: [1] });
    expect(parseAnswer(bool, 't')).toEqual({ kind: 'choices', picks: [1] });
    expect(parseAnswer(bool, 'False')).toEqual({ kind: 'choices', picks: [2] });
    expect(parseAnswer(bool, 'f')).toEqual({ kind: 'choices', picks: [2] });
    for (const line of ['3', '0', 'yes', 'truth', 'xtrue', 'falsey', 'tf', '']) expect(parseAnswer(bool, line)).toEqual({ kind: 'invalid', raw: line });
  });

  it('multiple: choice numbers split by commas or spaces, sorted and without repeats', () => {
    expect(parseAnswer(multiple, '4,2 3')).toEqual({ kind: 'choices', picks: [2, 3, 4] });
    expect(parseAnswer(multiple, '3, 1,3')).toEqual({ kind: 'choices', picks: [1, 3] });
    expect(parseAnswer(multiple, ',2,,4,')).toEqual({ kind: 'choices', picks: [2, 4] });
    expect(parseAnswer(multiple, '1')).toEqual({ kind: 'choices', picks: [1] });
    expect(parseAnswer(multiple, '10,2')).toEqual({ kind: 'invalid', raw: '10,2' });
  });

  it('multiple: empty, out of range or non-numbers are invalid', () => {
    for (const line of ['', ' , ', '0,2', '2,5', '2,x', '2.0', '-1']) expect(parseAnswer(multiple, line)).toEqual({ kind: 'invalid', raw: line.trim() });
  });

  it('numeric and calculated: a number, else invalid', () => {
    for (const type of ['numeric', 'calculated'] as const) {
      const d = drawn(makeQuestion({ type }));
      expect(parseAnswer(d, ' 0,5 ')).toEqual({ kind: 'number', value: 0.5 });
      expect(parseAnswer(d, 'half')).toEqual({ kind: 'invalid', raw: 'half' });
    }
  });

  it('text: the trimmed line, or invalid when empty', () => {
    const d = drawn(makeQuestion({ type: 'text' }));
    expect(parseAnswer(d, '  a tree ')).toEqual({ kind: 'text', value: 'a tree' });
    expect(parseAnswer(d, '   ')).toEqual({ kind: 'invalid', raw: '' });
  });
});

describe('parseNumber, every form', () => {
  it('accepts signs, a trailing point, exponents in either case and sign, and a decimal comma with a sign', () => {
    expect(parseNumber('+2')).toBe(2);
    expect(parseNumber('1.')).toBe(1);
    expect(parseNumber('1.25')).toBe(1.25);
    expect(parseNumber('.25')).toBe(0.25);
    expect(parseNumber('12')).toBe(12);
    expect(parseNumber('1E3')).toBe(1000);
    expect(parseNumber('1e+3')).toBe(1000);
    expect(parseNumber('1e10')).toBe(1e10);
    expect(parseNumber('2.5e-2')).toBe(0.025);
    expect(parseNumber('12,5')).toBe(12.5);
    expect(parseNumber('1,25')).toBe(1.25);
    expect(parseNumber('-1,5')).toBe(-1.5);
    expect(parseNumber('+1,5')).toBe(1.5);
  });

  it('refuses anything around the number, a comma with an exponent, and overflow', () => {
    for (const bad of ['x1', '1x', ' 1', '1e', 'e3', '.', '-', '1,', ',5', '1,5e3', '1,5x', 'x1,5', '1e400', '-1e400', '1..2', '++1']) {
      expect(parseNumber(bad), bad).toBeUndefined();
    }
  });
});

describe('grade, exact results', () => {
  it('single and boolean: wrong kinds of answer are wrong, the expected number is the shown one', () => {
    const single = drawn(makeQuestion({ type: 'single', choices: ['a', 'b', 'c'], answer: 0 }), [1, 2, 0]);
    expect(grade(single, { kind: 'choices', picks: [3] }, evaluate)).toEqual({ correct: true, expected: '3', missed: [], extra: [] });
    expect(grade(single, { kind: 'none' }, evaluate)).toEqual({ correct: false, expected: '3', missed: [], extra: [] });
    const bool = drawn(makeQuestion({ type: 'boolean', answer: true }));
    expect(grade(bool, { kind: 'choices', picks: [1] }, evaluate)).toEqual({ correct: true, expected: '1', missed: [], extra: [] });
    expect(grade(bool, { kind: 'choices', picks: [2] }, evaluate)).toEqual({ correct: false, expected: '1', missed: [], extra: [] });
    expect(grade(bool, { kind: 'none' }, evaluate).correct).toBe(false);
  });

  it('multiple: an unanswered question misses every right choice', () => {
    const d = drawn(makeQuestion({ type: 'multiple', choices: ['a', 'b', 'c', 'd'], answer: [2, 0] }), [0, 1, 2, 3]);
    expect(grade(d, { kind: 'none' }, evaluate)).toEqual({ correct: false, expected: '1,3', missed: [1, 3], extra: [] });
    expect(grade(d, { kind: 'invalid', raw: 'x' }, evaluate)).toEqual({ correct: false, expected: '1,3', missed: [1, 3], extra: [] });
    expect(grade(d, { kind: 'choices', picks: [1, 3] }, evaluate)).toEqual({ correct: true, expected: '1,3', missed: [], extra: [] });
  });

  it('multiple: with no right choice, only an answer can be right', () => {
    const d = drawn(makeQuestion({ type: 'multiple', choices: ['a', 'b'], answer: [] }), [0, 1]);
    expect(grade(d, { kind: 'none' }, evaluate)).toEqual({ correct: false, expected: '', missed: [], extra: [] });
  });

  it('numeric and calculated: only a number can be right', () => {
    const numeric = drawn(makeQuestion({ type: 'numeric', answer: 2 }));
    expect(grade(numeric, { kind: 'number', value: 2 }, evaluate)).toEqual({ correct: true, expected: '2', missed: [], extra: [] });
    expect(grade(numeric, { kind: 'text', value: '2' }, evaluate)).toEqual({ correct: false, expected: '2', missed: [], extra: [] });
    const calculated = drawn(makeQuestion({ type: 'calculated', variables: { a: '1..9' }, answer: 'a * 2' }), [], { a: 4 });
    expect(grade(calculated, { kind: 'number', value: 8 }, evaluate)).toEqual({ correct: true, expected: '8', missed: [], extra: [] });
    expect(grade(calculated, { kind: 'text', value: '8' }, evaluate)).toEqual({ correct: false, expected: '8', missed: [], extra: [] });
  });

  it('text: only a text answer can be right; expected is the English answer, else the first language, else empty', () => {
    const en = drawn(makeQuestion({ type: 'text', answers: [{ es: 'árbol', en: 'tree' }] }));
    expect(grade(en, { kind: 'text', value: 'Árbol' }, evaluate)).toEqual({ correct: true, expected: 'tree', missed: [], extra: [] });
    expect(grade(en, { kind: 'none' }, evaluate)).toEqual({ correct: false, expected: 'tree', missed: [], extra: [] });
    expect(grade(drawn(makeQuestion({ type: 'text', answers: [{ es: 'árbol' }] })), { kind: 'none' }, evaluate).expected).toBe('árbol');
    expect(grade(drawn(makeQuestion({ type: 'text', answers: [{}] })), { kind: 'none' }, evaluate).expected).toBe('');
  });
});

describe('withinTolerance at the edges of floating-point noise', () => {
  it('noise is a billionth, counted inclusively, of at least 1', () => {
    expect(withinTolerance(1e-9, 0, undefined)).toBe(true);
    expect(withinTolerance(2e-9, 0, undefined)).toBe(false);
    expect(withinTolerance(1e-9, 0, { absolute: 0 })).toBe(true);
    expect(withinTolerance(1e-9, 0, { relative: 0.5 })).toBe(true);
    expect(withinTolerance(0.001 + 5e-10, 0.001, undefined)).toBe(true);
  });

  it('noise grows with a large expected value, positive or negative', () => {
    expect(withinTolerance(1e12 + 100, 1e12, undefined)).toBe(true);
    expect(withinTolerance(-1e12 - 100, -1e12, undefined)).toBe(true);
    expect(withinTolerance(1e12 + 2000, 1e12, undefined)).toBe(false);
    expect(withinTolerance(1e12 + 100, 1e12, { absolute: 0 })).toBe(true);
    expect(withinTolerance(1e12 + 100, 1e12, { relative: 0 })).toBe(true);
  });

  it('an absolute tolerance adds to the noise, a relative one scales with the answer', () => {
    expect(withinTolerance(3, 1, { absolute: 2 })).toBe(true);
    expect(withinTolerance(3.01, 1, { absolute: 2 })).toBe(false);
    expect(withinTolerance(0.9, 1, { absolute: 0.1 })).toBe(true);
    expect(withinTolerance(12, 10, { relative: 0.2 })).toBe(true);
    expect(withinTolerance(8, 10, { relative: 0.2 })).toBe(true);
    expect(withinTolerance(12.1, 10, { relative: 0.2 })).toBe(false);
  });
});

describe('normalizeText, each step', () => {
  it('removes every accent, lowercases, folds every run of whitespace and trims', () => {
    expect(normalizeText('ÀÉÎÕÜ')).toBe('aeiou');
    expect(normalizeText('a \t\n b   c')).toBe('a b c');
    expect(normalizeText('\tx ')).toBe('x');
  });
});

describe('choice numbers past 9', () => {
  const letters = 'abcdefghijkl'.split('');
  const order = letters.map((_, i) => i);

  it('single and multiple take two-digit choice numbers', () => {
    const single = drawn(makeQuestion({ type: 'single', choices: letters, answer: 9 }), order);
    expect(parseAnswer(single, '10')).toEqual({ kind: 'choices', picks: [10] });
    expect(gradeLine(single, '10').correct).toBe(true);
    const multiple = drawn(makeQuestion({ type: 'multiple', choices: letters, answer: [9, 11] }), order);
    expect(parseAnswer(multiple, '12,10')).toEqual({ kind: 'choices', picks: [10, 12] });
  });

  it('multiple refuses a list with any part that is not a whole number, even one that reads as a valid choice', () => {
    const multiple = drawn(makeQuestion({ type: 'multiple', choices: letters, answer: [1] }), order);
    expect(parseAnswer(multiple, '2,2.0')).toEqual({ kind: 'invalid', raw: '2,2.0' });
    expect(parseAnswer(multiple, '1e0 2')).toEqual({ kind: 'invalid', raw: '1e0 2' });
  });
});

describe('text expected answer', () => {
  it('is a plain first answer as written', () => {
    expect(gradeLine(drawn(makeQuestion({ type: 'text', answers: ['Random forest', 'forest'] })), 'x').expected).toBe('Random forest');
  });
});
