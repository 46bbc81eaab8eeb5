import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { VERSION } from '../version.js';
import { statKey } from './file-stamp.js';
import { languageWritten, recordWritten, wasWritten } from './verified.js';

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
const sha1 = (text: string) => createHash('sha1').update(text, 'utf8').digest('hex');
const put = (text: string) => {
  writeFileSync(path, text);
  return text;
};
/** The same bytes under a new inode and ctime: a restored copy. */
const copyBack = (text: string) => {
  writeFileSync(`${path}.copy`, text);
  renameSync(`${path}.copy`, path);
};

describe('the record of a write', () => {
  it('holds the version, the file key, its size and language; a hash only from 256 KiB', () => {
    const small = put('x'.repeat(256 * 1024 - 1));
    recordWritten(path, small, 'es');
    expect(record()).toEqual({ mlroad: VERSION, key: keyOf(), size: 256 * 1024 - 1, lang: 'es' });
    const large = put('y'.repeat(256 * 1024));
    recordWritten(path, large, undefined);
    expect(record()).toEqual({ mlroad: VERSION, key: keyOf(), size: 256 * 1024, sha1: sha1(large), lang: null });
  });

  it('is not written for a file that is not there, and a failed write of it is not an error', () => {
    recordWritten(path, 'gone', 'en');
    expect(existsSync(sidecar())).toBe(false);
    const inMissingDir = join(dir, 'no', 'such', 'progress.json');
    expect(() => recordWritten(inMissingDir, 'x', 'en')).not.toThrow();
  });
});

describe('wasWritten', () => {
  it('knows a file by its key, whatever its bytes', () => {
    const text = put('{"a":1}');
    recordWritten(path, text, undefined);
    expect(wasWritten(path, keyOf(), text.length, 'not even the same text')).toBe(true);
    expect(wasWritten(path, 'another key', text.length, text)).toBe(false); // small: no hash to fall back on
  });

  it('knows a large copy by size and hash, and records its new key', () => {
    const text = put('z'.repeat(300 * 1024));
    recordWritten(path, text, 'en');
    copyBack(text);
    const key = keyOf();
    expect(record().key).not.toBe(key);
    expect(wasWritten(path, key, text.length, text)).toBe(true);
    expect(record()).toMatchObject({ key, sha1: sha1(text), size: text.length, lang: 'en' });
  });

  it('refuses a large file of another size or other bytes, and keeps the old record', () => {
    const text = put('z'.repeat(300 * 1024));
    recordWritten(path, text, 'en');
    const before = record();
    const other = `${text.slice(0, -1)}q`;
    expect(wasWritten(path, 'new key', text.length, other)).toBe(false);
    expect(wasWritten(path, 'new key', text.length + 1, text)).toBe(false);
    expect(record()).toEqual(before);
  });

  it('trusts no record that another mlroad wrote, nor one that is damaged or missing', () => {
    const text = put('{"a":1}');
    expect(wasWritten(path, keyOf(), text.length, text)).toBe(false);
    recordWritten(path, text, undefined);
    const good = record();
    writeFileSync(sidecar(), JSON.stringify({ ...good, mlroad: `${VERSION}+1` }));
    expect(wasWritten(path, keyOf(), text.length, text)).toBe(false);
    writeFileSync(sidecar(), JSON.stringify({ ...good, key: 7 }));
    expect(wasWritten(path, keyOf(), text.length, text)).toBe(false);
    writeFileSync(sidecar(), JSON.stringify({ ...good, size: '7' }));
    expect(wasWritten(path, keyOf(), text.length, text)).toBe(false);
    writeFileSync(sidecar(), '{"mlroad":');
    expect(wasWritten(path, keyOf(), text.length, text)).toBe(false);
    writeFileSync(sidecar(), JSON.stringify(good));
    expect(wasWritten(path, keyOf(), text.length, text)).toBe(true);
  });
});

describe('languageWritten', () => {
  it('answers from the record while the file has its key; not once the file is gone or changed', () => {
    const text = put('{}');
    recordWritten(path, text, 'es');
    expect(languageWritten(path)).toEqual({ lang: 'es' });
    recordWritten(path, text, undefined);
    expect(languageWritten(path)).toEqual({ lang: undefined });
    copyBack(text);
    expect(languageWritten(path)).toBeUndefined();
    recordWritten(path, text, 'en');
    rmSync(path);
    expect(languageWritten(path)).toBeUndefined();
    expect(languageWritten(join(dir, 'never.json'))).toBeUndefined();
  });
});
