import type { Text } from './text.js';

/**
 * A coach tip on every other day, a different one each time, so tips stay noticeable
 * instead of becoming wallpaper. Local calendar days; deterministic for a pinned clock.
 */
export function tipOfTheDay(tips: readonly Text[], now: Date): Text | undefined {
  // Stryker disable next-line ConditionalExpression: without tips the index is NaN, which finds undefined too
  if (tips.length === 0) return undefined;
  const day = Math.floor((now.getTime() - now.getTimezoneOffset() * 60_000) / 86_400_000);
  // Stryker disable next-line ConditionalExpression: on an odd day the index is a half, which finds undefined too
  if (day % 2 !== 0) return undefined;
  return tips[(day / 2) % tips.length];
}
