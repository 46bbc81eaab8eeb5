import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { reset } from '../../src/commands/mark.js';
import { next } from '../../src/commands/next.js';
import { FIXTURES, tempConfigDir } from '../support/cli.js';
import { testContext } from '../support/context.js';
import { scriptedPrompts } from '../support/scripted-prompts.js';

const MINI = join(FIXTURES, 'mini');
let dir: string;
let cleanup: () => void;
beforeEach(() => ({ dir, cleanup } = tempConfigDir()));
afterEach(() => cleanup());

const topics = () => JSON.parse(readFileSync(join(dir, 'progress.json'), 'utf8')).roadmaps.mini.topics;

describe('next at a terminal', () => {
  it('marks done, skips, then stops at "later", showing each next topic', async () => {
    const { ctx, stdout } = testContext(dir, { roadmap: MINI, interactive: true });
    const prompts = scriptedPrompts(['done', 'skip', 'later']);
    await next(ctx, { prompts });
    expect(prompts.asked).toHaveLength(3);
    expect(topics()).toMatchObject({ alpha: { status: 'done' }, beta: { status: 'skipped' } });
    expect(topics().gamma).toBeUndefined();
    const out = stdout();
    expect(out.indexOf('▸ Alpha')).toBeLessThan(out.indexOf('▸ Beta'));
    expect(out).toContain('Marked "Alpha" as done.');
    expect(out).toContain('▸ Gamma');
  });

  it('offers the quiz only when the topic has one, and runs it', async () => {
    const { ctx } = testContext(dir, { roadmap: MINI, interactive: true });
    const ran: string[] = [];
    const prompts = scriptedPrompts(['quiz', 'later']);
    await next(ctx, { prompts, runQuiz: async (id) => void ran.push(id) });
    expect(ran).toEqual(['arithmetic']);
    // Back from the quiz, the same topic is offered again.
    expect(prompts.asked).toEqual(['What now with "Alpha"?', 'What now with "Alpha"?']);
    expect(existsSync(join(dir, 'progress.json'))).toBe(false); // nothing was marked
    // Beta has no quiz, so the menu does not offer one.
    await expect(next(ctx, { prompts: scriptedPrompts(['done', 'quiz']) })).rejects.toThrow('is not a choice');
  });

  it('never defaults to marking done: a bare Enter takes the quiz, or stops when there is none', async () => {
    const { ctx } = testContext(dir, { roadmap: MINI, interactive: true });
    const prompts = scriptedPrompts(['done', 'later']);
    await next(ctx, { prompts });
    expect(prompts.initials).toEqual(['quiz', 'later']);
  });

  it('comes back from a quiz with its result', async () => {
    const { ctx, stdout } = testContext(dir, { roadmap: MINI, interactive: true, input: '1\n1\n1\n' });
    const { quiz } = await import('../../src/commands/quiz.js');
    await next(ctx, { prompts: scriptedPrompts(['quiz', 'later']), runQuiz: (id) => quiz(ctx, { quizId: id, plain: true, seed: 1 }) });
    expect(stdout()).toMatch(/\d+\/\d+: try again, or mark it done\?|Quiz passed \d+\/\d+/);
  });

  it('introduces a stage on entering it and gives its takeaway on leaving it', async () => {
    const { ctx, stdout } = testContext(dir, { roadmap: MINI, interactive: true });
    await next(ctx, { prompts: scriptedPrompts(['done', 'done', 'later']) });
    const out = stdout();
    expect(out).toContain('New stage 1: Basics');
    expect(out).toContain('Stage finished: Basics');
    expect(out).toContain('Next stage: Extras');
    expect(out.indexOf('Stage finished: Basics')).toBeLessThan(out.indexOf('New stage 2: Extras'));
  });

  it('offers due reviews first, as the default, and carries on after them', async () => {
    const { quiz } = await import('../../src/commands/quiz.js');
    const day1 = testContext(dir, { roadmap: MINI, now: '2026-03-01T10:00:00Z', input: 'zzz\nzzz\nzzz\nzzz\nzzz\n' });
    await quiz(day1.ctx, { quizId: 'arithmetic', plain: true, seed: 3 });
    const day2 = testContext(dir, { roadmap: MINI, interactive: true, now: '2026-03-02T10:00:00Z' });
    let reviewed = 0;
    const prompts = scriptedPrompts(['review', 'later']);
    await next(day2.ctx, { prompts, runReview: async () => void reviewed++ });
    expect(reviewed).toBe(1);
    expect(prompts.initials[0]).toBe('review');
    expect(prompts.asked).toHaveLength(2);
  });

  it('"later" says where things stand', async () => {
    const { ctx, stdout } = testContext(dir, { roadmap: MINI, interactive: true, now: '2026-03-01T10:00:00Z' });
    await next(ctx, { prompts: scriptedPrompts(['done', 'later']) });
    expect(stdout()).toContain('Streak: 1 day. See you soon.');
  });

  it('ends with the completion message once everything is finished', async () => {
    const { ctx, stdout } = testContext(dir, { roadmap: MINI, interactive: true });
    await next(ctx, { prompts: scriptedPrompts(['done', 'done', 'done']) });
    expect(stdout()).toContain('You have finished every required topic of Mini roadmap');
  });

  it('reset --all asks first at a terminal, and a no changes nothing', async () => {
    const { ctx, stderr } = testContext(dir, { roadmap: MINI, interactive: true });
    await next(ctx, { prompts: scriptedPrompts(['done', 'later']) });
    await reset(ctx, { topicIds: [], all: true, prompts: scriptedPrompts([false]) });
    expect(stderr()).toContain('Nothing was changed.');
    expect(topics().alpha.status).toBe('done');
    await reset(ctx, { topicIds: [], all: true, prompts: scriptedPrompts([true]) });
    expect(topics()).toEqual({});
  });
});
