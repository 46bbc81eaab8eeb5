import { closeSync, constants, fstatSync, openSync, readSync, type Stats } from 'node:fs';
import { MlroadError } from '../errors.js';

// Every file mlroad reads from outside goes through here. A FIFO would block a plain read
// forever and a device (/dev/zero) reports size 0 yet never ends, so: open without blocking,
// ask the open descriptor what it is, and count bytes while reading, not by stat alone.

export type NotRegularKind = 'fifo' | 'device' | 'socket' | 'directory' | 'other';

/** The path is not a regular file; nothing was read from it. */
export class NotRegularFileError extends MlroadError {
  override name = 'NotRegularFileError';
  constructor(
    readonly path: string,
    readonly kind: NotRegularKind,
  ) {
    super({ key: `file.notRegular.${kind}`, params: { path } });
  }
}

/** The file grew past the limit while it was read. */
export class FileTooLargeError extends MlroadError {
  override name = 'FileTooLargeError';
  constructor(
    readonly path: string,
    readonly maxBytes: number,
  ) {
    super({ key: 'file.tooBig', params: { path, limit: (maxBytes / 1048576).toFixed(0) } });
  }
}

export function kindOf(s: Pick<Stats, 'isFIFO' | 'isCharacterDevice' | 'isBlockDevice' | 'isSocket' | 'isDirectory'>): NotRegularKind {
  if (s.isFIFO()) return 'fifo';
  if (s.isCharacterDevice() || s.isBlockDevice()) return 'device';
  if (s.isSocket()) return 'socket';
  if (s.isDirectory()) return 'directory';
  return 'other';
}

const CHUNK = 1 << 20;

// Far above any honest file (a 5-year progress file is about 31 MB), far below a runaway read.
export const MAX_PROGRESS_BYTES = 256 * 1048576;
export const MAX_IMPORT_BYTES = 256 * 1048576;
/** Decades of daily reviews are a few hundred MB at most; past this a JavaScript string could not hold it. */
export const MAX_LOG_BYTES = 500 * 1048576;

/** A descriptor of `path` and its stat, opened without blocking and only if it is a regular file; the caller closes it. */
export function openRegularFile(path: string): { fd: number; stats: Stats } {
  const fd = openSync(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  const stats = fstatSync(fd);
  if (stats.isFile()) return { fd, stats };
  closeSync(fd);
  throw new NotRegularFileError(path, kindOf(stats));
}

/** The UTF-8 text of a regular file of at most `maxBytes`; fs errors (ENOENT, EACCES) pass through. */
export function readRegularFile(path: string, { maxBytes }: { maxBytes: number }): string {
  const { fd } = openRegularFile(path);
  try {
    const chunks: Buffer[] = [];
    let total = 0;
    for (;;) {
      // Stryker disable next-line MethodExpression: a larger buffer reads the same bytes; the count against maxBytes still refuses a larger file
      const buffer = Buffer.allocUnsafe(Math.min(CHUNK, maxBytes - total + 1));
      const n = readSync(fd, buffer, 0, buffer.length, null);
      if (n === 0) break;
      total += n;
      if (total > maxBytes) throw new FileTooLargeError(path, maxBytes);
      // Stryker disable next-line ConditionalExpression,EqualityOperator: Buffer.concat(chunks, total) cuts the result to the bytes read either way
      chunks.push(n === buffer.length ? buffer : buffer.subarray(0, n));
    }
    return Buffer.concat(chunks, total).toString('utf8');
  } finally {
    closeSync(fd);
  }
}
