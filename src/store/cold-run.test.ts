import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { isColdRun, markColdRun } from './cold-run.js';
import { loadRoadmap } from './roadmap-loader.js';

// The mark is shared with the code cache's own bundle through this global key.
const KEY = Symbol.for('mlroad.cold-run');
const forget = () => delete (globalThis as Record<symbol, unknown>)[KEY];
let root: string | undefined;
afterEach(() => {
  forget();
  if (root) rmSync(root, { recursive: true, force: true });
});

describe('a cold run', () => {
  it('is not one until marked, and the mark is the global key another bundle reads', () => {
    forget();
    expect(isColdRun()).toBe(false);
    markColdRun();
    expect(isColdRun()).toBe(true);
    expect((globalThis as Record<symbol, unknown>)[KEY]).toBe(true);
    (globalThis as Record<symbol, unknown>)[KEY] = 'yes';
    expect(isColdRun()).toBe(false); // only the mark itself counts
  });

  it('is one that parsed the roadmap from disk; a load from a warm cache is not', async () => {
    root = mkdtempSync(join(tmpdir(), 'mlroad-cold-run-'));
    cpSync(new URL('../../test/fixtures/mini/', import.meta.url), join(root, 'roadmap'), { recursive: true });
    const main = join(root, 'roadmap', 'roadmap.yaml');
    forget();
    await loadRoadmap(main, { cacheDir: join(root, 'cache') });
    expect(isColdRun()).toBe(true);
    forget();
    await loadRoadmap(main, { cacheDir: join(root, 'cache') });
    expect(isColdRun()).toBe(false);
  });
});
