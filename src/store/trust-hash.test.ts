import { createHash } from 'node:crypto';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Exercise } from '../core/roadmap/types.js';
import { trustHash } from './trust-hash.js';

const roots: string[] = [];
afterEach(() => {
  for (const r of roots.splice(0)) rmSync(r, { recursive: true, force: true });
});

function setup() {
  const root = mkdtempSync(join(tmpdir(), 'mlroad-trust-'));
  roots.push(root);
  const dir = join(root, 'roadmap');
  cpSync(new URL('../../test/fixtures/exercises/', import.meta.url), dir, { recursive: true });
  writeFileSync(join(dir, 'extra.py'), 'print(1)\n');
  const exercise = { id: 'x', check: { run: ['true'], timeout: 5, files: '.' } } as unknown as Exercise;
  return { dir, main: join(dir, 'roadmap.yaml'), cache: join(root, 'cache'), exercises: [exercise] };
}

describe('trustHash', () => {
  it('is the same with and without its cache, and a cached hash is kept with what it read', () => {
    const { dir, main, cache, exercises } = setup();
    const plain = trustHash([main], dir, exercises);
    expect(trustHash([main], dir, exercises, cache)).toBe(plain);
    expect(trustHash([main], dir, exercises, cache)).toBe(plain);
    const kept = JSON.parse(readFileSync(join(cache, 'trust-hashes.json'), 'utf8'));
    expect(kept[main].hash).toBe(plain);
    expect(kept[main].keys.some((k: string) => k.startsWith(join(dir, 'extra.py')))).toBe(true);
    expect(plain).toMatch(/^[0-9a-f]{64}$/);
    expect(plain).not.toBe(createHash('sha256').digest('hex'));
  });

  it('changes with any edit, a new file or a main file, cache or not', () => {
    const { dir, main, cache, exercises } = setup();
    const before = trustHash([main], dir, exercises, cache);
    writeFileSync(join(dir, 'extra.py'), 'print(2)\n'); // same size
    const edited = trustHash([main], dir, exercises, cache);
    expect(edited).not.toBe(before);
    expect(edited).toBe(trustHash([main], dir, exercises));
    writeFileSync(join(dir, 'new.py'), '');
    const added = trustHash([main], dir, exercises, cache);
    expect(added).not.toBe(edited);
    writeFileSync(main, `${readFileSync(main, 'utf8')}\n`);
    expect(trustHash([main], dir, exercises, cache)).not.toBe(added);
  });
});
