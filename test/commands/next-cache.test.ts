import { cpSync, existsSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { textCachePath } from '../../src/store/text-cache.js';
import { FIXTURES, tempConfigDir } from '../support/cli.js';
import { runMain as runCli } from '../support/in-process.js';

let dir: string;
let cleanup: () => void;
beforeEach(() => ({ dir, cleanup } = tempConfigDir()));
afterEach(() => cleanup());

const nextCachePath = () => textCachePath(dir, 'next');
const now = '2026-03-01T10:00:00.000Z';

function miniCopy(): string {
  const copy = join(dir, 'mini');
  cpSync(join(FIXTURES, 'mini'), copy, { recursive: true });
  return copy;
}

/** Swaps a word in the kept screen: a `next` that prints it read the cache. */
function markCache(from: string, to: string): void {
  writeFileSync(nextCachePath(), readFileSync(nextCachePath(), 'utf8').replace(from, to));
}

describe('the kept screen of `next` off a terminal', () => {
  it('is written by a next, and a warm next prints what the cold one did', async () => {
    const r = ['--roadmap', miniCopy()];
    const env = { env: { MLROAD_NOW: now } };
    const cold = await runCli([...r, 'next'], dir, env);
    expect(cold.code).toBe(0);
    expect(cold.stdout).toContain('(alpha)');
    expect(existsSync(nextCachePath())).toBe(true);
    expect((await runCli([...r, 'next'], dir, env)).stdout).toBe(cold.stdout);
    markCache('(alpha)', '(ALPHA)');
    expect((await runCli([...r, 'next'], dir, env)).stdout).toBe(cold.stdout.replace('(alpha)', '(ALPHA)'));
    // --json is computed every time.
    expect(JSON.parse((await runCli([...r, 'next', '--json'], dir, env)).stdout).topic.id).toBe('alpha');
  });

  it('holds until the next local midnight at most: the day it was written for has its own tip', async () => {
    const r = ['--roadmap', miniCopy()];
    await runCli([...r, 'next'], dir, { env: { MLROAD_NOW: now } });
    const header = JSON.parse(readFileSync(nextCachePath(), 'utf8').split('\n')[0]!);
    const until = Date.parse(header.validUntil);
    expect(until).toBeGreaterThan(Date.parse(now));
    expect(until - Date.parse(now)).toBeLessThanOrEqual(24 * 3600 * 1000);
    const midnight = new Date(now);
    midnight.setHours(24, 0, 0, 0);
    expect(header.validUntil).toBe(midnight.toISOString());
    markCache('(alpha)', '(ALPHA)');
    expect((await runCli([...r, 'next'], dir, { env: { MLROAD_NOW: new Date(until - 1000).toISOString() } })).stdout).toContain('(ALPHA)');
    expect((await runCli([...r, 'next'], dir, { env: { MLROAD_NOW: header.validUntil } })).stdout).not.toContain('(ALPHA)');
  });

  it('holds until a card falls due, when one does before midnight', async () => {
    const r = ['--roadmap', miniCopy()];
    const soon = '2026-03-01T10:30:00.000Z';
    const card = { due: soon, stability: 1, difficulty: 5, reps: 1, state: 2, last_review: '2026-02-28T10:00:00.000Z' };
    const progress = { version: 2, settings: {}, roadmaps: { mini: { topics: {}, attempts: [], cards: { 'arithmetic/primes': card } } } };
    writeFileSync(join(dir, 'progress.json'), JSON.stringify(progress));
    await runCli([...r, 'next'], dir, { env: { MLROAD_NOW: now } });
    expect(JSON.parse(readFileSync(nextCachePath(), 'utf8').split('\n')[0]!).validUntil).toBe(soon);
    const due = await runCli([...r, 'next'], dir, { env: { MLROAD_NOW: soon } });
    expect(due.stdout).toMatch(/1 .*due/i);
  });

  it('is not trusted after a write, a roadmap edit, or in another language', async () => {
    const copy = miniCopy();
    const r = ['--roadmap', copy];
    const env = { env: { MLROAD_NOW: now } };
    await runCli([...r, 'next'], dir, env);
    markCache('(alpha)', '(ALPHA)');
    await runCli([...r, 'done', 'alpha'], dir, env);
    const after = await runCli([...r, 'next'], dir, env);
    expect(after.stdout).not.toContain('ALPHA');
    expect(after.stdout).toContain('(beta)');

    markCache('(beta)', '(BETA)');
    const main = join(copy, 'roadmap.yaml');
    writeFileSync(main, readFileSync(main, 'utf8').replace('{en: Mini roadmap, es: Mini roadmap}', 'Mini edited'));
    utimesSync(main, new Date(), new Date(Date.now() + 5000));
    expect((await runCli([...r, 'next'], dir, env)).stdout).not.toContain('BETA');

    markCache('(beta)', '(BETA)');
    expect((await runCli([...r, 'next', '--lang', 'es'], dir, env)).stdout).not.toContain('BETA');
  });

  it('is rendered again, without a word, when damaged', async () => {
    const r = ['--roadmap', miniCopy()];
    const env = { env: { MLROAD_NOW: now } };
    const cold = await runCli([...r, 'next'], dir, env);
    for (const bad of ['', '{"v":1,', 'null\nWRONG', '[]\nWRONG']) {
      writeFileSync(nextCachePath(), bad);
      expect(await runCli([...r, 'next'], dir, env)).toMatchObject({ code: 0, stderr: '', stdout: cold.stdout });
    }
  });
});
