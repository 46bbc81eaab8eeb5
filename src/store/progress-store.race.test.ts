import * as fs from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ProgressStore, type StoreNotice } from './progress-store.js';

// Moving a damaged file aside uses node:fs directly (not the write seam): a failure of it is
// staged here by making that one rename fail.
vi.mock('node:fs', async (importOriginal) => {
  const real = await importOriginal<typeof import('node:fs')>();
  const seam = { ...real, renameSync: vi.fn(real.renameSync) };
  return { ...seam, default: seam };
});

let dir: string;
beforeEach(() => {
  dir = fs.mkdtempSync(join(tmpdir(), 'mlroad-store-race-'));
});
afterEach(() => {
  vi.mocked(fs.renameSync).mockReset();
  fs.rmSync(dir, { recursive: true, force: true });
});

const real = await vi.importActual<typeof import('node:fs')>('node:fs');

describe('a damaged file that cannot be moved aside', () => {
  it('fails the write as a moveAside failure, and leaves the file where it was', async () => {
    vi.mocked(fs.renameSync).mockImplementation(real.renameSync);
    vi.mocked(fs.renameSync).mockImplementationOnce(() => {
      throw Object.assign(new Error('read-only'), { code: 'EROFS' });
    });
    const path = join(dir, 'progress.json');
    fs.writeFileSync(path, 'not json');
    const notices: StoreNotice[] = [];
    const store = new ProgressStore({ dir, notice: (n) => notices.push(n) });
    await expect(store.update((f) => f)).rejects.toMatchObject({ code: 'failed', path, data: { action: 'moveAside', errno: 'EROFS' } });
    expect(fs.readFileSync(path, 'utf8')).toBe('not json');
    expect(notices).toEqual([]);
  });
});
