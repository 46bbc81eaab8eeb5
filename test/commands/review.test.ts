import type { PassThrough } from 'node:stream';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { quiz } from '../../src/commands/quiz.js';
import { review } from '../../src/commands/review.js';
import type { Context } from '../../src/context.js';
import { tempConfigDir } from '../support/cli.js';
import { testContext } from '../support/context.js';
import { runMain as runCli, runMainJson as runJson } from '../support/in-process.js';

let dir: string;
let cleanup: () => void;
beforeEach(() => ({ dir, cleanup } = tempConfigDir()));
afterEach(() => cleanup());

const day1 = '2026-03-01T10:00:00Z';
const day2 = '2026-03-02T09:00:00Z';
const env = (now: string) => ({ MLROAD_NOW: now, TZ: 'UTC' });

interface Result {
  quiz: string;
  total: number;
  score: number;
  questions: { quiz?: string; id: string; expected: string; correct: boolean }[];
}

describe('spaced review end to end', () => {
  it('three mistakes in ml-metrics are 3 due the next day, review asks exactly those, then 0 due', async () => {
    const blank = await runJson<Result>(['quiz', 'ml-metrics', '--seed', '77'], dir, { input: '', env: env(day1) });
    const answers = blank.questions.map((q, i) => (i < 3 ? '999' : q.expected));
    const quiz = await runJson<Result>(['quiz', 'ml-metrics', '--seed', '77'], dir, { input: `${answers.join('\n')}\n`, env: env(day1) });
    expect(quiz.score).toBe(7);
    const missed = quiz.questions
      .filter((q) => !q.correct)
      .map((q) => q.id)
      .sort();

    expect((await runJson<{ due: number }>(['status'], dir, { env: env(day1) })).due).toBe(0);
    const next = await runJson<{ due: number; nextReviewAt: string }>(['status'], dir, { env: env(day2) });
    expect(next.due).toBe(3);
    const text = await runCli(['status'], dir, { env: env(day2) });
    expect(text.stdout).toContain('3 review cards due');
    expect((await runCli(['status', '--prompt'], dir, { env: env(day2) })).stdout.trim()).toBe('ml 0% ↻3');
    expect((await runCli(['next'], dir, { env: env(day2) })).stdout).toContain('mlroad review');
    expect((await runJson<{ due: number }>(['next'], dir, { env: env(day2) })).due).toBe(3);

    const cut = await runCli(['review', '--plain', '--limit', '2'], dir, { input: '', env: env(day2) });
    expect(cut.stdout).toContain('Review: 3 due; reviewing 2 now');
    const shown = await runJson<Result>(['review', '--plain', '--seed', '5'], dir, { input: '', env: env(day2) });
    expect(shown.quiz).toBe('review');
    expect(shown.questions.map((q) => q.id).sort()).toEqual(missed);
    expect(shown.questions.every((q) => q.quiz === 'ml-metrics')).toBe(true);

    const reviewed = await runJson<Result>(['review', '--plain', '--seed', '5'], dir, {
      input: `${shown.questions.map((q) => q.expected).join('\n')}\n`,
      env: env(day2),
    });
    expect(reviewed.score).toBe(3);
    expect((await runJson<{ due: number }>(['status'], dir, { env: env(day2) })).due).toBe(0);
    const nothing = await runCli(['review'], dir, { env: env(day2) });
    expect(nothing.code).toBe(0);
    expect(nothing.stdout).toMatch(/^Nothing due\. Next review: /);
  });

  it('stats shows streaks, activity and retention', async () => {
    await runCli(['done', 'python'], dir, { env: env('2026-03-01T10:00:00Z') });
    await runCli(['quiz', 'python', '--count', '2'], dir, { input: '1\n1\n', env: env('2026-03-02T10:00:00Z') });
    const stats = await runJson<{
      currentStreak: number;
      longestStreak: number;
      days: { date: string; quizzes: number; topics: number }[];
      cards: Record<string, number>;
      quizzes: { id: string; attempts: number; practice: number }[];
    }>(['stats'], dir, { env: env('2026-03-02T18:00:00Z') });
    expect(stats.currentStreak).toBe(2);
    expect(stats.longestStreak).toBe(2);
    expect(stats.days.at(-1)).toMatchObject({ date: '2026-03-02', quizzes: 1 });
    expect(stats.days.at(-2)).toMatchObject({ date: '2026-03-01', topics: 1 });
    expect(Object.values(stats.cards).reduce((a, b) => a + b, 0)).toBe(2);
    expect(stats.quizzes.find((q) => q.id === 'python')).toMatchObject({ attempts: 0, practice: 1 });
    const forecast = (stats as unknown as { forecast: { date: string; due: number }[] }).forecast;
    expect(forecast).toHaveLength(7);
    expect(forecast[0]!.date).toBe('2026-03-02');
    expect(forecast.reduce((n, d) => n + d.due, 0)).toBeGreaterThan(0);
    const text = await runCli(['stats'], dir, { env: env('2026-03-02T18:00:00Z') });
    expect(text.stdout).toContain('Daily streak: 2 (longest: 2)');
    expect(text.stdout).toMatch(/[▁▂▃▄▅▆▇█]/);
  });

  it('rejects a bad --limit with exit 2', async () => {
    const r = await runCli(['review', '--limit', '0'], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--limit');
  });
});

describe('plain mode and stdin', () => {
  it('review and quiz touch stdin only once their first question is on screen', async () => {
    const blank = await runJson<Result>(['quiz', 'ml-metrics', '--seed', '77'], dir, { input: '', env: env(day1) });
    const answers = blank.questions.map((q, i) => (i < 3 ? '999' : q.expected));
    await runJson<Result>(['quiz', 'ml-metrics', '--seed', '77'], dir, { input: `${answers.join('\n')}\n`, env: env(day1) });
    for (const run of [(ctx: Context) => review(ctx, { plain: true }), (ctx: Context) => quiz(ctx, { quizId: 'ml-metrics', plain: true, seed: 1, count: 1 })]) {
      const { ctx, stdout } = testContext(dir, { now: day2 });
      const stdin = ctx.stdin as unknown as PassThrough;
      const seen: string[] = [];
      Object.defineProperty(ctx, 'stdin', {
        get: () => {
          seen.push(stdout());
          return stdin;
        },
      });
      stdin.end('1\n1\n1\n');
      await run(ctx);
      expect(seen.length).toBeGreaterThan(0);
      expect(seen[0]).toContain('Question 1/');
    }
  });
});
