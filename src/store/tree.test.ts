import { existsSync, lstatSync, mkdirSync, mkdtempSync, readFileSync, readlinkSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { copyTree, removeTree } from './tree.js';

let root: string;
afterEach(() => rmSync(root, { recursive: true, force: true }));

describe('copyTree and removeTree', () => {
  it('copy files, folders and links as they are, and remove them without following a link', () => {
    root = mkdtempSync(join(tmpdir(), 'mlroad-tree-'));
    const from = join(root, 'from');
    mkdirSync(join(from, 'sub', 'deep'), { recursive: true });
    writeFileSync(join(from, 'a.py'), 'a');
    writeFileSync(join(from, 'sub', 'deep', 'b.txt'), 'ñ');
    const outside = join(root, 'outside');
    mkdirSync(outside);
    writeFileSync(join(outside, 'keep'), 'k');
    symlinkSync(outside, join(from, 'link'));
    const to = join(root, 'to');
    copyTree(from, to);
    expect(readFileSync(join(to, 'a.py'), 'utf8')).toBe('a');
    expect(readFileSync(join(to, 'sub', 'deep', 'b.txt'), 'utf8')).toBe('ñ');
    expect(lstatSync(join(to, 'link')).isSymbolicLink()).toBe(true);
    expect(readlinkSync(join(to, 'link'))).toBe(outside);
    expect(() => copyTree(from, to)).toThrow(/EEXIST/);
    removeTree(to);
    expect(existsSync(to)).toBe(false);
    expect(readFileSync(join(outside, 'keep'), 'utf8')).toBe('k');
    removeTree(to); // nothing there: fine
  });
});
