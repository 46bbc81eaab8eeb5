import * as fs from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { makeDir } from './make-dir.js';

// Which directories makeDir creates, and a creator racing it, seen through node:fs itself.
vi.mock('node:fs', async (importOriginal) => {
  const real = await importOriginal<typeof import('node:fs')>();
  const seam = { ...real, mkdirSync: vi.fn(real.mkdirSync) };
  return { ...seam, default: seam };
});
const real = await vi.importActual<typeof import('node:fs')>('node:fs');

let root: string;
beforeEach(() => {
  root = fs.mkdtempSync(join(tmpdir(), 'mlroad-mkdir-calls-'));
  vi.mocked(fs.mkdirSync).mockReset();
  vi.mocked(fs.mkdirSync).mockImplementation(real.mkdirSync);
});
afterEach(() => fs.rmSync(root, { recursive: true, force: true }));

const made = () => vi.mocked(fs.mkdirSync).mock.calls.map((c) => c[0]);

describe('makeDir', () => {
  it('an existing directory: nothing is created', () => {
    makeDir(root);
    expect(made()).toEqual([]);
  });

  it('creates only the missing ones, top-down', () => {
    makeDir(join(root, 'a', 'b'));
    expect(made()).toEqual([join(root, 'a'), join(root, 'a', 'b')]);
  });

  it('one created meanwhile by someone else is fine', () => {
    vi.mocked(fs.mkdirSync).mockImplementationOnce((path) => {
      real.mkdirSync(path);
      throw Object.assign(new Error('exists'), { code: 'EEXIST' });
    });
    makeDir(join(root, 'a', 'b'));
    expect(fs.statSync(join(root, 'a', 'b')).isDirectory()).toBe(true);
  });
});
