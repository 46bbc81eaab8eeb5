import { afterEach, describe, expect, it, vi } from 'vitest';
import { MAX_SEED, randomSeed, seededRandom, shuffled } from './random.js';

afterEach(() => {
  vi.restoreAllMocks();
});

describe('seededRandom', () => {
  it('gives the same mulberry32 sequence for a seed on every platform', () => {
    const r = seededRandom(1);
    expect([r(), r(), r()]).toEqual([0.6270739405881613, 0.002735721180215478, 0.5274470399599522]);
  });

  it('reads the seed as an unsigned 32-bit integer', () => {
    const take = (seed: number) => {
      const r = seededRandom(seed);
      return [r(), r(), r()];
    };
    expect(take(-1)).toEqual([0.8964226141106337, 0.189478256739676, 0.7156526781618595]);
    expect(take(MAX_SEED)).toEqual(take(-1));
    expect(take(2 ** 32 + 1)).toEqual(take(1));
  });

  it('stays in [0, 1)', () => {
    const r = seededRandom(12345);
    for (let i = 0; i < 1000; i++) {
      const v = r();
      expect(v).toBeGreaterThanOrEqual(0);
      expect(v).toBeLessThan(1);
    }
  });
});

describe('randomSeed', () => {
  it('spans 0 to MAX_SEED, whole numbers only', () => {
    expect(MAX_SEED).toBe(4294967295);
    vi.spyOn(Math, 'random').mockReturnValue(0);
    expect(randomSeed()).toBe(0);
    vi.spyOn(Math, 'random').mockReturnValue(1 - 2 ** -53);
    expect(randomSeed()).toBe(MAX_SEED);
    vi.spyOn(Math, 'random').mockReturnValue(0.5);
    expect(randomSeed()).toBe(2 ** 31);
  });
});

describe('shuffled', () => {
  it('is a seeded Fisher–Yates: a fixed order for a fixed sequence', () => {
    expect(shuffled([1, 2, 3, 4, 5], seededRandom(3))).toEqual([3, 5, 2, 1, 4]);
  });

  it('swaps from the end, each place with one at or before it', () => {
    // random 0 always picks index 0: each step swaps the last unsettled place with the first.
    expect(shuffled(['a', 'b', 'c', 'd'], () => 0)).toEqual(['b', 'c', 'd', 'a']);
    // random just below 1 always picks the place itself: nothing moves.
    expect(shuffled(['a', 'b', 'c', 'd'], () => 0.999)).toEqual(['a', 'b', 'c', 'd']);
  });

  it('draws one number per place but the first, and leaves the input alone', () => {
    const items = ['a', 'b', 'c'];
    let draws = 0;
    const out = shuffled(items, () => {
      draws++;
      return 0.5;
    });
    expect(draws).toBe(2);
    expect(items).toEqual(['a', 'b', 'c']);
    expect(out).not.toBe(items);
    expect(shuffled([], () => 0)).toEqual([]);
  });
});
