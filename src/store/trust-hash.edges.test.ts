import { createHash } from 'node:crypto';
import { lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Exercise } from '../core/roadmap/types.js';
import { statKey } from './file-stamp.js';
import { trustHash } from './trust-hash.js';

let root: string;
let dir: string;
let main: string;
let cache: string;
beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'mlroad-trust-edges-'));
  dir = join(root, 'roadmap');
  main = join(dir, 'roadmap.yaml');
  cache = join(root, 'cache');
  mkdirSync(join(dir, 'checks', 'sub'), { recursive: true });
  writeFileSync(main, 'id: r\n');
  writeFileSync(join(dir, 'checks', 'b.py'), 'b\n');
  writeFileSync(join(dir, 'checks', 'a.py'), 'a\n');
  writeFileSync(join(dir, 'checks', 'sub', 'c.py'), 'c\n');
  symlinkSync('a.py', join(dir, 'checks', 'link.py'));
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

const exercise = (files?: string) => ({ id: 'x', check: { run: ['true'], timeout: 5, files } }) as unknown as Exercise;
const key = (path: string, stat = statSync(path, { bigint: true })) => `${path}\0${statKey(stat)}`;
const keptFile = () => JSON.parse(readFileSync(join(cache, 'trust-hashes.json'), 'utf8'));

/** The hash as documented: each main file's path and bytes, then each check entry's path (and bytes, for a file), names in order. */
function expected(): string {
  const h = createHash('sha256');
  h.update(`${main}\0`).update(readFileSync(main)).update('\0');
  const walk = (d: string) => {
    for (const name of readdirSync(d).sort()) {
      const path = join(d, name);
      const s = lstatSync(path);
      h.update(`${path}\0`);
      if (s.isFile()) h.update(readFileSync(path));
      if (s.isDirectory()) walk(path);
    }
  };
  walk(join(dir, 'checks'));
  return h.digest('hex');
}
const expectedKeys = () => {
  const c = join(dir, 'checks');
  const l = (p: string) => key(p, lstatSync(p, { bigint: true }));
  return [key(main), key(c), l(join(c, 'a.py')), l(join(c, 'b.py')), l(join(c, 'link.py')), l(join(c, 'sub')), key(join(c, 'sub')), l(join(c, 'sub', 'c.py'))];
};

describe('trustHash, exactly', () => {
  it('hashes the main files and the check files’ entries in name order, links by name only', () => {
    expect(trustHash([main], dir, [exercise('checks')])).toBe(expected());
  });

  it('keeps every stat key it read, by the main file', () => {
    const hash = trustHash([main], dir, [exercise('checks')], cache);
    expect(keptFile()).toEqual({ [main]: { keys: expectedKeys(), hash } });
  });

  it('an exercise without check files adds nothing', () => {
    const bare = createHash('sha256').update(`${main}\0`).update(readFileSync(main)).update('\0').digest('hex');
    expect(trustHash([main], dir, [exercise()])).toBe(bare);
  });

  it('without main files it is kept by the roadmap directory', () => {
    trustHash([], dir, [exercise('checks')], cache);
    expect(Object.keys(keptFile())).toEqual([dir]);
  });

  it('a check folder that cannot be read is keyed as unreadable, and adds nothing to the hash', () => {
    const hash = trustHash([main], dir, [exercise('gone')], cache);
    expect(keptFile()[main].keys).toEqual([key(main), `${join(dir, 'gone')}\0unreadable`]);
    expect(hash).toBe(createHash('sha256').update(`${main}\0`).update(readFileSync(main)).update('\0').digest('hex'));
  });

  it('walks eight folders deep and no deeper', () => {
    rmSync(join(dir, 'checks'), { recursive: true });
    let d = join(dir, 'checks');
    for (let i = 1; i <= 10; i++) {
      d = join(d, String(i));
      mkdirSync(d, { recursive: true });
      writeFileSync(join(d, 'f'), String(i));
    }
    trustHash([main], dir, [exercise('checks')], cache);
    const files = keptFile()
      [main].keys.map((k: string) => k.split('\0')[0])
      .filter((p: string) => p.endsWith('/f'));
    expect(files.length).toBe(8);
  });
});

describe('the kept hash', () => {
  it('is trusted while every key is the same', () => {
    trustHash([main], dir, [exercise('checks')], cache);
    writeFileSync(join(cache, 'trust-hashes.json'), JSON.stringify({ [main]: { keys: expectedKeys(), hash: 'kept' } }));
    expect(trustHash([main], dir, [exercise('checks')], cache)).toBe('kept');
  });

  it('is not trusted with a key more, a key less, or one key different', () => {
    mkdirSync(cache);
    const keys = expectedKeys();
    for (const changed of [[...keys, 'more'], keys.slice(0, -1), [...keys.slice(0, -1), 'other']]) {
      writeFileSync(join(cache, 'trust-hashes.json'), JSON.stringify({ [main]: { keys: changed, hash: 'kept' } }));
      expect(trustHash([main], dir, [exercise('checks')], cache)).toBe(expected());
    }
  });

  it('an entry without its keys or its hash is dropped, and others’ entries are kept', () => {
    mkdirSync(cache);
    for (const bad of [null, { keys: 'x', hash: 'kept' }, { keys: expectedKeys(), hash: 5 }, { hash: 'kept' }]) {
      writeFileSync(join(cache, 'trust-hashes.json'), JSON.stringify({ [main]: bad, other: { keys: ['k'], hash: 'h' }, junk: 7 }));
      expect(trustHash([main], dir, [exercise('checks')], cache)).toBe(expected());
      expect(keptFile()).toEqual({ other: { keys: ['k'], hash: 'h' }, [main]: { keys: expectedKeys(), hash: expected() } });
    }
  });
});
