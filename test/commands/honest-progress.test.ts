import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mark } from '../../src/commands/mark.js';
import { quiz } from '../../src/commands/quiz.js';
import { quizzes } from '../../src/commands/quizzes.js';
import { status } from '../../src/commands/status.js';
import { BUNDLED, tempConfigDir } from '../support/cli.js';
import { testContext } from '../support/context.js';

let dir: string;
let cleanup: () => void;
beforeEach(() => ({ dir, cleanup } = tempConfigDir()));
afterEach(() => cleanup());

const REQUIRED = [
  'python',
  'math-for-ml',
  'computational-thinking',
  'explore-data',
  'data-quality',
  'transformations',
  'data-pipelines',
  'classic-models',
  'choosing-models',
  'model-metrics',
  'validation-tuning',
  'neural-networks',
  'cnns',
  'sequence-models',
  'pretraining-fine-tuning',
  'training-pipelines',
  'versioning',
  'model-testing',
  'dev-practices',
  'deployment',
  'monitoring',
  'project-churn',
  'project-flower-classifier',
  'project-movie-recommender',
  'project-sales-forecast',
  'project-end-to-end',
  'communicate-results',
  'what-companies-value',
  'share-and-community',
];

async function json<T>(run: (c: ReturnType<typeof testContext>) => Promise<unknown>, input?: string): Promise<T> {
  const c = testContext(dir, { roadmap: BUNDLED, input });
  await run(c);
  return JSON.parse(c.stdout()) as T;
}

/** The expected answers of a seeded draw, read from a run with no input (which records nothing). */
async function expectedAnswers(seed: number, count: number): Promise<string> {
  const r = await json<{ questions: { expected: string }[] }>((c) => quiz(c.ctx, { quizId: 'ml-metrics', seed, count, json: true }), '');
  return `${r.questions.map((q) => q.expected).join('\n')}\n`;
}

const metrics = async () =>
  (
    await json<{ quizzes: { id: string; passed: boolean; attempts: number; practice: number; best: number | null }[] }>((c) => quizzes(c.ctx, { json: true }))
  ).quizzes.find((q) => q.id === 'ml-metrics')!;

describe('honest progress', () => {
  it('counts skipped topics apart from done ones, and never calls the roadmap complete while some are skipped', async () => {
    expect(REQUIRED).toHaveLength(29);
    const projects = REQUIRED.filter((id) => id.startsWith('project-'));
    const skipped = [...projects, 'communicate-results', 'what-companies-value', 'share-and-community'];
    await mark(testContext(dir, { roadmap: BUNDLED }).ctx, 'done', { topicIds: REQUIRED.filter((id) => !skipped.includes(id)) });
    await mark(testContext(dir, { roadmap: BUNDLED }).ctx, 'skipped', { topicIds: skipped });

    const s = await json<{ done: number; skipped: number; total: number; percent: number; next: unknown }>((c) => status(c.ctx, { json: true }));
    expect([s.done, s.skipped, s.total, s.percent]).toEqual([21, 8, 29, 72]);
    expect(s.next).toMatchObject({ topic: 'project-churn' });

    const text = testContext(dir, { roadmap: BUNDLED });
    await status(text.ctx, {});
    expect(text.stdout()).toContain('Overall 72% · 21 done · 8 skipped');
    expect(text.stdout()).not.toContain('Roadmap complete');
    // Wrapped at the terminal's width, so compared with its line breaks as spaces.
    expect(text.stdout().replace(/\s+/g, ' ')).toContain('but 8 were skipped: project-churn, project-flower-classifier');
  });

  it('passes a quiz only with a full draw; a one-question draw is practice', async () => {
    await quiz(testContext(dir, { roadmap: BUNDLED, input: await expectedAnswers(5, 1) }).ctx, { quizId: 'ml-metrics', seed: 5, count: 1, plain: true });
    expect(await metrics()).toMatchObject({ passed: false, attempts: 0, practice: 1, best: null });

    await quiz(testContext(dir, { roadmap: BUNDLED, input: await expectedAnswers(6, 10) }).ctx, { quizId: 'ml-metrics', seed: 6, plain: true });
    expect(await metrics()).toMatchObject({ passed: true, attempts: 1, practice: 1, best: 100 });
  });

  it('records nothing when nothing was answered', async () => {
    const c = testContext(dir, { roadmap: BUNDLED, input: '' });
    await quiz(c.ctx, { quizId: 'ml-metrics', plain: true });
    expect(c.stdout()).toContain('10 questions left unanswered');
    expect(await metrics()).toMatchObject({ attempts: 0, practice: 0 });
  });
});
