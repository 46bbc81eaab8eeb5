import { closeSync, constants, fstatSync, openSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';

// Kept free of heavy imports: the prompt fast path uses it too.

/** A file's size and mtime: caches are trusted while these are unchanged. */
export interface FileStamp {
  path: string;
  size: number;
  mtimeMs: number;
  /** For a roadmap's included quiz file: the quiz it holds. */
  quiz?: string;
}

/** A file's identity and every change to it: device, inode, size, mtime and ctime (which only the kernel sets). */
export function statKey(s: { dev: bigint; ino: bigint; size: bigint; mtimeNs: bigint; ctimeNs: bigint }): string {
  return `${s.dev}:${s.ino}:${s.size}:${s.mtimeNs}:${s.ctimeNs}`;
}

/**
 * The text of a small file mlroad wrote for itself (a cache, a record beside the progress file),
 * opened without blocking: a FIFO or a device in its place throws (as a missing file does)
 * instead of hanging the command, and the caller treats it as no cache.
 */
export function readOwnFile(path: string): string {
  const fd = openSync(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  try {
    // Stryker disable next-line StringLiteral: every caller takes the error as no file, so its message shows nowhere
    if (!fstatSync(fd).isFile()) throw Object.assign(new Error(`${path} is not a regular file`), { code: 'ENOTREG' });
    return readFileSync(fd, 'utf8');
  } finally {
    closeSync(fd);
  }
}

/** The stamp of `path`, or null when it does not exist. */
export function stampOf(path: string): FileStamp | null {
  try {
    const s = statSync(path);
    return { path, size: s.size, mtimeMs: s.mtimeMs };
  } catch {
    return null;
  }
}

/** Whether `path` still has `stamp` (null: still does not exist). */
export function sameStamp(path: string, stamp: Pick<FileStamp, 'size' | 'mtimeMs'> | null): boolean {
  const now = stampOf(path);
  return now === null || stamp === null ? now === stamp : now.size === stamp.size && now.mtimeMs === stamp.mtimeMs;
}

export function filesUnchanged(files: readonly FileStamp[]): boolean {
  // A plain loop, no stamp objects: warm runs of a 2,000-file roadmap check every file, cold JIT.
  for (const f of files) {
    const now = statSync(f.path, { throwIfNoEntry: false });
    if (!now || now.size !== f.size || now.mtimeMs !== f.mtimeMs) return false;
  }
  return true;
}

/** A roadmap's main file: the path itself, or `roadmap.yaml` inside a directory. */
export function resolveMainFile(location: string): string {
  const abs = resolve(location);
  try {
    return statSync(abs).isDirectory() ? join(abs, 'roadmap.yaml') : abs;
  } catch {
    return abs;
  }
}
