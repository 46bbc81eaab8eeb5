import { dict, type ReviewLogEntry } from '../progress/model.js';
import { localDate } from './days.js';

// What stats needs of years of review answers, small enough to keep beside the log and bring up
// to date by reading only what was appended since.

export interface LogSummary {
  /** Answers given in `review` (quiz answers count as quizzes). */
  reviews: number;
  /** Of those, the ones rated above Again. */
  right: number;
  /** Reviews by local calendar day (YYYY-MM-DD, this process's time zone: see zoneStamp). */
  byDay: Record<string, number>;
  /** First and last review time (ms), the span zoneStamp is taken over; null before the first. */
  span: [number, number] | null;
}

export function emptyLogSummary(): LogSummary {
  return { reviews: 0, right: 0, byDay: dict(), span: null };
}

/** Counts one log entry into `summary` (in place). */
export function addToSummary(summary: LogSummary, entry: ReviewLogEntry): void {
  if (entry.source !== 'review') return;
  const at = Date.parse(entry.at);
  if (Number.isNaN(at)) return;
  summary.reviews++;
  if (entry.rating > 1) summary.right++;
  const day = localDate(new Date(at));
  summary.byDay[day] = (summary.byDay[day] ?? 0) + 1;
  summary.span = widenSpan(summary.span, [at, at]);
}

export function summariseLog(entries: readonly ReviewLogEntry[], into: LogSummary = emptyLogSummary()): LogSummary {
  for (const entry of entries) addToSummary(into, entry);
  return into;
}

/** Both summaries together, as if their logs were one. */
export function mergeSummaries(a: LogSummary, b: LogSummary): LogSummary {
  const out: LogSummary = { reviews: a.reviews + b.reviews, right: a.right + b.right, byDay: Object.assign(dict<number>(), a.byDay), span: a.span };
  for (const [day, n] of Object.entries(b.byDay)) out.byDay[day] = (out.byDay[day] ?? 0) + n;
  out.span = widenSpan(out.span, b.span);
  return out;
}

/** The span covering both. */
export function widenSpan(a: LogSummary['span'], b: LogSummary['span']): LogSummary['span'] {
  if (!a || !b) return a ?? b;
  return [Math.min(a[0], b[0]), Math.max(a[1], b[1])];
}

/**
 * The local time zone's UTC offsets across a span, sampled every ten days: a summary by local
 * day is kept only while this is unchanged (the learner moved, or TZ differs: count again).
 * Intl would name the zone, at ~20 ms a start; these samples cost microseconds.
 */
export function zoneStamp(span: readonly [number, number] | null): string {
  if (!span) return '';
  const offsets: number[] = [];
  const step = 10 * 24 * 3600 * 1000;
  for (let t = span[0]; t < span[1] + step; t += step) offsets.push(new Date(Math.min(t, span[1])).getTimezoneOffset());
  return offsets.join(',');
}
