import { describe, expect, it } from 'vitest';
import { compileFormula } from './formula.js';

const run = (src: string, vars: Record<string, number> = {}) => {
  const c = compileFormula(src, Object.keys(vars));
  if (!c.ok) throw new Error(JSON.stringify(c.error));
  return c.evaluate(vars);
};

describe('compileFormula', () => {
  it('does arithmetic with precedence, power and functions', () => {
    expect(run('2 * tp / (2 * tp + fp + fn)', { tp: 40, fp: 10, fn: 10 })).toBeCloseTo(0.8);
    expect(run('2 ^ 3 ^ 2')).toBe(512); // right-associative
    expect(run('-x ^ 2', { x: 3 })).toBe(9);
    expect(run('sqrt(16) + abs(-2) + max(1, 5) + min(4, 2) + round(2.5) + floor(1.9) + ceil(1.1)')).toBe(4 + 2 + 5 + 2 + 3 + 1 + 2);
    expect(run('log(exp(2))')).toBeCloseTo(2);
  });

  it('rejects anything beyond arithmetic', () => {
    for (const src of [
      'process.exit(1)',
      'constructor.constructor("x")()',
      'a.b',
      'eval("1")',
      '"text"',
      'x = 1',
      'a ? 1 : 2',
      '[1,2]',
      'this',
      'a > b',
      'true',
    ]) {
      const c = compileFormula(src, ['a', 'b', 'x']);
      expect(c.ok, src).toBe(false);
    }
  });

  it('rejects undefined variables and syntax errors with a message', () => {
    expect(compileFormula('tp / (tp + fp)', ['tp'])).toEqual({ ok: false, error: { code: 'formulaVariable', params: { name: 'fp' } } });
    expect(compileFormula('(1 + ', [])).toEqual({ ok: false, error: { code: 'formulaSyntax', params: { detail: expect.any(String) } } });
    expect(compileFormula('sin(1)', [])).toEqual({ ok: false, error: { code: 'formulaFunction', params: { list: expect.stringContaining('sqrt') } } });
  });

  it('matches an independent computation of F1 over many draws', () => {
    for (let tp = 1; tp < 60; tp += 7) {
      for (let fp = 0; fp < 40; fp += 9) {
        const fn = (tp * 3 + fp) % 17;
        const precision = tp / (tp + fp);
        const recall = tp / (tp + fn);
        const f1 = (2 * precision * recall) / (precision + recall);
        expect(run('2*tp/(2*tp+fp+fn)', { tp, fp, fn })).toBeCloseTo(f1, 12);
      }
    }
  });
});
