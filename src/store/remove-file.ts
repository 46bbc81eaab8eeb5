import { unlinkSync } from 'node:fs';

/**
 * Removes one file; one already gone counts as removed, as with `rmSync(path, { force: true })`.
 * fs.rmSync loads Node's rimraf on its first call (~0.4 ms), on every write's lock release, for
 * what one unlink does.
 */
export function removeFile(path: string): void {
  try {
    unlinkSync(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
}
