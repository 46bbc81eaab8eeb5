import { existsSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { dirname, join, relative as relativePath, resolve, isAbsolute } from 'node:path';
import { fileURLToPath } from 'node:url';
import { RoadmapError } from '../errors.js';
import { language, t } from '../i18n/index.js';
import { describeIssue } from '../i18n/issues.js';
import type { Quiz, Roadmap, RoadmapBundle } from '../core/roadmap/types.js';
import type { SourceFile } from '../core/roadmap/parse.js';
import { readCachedQuiz, readCachedRoadmap, writeRoadmapCache } from './roadmap-cache.js';
import { resolveMainFile, stampOf, type FileStamp } from './file-stamp.js';

/** The roadmap that ships with mlroad: beside dist/ when bundled, two levels up from src/store/ in tests. */
export const BUNDLED_ROADMAP = ['../roadmap/', '../../roadmap/']
  .map((rel) => fileURLToPath(new URL(rel, import.meta.url)))
  .find((dir) => existsSync(join(dir, 'roadmap.yaml'))) ?? fileURLToPath(new URL('../roadmap/', import.meta.url));

const DEFAULT_MAX_BYTES = 20 * 1024 * 1024;

export interface LoadedRoadmap {
  roadmap: Roadmap;
  /** The main file's absolute path. */
  mainFile: string;
  files: FileStamp[];
  quiz(id: string): Quiz;
}

export interface LoadOptions {
  cacheDir?: string;
  maxBytes?: number;
}

/** A roadmap file, or a directory holding `roadmap.yaml`; not finding it is the user's mistake. */
export function mainFileOf(location: string): string {
  if (!existsSync(location)) throw new RoadmapError(t('roadmap.notFound', { path: resolve(location) }));
  return resolveMainFile(location);
}

/** Loads and validates a roadmap; a warm cache skips YAML and zod altogether. */
export async function loadRoadmap(location: string, options: LoadOptions = {}): Promise<LoadedRoadmap> {
  const mainFile = mainFileOf(location);
  if (options.cacheDir) {
    const cached = readCachedRoadmap(options.cacheDir, mainFile);
    if (cached) {
      const bundle = { quizzes: new Map<string, Quiz>() };
      return {
        roadmap: cached.roadmap,
        mainFile,
        files: cached.files,
        quiz: (id) => {
          let quiz = bundle.quizzes.get(id) ?? readCachedQuiz(options.cacheDir!, mainFile, id);
          if (!quiz) throw new RoadmapError(t('roadmap.cacheLost', { id }));
          bundle.quizzes.set(id, quiz);
          return quiz;
        },
      };
    }
  }
  const { bundle, files } = await parseFromDisk(mainFile, options.maxBytes ?? maxBytesFromEnv());
  if (options.cacheDir) writeRoadmapCache(options.cacheDir, mainFile, files, bundle);
  const byId = new Map(bundle.quizzes.map((q) => [q.id, q]));
  return {
    roadmap: bundle.roadmap,
    mainFile,
    files,
    quiz: (id) => {
      const quiz = byId.get(id);
      if (!quiz) throw new RoadmapError(t('error.unknownQuiz', { id }));
      return quiz;
    },
  };
}

/** Reads and validates from disk, never from the cache (as `validate` wants). */
export async function parseFromDisk(mainFile: string, maxBytes = maxBytesFromEnv(), requireLang?: string): Promise<{ bundle: RoadmapBundle; files: FileStamp[] }> {
  const { parseRoadmap } = await import('../core/roadmap/parse.js');
  const files: FileStamp[] = [];
  const baseDir = dirname(mainFile);
  const read = (path: string, shown: string): SourceFile => {
    const stamp = stampOf(path);
    if (!stamp) throw new RoadmapError(t('roadmap.missingFile', { file: shown }));
    if (stamp.size > maxBytes) {
      throw new RoadmapError(t('roadmap.tooBig', { file: shown, size: (stamp.size / 1048576).toFixed(1), limit: (maxBytes / 1048576).toFixed(0) }));
    }
    files.push(stamp);
    return { file: shown, text: readFileSync(path, 'utf8') };
  };
  const main = read(mainFile, mainFile);
  const result = parseRoadmap(main, (relative) => {
    const path = join(baseDir, relative);
    try {
      return read(path, path);
    } catch (error) {
      if (error instanceof RoadmapError) return { error: error.message };
      return { error: `cannot read ${path}: ${(error as Error).message}` };
    }
  }, { requireLang, lang: language(), checkDir: (dir) => exerciseDirState(baseDir, dir) });
  if (!result.ok) {
    const issues = result.issues.map((i) => ({ ...i, message: describeIssue(i) }));
    throw new RoadmapError(t('roadmap.invalid', { file: mainFile, count: issues.length }), issues);
  }
  return { bundle: result.value, files };
}

function maxBytesFromEnv(): number {
  const mb = Number(process.env.MLROAD_MAX_ROADMAP_MB);
  return Number.isFinite(mb) && mb > 0 ? mb * 1024 * 1024 : DEFAULT_MAX_BYTES;
}

/** An exercise's directory, on disk: it must exist and, links resolved, stay inside the roadmap's directory. */
export function exerciseDirState(baseDir: string, dir: string): 'ok' | 'missing' | 'outside' {
  if (isAbsolute(dir)) return 'outside';
  let real: string;
  try {
    real = realpathSync(join(baseDir, dir));
  } catch {
    return 'missing';
  }
  const rel = relativePath(realpathSync(baseDir), real);
  if (rel === '..' || rel.startsWith(`..${'/'}`) || rel.startsWith('..\\') || isAbsolute(rel)) return 'outside';
  try {
    return statSync(real).isDirectory() ? 'ok' : 'missing';
  } catch {
    return 'missing';
  }
}
