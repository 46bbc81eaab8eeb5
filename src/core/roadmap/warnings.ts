import type { Text } from '../text.js';
import type { PathIssue } from './issue.js';
import type { Quiz } from './schema.js';

/**
 * What validate warns about but accepts: the roadmap works, and would teach better with a change.
 * Paths are inside the quiz.
 */
export function quizWarnings(quiz: Quiz): PathIssue[] {
  const out: PathIssue[] = [];
  quiz.questions.forEach((q, i) => {
    if (q.explanation === undefined) out.push({ path: ['questions', i, 'id'], code: 'noExplanation', params: { id: q.id } });
    for (const text of variants(q.prompt)) {
      const line = codeOutsideFence(text);
      if (line !== undefined) {
        out.push({ path: ['questions', i, 'prompt'], code: 'codeOutsideFence', params: { line: line.trim().slice(0, 40) } });
        break;
      }
    }
  });
  return out;
}

function variants(text: Text): string[] {
  return typeof text === 'string' ? [text] : Object.values(text);
}

const CODE_PATTERN = /^\s*(?:def |class |import |from \S+ import |return\b)/;
// `x = f(y)` on a line of its own; a formula inside a sentence (`price = 50 + 3 · area, with …`) is prose.
const ASSIGNMENT = /^\s*[A-Za-z_][\w.[\]'"]*\s*=\s*[^\s=]/;
const PROSE = /, |[.?!]\s*$/;

/** The first line that looks like code but sits outside a ``` fence, where it would be reflowed. */
export function codeOutsideFence(text: string): string | undefined {
  const lines = text.split('\n');
  let fenced = false;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (/^\s*```/.test(line)) {
      fenced = !fenced;
      continue;
    }
    if (fenced || line.trim() === '') continue;
    // Stryker disable next-line StringLiteral: past the last line any unindented text does as well as '', as nothing is indented less than a line
    const next = lines[i + 1] ?? '';
    const indentOf = (l: string) => l.length - l.trimStart().length;
    if (indentOf(line) >= 4) return line;
    if (/:\s*$/.test(line) && next.trim() !== '' && indentOf(next) > indentOf(line)) return line;
    if (CODE_PATTERN.test(line) || (ASSIGNMENT.test(line) && !PROSE.test(line))) return line;
  }
  return undefined;
}
