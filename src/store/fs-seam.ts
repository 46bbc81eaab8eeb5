import * as fs from 'node:fs';

/**
 * The file-system calls the progress writer makes, as one replaceable object: a test hands in
 * a copy whose `fsyncSync` (or open, write, rename...) throws, and checks the old file survives.
 * Production always uses `nodeFs`.
 */
export interface StoreFs {
  openSync: typeof fs.openSync;
  writeSync: (fd: number, data: string | Uint8Array, position?: number | null) => number;
  fsyncSync: typeof fs.fsyncSync;
  closeSync: typeof fs.closeSync;
  renameSync: typeof fs.renameSync;
  rmSync: typeof fs.rmSync;
}

export const nodeFs: StoreFs = {
  openSync: fs.openSync,
  writeSync: (fd, data, position) => (typeof data === 'string' ? fs.writeSync(fd, data, position) : fs.writeSync(fd, data, 0, data.length, position)),
  fsyncSync: fs.fsyncSync,
  closeSync: fs.closeSync,
  renameSync: fs.renameSync,
  rmSync: fs.rmSync,
};
