import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FileTooLargeError, NotRegularFileError, readRegularFile } from './regular-file.js';

let dir: string;
beforeEach(() => (dir = mkdtempSync(join(tmpdir(), 'mlroad-regular-'))));
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('readRegularFile', () => {
  it('reads a regular file up to the limit', () => {
    writeFileSync(join(dir, 'a'), 'héllo');
    expect(readRegularFile(join(dir, 'a'), { maxBytes: 6 })).toBe('héllo');
  });

  it('counts bytes while reading: a file over the limit is refused', () => {
    writeFileSync(join(dir, 'a'), 'x'.repeat(3 * 1024 * 1024));
    expect(() => readRegularFile(join(dir, 'a'), { maxBytes: 1024 * 1024 })).toThrow(FileTooLargeError);
  });

  it('refuses a device and a directory, and passes ENOENT through', () => {
    expect(() => readRegularFile('/dev/zero', { maxBytes: 10 })).toThrow(NotRegularFileError);
    expect(() => readRegularFile(dir, { maxBytes: 10 })).toThrow(
      expect.objectContaining({ unworded: { key: 'file.notRegular.directory', params: { path: dir } } }),
    );
    expect(() => readRegularFile(join(dir, 'nope'), { maxBytes: 10 })).toThrow(expect.objectContaining({ code: 'ENOENT' }));
  });
});
