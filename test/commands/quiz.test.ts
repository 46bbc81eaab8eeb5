import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FIXTURES, tempConfigDir } from '../support/cli.js';
import { runMain as runCli, runMainJson as runJson } from '../support/in-process.js';

let dir: string;
let cleanup: () => void;
beforeEach(() => ({ dir, cleanup } = tempConfigDir()));
afterEach(() => cleanup());

const progress = () => JSON.parse(readFileSync(join(dir, 'progress.json'), 'utf8'));

interface QuizResult {
  quiz: string;
  seed: number;
  score: number;
  total: number;
  percent: number;
  passed: boolean;
  questions: { id: string; type: string; prompt: string; given: string | null; correct: boolean; expected: string }[];
}

/** A wrong answer of the right shape for each question, from its expected one. */
function wrongAnswer(q: QuizResult['questions'][number]): string {
  switch (q.type) {
    case 'single':
    case 'boolean':
      return q.expected === '1' ? '2' : '1';
    case 'multiple':
      return q.expected === '1' ? '2' : '1';
    case 'text':
      return 'definitely not the answer';
    default:
      return String(Number(q.expected) + 1000);
  }
}

describe('mlroad quiz in plain mode', () => {
  it('scores 100% when fed the expected answers of an earlier run with the same seed', async () => {
    const first = await runJson<QuizResult>(['quiz', 'ml-metrics', '--seed', '4242', '--count', '12'], dir, { input: '' });
    expect(first.total).toBe(12);
    expect(first.questions.every((q) => q.given === null && !q.correct)).toBe(true);

    const answers = `${first.questions.map((q) => q.expected).join('\n')}\n`;
    const second = await runJson<QuizResult>(['quiz', 'ml-metrics', '--seed', '4242', '--count', '12'], dir, { input: answers });
    expect(second.questions.map((q) => q.id)).toEqual(first.questions.map((q) => q.id));
    expect(second).toMatchObject({ score: 12, total: 12, percent: 100, passed: true });
  });

  it('scores 0 on wrong answers and records the finished attempt', async () => {
    const first = await runJson<QuizResult>(['quiz', 'python', '--seed', '7'], dir, { input: '' });
    const wrong = `${first.questions.map(wrongAnswer).join('\n')}\n`;
    const r = await runJson<QuizResult>(['quiz', 'python', '--seed', '7'], dir, { input: wrong });
    expect(r).toMatchObject({ score: 0, percent: 0, passed: false });
    const attempts = progress().roadmaps['ml-engineer'].attempts;
    // The first run answered nothing, so only the second is an attempt.
    expect(attempts).toHaveLength(1);
    expect(attempts[0]).toMatchObject({ quiz: 'python', seed: '7', score: 0, total: 10, finished: true });
    expect(attempts[0].questions).toHaveLength(10);
    const list = await runJson<{ quizzes: { id: string; attempts: number; best: number | null; passed: boolean; questions: number }[] }>(['quizzes'], dir);
    expect(list.quizzes.find((q) => q.id === 'python')).toMatchObject({ attempts: 1, best: 0, passed: false });
    expect(list.quizzes).toHaveLength(8);
  });

  it('counts questions after input ends as unanswered, without hanging', async () => {
    const first = await runJson<QuizResult>(['quiz', 'validation', '--seed', '99', '--count', '5'], dir, { input: '' });
    const two = `${first.questions
      .slice(0, 2)
      .map((q) => q.expected)
      .join('\n')}\n`;
    const r = await runCli(['quiz', 'validation', '--seed', '99', '--count', '5', '--json'], dir, { input: two });
    expect(r.code).toBe(0);
    const result = JSON.parse(r.stdout) as QuizResult;
    expect(result.score).toBe(2);
    expect(result.questions.slice(2).every((q) => q.given === null && !q.correct)).toBe(true);
    expect(r.stderr).toContain('3 questions left unanswered');
  });

  it('reads exactly one line per question: an invalid line is wrong and does not shift the rest', async () => {
    const first = await runJson<QuizResult>(['quiz', 'ml-metrics', '--seed', '5', '--count', '4'], dir, { input: '' });
    const lines = ['999', ...first.questions.slice(1).map((q) => q.expected)];
    const r = await runJson<QuizResult>(['quiz', 'ml-metrics', '--seed', '5', '--count', '4'], dir, { input: `${lines.join('\n')}\n` });
    expect(r.questions.map((q) => q.correct)).toEqual([false, true, true, true]);
  });

  it('prints the questions and feedback on stdout without --json', async () => {
    const r = await runCli(['quiz', 'ml-metrics', '--seed', '1', '--count', '2'], dir, { input: '1\n1\n' });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Question 1/2');
    expect(r.stdout).toMatch(/Score: \d\/2/);
    expect(r.stdout).toContain('mlroad quiz ml-metrics --seed 1');
  });

  it('without an id, runs the quiz of the next topic', async () => {
    const r = await runJson<QuizResult>(['quiz', '--count', '1'], dir, { input: '' });
    expect(r.quiz).toBe('python');
  });

  it('draws all questions when --count exceeds the bank', async () => {
    const r = await runJson<QuizResult>(['quiz', 'mlops', '--count', '1000', '--seed', '3'], dir, { input: '' });
    expect(r.total).toBeGreaterThanOrEqual(12);
    expect(new Set(r.questions.map((q) => q.id)).size).toBe(r.total);
  });

  it('works on another roadmap, with every question type', async () => {
    const roadmap = join(FIXTURES, 'mini');
    const first = await runJson<QuizResult>(['--roadmap', roadmap, 'quiz', 'arithmetic', '--seed', '11'], dir, { input: '' });
    expect(new Set(first.questions.map((q) => q.type))).toEqual(new Set(['single', 'multiple', 'boolean', 'numeric', 'text', 'calculated']));
    const answers = `${first.questions.map((q) => (q.type === 'text' ? 'Regresión' : q.expected)).join('\n')}\n`;
    const r = await runJson<QuizResult>(['--roadmap', roadmap, 'quiz', 'arithmetic', '--seed', '11'], dir, { input: answers });
    expect(r.score).toBe(6);
  });
});

describe('quiz errors', () => {
  it('an unknown quiz id exits 2 with suggestions', async () => {
    const r = await runCli(['quiz', 'ml-metric'], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('unknown quiz "ml-metric"');
    expect(r.stderr).toContain('"ml-metrics"');
  });

  it.each([
    ['--count', '0'],
    ['--count', '-3'],
    ['--count', '2.5'],
    ['--count', 'ten'],
    ['--seed', 'abc'],
    ['--seed', '-1'],
    ['--seed', '99999999999'],
  ])('rejects %s %s with exit 2', async (flag, value) => {
    const r = await runCli(['quiz', 'python', flag, value], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(flag);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });
});
