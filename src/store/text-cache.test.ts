import { mkdirSync, mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeRoadmap } from '../../test/support/builders.js';
import { makeContext } from '../context.js';
import { emptyRoadmapProgress, type RoadmapProgress } from '../core/progress/model.js';
import { es } from '../i18n/es.js';
import { english, makeTranslator } from '../i18n/index.js';
import { colorStyle } from '../ui/color-style.js';
import { VERSION } from '../version.js';
import { type FileStamp, stampOf } from './file-stamp.js';
import type { LoadedRoadmap } from './roadmap-loader.js';
import { lookOf, readTextCache, textCachePath, writeTextCache } from './text-cache.js';

let root: string;
let dir: string;
let main: string;
beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'mlroad-text-cache-'));
  dir = join(root, 'config');
  mkdirSync(join(root, 'roadmap'));
  main = join(root, 'roadmap', 'roadmap.yaml');
  writeFileSync(main, 'id: r\n');
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

const now = '2026-03-01T10:00:00.000Z';
const ctx = (env: Record<string, string> = {}, t = english) =>
  makeContext({ env: { MLROAD_CONFIG_DIR: dir, MLROAD_NOW: now, NO_COLOR: '1', ...env }, roadmapFlag: join(root, 'roadmap'), t, colors: colorStyle() });
const loaded = () => ({ roadmap: makeRoadmap(), mainFile: main, files: [stampOf(main)!], quiz: () => undefined as never }) as LoadedRoadmap;
const tree = 'Roadmap\n└─ Stage (s)\n   └─ ✓ t1  Topic';
const listCachePath = (d: string) => textCachePath(d, 'list');
const readListCache = (c: ReturnType<typeof ctx>) => readTextCache(c, 'list', lookOf(c));
const writeListCache = (
  c: ReturnType<typeof ctx>,
  l: LoadedRoadmap,
  p: RoadmapProgress,
  selected: string | undefined,
  stamp: FileStamp | null,
  text: string,
  validUntil: string | null = null,
) => writeTextCache(c, { name: 'list', look: lookOf(c), loaded: l, progress: p, selected, stamp, validUntil, text });

describe('the text cache (list, next)', () => {
  it('is read back as written: a header line, then the text as printed', () => {
    writeListCache(ctx(), loaded(), emptyRoadmapProgress(), undefined, null, tree);
    const file = readFileSync(listCachePath(dir), 'utf8');
    expect(listCachePath(dir)).toBe(join(dir, 'list-view.txt'));
    const [head, ...rest] = file.split('\n');
    expect(JSON.parse(head!)).toMatchObject({ v: 1, mlroad: VERSION, look: 'en:0', at: now, roadmap: main, selected: null, progress: null, validUntil: null });
    expect(rest.join('\n')).toBe(tree);
    expect(readListCache(ctx())).toBe(tree);
  });

  it('holds for one language and colour level only', () => {
    writeListCache(ctx(), loaded(), emptyRoadmapProgress(), undefined, null, tree);
    expect(readListCache(ctx({}, makeTranslator('es', es)))).toBeUndefined();
    expect(readListCache(ctx({ NO_COLOR: '', FORCE_COLOR: '1' }))).toBeUndefined();
    expect(readListCache(ctx())).toBe(tree);
  });

  it('is not read once stale, damaged, or of another format or mlroad', () => {
    writeListCache(ctx(), loaded(), emptyRoadmapProgress(), undefined, null, tree);
    const good = readFileSync(listCachePath(dir), 'utf8');
    const header = JSON.parse(good.slice(0, good.indexOf('\n')));
    const withHeader = (h: object) => `${JSON.stringify(h)}\n${tree}`;
    for (const bad of [
      '',
      tree,
      `null\n${tree}`,
      `{"v":\n${tree}`,
      withHeader({ ...header, v: 2 }),
      withHeader({ ...header, mlroad: 'other' }),
      withHeader({ ...header, look: 'es:0' }),
      withHeader({ ...header, files: 7 }),
      withHeader({ ...header, validUntil: '2026-03-01T09:00:00.000Z' }),
      withHeader({ ...header, validUntil: true }),
      withHeader({ ...header, at: '2026-03-02T10:00:00.000Z' }),
    ]) {
      writeFileSync(listCachePath(dir), bad);
      expect(readListCache(ctx())).toBeUndefined();
    }
    writeFileSync(listCachePath(dir), good);
    expect(readListCache(ctx())).toBe(tree); // each case above was refused for its own reason
    writeFileSync(main, 'id: r2\n');
    utimesSync(main, new Date(), new Date(Date.now() + 5000));
    expect(readListCache(ctx())).toBeUndefined();
  });

  it('holds until its validUntil, and for the one command and look it was written for', () => {
    writeListCache(ctx(), loaded(), emptyRoadmapProgress(), undefined, null, tree, '2026-03-01T11:00:00.000Z');
    expect(readListCache(ctx())).toBe(tree);
    expect(readListCache(ctx({ MLROAD_NOW: '2026-03-01T11:00:00.000Z' }))).toBeUndefined();
    expect(readTextCache(ctx(), 'next', lookOf(ctx()))).toBeUndefined();
    expect(readTextCache(ctx(), 'list', lookOf(ctx(), '80'))).toBeUndefined();
    expect(lookOf(ctx(), '80')).toBe('en:0:80');
  });

  it('is stale once the progress file differs from the stamp taken before it was read', () => {
    mkdirSync(dir);
    const progress = join(dir, 'progress.json');
    writeFileSync(progress, '{}');
    writeListCache(ctx(), loaded(), emptyRoadmapProgress(), undefined, stampOf(progress), tree);
    expect(readListCache(ctx())).toBe(tree);
    writeFileSync(progress, '{"a":1}');
    expect(readListCache(ctx())).toBeUndefined();
  });

  it('is never worth failing a command for: an unwritable place is passed over', () => {
    writeFileSync(dir, 'a file where the config folder should be');
    expect(() => writeListCache(ctx(), loaded(), emptyRoadmapProgress(), undefined, null, tree)).not.toThrow();
    expect(readListCache(ctx())).toBeUndefined();
  });
});
