import type { RoadmapProgress } from '../progress/model.js';

export interface DueSummary {
  due: number;
  /** The earliest due time still in the future, or null when no card waits. */
  nextReviewAt: string | null;
}

/** A summary of a roadmap's cards as of `at` (ISO): it holds until `next`, as no card falls due before. */
export interface DueFacts {
  at: string;
  due: number;
  next: string | null;
}

// Facts recorded when the cards were last written, for cards not parsed in this process (see
// store/lazy-section.ts): counting 5,000 cards means parsing them first.
const known = new WeakMap<object, DueFacts>();

export function rememberDue(cards: object, facts: DueFacts): void {
  known.set(cards, facts);
}

export function forgetDue(cards: object): void {
  known.delete(cards);
}

/** The facts that give `dueSummary` at `now`: remembered ones while they hold, else counted now. */
export function dueFacts(progress: RoadmapProgress, now: Date): DueFacts {
  const k = known.get(progress.cards);
  const t = now.getTime();
  if (k && Date.parse(k.at) <= t && (k.next === null || t < Date.parse(k.next))) return k;
  const counted = countDue(progress, t);
  return { at: now.toISOString(), due: counted.due, next: counted.nextReviewAt };
}

/** A card is due when its due time is at or before now. */
export function dueSummary(progress: RoadmapProgress, now: Date): DueSummary {
  const facts = dueFacts(progress, now);
  return { due: facts.due, nextReviewAt: facts.next };
}

function countDue(progress: RoadmapProgress, t: number): DueSummary {
  let due = 0;
  let next: number | null = null;
  // for-in, not Object.values: no array of 5,000 cards on every command
  for (const id in progress.cards) {
    const at = Date.parse(progress.cards[id]!.due);
    if (Number.isNaN(at)) continue;
    if (at <= t) {
      due++;
      continue;
    }
    // Stryker disable next-line EqualityOperator: at equal to next, assigning it changes nothing
    if (next === null || at < next) next = at;
  }
  return { due, nextReviewAt: next === null ? null : new Date(next).toISOString() };
}
