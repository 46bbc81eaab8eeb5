import type { Said } from './issue.js';

/**
 * Finds indentation mistakes in block YAML, so a bad indent is said once, at the key's own column,
 * with the fix, instead of as yaml's error at column 1 and its follow-ons. Run only when yaml has
 * already refused the file: it reads lines, not YAML, and knows just enough (block scalars, plain
 * continuation lines) not to flag valid text.
 */
export interface IndentMistake extends Said {
  line: number;
  column: number;
}

interface Frame {
  col: number;
  key: string;
  line: number;
  dash: boolean;
}

const KEY = /^(?:-\s+)*("[^"]*"|'[^']*'|[^\s#'"[\]{}:,-][^:#]*?)\s*:(?:\s|$)/;
const BLOCK_SCALAR = /:\s*[|>][+-]?\d*\s*(?:#.*)?$/;

export function indentMistakes(text: string): IndentMistake[] {
  const out: IndentMistake[] = [];
  const stack: Frame[] = [];
  // Stryker disable next-line BooleanLiteral: read only once a line has set it, as every read also needs `prev`, which that line sets
  let opened = false; // the previous line is a key with no value yet, or a bare "-"
  let prev: Frame | undefined;
  let scalarCol = -1; // inside a block scalar: lines indented past this column are its text
  text.split(/\r?\n/).forEach((raw, i) => {
    const line = i + 1;
    const trimmed = raw.trimStart();
    if (trimmed === '' || trimmed.startsWith('#') || trimmed.startsWith('---') || trimmed.startsWith('...')) return;
    let col = raw.length - trimmed.length;
    if (scalarCol >= 0 && col > scalarCol) return;
    scalarCol = -1;
    const dash = trimmed.startsWith('- ') || trimmed === '-';
    const match = KEY.exec(trimmed);
    const key = match ? match[1]!.replace(/^["']|["']$/g, '') : undefined;
    if (prev && (opened ? col > prev.col || (dash && col === prev.col) : false)) {
      // the first line of a block under the previous key
    } else if (prev && !opened && col > prev.col && !dash && key === undefined) {
      return; // a plain text's continuation line
    } else {
      const popped: Frame[] = [];
      while (stack.length && stack[stack.length - 1]!.col > col) popped.push(stack.pop()!);
      const top = stack[stack.length - 1];
      if (top?.col === col) stack.pop();
      else {
        // prev is among them: the last frame pushed, so popped if deeper than this line, else the top.
        const candidates = [...popped, ...(top ? [top] : [])].filter((f) => !f.dash);
        // (The tie-break's `+` mutant orders alike: the candidates come deepest first, and a stable sort keeps that order on a tie.)
        const like = candidates.sort((a, b) => Math.abs(a.col - col) - Math.abs(b.col - col) || b.col - a.col)[0];
        if (like) {
          const params = { key: key ?? trimmed.slice(0, 30), like: like.key, likeLine: like.line, want: like.col, got: col };
          // (`col >= like.col` would do the same: prev is the stack's top, so at this column it would have matched.)
          out.push({ line, column: col + 1, code: col > like.col && like === prev ? 'indentDeeper' : 'indentSibling', params });
          // Carry on as if it were fixed, so one mistake gives one message.
          stack.push(...popped.reverse());
          col = like.col;
          while (stack.length && stack[stack.length - 1]!.col >= col) stack.pop();
        }
      }
    }
    const frame: Frame = { col, key: key ?? '-', line, dash };
    stack.push(frame);
    prev = frame;
    if (dash && key !== undefined) {
      // (Without its ^ the dash pattern would match the same: a dash line with a key starts with "- ".)
      prev = { col: col + (trimmed.length - trimmed.replace(/^(?:-\s+)+/, '').length), key, line, dash: false };
      stack.push(prev);
    }
    // (The comment pattern's $ changes nothing: .* runs to the end of the line anyway.)
    const bare = trimmed
      .replace(/\s+#.*$/, '')
      .replace(/(?:\s+[&!]\S+)+$/, '')
      .trimEnd();
    opened = bare.endsWith(':') || bare === '-';
    if (BLOCK_SCALAR.test(trimmed)) scalarCol = prev.col;
  });
  return out;
}
