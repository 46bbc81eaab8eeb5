import { cpSync, existsSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { textCachePath } from '../../src/store/text-cache.js';

const listCachePath = (dir: string) => textCachePath(dir, 'list');

import { FIXTURES, tempConfigDir } from '../support/cli.js';
import { runMain as runCli } from '../support/in-process.js';

let dir: string;
let cleanup: () => void;
beforeEach(() => ({ dir, cleanup } = tempConfigDir()));
afterEach(() => cleanup());

/** A private copy of the mini roadmap, so a test may edit its files. */
function miniCopy(): string {
  const copy = join(dir, 'mini');
  cpSync(join(FIXTURES, 'mini'), copy, { recursive: true });
  return copy;
}

/** Swaps a word in the cached tree: a list that prints it read the cache. */
function markCache(from: string, to: string): void {
  writeFileSync(listCachePath(dir), readFileSync(listCachePath(dir), 'utf8').replace(from, to));
}

describe('the list cache', () => {
  it('is written by a list, and a warm list prints what the cold one did', async () => {
    const r = ['--roadmap', miniCopy()];
    const cold = await runCli([...r, 'list'], dir);
    expect(cold.code).toBe(0);
    expect(cold.stdout).toContain('alpha');
    expect(existsSync(listCachePath(dir))).toBe(true);
    expect((await runCli([...r, 'list'], dir)).stdout).toBe(cold.stdout);
    markCache('alpha', 'ALPHA');
    expect((await runCli([...r, 'list'], dir)).stdout).toBe(cold.stdout.replace('alpha', 'ALPHA'));
    // --json is computed every time: the cache holds text only.
    expect(JSON.parse((await runCli([...r, 'list', '--json'], dir)).stdout).stages[0].topics[0].id).toBe('alpha');
  });

  it('is not trusted after a write, a roadmap edit, or in another language or colour', async () => {
    const copy = miniCopy();
    const r = ['--roadmap', copy];
    await runCli([...r, 'list'], dir);
    markCache('alpha', 'ALPHA');
    await runCli([...r, 'done', 'alpha'], dir);
    const after = await runCli([...r, 'list'], dir);
    expect(after.stdout).not.toContain('ALPHA');
    expect(after.stdout).toMatch(/✓ alpha/);

    markCache('alpha', 'ALPHA');
    const main = join(copy, 'roadmap.yaml');
    writeFileSync(main, readFileSync(main, 'utf8').replace('{en: Mini roadmap, es: Mini roadmap}', 'Mini edited'));
    utimesSync(main, new Date(), new Date(Date.now() + 5000));
    const edited = await runCli([...r, 'list'], dir);
    expect(edited.stdout).toContain('Mini edited');
    expect(edited.stdout).not.toContain('ALPHA');

    markCache('alpha', 'ALPHA');
    expect((await runCli([...r, 'list', '--lang', 'es'], dir)).stdout).not.toContain('ALPHA');
    markCache('alpha', 'ALPHA');
    const coloured = await runCli([...r, 'list'], dir, { env: { NO_COLOR: undefined, FORCE_COLOR: '1' } });
    expect(coloured.stdout).toContain('\u001b[');
    expect(coloured.stdout).not.toContain('ALPHA');
  });

  it('is rendered again, without a word, when damaged', async () => {
    const r = ['--roadmap', miniCopy()];
    const cold = await runCli([...r, 'list'], dir);
    for (const bad of ['', '{"v":1,', 'null\nWRONG', '[]\nWRONG']) {
      writeFileSync(listCachePath(dir), bad);
      const again = await runCli([...r, 'list'], dir);
      expect(again).toMatchObject({ code: 0, stderr: '', stdout: cold.stdout });
    }
  });
});
