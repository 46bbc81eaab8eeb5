import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { removeFile } from './remove-file.js';

let dir: string;
beforeEach(() => (dir = mkdtempSync(join(tmpdir(), 'mlroad-remove-'))));
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('removeFile', () => {
  it('removes a file, and takes one already gone as removed', () => {
    const file = join(dir, 'f');
    writeFileSync(file, 'x');
    removeFile(file);
    expect(existsSync(file)).toBe(false);
    expect(() => removeFile(file)).not.toThrow();
  });

  it('refuses a directory, as rmSync without recursive does', () => {
    const sub = join(dir, 'sub');
    mkdirSync(sub);
    expect(() => removeFile(sub)).toThrow(expect.objectContaining({ code: expect.stringMatching(/^(EISDIR|EPERM)$/) }));
    expect(existsSync(sub)).toBe(true);
  });
});
