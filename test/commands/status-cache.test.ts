import { cpSync, existsSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { statusCachePath } from '../../src/store/status-cache.js';
import { FIXTURES, tempConfigDir } from '../support/cli.js';
import { runMain as runCli, runMainJson as runJson } from '../support/in-process.js';

let dir: string;
let cleanup: () => void;
beforeEach(() => ({ dir, cleanup } = tempConfigDir()));
afterEach(() => cleanup());

const day1 = '2026-03-01T10:00:00Z';

/** A private copy of the mini roadmap, so a test may edit its files. */
function miniCopy(): string {
  const copy = join(dir, 'mini');
  cpSync(join(FIXTURES, 'mini'), copy, { recursive: true });
  return copy;
}

/** Changes the cached view's roadmap title: a status that shows it read the cache. */
function markCache(title: string): void {
  const cache = JSON.parse(readFileSync(statusCachePath(dir), 'utf8'));
  cache.view.roadmap.title = title;
  writeFileSync(statusCachePath(dir), JSON.stringify(cache));
}

describe('the status view cache', () => {
  it('is written by a status and by a write, and a warm status shows what a cold one did', async () => {
    const r = ['--roadmap', miniCopy()];
    const cold = await runCli([...r, 'status'], dir);
    expect(existsSync(statusCachePath(dir))).toBe(true);
    const warm = await runCli([...r, 'status'], dir);
    expect(warm.stdout).toBe(cold.stdout);
    const json = await runJson([...r, 'status'], dir);
    expect(await runJson([...r, 'status'], dir)).toEqual(json);
    // --json keeps its keys, in their order, whether computed or read from the cache.
    const keys = ['id', 'title', 'done', 'skipped', 'total', 'percent', 'quizzesPassed', 'quizzesTotal', 'exercisesPassed', 'exercisesTotal'];
    expect(json.stages.map((st: object) => Object.keys(st))).toEqual([keys, keys]);
    markCache('From the cache');
    expect((await runJson([...r, 'status'], dir)).roadmap.title).toBe('From the cache');
    // A write brings it up to date at once: the next status reads the new figures from it.
    await runCli([...r, 'done', 'alpha'], dir);
    const after = JSON.parse(readFileSync(statusCachePath(dir), 'utf8'));
    expect(after.view).toMatchObject({ done: 1, total: 3, roadmap: { id: 'mini' } });
    expect((await runJson([...r, 'status'], dir)).done).toBe(1);
  });

  it('is not trusted once the progress file, the roadmap or the roadmap in use changed', async () => {
    const copy = miniCopy();
    const r = ['--roadmap', copy];
    await runCli([...r, 'status'], dir);
    markCache('Stale');
    // Another roadmap in use:
    expect((await runJson(['status'], dir)).roadmap.id).toBe('ml-engineer');
    await runCli([...r, 'status'], dir);
    markCache('Stale');
    // The main file edited (a new title, and a later mtime):
    const main = join(copy, 'roadmap.yaml');
    writeFileSync(main, readFileSync(main, 'utf8').replace('{en: Mini roadmap, es: Mini roadmap}', 'Mini edited'));
    utimesSync(main, new Date(), new Date(Date.now() + 5000));
    expect((await runJson([...r, 'status'], dir)).roadmap.title).toBe('Mini edited');
    markCache('Stale');
    // The progress file changed behind it (any writer: another version, a restore, a hand edit):
    await runCli([...r, 'done', 'beta'], dir);
    markCache('Stale');
    const progress = join(dir, 'progress.json');
    const text = readFileSync(progress, 'utf8');
    writeFileSync(progress, text.replace('"beta":{"status":"done"', '"beta":{"status":"skipped"'));
    utimesSync(progress, new Date(), new Date(Date.now() + 5000));
    const status = await runJson([...r, 'status'], dir);
    expect(status.roadmap.title).toBe('Mini edited');
    expect(status).toMatchObject({ done: 0, skipped: 1 });
  });

  it('is not trusted once a card fell due, nor when the clock went back', async () => {
    const r = ['--roadmap', miniCopy()];
    const env = (now: string) => ({ env: { MLROAD_NOW: now, TZ: 'UTC' } });
    await runJson([...r, 'quiz', 'arithmetic', '--seed', '3'], dir, { input: '1\n'.repeat(6), ...env(day1) });
    const first = await runJson([...r, 'status'], dir, env(day1));
    expect(first.due).toBe(0);
    expect(first.nextReviewAt).not.toBeNull();
    markCache('Stale');
    expect((await runJson([...r, 'status'], dir, env(day1))).roadmap.title).toBe('Stale');
    // Past the first card's due time, the count is computed again.
    const later = await runJson([...r, 'status'], dir, env(new Date(Date.parse(first.nextReviewAt) + 1000).toISOString()));
    expect(later.roadmap.title).toBe('Mini roadmap');
    expect(later.due).toBeGreaterThan(0);
    markCache('Stale');
    expect((await runJson([...r, 'status'], dir, env('2026-02-01T10:00:00Z'))).roadmap.title).toBe('Mini roadmap');
  });

  it('is recomputed, without a word, when damaged or written by another mlroad', async () => {
    const r = ['--roadmap', miniCopy()];
    await runCli([...r, 'status'], dir);
    const good = JSON.parse(readFileSync(statusCachePath(dir), 'utf8'));
    const shapes = [
      { ...good, mlroad: '0.0.0-other' },
      { ...good, view: { ...good.view, stages: 'none' } },
      { ...good, view: { ...good.view, next: null } },
    ];
    for (const bad of ['{"v":1,', 'null', '[]', ...shapes.map((x) => JSON.stringify(x))]) {
      writeFileSync(statusCachePath(dir), bad);
      const status = await runCli([...r, 'status', '--json'], dir);
      expect(status.code).toBe(0);
      expect(status.stderr).toBe('');
      expect(JSON.parse(status.stdout).roadmap.title).toBe('Mini roadmap');
    }
  });
});
