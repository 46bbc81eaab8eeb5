import jsep from 'jsep';
import { describe, expect, it, vi } from 'vitest';
import { type Bounds, compileFormula, FORMULA_FUNCTIONS, findNonFinite } from './formula.js';

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

describe('compileFormula, exact results', () => {
  const error = (src: string, vars: string[] = ['x']) => {
    const c = compileFormula(src, vars);
    return c.ok ? undefined : c.error;
  };

  it('evaluates each operator and sign', () => {
    expect(run('7 - 2')).toBe(5);
    expect(run('7 / 2')).toBe(3.5);
    expect(run('7 + 2')).toBe(9);
    expect(run('7 * 2')).toBe(14);
    expect(run('2 ^ 10')).toBe(1024);
    expect(run('-x', { x: 3 })).toBe(-3);
    expect(run('+x', { x: 3 })).toBe(3);
    expect(run('- -x', { x: 3 })).toBe(3);
  });

  it('lists the variables the formula uses, once each, in first-use order', () => {
    const c = compileFormula('b * a + b / sqrt(a)', ['a', 'b', 'unused']);
    expect(c.ok && c.variables).toEqual(['b', 'a']);
  });

  it('gives NaN for a variable missing at evaluation', () => {
    const c = compileFormula('x + 1', ['x']);
    expect(c.ok && c.evaluate({})).toBeNaN();
  });

  it('gives NaN for an operator jsep still parses but the evaluator does not do (**, ??)', () => {
    expect(run('2 ** 3')).toBeNaN();
    expect(run('1 ?? 2')).toBeNaN();
  });

  it('names the literal, variable, function list or node kind it refuses', () => {
    expect(error('"text"')).toEqual({ code: 'formulaLiteral', params: { raw: '"text"' } });
    expect(error('true')).toEqual({ code: 'formulaLiteral', params: { raw: 'true' } });
    expect(error('y')).toEqual({ code: 'formulaVariable', params: { name: 'y' } });
    const list = 'sqrt, abs, min, max, log, exp, round, floor, ceil';
    expect(FORMULA_FUNCTIONS.join(', ')).toBe(list);
    expect(error('sin(x)')).toEqual({ code: 'formulaFunction', params: { list } });
    expect(error('toString(x)')).toEqual({ code: 'formulaFunction', params: { list } });
    expect(error('x.sqrt(1)')).toEqual({ code: 'formulaFunction', params: { list } });
    expect(error('x.y')).toEqual({ code: 'formulaNode', params: { node: 'MemberExpression' } });
    expect(error('x ? 1 : 2')).toEqual({ code: 'formulaNode', params: { node: 'ConditionalExpression' } });
    expect(error('[1]')).toEqual({ code: 'formulaNode', params: { node: 'ArrayExpression' } });
    expect(error('this')).toEqual({ code: 'formulaNode', params: { node: 'ThisExpression' } });
  });

  it('checks both sides of an operator, the operand of a sign and every argument of a call', () => {
    expect(error('x + y')).toEqual({ code: 'formulaVariable', params: { name: 'y' } });
    expect(error('y + x')).toEqual({ code: 'formulaVariable', params: { name: 'y' } });
    expect(error('z + y', [])).toEqual({ code: 'formulaVariable', params: { name: 'z' } });
    expect(error('-y')).toEqual({ code: 'formulaVariable', params: { name: 'y' } });
    expect(error('max(x, y)')).toEqual({ code: 'formulaVariable', params: { name: 'y' } });
    expect(error('max(y, z)')).toEqual({ code: 'formulaVariable', params: { name: 'y' } });
    expect(error('max(x, 1)')).toBeUndefined();
  });

  it('refuses a unary operator other than a sign, should the parser accept one', () => {
    jsep.addUnaryOp('!');
    try {
      expect(error('!x')).toEqual({ code: 'formulaOperator', params: { operator: '!' } });
    } finally {
      jsep.removeUnaryOp('!');
    }
  });

  it('reports the parser message on a syntax error', () => {
    const e = error('(1 + ');
    expect(e?.code).toBe('formulaSyntax');
    expect(String(e?.params?.detail)).not.toBe('');
  });
});

describe('findNonFinite', () => {
  const range = (min: number, max: number, decimals = 0): Bounds => ({ min, max, decimals });
  const never = () => {
    throw new Error('no draw expected');
  };
  const inverse = (v: Readonly<Record<string, number>>) => 1 / v.a!;

  it('tries 0 inside a range that crosses it, and reports the first bad corner in name order', () => {
    expect(findNonFinite(inverse, { b: range(1, 2), a: range(-3, 3) }, never)).toEqual({ a: 0, b: 1 });
  });

  it('tries the ends of each range, so a range ending at 0 is caught', () => {
    expect(findNonFinite(inverse, { a: range(0, 4) }, never)).toEqual({ a: 0 });
    expect(findNonFinite(inverse, { a: range(-4, 0) }, never)).toEqual({ a: 0 });
    expect(findNonFinite((v) => 1 / (v.a! - 4), { a: range(0, 4) }, never)).toEqual({ a: 4 });
  });

  it('does not try 0 when a range lies on one side of it', () => {
    const calls: number[] = [];
    const f = (v: Readonly<Record<string, number>>) => {
      calls.push(v.a!);
      return 1 / v.a!;
    };
    expect(findNonFinite(f, { a: range(1, 5) }, () => 0.5)).toBeUndefined();
    expect(findNonFinite(f, { a: range(-5, -1) }, () => 0.5)).toBeUndefined();
    expect(calls).not.toContain(0);
  });

  it('tries every combination of corners, varying the last name fastest whatever order the bounds come in', () => {
    const seen: string[] = [];
    findNonFinite(
      (v) => {
        seen.push(`${v.a},${v.b}`);
        return 1;
      },
      { b: range(-1, 1), a: range(1, 2) },
      () => 0,
    );
    expect(seen.slice(0, 6)).toEqual(['1,-1', '1,1', '1,0', '2,-1', '2,1', '2,0']);
  });

  it('samples variables in name order whatever order the bounds come in', () => {
    const names = 'ihgfedcba'.split('');
    const many = Object.fromEntries(names.map((n) => [n, range(0, 9)]));
    let k = 0;
    const result = findNonFinite(
      () => Number.NaN,
      many,
      () => (k++ % 9) / 9 + 0.01,
    );
    expect(result).toEqual({ a: 0, b: 1, c: 2, d: 3, e: 4, f: 5, g: 6, h: 7, i: 8 });
  });

  it('with more than 8 variables, only samples, 32 draws of every variable in name order', () => {
    const nine = Object.fromEntries('abcdefghi'.split('').map((n) => [n, range(0, 10)]));
    let evaluations = 0;
    let draws = 0;
    const result = findNonFinite(
      (v) => {
        evaluations++;
        return 1 / v.a!;
      },
      nine,
      () => {
        draws++;
        return 0.99;
      },
    );
    expect(result).toBeUndefined();
    expect(evaluations).toBe(32);
    expect(draws).toBe(32 * 9);
  });

  it('with exactly 8 variables, still tries the corners', () => {
    const eight = Object.fromEntries('abcdefgh'.split('').map((n) => [n, range(0, 10)]));
    expect(findNonFinite(inverse, eight, () => 0.99)).toEqual(Object.fromEntries('abcdefgh'.split('').map((n) => [n, 0])));
  });

  it('draws uniformly over the range at its decimals, from its low to its high end', () => {
    const many = Object.fromEntries('abcdefghi'.split('').map((n) => [n, range(0.05, 0.31, 1)]));
    const report = (value: number) => (v: Readonly<Record<string, number>>) => (v.a === value ? Number.NaN : 1);
    expect(findNonFinite(report(0.1), many, () => 0)).toMatchObject({ a: 0.1, i: 0.1 });
    expect(findNonFinite(report(0.3), many, () => 0.999)).toMatchObject({ a: 0.3, i: 0.3 });
    expect(findNonFinite(report(0.2), many, () => 0.5)).toMatchObject({ a: 0.2 });
    expect(findNonFinite(report(0.1), many, () => 0.999)).toBeUndefined();
    const above = Object.fromEntries('abcdefghi'.split('').map((n) => [n, range(0.25, 0.5, 1)]));
    expect(
      findNonFinite(
        () => Number.NaN,
        above,
        () => 0,
      ),
    ).toMatchObject({ a: 0.3 });
  });

  it('returns the first sampled values that give a non-finite result', () => {
    const many = Object.fromEntries('abcdefghi'.split('').map((n) => [n, range(0, 9)]));
    const sequence = [0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.5];
    let k = 0;
    const result = findNonFinite(
      (v) => (v.a === 5 ? Number.POSITIVE_INFINITY : 1),
      many,
      () => sequence[k++ % sequence.length]!,
    );
    expect(result).toEqual({ a: 5, b: 1, c: 1, d: 1, e: 1, f: 1, g: 1, h: 1, i: 1 });
  });
});

describe('the parser set-up at load', () => {
  // jsep 1.6's own binary operators and precedences, before formula.js narrows them.
  const JSEP_BINARY: Record<string, number> = {
    '||': 1,
    '&&': 2,
    '|': 3,
    '^': 4,
    '&': 5,
    '==': 6,
    '!=': 6,
    '===': 6,
    '!==': 6,
    '<': 7,
    '>': 7,
    '<=': 7,
    '>=': 7,
    '<<': 8,
    '>>': 8,
    '>>>': 8,
    '%': 10,
  };

  /**
   * formula.js loaded anew over jsep's own tables: its set-up runs inside the test, where a
   * mutation run can reach it (a module evaluated once, before any test, cannot be mutated).
   */
  async function freshFormula() {
    for (const [op, precedence] of Object.entries(JSEP_BINARY)) jsep.addBinaryOp(op, precedence);
    jsep.addUnaryOp('!');
    jsep.addUnaryOp('~');
    vi.resetModules();
    return import('./formula.js');
  }

  it('leaves jsep only arithmetic: ^ as right-associative power above * and /, no other operator', async () => {
    const fresh = await freshFormula();
    const value = (src: string) => {
      const c = fresh.compileFormula(src, []);
      return c.ok ? c.evaluate({}) : c.error;
    };
    for (const op of Object.keys(JSEP_BINARY).filter((o) => o !== '^')) {
      expect(fresh.compileFormula(`1 ${op} 2`, []).ok, op).toBe(false);
    }
    for (const op of ['!', '~']) {
      // Refused by the parser itself, before the check on sign operators is needed.
      expect(fresh.compileFormula(`${op}1`, []), op).toEqual({ ok: false, error: { code: 'formulaSyntax', params: { detail: expect.any(String) } } });
    }
    expect(value('2 ^ 3 ^ 2')).toBe(512);
    expect(value('2 * 3 ^ 2')).toBe(18);
    expect(value('2 ^ 3 * 2')).toBe(16);
  });

  it('offers exactly the nine functions, each doing what its name says', async () => {
    const fresh = await freshFormula();
    expect(fresh.FORMULA_FUNCTIONS).toEqual(['sqrt', 'abs', 'min', 'max', 'log', 'exp', 'round', 'floor', 'ceil']);
    const value = (src: string) => {
      const c = fresh.compileFormula(src, []);
      return c.ok ? c.evaluate({}) : Number.NaN;
    };
    expect([value('sqrt(9)'), value('abs(-4)'), value('min(3, 1, 2)'), value('max(3, 5, 2)')]).toEqual([3, 4, 1, 5]);
    expect([value('log(1)'), value('exp(0)'), value('round(2.5)'), value('floor(2.7)'), value('ceil(2.1)')]).toEqual([0, 1, 3, 2, 3]);
  });
});
