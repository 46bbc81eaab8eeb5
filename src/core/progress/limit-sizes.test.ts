import { describe, expect, it } from 'vitest';
import { withinLimits } from './limits.js';

// The size each value counts for, held at the exact boundary: one character under the limit
// passes, one over fails, so a count that is off in either direction shows.
const fits = (value: unknown, size: number) => {
  expect(withinLimits(value, { depth: 5, size }), `${JSON.stringify(value)} within ${size}`).toBeUndefined();
  expect(withinLimits(value, { depth: 5, size: size - 1 })).toBe(`is larger than ${size - 1} characters`);
};

describe('withinLimits sizes', () => {
  it('counts a string as its length and two quotes', () => fits('abcd', 6));
  it('counts a number as 8 and a boolean as 5', () => {
    fits(12, 8);
    fits(false, 5);
  });
  it('counts null as 4, whatever the depth limit', () => {
    fits(null, 4);
    expect(withinLimits(null, { depth: 0, size: 4 })).toBeUndefined();
  });
  it('counts an object as braces, each key with quotes and colon, and its values', () => {
    fits({}, 2);
    fits({ ab: true }, 2 + 5 + 5);
    fits([1, 'x'], 2 + 8 + 3);
  });
  it('names what it refuses', () => {
    expect(withinLimits(Number.NaN)).toBe('holds a number that is not finite');
    expect(withinLimits({ a: Number.POSITIVE_INFINITY })).toBe('holds a number that is not finite');
    expect(withinLimits({ a: undefined })).toBe('holds a undefined');
    expect(withinLimits([() => 1])).toBe('holds a function');
    expect(withinLimits(1n)).toBe('holds a bigint');
  });
});
