/** Up to `limit` candidates close to `input`: substrings first, then by edit distance. */
export function suggest(input: string, candidates: readonly string[], limit = 3): string[] {
  const needle = input.toLowerCase();
  const scored = candidates
    .map((c) => {
      const hay = c.toLowerCase();
      const contains = hay.includes(needle) || (needle.length >= 3 && needle.includes(hay));
      return { c, score: contains ? 0 : editDistance(needle, hay) };
    })
    .filter(({ c, score }) => score <= Math.max(2, Math.floor(c.length / 3)))
    .sort((a, b) => a.score - b.score || a.c.localeCompare(b.c));
  return scored.slice(0, limit).map((s) => s.c);
}

/** Levenshtein distance; O(n·m) is fine for ids. */
export function editDistance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      row[j] = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    prev = row;
  }
  return prev[b.length]!;
}
