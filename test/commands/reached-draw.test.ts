import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { next } from '../../src/commands/next.js';
import type { Prompts } from '../../src/ui/prompts.js';
import { tempConfigDir } from '../support/cli.js';
import { testContext } from '../support/context.js';
import { runMain, runMainJson } from '../support/in-process.js';

let dir: string;
let cleanup: () => void;
beforeEach(() => ({ dir, cleanup } = tempConfigDir()));
afterEach(() => cleanup());

const ROADMAP = join(import.meta.dirname, '../../roadmap');
const roadmap = parse(readFileSync(join(ROADMAP, 'roadmap.yaml'), 'utf8'));
const bank = parse(readFileSync(join(ROADMAP, 'quizzes/deep-learning.yaml'), 'utf8'));
const topicOf = new Map<string, string>(bank.questions.map((q: { id: string; topic: string }) => [q.id, q.topic]));
const allTopics: string[] = roadmap.stages.flatMap((s: { topics: { id: string }[] }) => s.topics.map((t) => t.id));
const attempts = () => JSON.parse(readFileSync(join(dir, 'progress.json'), 'utf8')).roadmaps['ml-engineer'].attempts;

/** Marks every topic before `neural-networks` done, so it is the one `next` points at. */
async function reachNeuralNetworks(): Promise<void> {
  const before = allTopics.slice(0, allTopics.indexOf('neural-networks'));
  expect(before.length).toBeGreaterThan(0);
  expect((await runMain(['done', ...before], dir)).code).toBe(0);
}

/** Next's menu takes the quiz then stops; each question gets its first choice, a number, or a word. */
function menuThenAnswers(): Prompts & { menus: number } {
  const prompts = {
    menus: 0,
    select: async <T>(_message: string, choices: { value: T }[]) => {
      if (choices.some((c) => c.value === ('later' as T))) return (prompts.menus++ === 0 ? 'quiz' : 'later') as T;
      return choices[0]!.value;
    },
    checkbox: async <T>() => [1 as T],
    input: async () => '1',
    confirm: async () => false,
  };
  return prompts;
}

describe('a quiz draws from the topics the learner has reached', () => {
  it('taken from next while neural-networks is current, the deep-learning quiz asks only neural-networks questions, and that draw is full', async () => {
    await reachNeuralNetworks();
    const { ctx } = testContext(dir, { interactive: true });
    const prompts = menuThenAnswers();
    await next(ctx, { prompts });
    expect(prompts.menus).toBe(2);
    const [attempt] = attempts();
    const available = bank.questions.filter((q: { topic: string }) => q.topic === 'neural-networks').length;
    expect(attempt.quiz).toBe('deep-learning');
    expect(attempt.total).toBe(Math.min(10, available));
    expect(attempt.questions.map((q: { id: string }) => topicOf.get(q.id))).toEqual(Array(attempt.total).fill('neural-networks'));
    expect(attempt.practice).toBeUndefined(); // every question available to this draw was drawn
  });

  it("`quiz <id>` draws from the whole bank; --reached and no id draw from reached topics; --json names each question's topic", async () => {
    await reachNeuralNetworks();
    const whole = await runMainJson(['quiz', 'deep-learning', '--seed', '5'], dir, { input: '' });
    expect(whole.total).toBe(10);
    expect(new Set(whole.questions.map((q: { topic: string }) => q.topic)).size).toBeGreaterThan(1);
    expect(whole.questions.every((q: { id: string; topic: string }) => topicOf.get(q.id) === q.topic)).toBe(true);
    for (const args of [['quiz', 'deep-learning', '--reached'], ['quiz']]) {
      const r = await runMainJson([...args, '--seed', '5'], dir, { input: '' });
      expect(r.quiz).toBe('deep-learning');
      expect(r.questions.length).toBeGreaterThan(0);
      expect(r.questions.every((q: { topic: string }) => q.topic === 'neural-networks')).toBe(true);
    }
  });

  it('replays a reached-only draw with --reached, and show says how many questions cover a topic', async () => {
    await reachNeuralNetworks();
    const answers = '1\n'.repeat(10);
    const r = await runMain(['quiz', 'deep-learning', '--reached', '--seed', '9', '--plain'], dir, { input: answers });
    expect(r.stdout).toContain('mlroad quiz deep-learning --seed 9 --reached');
    const shown = await runMainJson(['show', 'neural-networks'], dir);
    const covering = bank.questions.filter((q: { topic: string }) => q.topic === 'neural-networks').length;
    expect(shown.quiz.questions).toBe(covering);
    expect((await runMain(['show', 'neural-networks'], dir)).stdout).toContain(`${covering} questions of this quiz cover this topic`);
  });
});

describe('"To revisit" after a quiz', () => {
  it('names each missed question by its topic and says when it comes back in review', async () => {
    await reachNeuralNetworks();
    const first = await runMainJson(['quiz', 'deep-learning', '--reached', '--seed', '3'], dir, { input: '' });
    const wrong = first.questions
      .map((q: { type: string; expected: string }) =>
        q.type === 'text' ? 'nope' : ['single', 'boolean', 'multiple'].includes(q.type) ? (q.expected === '1' ? '2' : '1') : '99999',
      )
      .join('\n');
    const r = await runMain(['quiz', 'deep-learning', '--reached', '--seed', '3', '--plain'], dir, { input: `${wrong}\n` });
    const revisit = r.stdout.slice(r.stdout.indexOf('To revisit:'));
    const notes = revisit.split('\n').filter((l) => l.includes('back in review'));
    expect(notes).toHaveLength(first.questions.length);
    // Scheduling is day-based, so a wrong answer's card comes back the next day.
    expect(notes.map((l) => l.trim())).toEqual(Array(notes.length).fill('Basic neural networks with Keras or PyTorch · back in review tomorrow'));
  });
});

describe('"To revisit" after a review', () => {
  it('names the topic of each card missed again and when it comes back', async () => {
    const env = (now: string) => ({ MLROAD_NOW: now, TZ: 'UTC' });
    const day1 = '2026-03-02T09:00:00Z';
    const first = await runMainJson(['quiz', 'deep-learning', '--seed', '4'], dir, { input: '', env: env(day1) });
    const wrong = first.questions
      .map((q: { type: string; expected: string }) =>
        q.type === 'text' ? 'nope' : ['single', 'boolean', 'multiple'].includes(q.type) ? (q.expected === '1' ? '2' : '1') : '99999',
      )
      .join('\n');
    expect((await runMain(['quiz', 'deep-learning', '--seed', '4', '--plain'], dir, { input: `${wrong}\n`, env: env(day1) })).code).toBe(0);
    const r = await runMain(['review', '--plain'], dir, { input: '', env: env('2026-03-03T09:00:00Z') });
    const notes = r.stdout.split('\n').filter((l) => l.includes('back in review'));
    expect(notes.length).toBe(10);
    const titles = new Map<string, string>(
      roadmap.stages.flatMap((s: { topics: { id: string; title: { en: string } }[] }) => s.topics.map((t) => [t.id, t.title.en])),
    );
    // Left unanswered, each card stays due today.
    const expected = new Set(first.questions.map((q: { topic: string }) => `${titles.get(q.topic)} · back in review today`));
    expect(new Set(notes.map((l) => l.trim()))).toEqual(expected);
  });
});
