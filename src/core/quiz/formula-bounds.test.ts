import { describe, expect, it } from 'vitest';
import { checkQuiz } from '../roadmap/check.js';
import { makeQuestion, makeQuiz } from '../../../test/support/builders.js';

const codes = (variables: Record<string, unknown>, answer: string) =>
  checkQuiz(makeQuiz({ questions: [makeQuestion({ type: 'calculated', variables, answer } as never)] })).map((i) => i.code);

describe('validate refuses a formula that can give a non-finite result', () => {
  it('x / y with y fixed at 0', () => {
    expect(codes({ x: '1..9', y: { min: 0, max: 0, decimals: 0 } }, 'x / y')).toContain('formulaNotFinite');
  });

  it('an overflow such as 10 ^ 400 * x', () => {
    expect(codes({ x: '1..9' }, '10 ^ 400 * x')).toContain('formulaNotFinite');
  });

  it('a range that crosses 0 under a division, and a log of 0', () => {
    expect(codes({ x: '1..9', y: '-3..3' }, 'x / y')).toContain('formulaNotFinite');
    expect(codes({ x: '0..9' }, 'log(x)')).toContain('formulaNotFinite');
  });

  it('accepts honest formulas', () => {
    expect(codes({ tp: '20..90', fn: '1..30' }, 'tp / (tp + fn)')).toEqual([]);
    expect(codes({ x: '1..9', y: '1..3' }, 'x / y + sqrt(x)')).toEqual([]);
  });
});

describe('drawFinite', () => {
  it('draws again until the result is finite, a bounded number of times', async () => {
    const { compileFormula, drawFinite } = await import('./formula.js');
    const c = compileFormula('1 / y', ['y']);
    if (!c.ok) throw new Error('compile');
    const ys = [0, 0, 2];
    let calls = 0;
    expect(drawFinite(c.evaluate, () => ({ y: ys[calls++]! }))).toEqual({ y: 2 });
    expect(calls).toBe(3);
    calls = 0;
    expect(drawFinite(c.evaluate, () => (calls++, { y: 0 }), 5)).toBeUndefined();
    expect(calls).toBe(5);
  });
});
