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

describe('tipOfTheDay, by the local day number', () => {
  const day = 86_400_000;
  /** An instant whose zone is `offsetMinutes` as getTimezoneOffset reports it (east of UTC is negative). */
  const at = (ms: number, offsetMinutes: number) => Object.assign(new Date(ms), { getTimezoneOffset: () => offsetMinutes });

  it('takes tip number (day / 2) mod the count on even days', () => {
    const tips = ['a', 'b', 'c'];
    expect(tipOfTheDay(tips, at(0 * day, 0))).toBe('a');
    expect(tipOfTheDay(tips, at(2 * day, 0))).toBe('b');
    expect(tipOfTheDay(tips, at(4 * day, 0))).toBe('c');
    expect(tipOfTheDay(tips, at(6 * day, 0))).toBe('a');
    expect(tipOfTheDay(tips, at(1 * day, 0))).toBeUndefined();
    expect(tipOfTheDay(tips, at(3 * day, 0))).toBeUndefined();
  });

  it('counts days in local time: an instant late on UTC day 1 is already day 2 two hours east', () => {
    const late = 2 * day - 60 * 60_000;
    expect(tipOfTheDay(['a', 'b'], at(late, 0))).toBeUndefined();
    expect(tipOfTheDay(['a', 'b'], at(late, -120))).toBe('b');
    expect(tipOfTheDay(['a', 'b'], at(2 * day + 60 * 60_000, 120))).toBeUndefined();
  });
});
