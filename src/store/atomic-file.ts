import { lstatSync, readdirSync, readlinkSync, realpathSync, statSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { nodeFs, type StoreFs } from './fs-seam.js';

export interface AtomicWriteOptions {
  /** Flush the data and the directory entry to disk; caches skip that cost. */
  durable?: boolean;
  fs?: StoreFs;
}

const TEMP_SUFFIX = '.tmp';
const tempPrefix = (name: string) => `.${name}.`;

/**
 * Replaces `path` with `data` all at once: a temp file beside the target, fsync, rename, then
 * fsync of the directory, so after a crash the file is the old one or the new one, and once this
 * returns the new one survives a power cut. A symlink is written through to its target (the
 * link stays a link). The only writer of progress files.
 */
export function writeFileAtomic(
  path: string,
  data: string | Uint8Array | readonly Uint8Array[],
  { durable = true, fs = nodeFs }: AtomicWriteOptions = {},
): void {
  const target = throughSymlinks(path);
  const dir = dirname(target);
  const temp = join(dir, `${tempPrefix(basename(target))}${process.pid}.${Date.now()}.${Math.random().toString(36).slice(2, 8)}${TEMP_SUFFIX}`);
  const fd = fs.openSync(temp, 'wx', 0o644);
  try {
    // In parts, not joined first: copying a 1.6 MB progress file into one buffer costs more than the calls.
    const parts = typeof data === 'string' || data instanceof Uint8Array ? [data] : data;
    for (const part of parts) fs.writeSync(fd, part);
    if (durable) fs.fsyncSync(fd);
  } catch (error) {
    fs.closeSync(fd);
    // Stryker disable next-line ObjectLiteral,BooleanLiteral: the temp file was created just above, so force only matters if something else removed it
    fs.rmSync(temp, { force: true });
    throw error;
  }
  fs.closeSync(fd);
  try {
    fs.renameSync(temp, target);
  } catch (error) {
    // Stryker disable next-line ObjectLiteral,BooleanLiteral: the temp file was created just above, so force only matters if something else removed it
    fs.rmSync(temp, { force: true });
    throw error;
  }
  if (durable) syncDir(dir, fs);
}

/** Makes a rename or a new file in `dir` durable. Some systems cannot fsync a directory. */
export function syncDir(dir: string, fs: StoreFs = nodeFs): void {
  let fd: number;
  try {
    fd = fs.openSync(dir, 'r');
  } catch (error) {
    // (The win32 test is Linux-equivalent here: its mutants cannot be told apart on this machine.)
    if ((error as NodeJS.ErrnoException).code === 'EISDIR' || process.platform === 'win32') return;
    throw error;
  }
  try {
    fs.fsyncSync(fd);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code !== 'EINVAL' && code !== 'ENOTSUP' && code !== 'EISDIR') throw error;
  } finally {
    fs.closeSync(fd);
  }
}

/** The file a write to `path` should replace: the target of a symlink, even a dangling one. */
function throughSymlinks(path: string): string {
  let current = resolve(path);
  for (let hops = 0; hops < 40; hops++) {
    let link: boolean;
    try {
      link = lstatSync(current).isSymbolicLink();
      // Equivalent mutant (BlockStatement of the catch): without the return, link stays undefined and the next line returns current all the same.
    } catch {
      return current;
    }
    if (!link) return current;
    try {
      return realpathSync(current);
    } catch {
      current = resolve(dirname(current), readlinkSync(current)); // dangling: follow by hand
    }
  }
  return current;
}

/**
 * Removes temp files left by a writer killed mid-write (`kill -9`), once they are older than
 * `maxAgeMs`, so a live writer's temp file is never touched. Best effort: leftovers are harmless.
 * Several files in one folder (the progress file and its log) cost one listing of it.
 */
export function removeStaleTemps(paths: string | readonly string[], maxAgeMs: number, now = Date.now()): string[] {
  const names = new Map<string, string[]>();
  for (const path of typeof paths === 'string' ? [paths] : paths) {
    const target = throughSymlinks(path);
    const inDir = names.get(dirname(target));
    if (inDir) inDir.push(basename(target));
    else names.set(dirname(target), [basename(target)]);
  }
  const removed: string[] = [];
  for (const [dir, inDir] of names) {
    let entries: string[];
    try {
      entries = readdirSync(dir);
    } catch {
      continue;
    }
    // Ours (`.progress.json.<pid>...tmp`) and conf's older naming (`progress.json.tmp-*`).
    for (const entry of entries) {
      const ours = inDir.some((name) => (entry.startsWith(tempPrefix(name)) && entry.endsWith(TEMP_SUFFIX)) || entry.startsWith(`${name}.tmp-`));
      if (!ours) continue;
      const file = join(dir, entry);
      try {
        if (now - statSync(file).mtimeMs < maxAgeMs) continue;
        // Stryker disable next-line ObjectLiteral,BooleanLiteral: the file was just stat'ed, and any failure to remove it is swallowed below
        nodeFs.rmSync(file, { force: true });
        removed.push(file);
      } catch {
        // gone already, or not ours to remove
      }
    }
  }
  return removed;
}
