import { closeSync, fsyncSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';

// Named imports: a namespace import makes the bundle copy every export of node:fs at start-up.

/**
 * The file-system calls the progress writer makes, as one replaceable object: a test hands in
 * a copy whose `fsyncSync` (or open, write, rename...) throws, and checks the old file survives.
 * Production always uses `nodeFs`.
 */
export interface StoreFs {
  openSync: typeof openSync;
  writeSync: (fd: number, data: string | Uint8Array, position?: number | null) => number;
  fsyncSync: typeof fsyncSync;
  closeSync: typeof closeSync;
  renameSync: typeof renameSync;
  rmSync: typeof rmSync;
}

export const nodeFs: StoreFs = {
  openSync,
  writeSync: (fd, data, position) => (typeof data === 'string' ? writeSync(fd, data, position) : writeSync(fd, data, 0, data.length, position)),
  fsyncSync,
  closeSync,
  renameSync,
  rmSync,
};
