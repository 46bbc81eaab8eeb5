import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { screen } from '@inquirer/testing/vitest';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { quiz } from '../../src/commands/quiz.js';
import { drawQuiz, promptText } from '../../src/core/quiz/draw.js';
import { InterruptedError } from '../../src/errors.js';
import { parseFromDisk } from '../../src/store/roadmap-loader.js';
import { inquirerPrompts } from '../../src/ui/prompts.js';
import { FIXTURES, tempConfigDir } from '../support/cli.js';
import { testContext } from '../support/context.js';

const MINI = join(FIXTURES, 'mini');
let dir: string;
let cleanup: () => void;
beforeEach(() => ({ dir, cleanup } = tempConfigDir()));
afterEach(() => cleanup());

/** Waits until the prompt on screen shows `text` (renders of the previous prompt come first). */
async function waitForScreen(text: string): Promise<void> {
  for (let i = 0; i < 50 && !screen.getScreen().includes(text); i++) await screen.next();
  expect(screen.getScreen()).toContain(text);
}

const marker = (d: Awaited<ReturnType<typeof drawnFor>>[number]) => promptText(d, 'en').slice(0, 12);

async function drawnFor(seed: number) {
  const { bundle } = await parseFromDisk(join(MINI, 'roadmap.yaml'));
  return drawQuiz(bundle.quizzes[0]!, seed, 10);
}

describe('interactive quiz, driven through inquirer', () => {
  it('asks every type, gives feedback after each answer, and records the attempt', async () => {
    const seed = 21;
    const drawn = await drawnFor(seed);
    const { ctx, stdout } = testContext(dir, { roadmap: MINI, interactive: true });
    const run = quiz(ctx, { quizId: 'arithmetic', seed, prompts: inquirerPrompts(ctx) });

    for (const d of drawn) {
      await waitForScreen(marker(d));
      const q = d.question;
      const shown = screen.getScreen();
      switch (q.type) {
        case 'single': {
          expect(shown).toContain('What is 2 + 2?');
          const target = d.order.indexOf(q.answer); // arrow down to the right choice
          for (let k = 0; k < target; k++) screen.keypress('down');
          screen.keypress('enter');
          break;
        }
        case 'multiple': {
          expect(shown).toContain('Which are prime?');
          for (let pos = 0; pos < d.order.length; pos++) {
            if (q.answer.includes(d.order[pos]!)) screen.keypress('space');
            screen.keypress('down');
          }
          screen.keypress('enter');
          break;
        }
        case 'boolean':
          expect(shown).toContain('True');
          screen.keypress('enter'); // True is first, and zero is even
          break;
        case 'numeric':
          screen.type('abc');
          screen.keypress('enter');
          await waitForScreen('Enter a number');
          for (let k = 0; k < 3; k++) screen.keypress('backspace');
          screen.type('0.333');
          screen.keypress('enter');
          break;
        case 'text':
          screen.type('  REGRESIÓN ');
          screen.keypress('enter');
          break;
        case 'calculated':
          expect(shown).toMatch(/What is \d \+ \d+\?/);
          screen.type(String(d.values.a! + d.values.b!));
          screen.keypress('enter');
          break;
      }
    }
    await run;
    const out = stdout();
    expect(out.match(/✓ Correct\./g)).toHaveLength(6);
    expect(out).toContain('Two and two make four.');
    expect(out).toContain('Score: 6/6 (100%)');
    const attempts = JSON.parse(readFileSync(join(dir, 'progress.json'), 'utf8')).roadmaps.mini.attempts;
    expect(attempts).toEqual([expect.objectContaining({ quiz: 'arithmetic', score: 6, total: 6, finished: true, seed: String(seed) })]);
  });

  it('shows the right answer and the explanation after a wrong one', async () => {
    const drawn = await drawnFor(3);
    const { ctx, stdout } = testContext(dir, { roadmap: MINI, interactive: true });
    const run = quiz(ctx, { quizId: 'arithmetic', seed: 3, count: 1, prompts: inquirerPrompts(ctx) });
    const d = drawn[0]!;
    await waitForScreen(marker(d));
    if (d.question.type === 'numeric' || d.question.type === 'calculated') screen.type('-999');
    else if (d.question.type === 'text') screen.type('classification');
    else if (d.question.type === 'boolean') screen.keypress('down');
    else if (d.question.type === 'single') {
      const right = d.order.indexOf(d.question.answer);
      if (right === 0) screen.keypress('down');
    }
    screen.keypress('enter');
    await run;
    expect(stdout()).toMatch(/✗ Wrong\.\n\s+Answer: /);
    expect(stdout()).toContain('Score: 0/1');
  });

  it('Ctrl+C saves the answers so far as an unfinished attempt and ends with 130', async () => {
    const { ctx } = testContext(dir, { roadmap: MINI, interactive: true });
    const run = quiz(ctx, { quizId: 'arithmetic', seed: 8, prompts: inquirerPrompts(ctx) });
    const [d, second] = await drawnFor(8);
    await waitForScreen(marker(d!));
    if (d!.question.type === 'numeric' || d!.question.type === 'calculated') screen.type('1');
    if (d!.question.type === 'text') screen.type('x');
    if (d!.question.type === 'multiple') screen.keypress('space');
    screen.keypress('enter');
    await waitForScreen(marker(second!));
    screen.keypress({ name: 'c', ctrl: true });
    const error = await run.catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InterruptedError);
    expect((error as InterruptedError).exitCode).toBe(130);
    const attempts = JSON.parse(readFileSync(join(dir, 'progress.json'), 'utf8')).roadmaps.mini.attempts;
    expect(attempts).toHaveLength(1);
    expect(attempts[0]).toMatchObject({ finished: false, total: 6 });
    expect(attempts[0].questions.filter((q: { answered: boolean }) => q.answered)).toHaveLength(1);
  });
});
