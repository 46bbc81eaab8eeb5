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
  // Indexed loops and regexes made once: wrapping runs cold, in the interpreter, where every
  // iterator step and regex literal is an allocation (a quiz of ten wraps ~75 texts).
  const out: string[] = [];
  let prefix = first;
  const emit = (line: string) => {
    out.push(prefix + line);
    prefix = rest;
  };
  let blocks = 0;
  const fenced = splitFences(text.replace(TRAILING_SPACE, ''));
  for (let b = 0; b < fenced.length; b++) {
    const block = fenced[b]!;
    if (block.code) {
      if (blocks++ > 0) out.push('');
      for (let l = 0; l < block.lines.length; l++) emit(block.lines[l]!.replace(TRAILING_SPACE, ''));
      continue;
    }
    const paragraphs = block.lines.join('\n').split(BLANK_LINE);
    for (let p = 0; p < paragraphs.length; p++) {
      const paragraph = paragraphs[p]!;
      if (paragraph.trim() === '') continue;
      if (blocks++ > 0) out.push('');
      let words: Word[] = [];
      const flush = () => {
        let line = '';
        let length = 0;
        for (let w = 0; w < words.length; w++) {
          const word = words[w]!;
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
      const raws = paragraph.split('\n');
      for (let r = 0; r < raws.length; r++) {
        const raw = raws[r]!;
        if (INDENTED.test(raw)) {
          flush();
          emit(raw.replace(TRAILING_SPACE, ''));
        } else keepOptionsWithValues(inlineWords(raw, markup), words);
      }
      flush();
    }
  }
  return out;
}

const TRAILING_SPACE = /\s+$/;
const BLANK_LINE = /\n[ \t]*\n/;
/** Code in prose: two spaces or a tab first. */
const INDENTED = /^(?: {2,}\S|\t)/;
const FENCE = /^\s*```/;
const SPACE = /\s/;
const SPACES = /\s+/;
const OPTION = /^-{1,2}[A-Za-z][\w-]*$/;
const LOWER_START = /^[a-z]/;
const WORD_END = /\w$/;

interface Word {
  shown: string;
  length: number;
}

/** Prose and ``` fenced code, in order; an unclosed fence runs to the end. */
function splitFences(text: string): { code: boolean; lines: string[] }[] {
  const blocks: { code: boolean; lines: string[] }[] = [{ code: false, lines: [] }];
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (FENCE.test(line)) {
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
    const parts = line.split(SPACES);
    const plain: Word[] = [];
    for (let i = 0; i < parts.length; i++) {
      const w = parts[i]!;
      if (w !== '') plain.push({ shown: w, length: SURROGATE.test(w) ? Array.from(w).length : w.length });
    }
    return plain;
  }
  // Runs of one kind, not an object per character: explanations are full of `code` spans.
  const words: Word[] = [];
  let shown = '';
  let length = 0;
  let started = false;
  let run = '';
  let runKind: Kind = 'plain';
  const endRun = () => {
    if (run) shown += !markup || runKind === 'plain' ? run : markup[runKind](run);
    run = '';
  };
  const add = (text: string, kind: Kind) => {
    if (text === '') return;
    if (kind !== runKind) {
      endRun();
      runKind = kind;
    }
    run += text;
    length += SURROGATE.test(text) ? Array.from(text).length : text.length;
    started = true;
  };
  const endWord = () => {
    endRun();
    if (started) words.push({ shown, length });
    shown = '';
    length = 0;
    started = false;
  };
  // Code keeps its spaces; plain and bold text break into words at each one.
  const piece = (text: string, kind: Kind) => {
    if (kind === 'code') return add(text, kind);
    const parts = text.split(SPACE);
    for (let i = 0; i < parts.length; i++) {
      if (i > 0) endWord();
      add(parts[i]!, kind);
    }
  };
  const spans = /`([^`]+)`|\*\*(?=\S)([^*`]*?\S)\*\*(?!\w)/g;
  let last = 0;
  for (const m of line.matchAll(spans)) {
    const before = line.slice(last, m.index);
    if (m[2] !== undefined && WORD_END.test(before)) continue; // x**2**: not bold
    piece(before, 'plain');
    piece(m[1] ?? m[2]!, m[1] !== undefined ? 'code' : 'bold');
    last = m.index + m[0].length;
  }
  piece(line.slice(last), 'plain');
  endWord();
  return words;
}

/**
 * `--seed 42` stays one unit: a command in a hint never splits between an option and its value.
 * Appends one line's words to `out`, joining none to the words of the lines before.
 */
function keepOptionsWithValues(words: Word[], out: Word[]): void {
  const start = out.length;
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    const last = out.length > start ? out[out.length - 1] : undefined;
    // An option and its value, or `mlroad` and its command (`mlroad next`), stay on one line.
    const joins =
      last !== undefined &&
      !last.shown.includes(' ') &&
      ((OPTION.test(last.shown) && !word.shown.startsWith('-')) || (last.shown === 'mlroad' && LOWER_START.test(word.shown)));
    if (joins) out[out.length - 1] = { shown: `${last.shown} ${word.shown}`, length: last.length + 1 + word.length };
    else out.push(word);
  }
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
