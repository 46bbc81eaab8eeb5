// Calendar days in the learner's zone: what streaks, the activity table and the review log
// summary count.

/** Local calendar date of an instant, YYYY-MM-DD: day boundaries follow the learner's zone. */
export function localDate(at: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${at.getFullYear()}-${pad(at.getMonth() + 1)}-${pad(at.getDate())}`;
}

/** A YYYY-MM-DD date as a count of days: consecutive dates are consecutive numbers. */
export function dayNumber(date: string): number {
  return Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10))) / 86_400_000;
}

/** The day after (or, with n < 0, before) a date, at noon so zone shifts never skip one. */
export function addDays(date: Date, n: number): Date {
  return new Date(date.getFullYear(), date.getMonth(), date.getDate() + n, 12);
}
