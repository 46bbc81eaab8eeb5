import { mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeDir } from './make-dir.js';

let root: string;
beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'mlroad-mkdir-edges-'));
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

describe('makeDir', () => {
  it('a file at the path itself: ENOTDIR naming it', () => {
    writeFileSync(join(root, 'file'), 'x');
    expect(() => makeDir(join(root, 'file'))).toThrow(expect.objectContaining({ code: 'ENOTDIR', message: `${join(root, 'file')} is not a directory` }));
  });

  it('a path it cannot look at (a link loop) fails with that reason', () => {
    symlinkSync(join(root, 'loop'), join(root, 'loop'));
    expect(() => makeDir(join(root, 'loop'))).toThrow(expect.objectContaining({ code: 'ELOOP' }));
  });
});
