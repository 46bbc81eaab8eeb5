export interface Failure {
  test: string;
  message: string;
}

const SEPARATOR = /^(?:={20,}|-{20,})\s*$/;

/**
 * unittest's `FAIL: <test>` / `ERROR: <test>` blocks, each with the last line of its traceback
 * (the assertion's message). Output of any other runner gives none: it is shown whole instead.
 */
export function parseFailures(output: string): Failure[] {
  const lines = output.split('\n');
  const out: Failure[] = [];
  for (let i = 0; i < lines.length; i++) {
    const head = /^(FAIL|ERROR): (.+)$/.exec(lines[i]!);
    if (!head || i === 0 || !/^={20,}/.test(lines[i - 1]!)) continue;
    let message = '';
    let j = i + 1;
    if (j < lines.length && /^-{20,}/.test(lines[j]!)) j++;
    for (; j < lines.length && !SEPARATOR.test(lines[j]!); j++) if (lines[j]!.trim() !== '') message = lines[j]!.trim();
    out.push({ test: head[2]!.trim(), message });
    i = j - 1;
  }
  return out;
}
