import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { next } from '../../src/commands/next.js';
import { reset } from '../../src/commands/mark.js';
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
    const prompts = scriptedPrompts(['quiz']);
    await next(ctx, { prompts, runQuiz: async (id) => void ran.push(id) });
    expect(ran).toEqual(['arithmetic']);
    expect(existsSync(join(dir, 'progress.json'))).toBe(false); // nothing was marked
    // Beta has no quiz, so the menu does not offer one.
    await expect(next(ctx, { prompts: scriptedPrompts(['done', 'quiz']) })).rejects.toThrow('is not a choice');
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
