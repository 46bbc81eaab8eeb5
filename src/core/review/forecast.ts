import type { CardRecord } from '../progress/model.js';
import { startOfLocalDay } from './schedule.js';

export interface DayForecast {
  /** Local date, YYYY-MM-DD. */
  date: string;
  /** Cards due that day; today's count includes every overdue card. */
  due: number;
}

/** How many review cards fall due on each of the next `days` local days, today first. */
export function dueForecast(cards: Readonly<Record<string, CardRecord>>, now: Date, days = 7): DayForecast[] {
  const today = startOfLocalDay(now);
  const dayStarts = Array.from({ length: days + 1 }, (_, i) => new Date(today.getFullYear(), today.getMonth(), today.getDate() + i).getTime());
  const counts = new Array<number>(days).fill(0);
  for (const card of Object.values(cards)) {
    const due = Date.parse(card.due);
    if (Number.isNaN(due) || due >= dayStarts[days]!) continue;
    let i = 0;
    // Stryker disable next-line ConditionalExpression,EqualityOperator,ArithmeticOperator: a due before dayStarts[days] already stops the loop by day days - 1
    while (i < days - 1 && due >= dayStarts[i + 1]!) i++;
    counts[i]!++;
  }
  return counts.map((due, i) => ({ date: localDate(new Date(dayStarts[i]!)), due }));
}

function localDate(d: Date): string {
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}
