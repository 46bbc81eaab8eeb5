import * as fs from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { exerciseDirState } from './roadmap-loader.js';

// A directory that vanishes between its realpath and its stat, seen through node:fs itself.
vi.mock('node:fs', async (importOriginal) => {
  const real = await importOriginal<typeof import('node:fs')>();
  const seam = { ...real, statSync: vi.fn(real.statSync) };
  return { ...seam, default: seam };
});
const real = await vi.importActual<typeof import('node:fs')>('node:fs');

let root: string;
beforeEach(() => {
  root = fs.mkdtempSync(join(tmpdir(), 'mlroad-loader-calls-'));
  vi.mocked(fs.statSync).mockReset();
  vi.mocked(fs.statSync).mockImplementation(real.statSync);
});
afterEach(() => fs.rmSync(root, { recursive: true, force: true }));

describe('exerciseDirState', () => {
  it('missing when the directory is gone by the time it is looked at', () => {
    fs.mkdirSync(join(root, 'starter'));
    vi.mocked(fs.statSync).mockImplementation(() => {
      throw Object.assign(new Error('gone'), { code: 'ENOENT' });
    });
    expect(exerciseDirState(root, 'starter')).toBe('missing');
    expect(vi.mocked(fs.statSync)).toHaveBeenCalledWith(fs.realpathSync(join(root, 'starter')));
  });
});
