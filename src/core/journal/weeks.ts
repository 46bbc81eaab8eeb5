import { localDate } from '../review/days.js';
import type { JournalEntry } from './timeline.js';

export interface JournalWeek {
  /** Local date of the week's Monday, YYYY-MM-DD. */
  monday: string;
  entries: JournalEntry[];
}

/** The Monday (local) of the week an instant falls in: weeks start on Monday. */
export function mondayOf(at: Date): string {
  const back = (at.getDay() + 6) % 7;
  return localDate(new Date(at.getFullYear(), at.getMonth(), at.getDate() - back, 12));
}

/** Groups a newest-first timeline into weeks, newest week first, keeping the order inside each. */
export function groupByWeek(entries: readonly JournalEntry[]): JournalWeek[] {
  const weeks: JournalWeek[] = [];
  for (const e of entries) {
    const monday = mondayOf(new Date(e.at));
    const last = weeks.at(-1);
    if (last?.monday === monday) last.entries.push(e);
    else weeks.push({ monday, entries: [e] });
  }
  return weeks;
}

/** `2026-11-30` as a local-noon Date, for formatting a heading. */
export function dateOf(ymd: string): Date {
  const [y, m, d] = ymd.split('-').map(Number) as [number, number, number];
  return new Date(y, m - 1, d, 12);
}
