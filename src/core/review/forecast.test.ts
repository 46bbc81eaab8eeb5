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
