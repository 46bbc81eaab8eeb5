import { describe, expect, it } from 'vitest';
import { bar } from './bar.js';

describe('bar', () => {
  it('fills cells in proportion, rounding to the nearest cell', () => {
    expect(bar(50, 4)).toBe('██░░');
    expect(bar(60, 4, '#', '-')).toBe('##--');
    expect(bar(0)).toBe('░'.repeat(12));
  });

  it('clamps out-of-range percents to an empty or full bar', () => {
    expect(bar(-20, 4, '#', '-')).toBe('----');
    expect(bar(250, 4, '#', '-')).toBe('####');
  });

  it('draws dots when there is nothing to count', () => {
    expect(bar(null, 3)).toBe('···');
  });
});
