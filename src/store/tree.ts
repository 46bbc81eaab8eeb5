import { copyFileSync, lstatSync, mkdirSync, readdirSync, readlinkSync, rmdirSync, symlinkSync, unlinkSync } from 'node:fs';
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
