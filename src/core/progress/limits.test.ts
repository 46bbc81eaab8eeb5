import { describe, expect, it } from 'vitest';
import { withinLimits } from './limits.js';

describe('withinLimits', () => {
  it('accepts a card-like flat object and ordinary nesting', () => {
    expect(withinLimits({ due: '2026-01-01', stability: 1.5, reps: 3, ok: true, none: null })).toBeUndefined();
    expect(withinLimits({ a: [{ b: [1, 2, { c: 'x' }] }] })).toBeUndefined();
  });

  it('refuses nesting past the depth limit, without recursing (200,000 levels)', () => {
    let deep: unknown = 0;
    for (let i = 0; i < 200_000; i++) deep = [deep];
    expect(withinLimits(deep)).toMatch(/nested deeper than 32/);
    expect(withinLimits({ x: { y: 1 } }, { depth: 1, size: 100 })).toMatch(/nested deeper than 1/);
    expect(withinLimits({ x: 1 }, { depth: 1, size: 100 })).toBeUndefined();
  });

  it('refuses values larger than the size limit', () => {
    expect(withinLimits('x'.repeat(5000), { depth: 3, size: 4096 })).toMatch(/larger than 4096/);
    expect(withinLimits({ [`${'k'.repeat(5000)}`]: 1 }, { depth: 3, size: 4096 })).toMatch(/larger than/);
  });
});
