import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeDir } from './make-dir.js';

describe('makeDir', () => {
  it('creates missing parents and accepts an existing directory', () => {
    const root = mkdtempSync(join(tmpdir(), 'mlroad-mkdir-'));
    try {
      makeDir(join(root, 'a', 'b', 'c'));
      expect(statSync(join(root, 'a', 'b', 'c')).isDirectory()).toBe(true);
      makeDir(join(root, 'a', 'b', 'c'));
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });

  it('fails, rather than looping, where a parent refuses children', () => {
    if (process.platform !== 'linux') return;
    expect(() => makeDir('/proc/mlroad-cannot-exist/x')).toThrow();
  });

  it('fails with ENOTDIR when a file is in the way', () => {
    const root = mkdtempSync(join(tmpdir(), 'mlroad-mkdir-'));
    try {
      writeFileSync(join(root, 'file'), 'x');
      expect(() => makeDir(join(root, 'file', 'sub'))).toThrow(expect.objectContaining({ code: 'ENOTDIR' }));
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});
