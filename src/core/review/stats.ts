import type { RoadmapProgress } from '../progress/model.js';

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

/** Local calendar date of an instant, YYYY-MM-DD: day boundaries follow the learner's zone. */
export function localDate(at: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${at.getFullYear()}-${pad(at.getMonth() + 1)}-${pad(at.getDate())}`;
}

/** What was done on each local day that saw any activity; the days streaks are counted on. */
export function activityByDay(progress: RoadmapProgress): Map<string, DayActivity> {
  const activity = new Map<string, DayActivity>();
  const day = (iso: string) => {
    const date = localDate(new Date(iso));
    let entry = activity.get(date);
    if (!entry) activity.set(date, (entry = { date, quizzes: 0, reviews: 0, topics: 0 }));
    return entry;
  };
  for (const a of progress.attempts) day(a.at).quizzes++;
  for (const r of progress.reviewLog) if (r.source === 'review') day(r.at).reviews++;
  for (const t of Object.values(progress.topics)) day(t.at).topics++;
  return activity;
}

/** The day after (or, with n < 0, before) a date, at noon so zone shifts never skip one. */
export function addDays(date: Date, n: number): Date {
  return new Date(date.getFullYear(), date.getMonth(), date.getDate() + n, 12);
}

/** Streaks, recent activity, retention, card states and the hardest questions. */
export function computeStats(progress: RoadmapProgress, now: Date, window = 30): Stats {
  const activity = activityByDay(progress);

  const days: DayActivity[] = [];
  for (let i = window - 1; i >= 0; i--) {
    const date = localDate(addDays(now, -i));
    days.push(activity.get(date) ?? { date, quizzes: 0, reviews: 0, topics: 0 });
  }

  const active = new Set(activity.keys());
  // A streak is still alive on a day not yet practised, as long as yesterday was.
  let cursor = active.has(localDate(now)) ? now : addDays(now, -1);
  let currentStreak = 0;
  while (active.has(localDate(cursor))) {
    currentStreak++;
    cursor = addDays(cursor, -1);
  }
  let longestStreak = 0;
  for (const date of active) {
    const prior = new Date(`${date}T12:00:00`);
    if (active.has(localDate(addDays(prior, -1)))) continue; // not the start of a run
    let run = 0;
    for (let d = prior; active.has(localDate(d)); d = addDays(d, 1)) run++;
    longestStreak = Math.max(longestStreak, run);
  }

  const reviews = progress.reviewLog.filter((r) => r.source === 'review');
  const retention = reviews.length ? reviews.filter((r) => r.rating > 1).length / reviews.length : null;

  const cards = { new: 0, learning: 0, review: 0, relearning: 0 };
  for (const c of Object.values(progress.cards)) {
    const state = STATES[Number(c.state ?? 0)];
    if (state) cards[state]++;
  }

  const hardest = Object.entries(progress.cards)
    .map(([key, c]) => ({ key, lapses: Number(c.lapses ?? 0) }))
    .filter((c) => c.lapses > 0)
    .sort((a, b) => b.lapses - a.lapses || a.key.localeCompare(b.key))
    .slice(0, 5)
    .map(({ key, lapses }) => ({ quiz: key.slice(0, key.indexOf('/')), question: key.slice(key.indexOf('/') + 1), lapses }));

  return { currentStreak, longestStreak, days, retention, cards, hardest };
}
