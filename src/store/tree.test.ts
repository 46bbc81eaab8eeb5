import { execFileSync } from 'node:child_process';
import { chmodSync, existsSync, lstatSync, mkdirSync, mkdtempSync, readFileSync, readlinkSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { copyTree, removeTree, sameTree } from './tree.js';

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

describe('sameTree', () => {
  const make = () => {
    root = mkdtempSync(join(tmpdir(), 'mlroad-tree-'));
    const from = join(root, 'from');
    mkdirSync(join(from, 'sub'), { recursive: true });
    writeFileSync(join(from, 'test_a.py'), 'assert 1\n');
    writeFileSync(join(from, 'sub', 'data.csv'), 'x,y\n');
    symlinkSync('test_a.py', join(from, 'alias.py'));
    const to = join(root, 'to');
    copyTree(from, to);
    return { from, to };
  };

  it('a fresh copy is the same tree', () => {
    const { from, to } = make();
    expect(sameTree(from, to)).toBe(true);
  });

  it('any change the learner could make counts as different', () => {
    const changes: ((to: string) => void)[] = [
      (to) => writeFileSync(join(to, 'test_a.py'), 'assert 2\n'), // same size, other bytes
      (to) => writeFileSync(join(to, 'test_a.py'), 'assert True\n'),
      (to) => writeFileSync(join(to, 'extra.py'), ''),
      (to) => writeFileSync(join(to, 'zz_last.py'), ''), // after every other name
      (to) => rmSync(join(to, 'sub', 'data.csv')),
      (to) => chmodSync(join(to, 'test_a.py'), 0o755),
      (to) => {
        rmSync(join(to, 'alias.py'));
        symlinkSync('sub/data.csv', join(to, 'alias.py'));
      },
      (to) => {
        rmSync(join(to, 'alias.py'));
        writeFileSync(join(to, 'alias.py'), 'assert 1\n'); // a file where the link was
      },
      (to) => {
        rmSync(join(to, 'sub'), { recursive: true });
        symlinkSync(join(root, 'from', 'sub'), join(to, 'sub')); // a link to the very same folder
      },
    ];
    for (const [i, change] of changes.entries()) {
      const { from, to } = make();
      change(to);
      expect(sameTree(from, to), `change ${i}`).toBe(false);
      rmSync(root, { recursive: true, force: true });
    }
  });

  it('a FIFO where an empty file was is different, and is never read (which would block)', () => {
    const { from, to } = make();
    writeFileSync(join(from, 'empty.py'), '');
    chmodSync(join(from, 'empty.py'), 0o644);
    execFileSync('mkfifo', ['-m', '644', join(to, 'empty.py')]);
    expect(sameTree(from, to)).toBe(false);
  });

  it('nothing there, or nothing to compare with, is different', () => {
    const { from, to } = make();
    expect(sameTree(from, join(root, 'missing'))).toBe(false);
    expect(sameTree(join(root, 'missing'), to)).toBe(false);
  });
});
