import { describe, expect, it } from 'vitest';
import { makeQuestion, makeQuiz } from '../../../test/support/builders.js';
import { checkQuiz } from '../roadmap/check.js';

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

describe('finiteDrawn', () => {
  it('draws a calculated question again when its values give a non-finite answer', async () => {
    const { compileFormula } = await import('./formula.js');
    const { finiteDrawn } = await import('./finite-draw.js');
    const evaluate = (f: string, v: Record<string, number>) => {
      const c = compileFormula(f, Object.keys(v));
      return c.ok ? c.evaluate(v) : Number.NaN;
    };
    const question = makeQuestion({ type: 'calculated', variables: { y: '0..3' }, answer: '6 / y' } as never);
    const redrawn = finiteDrawn({ question, order: [], values: { y: 0 } }, evaluate);
    expect(redrawn.values.y).toBeGreaterThan(0);
    expect(Number.isFinite(evaluate('6 / y', redrawn.values))).toBe(true);
    const fine = { question, order: [], values: { y: 2 } };
    expect(finiteDrawn(fine, evaluate)).toBe(fine);
  });
});
