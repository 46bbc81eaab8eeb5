import { describe, expect, it } from 'vitest';
import { makeQuestion } from '../../../test/support/builders.js';
import type { DrawnQuestion } from './draw.js';
import { finiteDrawn, MAX_REDRAWS } from './finite-draw.js';

const question = makeQuestion({ type: 'calculated', variables: { y: '0..2', a: '0..1000' }, answer: 'a / y' } as never);

/** a / y, counting evaluations. */
function divide() {
  const calls: Record<string, number>[] = [];
  const evaluate = (_formula: string, v: Record<string, number>) => {
    calls.push(v);
    return v.a! / v.y!;
  };
  return { calls, evaluate };
}

describe('finiteDrawn', () => {
  it('returns a finite draw itself, evaluating once', () => {
    const { calls, evaluate } = divide();
    const drawn: DrawnQuestion = { question, order: [], values: { a: 3, y: 1 } };
    expect(finiteDrawn(drawn, evaluate)).toBe(drawn);
    expect(calls).toHaveLength(1);
  });

  it('leaves other question types alone without evaluating', () => {
    const drawn: DrawnQuestion = { question: makeQuestion({ type: 'numeric' }), order: [], values: {} };
    const evaluate = () => {
      throw new Error('not a calculated question');
    };
    expect(finiteDrawn(drawn, evaluate)).toBe(drawn);
  });

  it('redraws from a seed made of the first values, so the same values redraw the same way', () => {
    const { evaluate } = divide();
    const drawn: DrawnQuestion = { question, order: [1], values: { a: 0.5, y: 0 } };
    expect(finiteDrawn(drawn, evaluate)).toEqual({ question, order: [1], values: { a: 387, y: 1 } });
    expect(finiteDrawn({ ...drawn, values: { a: 0.25, y: 0 } }, evaluate).values).toEqual({ a: 334, y: 1 });
  });

  it('gives up after MAX_REDRAWS redraws and returns the first draw', () => {
    let calls = 0;
    const drawn: DrawnQuestion = { question, order: [], values: { a: 1, y: 0 } };
    expect(
      finiteDrawn(drawn, () => {
        calls++;
        return Number.NaN;
      }),
    ).toBe(drawn);
    expect(MAX_REDRAWS).toBe(20);
    expect(calls).toBe(1 + 20);
  });
});
