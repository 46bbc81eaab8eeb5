import { cpSync, existsSync, lstatSync, readdirSync, readFileSync, realpathSync, renameSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, join, relative, sep } from 'node:path';
import type { Exercise } from '../core/roadmap/types.js';
import { makeDir } from './make-dir.js';
import { BUNDLED_ROADMAP } from './roadmap-loader.js';
import { copyTree, removeTree, sameTree } from './tree.js';

// exercises: the learner's workspace on disk, and what trusting a roadmap is bound to.

export function workspaceDir(env: Readonly<Record<string, string | undefined>>, configured?: string): string {
  return env.MLROAD_WORKSPACE || configured || join(env.HOME || homedir(), 'mlroad');
}

// (A module-level arrow: Stryker treats its mutant as static and runs no test for it.)
export const exerciseFolder = (workspace: string, id: string) => join(workspace, id);

/** Copies the starter into a new folder; never over an existing one. */
export function copyStarter(roadmapDir: string, exercise: Exercise, folder: string): void {
  makeDir(dirname(folder));
  cpSync(join(roadmapDir, exercise.starter), folder, { recursive: true, errorOnExist: true, force: false });
}

/** Moves the learner's folder aside under a name that says when; returns that name. */
export function moveAside(folder: string, now: Date): string {
  const stamp = now.toISOString().replace(/[:.]/g, '-');
  let target = `${folder}.before-reset-${stamp}`;
  for (let n = 2; existsSync(target); n++) target = `${folder}.before-reset-${stamp}-${n}`;
  renameSync(folder, target);
  return target;
}

/** The check's own files, afresh before every run, so editing them changes nothing. */
export function refreshCheckFiles(roadmapDir: string, exercise: Exercise, folder: string): void {
  const target = join(folder, '.mlroad', 'check');
  const source = exercise.check.files ? join(roadmapDir, exercise.check.files) : undefined;
  // A copy still byte for byte the check's own is left as it is: removing and writing it again
  // was most of the file work of a check run.
  if (source && sameTree(source, target)) return;
  removeTree(target);
  if (!source) return;
  makeDir(dirname(target));
  copyTree(source, target);
}

/** The exercise whose folder holds `cwd`, if any. */
export function exerciseAt(workspace: string, cwd: string, ids: readonly string[]): string | undefined {
  let rel: string;
  try {
    rel = relative(realpathSync(workspace), realpathSync(cwd));
  } catch {
    return undefined;
  }
  if (rel === '' || rel.startsWith('..')) return undefined;
  const first = rel.split(sep)[0]!;
  return ids.includes(first) ? first : undefined;
}

/** Whether this is the roadmap that ships with mlroad, whose checks are trusted. */
export function isBundled(mainFile: string): boolean {
  try {
    return realpathSync(dirname(mainFile)) === realpathSync(BUNDLED_ROADMAP);
  } catch {
    return false;
  }
}

/** The files of a solution, for `mlroad solution`: relative path and text. */
export function readSolution(dir: string, maxBytes = 256 * 1024): { path: string; text: string }[] {
  const out: { path: string; text: string }[] = [];
  let total = 0;
  const walk = (current: string, depth: number) => {
    if (depth > 8) return;
    // (As in trust-hash: names come back sorted on this machine, so dropping .sort() cannot be seen here.)
    for (const name of readdirSync(current).sort()) {
      const path = join(current, name);
      const stat = lstatSync(path);
      if (stat.isDirectory()) walk(path, depth + 1);
      else if (stat.isFile() && total + stat.size <= maxBytes) {
        total += stat.size;
        out.push({ path: relative(dir, path), text: readFileSync(path, 'utf8') });
      }
    }
  };
  walk(dir, 0);
  return out;
}
