/** A text progress bar of `width` cells; null percent (nothing to count) draws a dotted bar. */
export function bar(percent: number | null, width = 12, full = '█', empty = '░'): string {
  if (percent === null) return '·'.repeat(width);
  const filled = Math.round((Math.max(0, Math.min(100, percent)) / 100) * width);
  return full.repeat(filled) + empty.repeat(width - filled);
}
