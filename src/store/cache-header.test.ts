import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type CacheHeader, staleness } from './cache-header.js';
import { stampOf } from './file-stamp.js';

let root: string;
let dir: string;
let roadmap: string;
let main: string;
beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'mlroad-header-'));
  dir = join(root, 'config');
  roadmap = join(root, 'roadmap');
  mkdirSync(dir);
  mkdirSync(roadmap);
  main = join(roadmap, 'roadmap.yaml');
  writeFileSync(main, 'id: r\n');
  writeFileSync(join(dir, 'progress.json'), '{}\n');
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

const at = '2026-03-01T10:00:00.000Z';
const header = (over: Partial<CacheHeader> = {}): CacheHeader => ({
  at,
  roadmap: main,
  selected: null,
  files: [stampOf(main)!],
  progress: stampOf(join(dir, 'progress.json')),
  validUntil: '2026-03-02T10:00:00.000Z',
  ...over,
});
/** `flag` null: no --roadmap. */
const check = (h: CacheHeader, now = at, flag: string | null = roadmap) => staleness(h, dir, { MLROAD_NOW: now }, '/bundled', flag ?? undefined);

describe('staleness', () => {
  it('is none while nothing changed, up to just before the next card falls due', () => {
    expect(check(header())).toBeUndefined();
    expect(check(header(), '2026-03-02T09:59:59.999Z')).toBeUndefined();
    expect(check(header({ validUntil: null }), '2030-01-01T00:00:00Z')).toBeUndefined();
  });

  it('names each way the cache stops telling the truth', () => {
    expect(check(header(), '2026-03-02T10:00:00.000Z')).toBe('review cards fell due since');
    expect(check(header(), 'not a time')).toBe('review cards fell due since');
    expect(check(header(), '2026-03-01T09:59:59.999Z')).toBe('written in the future');
    expect(check(header(), at, join(root, 'elsewhere'))).toBe('another roadmap is in use');
    expect(check(header({ files: [{ path: main, size: 999, mtimeMs: 1 }] }))).toBe('the roadmap changed since');
    writeFileSync(join(dir, 'progress.json'), '{"changed":true}\n');
    expect(check(header({ progress: { path: join(dir, 'progress.json'), size: 3, mtimeMs: 1 } }))).toBe('progress changed since');
  });

  it('follows the roadmap choice: the flag, else the saved choice', () => {
    expect(check(header({ selected: roadmap }), at, null)).toBeUndefined();
    expect(check(header(), at, null)).toBe('another roadmap is in use');
  });

  it('sees a progress file that appeared where there was none', () => {
    rmSync(join(dir, 'progress.json'));
    expect(check(header({ progress: null }))).toBeUndefined();
    writeFileSync(join(dir, 'progress.json'), '{}\n');
    utimesSync(join(dir, 'progress.json'), 1_700_000_000, 1_700_000_000);
    expect(check(header({ progress: null }))).toBe('progress changed since');
  });

  it('reads the roadmap from MLROAD_ROADMAP, and the clock from the system when MLROAD_NOW is unset', () => {
    expect(staleness(header({ validUntil: null }), dir, { MLROAD_ROADMAP: roadmap }, '/bundled')).toBeUndefined();
    expect(staleness(header(), dir, { MLROAD_ROADMAP: roadmap }, '/bundled')).toBe('review cards fell due since');
    expect(staleness(header({ validUntil: null }), dir, {}, '/bundled')).toBe('another roadmap is in use');
  });
});
