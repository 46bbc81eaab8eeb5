import type { RoadmapProgress } from '../progress/model.js';

export interface DueSummary {
  due: number;
  /** The earliest due time still in the future, or null when no card waits. */
  nextReviewAt: string | null;
}

/** A card is due when its due time is at or before now. */
export function dueSummary(progress: RoadmapProgress, now: Date): DueSummary {
  let due = 0;
  let next: number | null = null;
  const t = now.getTime();
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
