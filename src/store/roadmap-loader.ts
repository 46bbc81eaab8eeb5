import { existsSync, realpathSync, statSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import type { SourceFile } from '../core/roadmap/parse.js';
import type { Quiz, Roadmap, RoadmapBundle } from '../core/roadmap/types.js';
import type { Lang } from '../core/text.js';
import { RoadmapError, type RoadmapIssue } from '../errors.js';
import { markColdRun } from './cold-run.js';
import { type FileStamp, resolveMainFile, stampOf } from './file-stamp.js';
import { FileTooLargeError, NotRegularFileError, readRegularFile } from './regular-file.js';
import { applyRefresh, type CachedRoadmap, planRefresh, type QuizzesUsed, readCachedRoadmap, withQuizIds, writeRoadmapCache } from './roadmap-cache.js';

/** The roadmap that ships with mlroad: beside dist/ when bundled, two levels up from src/store/ in tests. */
// (import.meta.dirname, not import.meta.url: no URL to build and convert as every command starts.)
export const BUNDLED_ROADMAP =
  [join(import.meta.dirname, '..', 'roadmap', sep), join(import.meta.dirname, '..', '..', 'roadmap', sep)].find((dir) =>
    existsSync(join(dir, 'roadmap.yaml')),
  ) ??
  // (A static fallback, evaluated once as the module loads: Stryker counts it as uncovered.)
  join(import.meta.dirname, '..', 'roadmap', sep);

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
  /** The language of the command, for the messages of the schema checker it runs. */
  lang?: Lang;
  /** Only these quizzes' files need checking against the cache (see QuizzesUsed). */
  quizzesUsed?: QuizzesUsed;
}

/** A roadmap file, or a directory holding `roadmap.yaml`; not finding it is the user's mistake. */
export function mainFileOf(location: string): string {
  if (!existsSync(location)) throw new RoadmapError({ key: 'roadmap.notFound', params: { path: resolve(location) } });
  return resolveMainFile(location);
}

/** Loads and validates a roadmap; a warm cache skips YAML and zod altogether. */
export async function loadRoadmap(location: string, options: LoadOptions = {}): Promise<LoadedRoadmap> {
  const mainFile = mainFileOf(location);
  if (options.cacheDir) {
    const cached =
      readCachedRoadmap(options.cacheDir, mainFile, options.quizzesUsed) ??
      (await rereadChangedQuizzes(options.cacheDir, mainFile, options.maxBytes ?? maxBytesFromEnv()));
    if (cached) {
      const bundle = { quizzes: new Map<string, Quiz>() };
      return {
        roadmap: cached.roadmap,
        mainFile,
        files: cached.files,
        quiz: (id) => {
          const quiz = bundle.quizzes.get(id) ?? cached.quiz(id);
          if (!quiz) throw new RoadmapError({ key: 'roadmap.cacheLost', params: { id } });
          bundle.quizzes.set(id, quiz);
          return quiz;
        },
      };
    }
  }
  const { bundle, files, sources } = await parseFromDisk(mainFile, options.maxBytes ?? maxBytesFromEnv(), undefined, options.lang);
  // (Without a cache dir writeRoadmapCache fails inside its own try: the test's mutant is equivalent.)
  if (options.cacheDir) writeRoadmapCache(options.cacheDir, mainFile, files, bundle, sources);
  const byId = new Map(bundle.quizzes.map((q) => [q.id, q]));
  return {
    roadmap: bundle.roadmap,
    mainFile,
    files: withQuizIds(mainFile, files, sources),
    quiz: (id) => {
      const quiz = byId.get(id);
      if (!quiz) throw new RoadmapError({ key: 'error.unknownQuiz', params: { id } });
      return quiz;
    },
  };
}

/**
 * When only included quiz files changed since the cache was written, re-reads just those: an
 * edit of one quiz file costs that file, not the roadmap. Anything unusual (a file gone, a
 * problem in the file, a changed quiz id) returns undefined, and the full parse reports it.
 */
async function rereadChangedQuizzes(cacheDir: string, mainFile: string, maxBytes: number): Promise<CachedRoadmap | undefined> {
  const plan = planRefresh(cacheDir, mainFile);
  if (!plan) return undefined;
  const { parseQuizFile } = await import('../core/roadmap/parse.js');
  const reread = new Map<string, { quiz: Quiz; stamp: FileStamp }>();
  for (const { path } of plan.changed) {
    const stamp = stampOf(path);
    // A file that now leads outside the roadmap goes through the full parse, which refuses it.
    if (!stamp || stamp.size > maxBytes || leavesDirectory(dirname(mainFile), path)) return undefined;
    const quiz = parseQuizFile({ file: path, text: readRegularFile(path, { maxBytes }) });
    // (Without this line the undefined quiz throws in applyRefresh, whose catch gives the same undefined.)
    if (!quiz) return undefined;
    reread.set(path, { quiz, stamp });
  }
  return applyRefresh(cacheDir, mainFile, plan, reread);
}

/**
 * A parse builds a YAML tree of hundreds of MB and drops it; V8 then sets its next collection at
 * up to four times that peak, and 20,000 topics peaked at 2 GB, most of it garbage. Growing the
 * heap by half at most keeps it near what is live (0.7 GB), and spends less time collecting.
 * V8 reads this flag at each collection, so setting it while running takes effect. The returned
 * function puts it back: V8 rejects a code cache written under other flags, and the code cache
 * of the main bundle is written at exit (src/fast/code-cache.ts).
 */
// Stryker disable next-line BlockStatement: its only effect is peak memory, which `npm run bench` measures (validate, 20,000 topics)
async function boundHeapGrowth(): Promise<() => void> {
  const { setFlagsFromString } = await import('node:v8');
  // Stryker disable next-line StringLiteral: as above
  setFlagsFromString('--heap-growing-percent=50');
  // Stryker disable next-line StringLiteral: 0 is V8's default (no bound); what it spares is a rejected code cache, which the e2e code-cache test sees
  return () => setFlagsFromString('--heap-growing-percent=0');
}

/** Reads and validates from disk, never from the cache (as `validate` wants). */
export async function parseFromDisk(
  mainFile: string,
  maxBytes = maxBytesFromEnv(),
  requireLang?: string,
  // (An empty language gives zod's English messages too: an equivalent mutant.)
  lang: Lang = 'en',
  /** false: check the questions, keep none (see ParseOptions). */
  keepQuestions = true,
): Promise<{ bundle: RoadmapBundle; files: FileStamp[]; sources: Record<string, string>; warnings: RoadmapIssue[] }> {
  const { parseRoadmap } = await import('../core/roadmap/parse.js');
  markColdRun();
  // Stryker disable next-line all: as at boundHeapGrowth
  const unbound = await boundHeapGrowth();
  try {
    const files: FileStamp[] = [];
    const baseDir = dirname(mainFile);
    const read = (path: string, shown: string): SourceFile => {
      let text: string;
      try {
        // Refuses FIFOs and devices before reading, and counts bytes as it reads.
        text = readRegularFile(path, { maxBytes });
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') throw new RoadmapError({ key: 'roadmap.missingFile', params: { file: shown } });
        if (error instanceof NotRegularFileError || error instanceof FileTooLargeError) throw new RoadmapError(error.unworded ?? error.message);
        throw error;
      }
      const stamp = stampOf(path);
      // (stampOf is null only if the file vanished right after it was read: not reached in tests.)
      if (stamp) files.push(stamp);
      return { file: shown, text };
    };
    const main = read(mainFile, mainFile);
    const result = parseRoadmap(
      main,
      (relative) => {
        const path = join(baseDir, relative);
        try {
          const outside = leavesDirectory(baseDir, path);
          if (outside) return { error: { key: 'roadmap.includeOutside', params: { path, target: outside } } };
          return read(path, path);
        } catch (error) {
          if (error instanceof RoadmapError) return { error: error.unworded ?? error.message };
          return { error: `cannot read ${path}: ${(error as Error).message}` };
        }
      },
      { requireLang, lang, keepQuestions, checkDir: (dir) => exerciseDirState(baseDir, dir) },
    );
    // Issues go up with their codes; the edge words them (src/ui/format-issue.ts).
    if (!result.ok) throw new RoadmapError({ key: 'roadmap.invalid', params: { file: mainFile, count: result.issues.length } }, result.issues);
    return { bundle: result.value, files, sources: result.sources, warnings: result.warnings };
  } finally {
    unbound();
  }
}

/**
 * Where `path` really leads when that is outside `baseDir`, both resolved through symlinks;
 * undefined when it stays inside (or does not exist, which the read then reports).
 */
function leavesDirectory(baseDir: string, path: string): string | undefined {
  let real: string;
  try {
    real = realpathSync(path);
  } catch {
    return undefined;
  }
  const rel = relative(realpathSync(baseDir), real);
  return rel === '' || rel === '..' || rel.startsWith(`..${sep}`) || isAbsolute(rel) ? real : undefined;
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
  const rel = relative(realpathSync(baseDir), real);
  if (rel === '..' || rel.startsWith(`..${'/'}`) || rel.startsWith('..\\') || isAbsolute(rel)) return 'outside';
  try {
    return statSync(real).isDirectory() ? 'ok' : 'missing';
    // Reached only if the path vanishes between realpath and stat (roadmap-loader.calls.test.ts fakes it).
  } catch {
    return 'missing';
  }
}
