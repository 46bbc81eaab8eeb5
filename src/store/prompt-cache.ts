import { resolve } from 'node:path';
import type { Context } from '../context.js';
import type { ProgressFile, RoadmapProgress } from '../core/progress/model.js';
import { roadmapProgress, topicStatus } from '../core/progress/model.js';
import { formatPromptLine, type PromptFields } from '../core/progress/prompt-format.js';
import { promptFields } from '../core/progress/prompt-line.js';
import { statusView } from '../core/progress/status-view.js';
import { summarize } from '../core/progress/summary.js';
import { dueSummary } from '../core/review/due.js';
import { allQuizIds, allTopicIds } from '../core/roadmap/lookup.js';
import { VERSION } from '../version.js';
import { writeFileAtomic } from './atomic-file.js';
import type { CacheHeader } from './cache-header.js';
import { type FileStamp, readOwnFile, stampOf } from './file-stamp.js';
import { makeDir } from './make-dir.js';
import { completionPath, progressPath, promptPath, promptTextPath } from './paths.js';
import { digits, encodePath, kebabId, keyValueLines, lineText, versionText } from './prompt-text.js';
import { BUNDLED_ROADMAP, type LoadedRoadmap } from './roadmap-loader.js';
import { writeStatusCache } from './status-cache.js';

export const PROMPT_CACHE_V = 2;

/**
 * The precomputed prompt line, read by the fast path and by shell snippets. It is true while
 * its header holds (see staleness) and the same mlroad version reads it. Its `files` are the
 * main file alone, which holds every topic: quiz and exercise files cannot change a figure of
 * the line, and a 20,000-topic roadmap has 2,000 of them to stat before every prompt.
 */
export interface PromptCache extends CacheHeader {
  v: typeof PROMPT_CACHE_V;
  /** The mlroad version that wrote it. */
  mlroad: string;
  fields: PromptFields;
}

export function progressStamp(dir: string): FileStamp | null {
  return stampOf(progressPath(dir));
}

/** Computes the line for `file` and writes the cache files (the status view's too); best effort, as they are only caches. */
export function writePromptCache(ctx: Context, loaded: LoadedRoadmap, file: ProgressFile, stamp = progressStamp(ctx.configDir)): PromptCache {
  const progress = roadmapProgress(file, loaded.roadmap.id);
  const now = ctx.now();
  const due = dueSummary(progress, now);
  const bundled = resolve(loaded.mainFile) === resolve(BUNDLED_ROADMAP, 'roadmap.yaml');
  const summary = summarize(loaded.roadmap, progress);
  const cache: PromptCache = {
    v: PROMPT_CACHE_V,
    mlroad: VERSION,
    at: now.toISOString(),
    roadmap: loaded.mainFile,
    selected: file.settings.roadmap ?? null,
    files: mainFileStamps(loaded),
    progress: stamp,
    validUntil: due.nextReviewAt,
    fields: promptFields(loaded.roadmap, progress, due.due, bundled, summary),
  };
  try {
    makeDir(ctx.configDir);
    // Stryker disable next-line ObjectLiteral,BooleanLiteral: whether a cache is flushed to disk cannot be seen without a power cut
    writeFileAtomic(promptPath(ctx.configDir), JSON.stringify(cache), { durable: false });
    // Stryker disable next-line ObjectLiteral,BooleanLiteral: whether a cache is flushed to disk cannot be seen without a power cut
    writeFileAtomic(promptTextPath(ctx.configDir), shellText(cache), { durable: false });
    // A quiz, a review or a check changes no id in it: it is left as it is then.
    const completion = completionText(allTopicIds(loaded.roadmap), allQuizIds(loaded.roadmap), progress);
    // Stryker disable next-line ObjectLiteral,BooleanLiteral: whether a cache is flushed to disk cannot be seen without a power cut
    if (!holds(completionPath(ctx.configDir), completion)) writeFileAtomic(completionPath(ctx.configDir), completion, { durable: false });
  } catch {
    // A prompt that cannot be cached is recomputed next time; never fail a command for it.
  }
  writeStatusCache(ctx, loaded, progress, file.settings.roadmap, stamp, statusView(loaded.roadmap, progress, summary), due);
  return cache;
}

/** Whether the file at `path` already says `text` (a missing or unreadable one does not). */
function holds(path: string, text: string): boolean {
  try {
    return readOwnFile(path) === text;
    // (An emptied catch returns undefined, which is false too: an equivalent mutant.)
  } catch {
    return false;
  }
}

/** The main file's stamp: found by its path as the loader wrote it, resolving every path only when that fails (2,000 quiz files resolve in milliseconds). */
function mainFileStamps(loaded: LoadedRoadmap): FileStamp[] {
  // Stryker disable next-line all: a shortcut; the resolving filter below finds the same stamps
  const same = loaded.files.filter((f) => f.path === loaded.mainFile);
  // Stryker disable next-line all: as above
  if (same.length > 0) return same;
  const main = resolve(loaded.mainFile);
  return loaded.files.filter((f) => resolve(f.path) === main);
}

const seconds = (iso: string | null) => (iso ? Math.floor(Date.parse(iso) / 1000) : 0);

/**
 * What a shell prompt needs, each value checked for its kind (see prompt-text.ts). `file`
 * lets a snippet notice, with `[[ a -nt b ]]`, that the roadmap changed since; the progress
 * file is always `progress.json` beside this one.
 */
export function shellText(cache: PromptCache): string {
  const f = cache.fields;
  return keyValueLines([
    ['mlroad', versionText(cache.mlroad)],
    ['at', digits(seconds(cache.at))],
    ['until', digits(seconds(cache.validUntil))],
    ['percent', digits(f.percent)],
    ['done', digits(f.done)],
    ['total', digits(f.total)],
    ['due', digits(f.due)],
    ['stage', kebabId(f.stage)],
    ['topic', kebabId(f.topic)],
    ['roadmap', kebabId(f.roadmap)],
    ['line', lineText(formatPromptLine(undefined, f))],
    ['file', encodePath(cache.roadmap)],
  ]);
}

/**
 * Ids for shell completion, in a file of their own so the prompt file stays small: every topic
 * and quiz, and the topics still to do (for done/skip) and finished (for reset). Kebab-case only.
 */
export function completionText(topics: readonly string[], quizzes: readonly string[], progress?: RoadmapProgress): string {
  // One pass, each id checked once: every write of a 2,000-topic roadmap runs this cold.
  const all: string[] = [];
  const todo: string[] = [];
  const finished: string[] = [];
  for (const id of topics) {
    if (!kebabId(id)) continue;
    all.push(id);
    (progress && topicStatus(progress, id) !== 'todo' ? finished : todo).push(id);
  }
  return keyValueLines([
    ['topics', all.join(' ')],
    ['quizzes', quizzes.map(kebabId).filter(Boolean).join(' ')],
    ['todo', todo.join(' ')],
    ['finished', finished.join(' ')],
  ]);
}
