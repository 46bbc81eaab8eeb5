import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { quiz } from '../../src/commands/quiz.js';
import { ratingChoices } from '../../src/commands/quiz-runner.js';
import { review } from '../../src/commands/review.js';
import { drawQuestion, drawQuiz } from '../../src/core/quiz/draw.js';
import { seededRandom } from '../../src/core/quiz/random.js';
import { Rating } from '../../src/core/review/schedule.js';
import { english } from '../../src/i18n/index.js';
import { parseFromDisk } from '../../src/store/roadmap-loader.js';
import { FIXTURES, tempConfigDir } from '../support/cli.js';
import { testContext } from '../support/context.js';
import { scriptedPrompts } from '../support/scripted-prompts.js';

const MINI = join(FIXTURES, 'mini');
let dir: string;
let cleanup: () => void;
beforeEach(() => ({ dir, cleanup } = tempConfigDir()));
afterEach(() => cleanup());

const card = () => JSON.parse(readFileSync(join(dir, 'progress.json'), 'utf8')).roadmaps.mini.cards['arithmetic/two-plus-two'];

/** Answers two-plus-two wrong in a plain quiz, then reviews it right the next day, rating it `rating`. */
async function reviewWith(rating: number): Promise<string> {
  const { dir: d, cleanup: c } = tempConfigDir();
  dir = d;
  try {
    const day1 = testContext(dir, { roadmap: MINI, now: '2026-03-01T10:00:00Z', input: '1\n' });
    const { bundle } = await parseFromDisk(join(MINI, 'roadmap.yaml'));
    const bank = bundle.quizzes[0]!;
    const question = bank.questions.find((q) => q.id === 'two-plus-two')!;
    // The first seed whose one-question draw is two-plus-two.
    let seed = 0;
    while (drawQuiz(bank, seed, 1)[0]!.question.id !== 'two-plus-two') seed++;
    await quiz(day1.ctx, { quizId: 'arithmetic', seed, count: 1, plain: true });
    expect(card()).toBeDefined();

    const day2 = testContext(dir, { roadmap: MINI, now: '2026-03-02T10:00:00Z', interactive: true });
    const shown = drawQuestion(question, seededRandom(7));
    const right = shown.order.indexOf((question as { answer: number }).answer) + 1;
    const prompts = scriptedPrompts([right, rating]);
    await review(day2.ctx, { seed: 7, prompts });
    expect(prompts.asked.at(-1)).toBe('How was it?');
    return card().due as string;
  } finally {
    c();
  }
}

describe('rating choices', () => {
  it('records the rating the learner reads, each with when it brings the card back', () => {
    const now = new Date(2026, 2, 1, 10);
    const preview = { [Rating.Hard]: new Date(2026, 2, 2), [Rating.Good]: new Date(2026, 2, 4), [Rating.Easy]: new Date(2026, 2, 9) } as const;
    expect(ratingChoices(english, preview, now).map((c) => [c.name, c.value])).toEqual([
      ['Good: back in 3 days', Rating.Good],
      ['Hard: you will see it sooner, tomorrow', Rating.Hard],
      ['Easy: you will see it later, in 8 days', Rating.Easy],
    ]);
  });
});

describe('review at a terminal', () => {
  it('asks how hard a right answer was; Easy schedules later than Good, Hard no later', async () => {
    const good = Date.parse(await reviewWith(Rating.Good));
    const easy = Date.parse(await reviewWith(Rating.Easy));
    const hard = Date.parse(await reviewWith(Rating.Hard));
    expect(easy).toBeGreaterThan(good);
    expect(hard).toBeLessThan(good);
    expect(good).toBeGreaterThan(Date.parse('2026-03-03T00:00:00Z'));
  });
});
