import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeRoadmap } from '../../test/support/builders.js';
import { makeContext } from '../context.js';
import { emptyRoadmapProgress } from '../core/progress/model.js';
import { statusView } from '../core/progress/status-view.js';
import { VERSION } from '../version.js';
import { stampOf } from './file-stamp.js';
import type { LoadedRoadmap } from './roadmap-loader.js';
import { readStatusCache, statusCachePath, statusFiles, writeStatusCache } from './status-cache.js';

let root: string;
let dir: string;
let main: string;
beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'mlroad-status-cache-'));
  dir = join(root, 'config');
  mkdirSync(join(root, 'roadmap'));
  main = join(root, 'roadmap', 'roadmap.yaml');
  writeFileSync(main, 'id: r\n');
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

const now = '2026-03-01T10:00:00.000Z';
const ctx = () => makeContext({ env: { MLROAD_CONFIG_DIR: dir, MLROAD_NOW: now }, roadmapFlag: join(root, 'roadmap') });
const loaded = () => ({ roadmap: makeRoadmap(), mainFile: main, files: [stampOf(main)!], quiz: () => undefined as never }) as LoadedRoadmap;
const view = statusView(makeRoadmap(), emptyRoadmapProgress());
const due = { due: 3, nextReviewAt: '2026-03-02T10:00:00.000Z' };

describe('the status view cache', () => {
  it('is read back as written, in status-view.json beside the progress file', () => {
    writeStatusCache(ctx(), loaded(), emptyRoadmapProgress(), undefined, null, view, due);
    const file = JSON.parse(readFileSync(join(dir, 'status-view.json'), 'utf8'));
    expect(statusCachePath(dir)).toBe(join(dir, 'status-view.json'));
    expect(file).toMatchObject({ v: 1, mlroad: VERSION, at: now, roadmap: main, selected: null, progress: null, validUntil: due.nextReviewAt, due: 3 });
    expect(readStatusCache(ctx())).toEqual({ view, due });
  });

  it('is read back when no card waits (no next due time)', () => {
    const none = { due: 0, nextReviewAt: null };
    writeStatusCache(ctx(), loaded(), emptyRoadmapProgress(), undefined, null, view, none);
    expect(readStatusCache(ctx())).toEqual({ view, due: none });
  });

  it('keeps the saved roadmap choice, which a later start compares with its own', () => {
    writeStatusCache(ctx(), loaded(), emptyRoadmapProgress(), join(root, 'roadmap'), null, view, due);
    expect(JSON.parse(readFileSync(statusCachePath(dir), 'utf8')).selected).toBe(join(root, 'roadmap'));
  });

  it('is not read once stale, damaged, or of another format or mlroad', () => {
    writeStatusCache(ctx(), loaded(), emptyRoadmapProgress(), undefined, null, view, due);
    const good = readFileSync(statusCachePath(dir), 'utf8');
    const parsed = JSON.parse(good);
    for (const bad of [
      'null',
      '{"v":',
      JSON.stringify({ ...parsed, v: 2 }),
      JSON.stringify({ ...parsed, mlroad: 'other' }),
      JSON.stringify({ ...parsed, files: 7 }),
      JSON.stringify({ ...parsed, view: { ...parsed.view, stages: 5 } }),
      JSON.stringify({ ...parsed, due: 'many' }),
      JSON.stringify({ ...parsed, validUntil: 99999999999999 }),
    ]) {
      writeFileSync(statusCachePath(dir), bad);
      expect(readStatusCache(ctx())).toBeUndefined();
    }
    writeFileSync(statusCachePath(dir), good);
    expect(readStatusCache(ctx())).toEqual({ view, due }); // each case above was refused for its own reason
    writeFileSync(main, 'id: r2\n');
    expect(readStatusCache(ctx())).toBeUndefined();
    rmSync(statusCachePath(dir));
    expect(readStatusCache(ctx())).toBeUndefined();
  });

  it('is never worth failing a command for: an unwritable place is passed over', () => {
    writeFileSync(dir, 'a file where the config folder should be');
    expect(() => writeStatusCache(ctx(), loaded(), emptyRoadmapProgress(), undefined, null, view, due)).not.toThrow();
  });
});

describe('statusFiles', () => {
  it('keeps the main file, other sources and attempted quizzes, and leaves out the quiz files never attempted', () => {
    const stamp = (path: string, quiz?: string) => ({ path, size: 1, mtimeMs: 1, ...(quiz ? { quiz } : {}) });
    const files = {
      files: [stamp('/r/roadmap.yaml'), stamp('/r/quizzes/a.yaml', 'a'), stamp('/r/quizzes/b.yaml', 'b'), stamp('/r/exercises/e.yaml')],
    } as LoadedRoadmap;
    const progress = { ...emptyRoadmapProgress(), attempts: [{ quiz: 'a', at: now, seed: '1', score: 0, total: 1, finished: false, questions: [] }] };
    expect(statusFiles(files, progress).map((f) => f.path)).toEqual(['/r/roadmap.yaml', '/r/quizzes/a.yaml', '/r/exercises/e.yaml']);
    expect(statusFiles(files, emptyRoadmapProgress()).map((f) => f.path)).toEqual(['/r/roadmap.yaml', '/r/exercises/e.yaml']);
  });
});
