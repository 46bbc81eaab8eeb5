/** How inline `code` and **bold** look; without one, their markers are dropped and the text is plain. */
export interface Markup {
  bold(text: string): string;
  code(text: string): string;
}

/**
 * Wraps prose to `width` columns. Single newlines inside a paragraph are reflowed, blank lines
 * separate paragraphs, and lines indented by two or more spaces (code) are kept as written, as
 * is everything between ``` fences (the fence lines themselves are not shown): code is never
 * wrapped. The first line starts with `first`, the rest with `rest`. Counts code units, which is
 * close enough for Latin text.
 */
/** Inline code and bold as a terminal shows them, from the context's style (plain when colour is off). */
export function markupOf(style: { bold(text: string): string; cyan(text: string): string }): Markup {
  return { bold: (s) => style.bold(s), code: (s) => style.cyan(s) };
}

export function wrap(text: string, width: number, first = '', rest = first, markup?: Markup): string[] {
  const out: string[] = [];
  let prefix = first;
  const emit = (line: string) => {
    out.push(prefix + line);
    prefix = rest;
  };
  let blocks = 0;
  for (const block of splitFences(text.replace(/\s+$/, ''))) {
    if (block.code) {
      if (blocks++ > 0) out.push('');
      for (const line of block.lines) emit(line.replace(/\s+$/, ''));
      continue;
    }
    for (const paragraph of block.lines.join('\n').split(/\n[ \t]*\n/)) {
      if (paragraph.trim() === '') continue;
      if (blocks++ > 0) out.push('');
      let words: Word[] = [];
      const flush = () => {
        let line = '';
        let length = 0;
        for (const word of words) {
          if (line && prefix.length + length + 1 + word.length > width) {
            emit(line);
            line = word.shown;
            length = word.length;
          } else {
            line = line ? `${line} ${word.shown}` : word.shown;
            length += (length ? 1 : 0) + word.length;
          }
        }
        if (line) emit(line);
        words = [];
      };
      for (const raw of paragraph.split('\n')) {
        if (/^ {2,}\S/.test(raw) || /^\t/.test(raw)) {
          flush();
          emit(raw.replace(/\s+$/, ''));
        } else words.push(...keepOptionsWithValues(inlineWords(raw, markup)));
      }
      flush();
    }
  }
  return out;
}

interface Word {
  shown: string;
  length: number;
}

/** Prose and ``` fenced code, in order; an unclosed fence runs to the end. */
function splitFences(text: string): { code: boolean; lines: string[] }[] {
  const blocks: { code: boolean; lines: string[] }[] = [{ code: false, lines: [] }];
  for (const line of text.split('\n')) {
    if (/^\s*```/.test(line)) {
      blocks.push({ code: !blocks[blocks.length - 1]!.code, lines: [] });
      continue;
    }
    blocks[blocks.length - 1]!.lines.push(line);
  }
  return blocks.filter((b) => b.code || b.lines.some((l) => l.trim() !== ''));
}

type Kind = 'plain' | 'bold' | 'code';

/** A word with characters outside the BMP: its length in code points, as the general path counts. */
const SURROGATE = /[\uD800-\uDFFF]/;

/**
 * The words of one line, with `code` spans and **bold** spans styled and their markers gone.
 * Bold needs a closing pair that hugs its text, so `2**3` or `**kwargs` stay as written.
 */
function inlineWords(line: string, markup: Markup | undefined): Word[] {
  // Most lines have no markup: their words are the runs between spaces (the same \s as below),
  // without an object per character, which cost a quiz of ten questions ~10 ms.
  if (!line.includes('`') && !line.includes('**')) {
    return line
      .split(/\s+/)
      .filter((w) => w !== '')
      .map((w) => ({ shown: w, length: SURROGATE.test(w) ? Array.from(w).length : w.length }));
  }
  const chars: { ch: string; kind: Kind }[] = [];
  const spans = /`([^`]+)`|\*\*(?=\S)([^*`]*?\S)\*\*(?!\w)/g;
  let last = 0;
  for (const m of line.matchAll(spans)) {
    const before = line.slice(last, m.index);
    if (m[2] !== undefined && /\w$/.test(before)) continue; // x**2**: not bold
    for (const ch of line.slice(last, m.index)) chars.push({ ch, kind: 'plain' });
    for (const ch of m[1] ?? m[2]!) chars.push({ ch, kind: m[1] !== undefined ? 'code' : 'bold' });
    last = m.index + m[0].length;
  }
  for (const ch of line.slice(last)) chars.push({ ch, kind: 'plain' });
  const words: Word[] = [];
  let current: { ch: string; kind: Kind }[] = [];
  const push = () => {
    if (!current.length) return;
    let shown = '';
    for (let i = 0; i < current.length; ) {
      const kind = current[i]!.kind;
      let run = '';
      while (i < current.length && current[i]!.kind === kind) run += current[i++]!.ch;
      shown += !markup || kind === 'plain' ? run : markup[kind](run);
    }
    words.push({ shown, length: current.length });
    current = [];
  };
  for (const c of chars) {
    if (/\s/.test(c.ch) && c.kind !== 'code') push();
    else current.push(c);
  }
  push();
  return words;
}

/** `--seed 42` stays one unit: a command in a hint never splits between an option and its value. */
function keepOptionsWithValues(words: Word[]): Word[] {
  const out: Word[] = [];
  for (const word of words) {
    const last = out.at(-1);
    // An option and its value, or `mlroad` and its command (`mlroad next`), stay on one line.
    const joins =
      last !== undefined &&
      !last.shown.includes(' ') &&
      ((/^-{1,2}[A-Za-z][\w-]*$/.test(last.shown) && !word.shown.startsWith('-')) || (last.shown === 'mlroad' && /^[a-z]/.test(word.shown)));
    if (joins) out[out.length - 1] = { shown: `${last.shown} ${word.shown}`, length: last.length + 1 + word.length };
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
