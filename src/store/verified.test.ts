import { existsSync, mkdtempSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { VERSION } from '../version.js';
import { statKey } from './file-stamp.js';
import { asWritten, languageWritten, recordWritten } from './verified.js';

let dir: string;
let path: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'mlroad-verified-'));
  path = join(dir, 'progress.json');
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const sidecar = () => join(dir, '.progress.json.verified');
const record = () => JSON.parse(readFileSync(sidecar(), 'utf8'));
const keyOf = () => statKey(statSync(path, { bigint: true }));
const put = (text: string) => {
  writeFileSync(path, text);
  return text;
};
/** The same bytes under a new inode and ctime: a restored copy. */
const copyBack = (text: string) => {
  writeFileSync(`${path}.copy`, text);
  renameSync(`${path}.copy`, path);
};

const due = { at: '2026-01-01T00:00:00.000Z', due: 3, next: '2026-01-02T00:00:00.000Z' };
const attempts = { best: [['q', 80]] as [string, number][], attempted: ['q', 'r'] };

describe('the record of a write', () => {
  it('holds the version, the file key, language and section facts', () => {
    put('x'.repeat(300 * 1024));
    recordWritten(path, 'es', { r: { due, attempts } });
    expect(record()).toEqual({ mlroad: VERSION, key: keyOf(), lang: 'es', facts: { r: { due, attempts } } });
    recordWritten(path, undefined);
    expect(record()).toEqual({ mlroad: VERSION, key: keyOf(), lang: null, facts: {} });
  });

  it('is not written for a file that is not there, and a failed write of it is not an error', () => {
    recordWritten(path, 'en');
    expect(existsSync(sidecar())).toBe(false);
    const inMissingDir = join(dir, 'no', 'such', 'progress.json');
    expect(() => recordWritten(inMissingDir, 'en')).not.toThrow();
  });
});

describe('asWritten', () => {
  it('knows a file by its key, and gives the facts recorded with it', () => {
    put('{"a":1}');
    recordWritten(path, undefined, { r: { due, attempts } });
    expect(asWritten(path, keyOf())).toEqual({ facts: { r: { due, attempts } } });
    expect(asWritten(path, 'another key')).toBeUndefined();
  });

  it('does not know a copy of the same bytes: a new key is checked again', () => {
    const text = put('z'.repeat(300 * 1024));
    recordWritten(path, 'en');
    copyBack(text);
    expect(asWritten(path, keyOf())).toBeUndefined();
  });

  it('drops facts of the wrong shape, keeping the rest', () => {
    put('{}');
    recordWritten(path, undefined);
    const bad = [
      { due: { ...due, due: -1 }, attempts },
      { due: { ...due, at: 'never' }, attempts: { ...attempts, attempted: [1] } },
      { due: { ...due, next: 5 }, attempts: { ...attempts, best: [['q']] } },
      { due, attempts: { ...attempts, best: [['q', 'eighty']] } },
      { due: { ...due, due: 1.5 }, attempts: { best: [], attempted: 'q' } },
      // one bad entry among good ones is enough; an entry is a [quiz, percent] pair, nothing else
      { due, attempts: { best: [['q', 80], ['r']], attempted: ['q'] } },
      { due, attempts: { best: [], attempted: ['q', 1] } },
      { due, attempts: { best: [{ 0: 'q', 1: 80 }], attempted: [] } },
      { due, attempts: { best: [['q', 80, 'x']], attempted: [] } },
    ];
    const named = Object.fromEntries(bad.map((b, i) => [String.fromCharCode(97 + i), b]));
    writeFileSync(sidecar(), JSON.stringify({ ...record(), facts: { ...named, x: 'x', y: { due: { ...due, next: null } } } }));
    expect(asWritten(path, keyOf())?.facts).toEqual({
      a: { attempts },
      b: {},
      c: {},
      d: { due },
      e: {},
      f: { due },
      g: { due },
      h: { due },
      i: { due },
      y: { due: { ...due, next: null } },
    });
    writeFileSync(sidecar(), JSON.stringify({ ...record(), facts: [1] }));
    expect(asWritten(path, keyOf())).toEqual({ facts: {} });
  });

  it('trusts no record that another mlroad wrote, nor one that is damaged or missing', () => {
    put('{"a":1}');
    expect(asWritten(path, keyOf())).toBeUndefined();
    recordWritten(path, undefined);
    const good = record();
    writeFileSync(sidecar(), JSON.stringify({ ...good, mlroad: `${VERSION}+1` }));
    expect(asWritten(path, keyOf())).toBeUndefined();
    writeFileSync(sidecar(), JSON.stringify({ ...good, key: 7 }));
    expect(asWritten(path, keyOf())).toBeUndefined();
    writeFileSync(sidecar(), '{"mlroad":');
    expect(asWritten(path, keyOf())).toBeUndefined();
    writeFileSync(sidecar(), JSON.stringify(good));
    expect(asWritten(path, keyOf())).toEqual({ facts: {} });
  });
});

describe('languageWritten', () => {
  it('answers from the record while the file has its key; not once the file is gone or changed', () => {
    const text = put('{}');
    recordWritten(path, 'es');
    expect(languageWritten(path)).toEqual({ lang: 'es' });
    recordWritten(path, undefined);
    expect(languageWritten(path)).toEqual({ lang: undefined });
    copyBack(text);
    expect(languageWritten(path)).toBeUndefined();
    recordWritten(path, 'en');
    rmSync(path);
    expect(languageWritten(path)).toBeUndefined();
    expect(languageWritten(join(dir, 'never.json'))).toBeUndefined();
  });
});
