import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FIXTURES, tempConfigDir } from '../support/cli.js';
import { runMain as runCli, runMainJson as runJson } from '../support/in-process.js';

let dir: string;
let cleanup: () => void;
beforeEach(() => ({ dir, cleanup } = tempConfigDir()));
afterEach(() => cleanup());

const IMPORTED = join(FIXTURES, 'imported');

describe('validate on content written elsewhere', () => {
  it('a quiz with no explanations validates with warnings and exit code 0', async () => {
    const r = await runCli(['validate', IMPORTED], dir);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/roadmap\.yaml:34:\d+: quizzes\[0\]\.questions\[0\]\.id: warning: question "q1" has no explanation/);
    expect(r.stderr).toMatch(/question "q2" has no explanation/);
    const json = await runJson(['validate', IMPORTED, '--json'], dir);
    expect(json.valid).toBe(true);
    expect(json.warnings.map((w: { path: string }) => w.path)).toEqual(['quizzes[0].questions[0].id', 'quizzes[0].questions[1].id']);
  });

  it('one bad indent is one located error with the fix', async () => {
    const r = await runCli(['validate', join(FIXTURES, 'bad', 'indent.yaml')], dir);
    expect(r.code).not.toBe(0);
    const lines = r.stdout.trim().split('\n');
    expect(lines).toEqual([
      expect.stringMatching(
        /indent\.yaml:15:8: \(yaml syntax\): "optional" is indented 7 spaces, but "learn" \(line 13\) beside it is indented 8: indent "optional" like "learn", with 8 spaces$/,
      ),
    ]);
  });

  it('passPercent: seventy names what it got, in Spanish too', async () => {
    const file = join(dir, 'r.yaml');
    const text = `formatVersion: 1\nid: r\ntitle: R\ndescription: D\nstages:\n  - id: s\n    title: S\n    summary: S\n    topics:\n      - id: t\n        title: T\n        summary: S\nquizzes:\n  - id: q\n    title: Q\n    passPercent: seventy\n    questions: []\n`;
    writeFileSync(file, text);
    const en = await runCli(['validate', file], dir);
    expect(en.stdout).toContain('r.yaml:16:18: quizzes[0].passPercent: must be a whole number from 0 to 100; got the text "seventy"');
    const es = await runCli(['--lang', 'es', 'validate', file], dir);
    expect(es.stdout).toContain('r.yaml:16:18: quizzes[0].passPercent: debe ser un número entero de 0 a 100; se encontró el texto "seventy"');
  });
});

describe('code and light Markdown in text', () => {
  it('a fenced block comes out of show with its indentation intact, and **bold** plain', async () => {
    const r = await runCli(['--roadmap', IMPORTED, 'show', 'python-code'], dir);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('  for row in rows:\n      if row:\n          print(row)\n');
    expect(r.stdout).toContain('Read code like this, and say what it does:');
    expect(r.stdout).not.toContain('```');
  });

  it('a fenced block comes out of quiz --plain with its indentation intact', async () => {
    const r = await runCli(['--roadmap', IMPORTED, 'quiz', 'exam', '--plain', '--seed', '1'], dir, { input: '1\ntrue\n1\n' });
    expect(r.stdout).toContain('def f(x):\n    return x * 2\nprint(f(2))\n');
    expect(r.stdout).toContain('Python blocks are marked by indentation, not braces.');
    // Seed 1 shows "22" first: answer 1 is wrong, so the prompt is listed to revisit, code intact.
    expect(r.stdout).toContain('To revisit:\n  • What does this print?\n\n    def f(x):\n        return x * 2\n    print(f(2))\n');
  });
});
