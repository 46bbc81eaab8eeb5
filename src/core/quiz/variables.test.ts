import { describe, expect, it } from 'vitest';
import { drawVariables, parseRange } from './variables.js';

const sequence = (...values: number[]) => {
  let i = 0;
  return () => values[i++]!;
};

describe('parseRange', () => {
  it('reads "min..max" as whole numbers, spaces allowed', () => {
    expect(parseRange('20..90')).toEqual({ min: 20, max: 90, decimals: 0 });
    expect(parseRange(' -3 .. 3 ')).toEqual({ min: -3, max: 3, decimals: 0 });
  });

  it('takes an object range as it is', () => {
    expect(parseRange({ min: 0.5, max: 2.5, decimals: 2 })).toEqual({ min: 0.5, max: 2.5, decimals: 2 });
  });
});

describe('drawVariables', () => {
  it('draws in name order, one random number each, from the low end to the high end', () => {
    expect(drawVariables({ b: '1..9', a: '1..9' }, sequence(0, 0.999))).toEqual({ a: 1, b: 9 });
    expect(drawVariables({ b: '1..9', a: '1..9' }, sequence(0.999, 0))).toEqual({ a: 9, b: 1 });
  });

  it('splits the range evenly between the whole values', () => {
    expect(drawVariables({ x: '0..3' }, sequence(0.25))).toEqual({ x: 1 });
    expect(drawVariables({ x: '0..3' }, sequence(0.74))).toEqual({ x: 2 });
  });

  it('rounds to the decimals asked, keeping inside the range', () => {
    const spec = { x: { min: 0.05, max: 0.31, decimals: 1 } };
    expect(drawVariables(spec, sequence(0))).toEqual({ x: 0.1 });
    expect(drawVariables(spec, sequence(0.999))).toEqual({ x: 0.3 });
    expect(drawVariables({ x: { min: 1, max: 2, decimals: 2 } }, sequence(0.5))).toEqual({ x: 1.5 });
  });

  it('draws nothing for no variables', () => {
    expect(drawVariables({}, () => 0)).toEqual({});
  });
});
