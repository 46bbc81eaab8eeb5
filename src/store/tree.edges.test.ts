import { lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { copyTree, removeTree } from './tree.js';

let root: string;
beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'mlroad-tree-edges-'));
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

describe('copyTree and removeTree', () => {
  it('a single file is copied as a file', () => {
    writeFileSync(join(root, 'a'), 'x');
    copyTree(join(root, 'a'), join(root, 'b'));
    expect(lstatSync(join(root, 'b')).isFile()).toBe(true);
    expect(readFileSync(join(root, 'b'), 'utf8')).toBe('x');
  });

  it('a socket is no file a check can use: left out of the copy', async () => {
    const { createServer } = await import('node:net');
    mkdirSync(join(root, 'from'));
    writeFileSync(join(root, 'from', 'a'), 'x');
    const server = createServer();
    await new Promise<void>((r) => server.listen(join(root, 'from', 'sock'), r));
    try {
      copyTree(join(root, 'from'), join(root, 'to'));
    } finally {
      await new Promise((r) => server.close(r));
    }
    expect(readdirSync(join(root, 'to'))).toEqual(['a']);
  });

  it('a path that cannot be looked at is an error, not nothing to remove', () => {
    writeFileSync(join(root, 'file'), 'x');
    expect(() => removeTree(join(root, 'file', 'inside'))).toThrow(expect.objectContaining({ code: 'ENOTDIR' }));
    expect(() => removeTree(join(root, 'gone'))).not.toThrow();
  });
});
