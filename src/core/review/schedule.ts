import type * as TsFsrs from 'ts-fsrs';
import type { CardRecord, ReviewLogEntry, RoadmapProgress } from '../progress/model.js';

/** ts-fsrs, passed in by the caller so only commands that schedule load it. */
export type FsrsModule = Pick<typeof TsFsrs, 'fsrs' | 'generatorParameters' | 'createEmptyCard'>;

export const Rating = { Again: 1, Hard: 2, Good: 3, Easy: 4 } as const;
export type Grade = (typeof Rating)[keyof typeof Rating];

export interface ReviewAnswer {
  quiz: string;
  question: string;
  correct: boolean;
  /** A right answer may be graded Hard or Easy instead of Good, in interactive review. */
  rating?: Grade;
}

export const cardKey = (quiz: string, question: string) => `${quiz}/${question}`;

/**
 * Records answers on review cards. A new question gets a card; an existing card is
 * rescheduled only when due, since cramming does not count (as in Anki); every answer is
 * logged either way, so the history can be replayed or used to fit parameters later.
 */
export function recordAnswers(
  progress: RoadmapProgress,
  answers: readonly ReviewAnswer[],
  now: Date,
  fsrs: FsrsModule,
  source: ReviewLogEntry['source'],
): RoadmapProgress {
  // Day-based: people open a CLI about once a day, so minute-level learning steps are off.
  const scheduler = fsrs.fsrs(fsrs.generatorParameters({ enable_short_term: false, enable_fuzz: false }));
  const cards = { ...progress.cards };
  const log: ReviewLogEntry[] = [];
  for (const a of answers) {
    const key = cardKey(a.quiz, a.question);
    const existing = Object.hasOwn(cards, key) ? cards[key] : undefined;
    const rating: Grade = a.correct ? (a.rating ?? Rating.Good) : Rating.Again;
    const due = existing === undefined || Date.parse(existing.due) <= now.getTime();
    if (due) {
      const card = existing ? toCard(existing) : fsrs.createEmptyCard(now);
      const next = scheduler.next(card, now, rating).card;
      cards[key] = fromCard({ ...next, due: startOfLocalDay(next.due) });
    }
    log.push({ card: key, at: now.toISOString(), rating, scheduled: due, source });
  }
  return { ...progress, cards, reviewLog: [...progress.reviewLog, ...log] };
}

/**
 * A card scheduled for a day is due for that whole (local) day: someone who reviews in the
 * evening is not made to wait until the evening again.
 */
export function startOfLocalDay(date: Date): Date {
  return new Date(date.getFullYear(), date.getMonth(), date.getDate());
}

/** Cards due at `now`, oldest due first. */
export function dueCards(progress: RoadmapProgress, now: Date): { key: string; quiz: string; question: string; due: string }[] {
  const t = now.getTime();
  const due: { key: string; at: number; due: string }[] = [];
  for (const key in progress.cards) {
    const card = progress.cards[key]!;
    const at = Date.parse(card.due);
    if (at <= t) due.push({ key, at, due: card.due });
  }
  // Ties in code-unit order: ids are ASCII, and localeCompare would start Intl (~10 ms).
  // Stryker disable next-line EqualityOperator,ConditionalExpression: keys are unique, and V8's sort only asks whether a result is below 0
  due.sort((a, b) => a.at - b.at || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  return due.map(({ key, due }) => {
    const slash = key.indexOf('/');
    return { key, quiz: key.slice(0, slash), question: key.slice(slash + 1), due };
  });
}

/** When each rating of a right answer would bring the card back, so the learner sees it before choosing. */
export function previewDue(record: CardRecord | undefined, now: Date, fsrs: FsrsModule): Record<2 | 3 | 4, Date> {
  const scheduler = fsrs.fsrs(fsrs.generatorParameters({ enable_short_term: false, enable_fuzz: false }));
  const card = record ? toCard(record) : fsrs.createEmptyCard(now);
  const at = (rating: Grade) => startOfLocalDay(scheduler.next(card, now, rating).card.due);
  return { [Rating.Hard]: at(Rating.Hard), [Rating.Good]: at(Rating.Good), [Rating.Easy]: at(Rating.Easy) } as Record<2 | 3 | 4, Date>;
}

/** Whole local days from today to `due` (0 for today). */
export function daysUntil(due: Date, now: Date): number {
  return Math.round((startOfLocalDay(due).getTime() - startOfLocalDay(now).getTime()) / 86_400_000);
}

function toCard(r: CardRecord): TsFsrs.Card {
  return {
    due: new Date(r.due),
    stability: Number(r.stability ?? 0),
    difficulty: Number(r.difficulty ?? 0),
    // ts-fsrs 5 with short-term steps off reads neither of these three (it counts from last_review).
    // Stryker disable next-line LogicalOperator: see above
    elapsed_days: Number(r.elapsed_days ?? 0),
    // Stryker disable next-line LogicalOperator: see above
    scheduled_days: Number(r.scheduled_days ?? 0),
    // Stryker disable next-line LogicalOperator: see above
    learning_steps: Number(r.learning_steps ?? 0),
    reps: Number(r.reps ?? 0),
    lapses: Number(r.lapses ?? 0),
    state: Number(r.state ?? 0) as TsFsrs.State,
    last_review: typeof r.last_review === 'string' ? new Date(r.last_review) : undefined,
  };
}

function fromCard(c: TsFsrs.Card): CardRecord {
  return {
    due: c.due.toISOString(),
    stability: c.stability,
    difficulty: c.difficulty,
    elapsed_days: c.elapsed_days,
    scheduled_days: c.scheduled_days,
    learning_steps: c.learning_steps,
    reps: c.reps,
    lapses: c.lapses,
    state: c.state,
    ...(c.last_review ? { last_review: c.last_review.toISOString() } : {}),
  };
}
