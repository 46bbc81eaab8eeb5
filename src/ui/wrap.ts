/**
 * Wraps prose to `width` columns. Single newlines inside a paragraph are reflowed, blank lines
 * separate paragraphs, and lines indented by two or more spaces (code) are kept as written.
 * The first line starts with `first`, the rest with `rest`. Counts code units, which is close
 * enough for Latin text.
 */
export function wrap(text: string, width: number, first = '', rest = first): string[] {
  const out: string[] = [];
  let prefix = first;
  const emit = (line: string) => {
    out.push(prefix + line);
    prefix = rest;
  };
  // Lines inside ``` fences are code: kept as written, whatever their indentation.
  let inFence = false;
  for (const [p, paragraph] of text.replace(/\s+$/, '').split(/\n[ \t]*\n/).entries()) {
    if (p > 0) out.push('');
    let words: string[] = [];
    const flush = () => {
      let line = '';
      for (const word of words) {
        if (line && prefix.length + line.length + 1 + word.length > width) {
          emit(line);
          line = word;
        } else line = line ? `${line} ${word}` : word;
      }
      if (line) emit(line);
      words = [];
    };
    for (const raw of paragraph.split('\n')) {
      const fence = /^\s*```/.test(raw);
      if (fence) inFence = !inFence;
      if (fence || inFence || /^ {2,}\S/.test(raw) || /^\t/.test(raw)) {
        flush();
        emit(raw.replace(/\s+$/, ''));
      } else words.push(...keepOptionsWithValues(raw.split(/\s+/).filter(Boolean)));
    }
    flush();
  }
  return out;
}

/** `--seed 42` stays one unit: a command in a hint never splits between an option and its value. */
function keepOptionsWithValues(words: string[]): string[] {
  const out: string[] = [];
  for (const word of words) {
    const last = out.at(-1);
    // An option and its value, or `mlroad` and its command (`mlroad next`), stay on one line.
    const joins = last !== undefined && !last.includes(' ') && ((/^-{1,2}[A-Za-z][\w-]*$/.test(last) && !word.startsWith('-')) || (last === 'mlroad' && /^[a-z]/.test(word)));
    if (joins) out[out.length - 1] = `${last} ${word}`;
    else out.push(word);
  }
  return out;
}

/** The first `max` characters of a text as one line; code (a ``` fence) is never flattened: the text before it, then "…". */
export function oneLine(text: string, max: number): string {
  const fence = text.indexOf('```');
  if (fence >= 0) return `${oneLine(text.slice(0, fence), max - 2)} …`.trimStart();
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length <= max ? flat : `${flat.slice(0, max - 1)}…`;
}

/** Terminal width for wrapping, capped so long lines stay readable. */
export function textWidth(columns: number | undefined): number {
  return Math.max(40, Math.min(columns ?? 80, 100));
}
