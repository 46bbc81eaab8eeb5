/**
 * Wraps `text` to `width` columns. Each paragraph's first line starts with `first`, the rest
 * with `rest`. Counts code units, which is close enough for Latin text.
 */
export function wrap(text: string, width: number, first = '', rest = first): string[] {
  const out: string[] = [];
  let prefix = first;
  for (const paragraph of text.trim().split(/\n\s*\n/)) {
    if (out.length) out.push('');
    let line = '';
    for (const word of paragraph.split(/\s+/).filter(Boolean)) {
      if (line && prefix.length + line.length + 1 + word.length > width) {
        out.push(prefix + line);
        prefix = rest;
        line = word;
      } else line = line ? `${line} ${word}` : word;
    }
    if (line) out.push(prefix + line);
    prefix = rest;
  }
  return out;
}

/** Terminal width for wrapping, capped so long lines stay readable. */
export function textWidth(columns: number | undefined): number {
  return Math.max(40, Math.min(columns ?? 80, 100));
}
