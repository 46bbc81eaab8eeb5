import { readFileSync } from 'node:fs';
import { writeFileAtomic } from './atomic-file.js';
import { filesUnchanged, type FileStamp } from './file-stamp.js';
import { makeDir } from './make-dir.js';
import { join } from 'node:path';
import type { Quiz, Roadmap, RoadmapBundle } from '../core/roadmap/types.js';

export type { FileStamp } from './file-stamp.js';

// The validated roadmap, split so that `status` reads a small outline and never the question
// banks. Keyed by every source file's size and mtime; deleting it is always safe.

interface Outline {
  cacheVersion: number;
  files: FileStamp[];
  roadmap: Roadmap;
}

// Bump when the shape of a cached roadmap changes, so old caches are ignored.
const CACHE_VERSION = 2; // 2: the outline carries exercises

export function cacheFolder(cacheDir: string, mainFile: string): string {
  return join(cacheDir, 'roadmaps', fnv1a(mainFile));
}

/** 64-bit FNV-1a of a path, as hex: a stable folder name without loading node:crypto at start-up. */
function fnv1a(text: string): string {
  let hash = 0xcbf29ce484222325n;
  for (const byte of Buffer.from(text, 'utf8')) hash = BigInt.asUintN(64, (hash ^ BigInt(byte)) * 0x100000001b3n);
  return hash.toString(16).padStart(16, '0');
}

export function readCachedRoadmap(cacheDir: string, mainFile: string): { roadmap: Roadmap; files: FileStamp[] } | undefined {
  try {
    const outline = JSON.parse(readFileSync(join(cacheFolder(cacheDir, mainFile), 'outline.json'), 'utf8')) as Outline;
    if (outline.cacheVersion !== CACHE_VERSION || !filesUnchanged(outline.files)) return undefined;
    return { roadmap: outline.roadmap, files: outline.files };
  } catch {
    return undefined;
  }
}

export function readCachedQuiz(cacheDir: string, mainFile: string, quizId: string): Quiz | undefined {
  try {
    return JSON.parse(readFileSync(join(cacheFolder(cacheDir, mainFile), `quiz-${quizId}.json`), 'utf8')) as Quiz;
  } catch {
    return undefined;
  }
}

/** Best effort: a cache that cannot be written only costs speed. */
export function writeRoadmapCache(cacheDir: string, mainFile: string, files: FileStamp[], bundle: RoadmapBundle): void {
  try {
    const folder = cacheFolder(cacheDir, mainFile);
    makeDir(folder);
    // Quizzes first: a reader that finds the outline must find its quizzes too.
    for (const quiz of bundle.quizzes) writeFileAtomic(join(folder, `quiz-${quiz.id}.json`), JSON.stringify(quiz), { durable: false });
    const outline: Outline = { cacheVersion: CACHE_VERSION, files, roadmap: bundle.roadmap };
    writeFileAtomic(join(folder, 'outline.json'), JSON.stringify(outline), { durable: false });
  } catch {
    // ignored on purpose
  }
}
