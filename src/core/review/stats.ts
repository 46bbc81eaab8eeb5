import type { RoadmapProgress } from '../progress/model.js';
import { addDays, dayNumber, localDate } from './days.js';
import { type LogSummary, summariseLog } from './log-summary.js';

export interface DayActivity {
  /** Local calendar date, YYYY-MM-DD. */
  date: string;
  quizzes: number;
  reviews: number;
  topics: number;
}

export interface Stats {
  currentStreak: number;
  longestStreak: number;
  /** The last 30 days, oldest first, today last. */
  days: DayActivity[];
  /** Share of review answers that were right (0–1), or null before the first review. */
  retention: number | null;
  cards: { new: number; learning: number; review: number; relearning: number };
  hardest: { quiz: string; question: string; lapses: number }[];
}

const STATES = ['new', 'learning', 'review', 'relearning'] as const;

/**
 * What was done on each local day that saw any activity; the days streaks are counted on.
 * Reviews come from `log`, a summary of the review log (by default, of `progress.reviewLog`).
 */
export function activityByDay(progress: RoadmapProgress, log: LogSummary = summariseLog(progress.reviewLog)): Map<string, DayActivity> {
  const activity = new Map<string, DayActivity>();
  const on = (date: string) => {
    let entry = activity.get(date);
    if (!entry) activity.set(date, (entry = { date, quizzes: 0, reviews: 0, topics: 0 }));
    return entry;
  };
  for (const a of progress.attempts) on(localDate(new Date(a.at))).quizzes++;
  for (const [date, count] of Object.entries(log.byDay)) on(date).reviews += count;
  for (const t of Object.values(progress.topics)) on(localDate(new Date(t.at))).topics++;
  return activity;
}

/** Streaks, recent activity, retention, card states and the hardest questions; reviews from `log` (see activityByDay). */
export function computeStats(progress: RoadmapProgress, now: Date, log: LogSummary = summariseLog(progress.reviewLog), window = 30): Stats {
  const activity = activityByDay(progress, log);

  const days: DayActivity[] = [];
  for (let i = window - 1; i >= 0; i--) {
    const date = localDate(addDays(now, -i));
    days.push(activity.get(date) ?? { date, quizzes: 0, reviews: 0, topics: 0 });
  }

  // Streaks on calendar day numbers: consecutive dates differ by one, whatever the zone does.
  const active = new Set([...activity.keys()].map(dayNumber));
  const today = dayNumber(localDate(now));
  // A streak is still alive on a day not yet practised, as long as yesterday was.
  let cursor = active.has(today) ? today : today - 1;
  let currentStreak = 0;
  while (active.has(cursor--)) currentStreak++;
  let longestStreak = 0;
  for (const start of active) {
    // Stryker disable next-line ConditionalExpression: counting from inside a run finds a shorter run, never a longer one
    if (active.has(start - 1)) continue; // not the start of a run
    let run = 0;
    while (active.has(start + run)) run++;
    longestStreak = Math.max(longestStreak, run);
  }

  const retention = log.reviews ? log.right / log.reviews : null;

  const cards = { new: 0, learning: 0, review: 0, relearning: 0 };
  for (const c of Object.values(progress.cards)) {
    const state = STATES[Number(c.state ?? 0)];
    if (state) cards[state]++;
  }

  const lapsed = Object.entries(progress.cards)
    .map(([key, c]) => ({ key, lapses: Number(c.lapses ?? 0) }))
    .filter((c) => c.lapses > 0);
  // Code-unit order on ties: ids are ASCII, and localeCompare would start Intl (~15 ms).
  // Stryker disable next-line EqualityOperator,ConditionalExpression: keys are unique, and V8's sort only asks whether a result is below 0
  lapsed.sort((a, b) => b.lapses - a.lapses || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  const hardest = lapsed.slice(0, 5).map(({ key, lapses }) => ({ quiz: key.slice(0, key.indexOf('/')), question: key.slice(key.indexOf('/') + 1), lapses }));

  return { currentStreak, longestStreak, days, retention, cards, hardest };
}
