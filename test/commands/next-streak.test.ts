import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { next } from '../../src/commands/next.js';
import { FIXTURES, tempConfigDir } from '../support/cli.js';
import { testContext } from '../support/context.js';
import { scriptedPrompts } from '../support/scripted-prompts.js';

const MINI = join(FIXTURES, 'mini');
let dir: string;
let cleanup: () => void;
beforeEach(() => ({ dir, cleanup } = tempConfigDir()));
afterEach(() => cleanup());

describe('next → later, with the review log in its own file', () => {
  it('counts a day with only reviews (in progress.log.jsonl) in the streak', async () => {
    const now = '2026-03-10T12:00:00.000Z';
    writeFileSync(join(dir, 'progress.json'), JSON.stringify({ version: 2, settings: {}, roadmaps: { mini: { topics: {}, attempts: [], cards: {} } } }));
    const review = { roadmap: 'mini', card: 'arithmetic/add', at: '2026-03-10T09:00:00.000Z', rating: 3, scheduled: true, source: 'review' };
    writeFileSync(join(dir, 'progress.log.jsonl'), `${JSON.stringify(review)}\n`);
    const { ctx, stdout } = testContext(dir, { roadmap: MINI, interactive: true, now });
    await next(ctx, { prompts: scriptedPrompts(['later']) });
    expect(stdout()).toContain('Streak: 1 day.');
  });
});
