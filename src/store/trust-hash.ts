import { createHash } from 'node:crypto';
import { lstatSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Exercise } from '../core/roadmap/types.js';
import { writeFileAtomic } from './atomic-file.js';
import { readOwnFile, statKey } from './file-stamp.js';
import { makeDir } from './make-dir.js';

// What trusting a roadmap is bound to: a SHA-256 of its files and of every exercise's check
// files. Hashing means loading node:crypto (~8 ms) on every check, so the hash is kept in the
// cache with the stat key of everything it read (device, inode, size, mtime and ctime; a
// folder's change with its entries). While every key is the same, nothing was written since
// and the kept hash is the hash; ctime is set by the kernel alone, so no edit keeps its key.

type Step = { kind: 'file'; path: string } | { kind: 'entry'; path: string; read: boolean };

interface Kept {
  keys: string[];
  hash: string;
}

const CACHE_FILE = 'trust-hashes.json';

/** A hash of the roadmap's files and every exercise's check files: any change asks for trust again. */
export function trustHash(files: readonly string[], roadmapDir: string, exercises: readonly Exercise[], cacheDir?: string): string {
  const keys: string[] = [];
  const steps: Step[] = [];
  for (const file of files) {
    keys.push(`${file}\0${statKey(statSync(file, { bigint: true }))}`);
    steps.push({ kind: 'file', path: file });
  }
  for (const exercise of exercises) if (exercise.check.files) walk(join(roadmapDir, exercise.check.files), 0, steps, keys);
  const id = files[0] ?? roadmapDir;
  const kept = cacheDir ? readKept(cacheDir)[id] : undefined;
  if (kept && kept.keys.length === keys.length && kept.keys.every((k, i) => k === keys[i])) return kept.hash;
  const hash = createHash('sha256');
  for (const step of steps) {
    if (step.kind === 'file') hash.update(`${step.path}\0`).update(readFileSync(step.path)).update('\0');
    else {
      hash.update(`${step.path}\0`);
      if (step.read) hash.update(readFileSync(step.path));
    }
  }
  const digest = hash.digest('hex');
  // (keep(undefined) throws inside its own try: the test's mutant is equivalent.)
  if (cacheDir) keep(cacheDir, id, { keys, hash: digest });
  return digest;
}

function walk(dir: string, depth: number, steps: Step[], keys: string[]): void {
  if (depth > 8) return;
  let names: string[];
  try {
    // (This machine's file system lists names sorted already, so dropping .sort() cannot be seen here.)
    names = readdirSync(dir).sort();
  } catch {
    keys.push(`${dir}\0unreadable`);
    return;
  }
  keys.push(`${dir}\0${statKey(statSync(dir, { bigint: true }))}`);
  for (const name of names) {
    const path = join(dir, name);
    const stat = lstatSync(path, { bigint: true });
    keys.push(`${path}\0${statKey(stat)}`);
    // Stryker disable next-line StringLiteral: only kind 'file' is told apart; any other kind is hashed as an entry
    steps.push({ kind: 'entry', path, read: stat.isFile() });
    if (stat.isDirectory()) walk(path, depth + 1, steps, keys);
  }
}

function readKept(cacheDir: string): Record<string, Kept> {
  try {
    const data = JSON.parse(readOwnFile(join(cacheDir, CACHE_FILE))) as Record<string, Kept>;
    const out: Record<string, Kept> = Object.create(null);
    for (const [id, k] of Object.entries(data)) if (Array.isArray(k?.keys) && typeof k.hash === 'string') out[id] = k;
    return out;
  } catch {
    return Object.create(null);
  }
}

/** Best effort: without it, the next check hashes again. */
function keep(cacheDir: string, id: string, kept: Kept): void {
  try {
    makeDir(cacheDir);
    // Stryker disable next-line ObjectLiteral,BooleanLiteral: whether a cache is flushed to disk cannot be seen without a power cut
    writeFileAtomic(join(cacheDir, CACHE_FILE), JSON.stringify({ ...readKept(cacheDir), [id]: kept }), { durable: false });
  } catch {
    // a cache
  }
}
