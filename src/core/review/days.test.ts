import { describe, expect, it } from 'vitest';
import { addDays, dayNumber, localDate } from './days.js';

describe('localDate', () => {
  it('is the local calendar date, zero-padded', () => {
    expect(localDate(new Date(2026, 0, 5, 23, 59))).toBe('2026-01-05');
    expect(localDate(new Date(2026, 11, 31, 0, 1))).toBe('2026-12-31');
  });
});

describe('dayNumber', () => {
  it('counts days from 1970-01-01', () => {
    expect(dayNumber('1970-01-01')).toBe(0);
    expect(dayNumber('1970-01-02')).toBe(1);
    expect(dayNumber('1970-02-01')).toBe(31);
  });

  it('makes consecutive dates consecutive numbers across months and years', () => {
    expect(dayNumber('2026-03-01') - dayNumber('2026-02-28')).toBe(1);
    expect(dayNumber('2027-01-01') - dayNumber('2026-12-31')).toBe(1);
  });
});

describe('addDays', () => {
  it('moves by whole local days, landing at noon', () => {
    const d = addDays(new Date(2026, 1, 27, 8), 2);
    expect([d.getFullYear(), d.getMonth(), d.getDate(), d.getHours(), d.getMinutes()]).toEqual([2026, 2, 1, 12, 0]);
    expect(localDate(addDays(new Date(2026, 0, 1, 23), -1))).toBe('2025-12-31');
    expect(localDate(addDays(new Date(2026, 0, 1, 1), 0))).toBe('2026-01-01');
  });
});
