import { describe, expect, it } from 'vitest';
import { tipOfTheDay } from './tips.js';

// TZ is not pinned, so days are built from local fields: day numbers follow the local calendar.
const localNoon = (y: number, m: number, d: number) => new Date(y, m - 1, d, 12);
const localDay = (at: Date) => Math.floor((at.getTime() - at.getTimezoneOffset() * 60_000) / 86_400_000);

describe('tipOfTheDay', () => {
  it('has nothing to say without tips', () => {
    expect(tipOfTheDay([], localNoon(2026, 1, 2))).toBeUndefined();
  });

  it('shows a tip on even days only, the next one each time', () => {
    const tips = ['a', 'b', 'c'];
    let even = localNoon(2026, 3, 10);
    if (localDay(even) % 2 !== 0) even = localNoon(2026, 3, 11);
    const day = localDay(even);
    const expected = tips[(day / 2) % 3];
    expect(tipOfTheDay(tips, even)).toBe(expected);
    const odd = new Date(even.getFullYear(), even.getMonth(), even.getDate() + 1, 12);
    expect(tipOfTheDay(tips, odd)).toBeUndefined();
    const next = new Date(even.getFullYear(), even.getMonth(), even.getDate() + 2, 12);
    expect(tipOfTheDay(tips, next)).toBe(tips[(day / 2 + 1) % 3]);
  });

  it('keeps one tip for the whole local day', () => {
    const morning = new Date(2026, 4, 2, 0, 5);
    const night = new Date(2026, 4, 2, 23, 55);
    expect(tipOfTheDay(['a', 'b', 'c', 'd', 'e'], morning)).toBe(tipOfTheDay(['a', 'b', 'c', 'd', 'e'], night));
  });
});
