import { closeSync, mkdtempSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { nodeFs } from './fs-seam.js';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'mlroad-seam-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('nodeFs.writeSync', () => {
  const at = (data: string | Uint8Array, position: number | null) => {
    const path = join(dir, 'f');
    writeFileSync(path, '......');
    const fd = openSync(path, 'r+');
    try {
      expect(nodeFs.writeSync(fd, data, position)).toBe(3);
    } finally {
      closeSync(fd);
    }
    return readFileSync(path, 'utf8');
  };

  it('writes a string or bytes whole, at the position given', () => {
    expect(at('abc', 2)).toBe('..abc.');
    expect(at(Buffer.from('abc'), 2)).toBe('..abc.');
    expect(at('abc', null)).toBe('abc...');
    expect(at(Buffer.from('abc'), null)).toBe('abc...');
  });
});
