import { copyFileSync, lstatSync, mkdirSync, readdirSync, readFileSync, readlinkSync, rmdirSync, symlinkSync, unlinkSync } from 'node:fs';
import { join } from 'node:path';

// A check's own files are copied afresh before every run. fs.cpSync and a recursive fs.rmSync
// load Node's internal copy and rimraf modules, ~8 ms of a check that takes a few; these walk
// the handful of files themselves. Symbolic links are copied as links, their target as written.

/** Copies the tree at `from` to `to`, which must not exist yet. */
export function copyTree(from: string, to: string): void {
  const stat = lstatSync(from);
  if (stat.isDirectory()) {
    mkdirSync(to);
    for (const name of readdirSync(from)) copyTree(join(from, name), join(to, name));
  } else if (stat.isSymbolicLink()) symlinkSync(readlinkSync(from), to);
  else if (stat.isFile()) copyFileSync(from, to);
  // sockets, FIFOs and devices are not files a check can use: left out
}

/** Removes the tree at `path`, if there is one; a link is removed, never followed. */
export function removeTree(path: string): void {
  let stat: ReturnType<typeof lstatSync>;
  try {
    stat = lstatSync(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return;
    throw error;
  }
  if (stat.isDirectory()) {
    for (const name of readdirSync(path)) removeTree(join(path, name));
    rmdirSync(path);
  } else unlinkSync(path);
}

/**
 * Whether `to` is already what copyTree(from, to) makes: the same names and kinds, the same
 * bytes and permission bits in every file (copyFileSync keeps them), the same target for every
 * link. Anything it cannot read, or any other kind of file on either side, counts as different.
 */
export function sameTree(from: string, to: string): boolean {
  try {
    const a = lstatSync(from);
    const b = lstatSync(to);
    if (a.isDirectory()) {
      if (!b.isDirectory()) return false;
      // As many names, and each of these there and the same: the same names.
      const names = readdirSync(from);
      return names.length === readdirSync(to).length && names.every((name) => sameTree(join(from, name), join(to, name)));
    }
    if (a.isSymbolicLink()) return b.isSymbolicLink() && readlinkSync(from) === readlinkSync(to);
    // Both regular files before either is read: a FIFO would block the read.
    if (!a.isFile() || !b.isFile()) return false;
    // Stryker disable next-line ConditionalExpression,EqualityOperator: the size is a shortcut; the bytes compared below decide alike
    if (a.size !== b.size) return false;
    return (a.mode & 0o7777) === (b.mode & 0o7777) && readFileSync(from).equals(readFileSync(to));
  } catch {
    return false;
  }
}
