import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import type { PassThrough } from 'node:stream';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { importProgress } from '../../src/commands/progress-transfer.js';
import { quiz } from '../../src/commands/quiz.js';
import { StorageError } from '../../src/errors.js';
import { english } from '../../src/i18n/index.js';
import { describeError } from '../../src/ui/describe-error.js';
import { FIXTURES, tempConfigDir } from '../support/cli.js';
import { testContext } from '../support/context.js';

const MINI = join(FIXTURES, 'mini');
let dir: string;
let cleanup: () => void;
beforeEach(() => ({ dir, cleanup } = tempConfigDir()));
afterEach(() => cleanup());

describe('a quiz whose final save fails', () => {
  it('keeps the answers in a recovery file that `progress import` restores', async () => {
    const { ctx, stdout } = testContext(dir, { roadmap: MINI });
    (ctx.env as Record<string, string>).MLROAD_LOCK_WAIT_MS = '50';
    const run = quiz(ctx, { quizId: 'arithmetic', count: 1, seed: 3, plain: true }).catch((e: unknown) => e);
    for (let i = 0; i < 500 && !stdout().includes('1/1'); i++) await new Promise((r) => setTimeout(r, 10));
    expect(stdout()).toContain('1/1'); // the check before the first question passed
    // Now another live mlroad holds the lock past our deadline: the save cannot happen.
    const lock = join(dir, 'progress.json.lock');
    writeFileSync(lock, JSON.stringify({ pid: process.ppid, host: hostname(), started: 0, nonce: 'other' }));
    (ctx.stdin as unknown as PassThrough).end('1\n');
    const error = await run;
    expect(error).toBeInstanceOf(StorageError);
    expect(error).toMatchObject({ code: 'savedToRecovery' });
    const path = String((error as StorageError).data.path);
    const message = describeError(english, error as StorageError);
    expect(message).toContain(`mlroad progress import ${path}`);
    expect(message).toContain(`pid ${process.ppid}`); // and why it failed
    try {
      rmSync(lock);
      const { ctx: again } = testContext(dir, { roadmap: MINI });
      await importProgress(again, { file: path });
      const saved = JSON.parse(readFileSync(join(dir, 'progress.json'), 'utf8')).roadmaps.mini;
      expect(saved.attempts).toHaveLength(1);
      expect(saved.attempts[0]).toMatchObject({ quiz: 'arithmetic', total: 1, finished: true });
      expect(readFileSync(join(dir, 'progress.log.jsonl'), 'utf8').trim().split('\n')).toHaveLength(1);
    } finally {
      rmSync(path, { force: true });
    }
  });

  it('is refused before the first question when progress cannot be written', async () => {
    writeFileSync(join(dir, 'progress.json'), JSON.stringify({ version: 99, roadmaps: {} }));
    const { ctx, stdout } = testContext(dir, { roadmap: MINI, input: '1\n' });
    await expect(quiz(ctx, { quizId: 'arithmetic', count: 1, seed: 3, plain: true })).rejects.toMatchObject({ code: 'newerWrite' });
    expect(stdout()).not.toContain('1/1');
  });
});
