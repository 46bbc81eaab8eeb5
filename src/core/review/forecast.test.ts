import { describe, expect, it } from 'vitest';
import { dueForecast } from './forecast.js';

const card = (due: Date) => ({ due: due.toISOString() });

describe('dueForecast', () => {
  it('counts overdue cards today, then each local day, and ignores what falls after the window', () => {
    const now = new Date(2026, 2, 10, 15);
    const cards = {
      overdue: card(new Date(2026, 2, 1)),
      today: card(new Date(2026, 2, 10)),
      tomorrow: card(new Date(2026, 2, 11)),
      tomorrowLate: card(new Date(2026, 2, 11, 23, 59)),
      lastDay: card(new Date(2026, 2, 16)),
      beyond: card(new Date(2026, 2, 17)),
    };
    expect(dueForecast(cards, now)).toEqual([
      { date: '2026-03-10', due: 2 },
      { date: '2026-03-11', due: 2 },
      { date: '2026-03-12', due: 0 },
      { date: '2026-03-13', due: 0 },
      { date: '2026-03-14', due: 0 },
      { date: '2026-03-15', due: 0 },
      { date: '2026-03-16', due: 1 },
    ]);
  });
});

describe('dueForecast, edges', () => {
  it('pads single-digit months and days, and counts a card due at the start of the last day', () => {
    const now = new Date(2026, 0, 1, 9);
    const cards = { a: card(new Date(2026, 0, 3)), b: card(new Date(2026, 0, 4)), late: card(new Date(2026, 0, 3, 23, 59)) };
    expect(dueForecast(cards, now, 3)).toEqual([
      { date: '2026-01-01', due: 0 },
      { date: '2026-01-02', due: 0 },
      { date: '2026-01-03', due: 2 },
    ]);
  });

  it('skips a card whose due date does not parse', () => {
    expect(dueForecast({ bad: { due: 'soon' }, ok: card(new Date(2026, 0, 1)) }, new Date(2026, 0, 1, 9), 1)).toEqual([{ date: '2026-01-01', due: 1 }]);
  });
});
