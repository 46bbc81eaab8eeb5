import { join } from 'node:path';
import type { Context } from '../context.js';
import type { RoadmapProgress } from '../core/progress/model.js';
import { isStatusView, type StatusView } from '../core/progress/status-view.js';
import { attemptedQuizzes } from '../core/progress/summary.js';
import type { DueSummary } from '../core/review/due.js';
import { VERSION } from '../version.js';
import { writeFileAtomic } from './atomic-file.js';
import { type CacheHeader, staleness } from './cache-header.js';
import type { FileStamp } from './file-stamp.js';
import { readOwnFile } from './file-stamp.js';
import { makeDir } from './make-dir.js';
import { BUNDLED_ROADMAP, type LoadedRoadmap } from './roadmap-loader.js';

// What `status` shows, kept beside the prompt file with the same header: a warm `status` on a
// 5-year progress file or a 20,000-topic roadmap reads this and stats a few files, instead of
// parsing the progress file and the roadmap's outline. Deleting it is always safe.

export const STATUS_CACHE_V = 1;

interface StatusCache extends CacheHeader {
  v: typeof STATUS_CACHE_V;
  mlroad: string;
  due: number;
  view: StatusView;
}

export const statusCachePath = (dir: string) => join(dir, 'status-view.json');

/** The files a status depends on: all but the quiz files of quizzes never attempted (their pass marks cannot show). */
export function statusFiles(loaded: LoadedRoadmap, progress: RoadmapProgress): FileStamp[] {
  const attempted = attemptedQuizzes(progress);
  return loaded.files.filter((f) => f.quiz === undefined || attempted.has(f.quiz));
}

/**
 * The header of a cache of what a read command shows (the status view, a command's text):
 * computed from `progress` read at `stamp` (taken before the read, so a writer slipping in
 * between leaves a cache that no longer matches) and `loaded`, true until `validUntil`.
 */
export function viewHeader(
  ctx: Context,
  loaded: LoadedRoadmap,
  progress: RoadmapProgress,
  selected: string | undefined,
  stamp: FileStamp | null,
  validUntil: string | null,
): CacheHeader {
  return {
    at: ctx.now().toISOString(),
    roadmap: loaded.mainFile,
    selected: selected ?? null,
    files: statusFiles(loaded, progress),
    progress: stamp,
    validUntil,
  };
}

/** Whether such a header, read back from disk, still tells the truth for this context; a damaged one does not. */
export function stillHolds(ctx: Context, header: CacheHeader): boolean {
  const validUntil: unknown = header.validUntil;
  if (!(validUntil === null || typeof validUntil === 'string')) return false;
  try {
    return staleness(header, ctx.configDir, ctx.env, BUNDLED_ROADMAP, ctx.roadmapFlag) === undefined;
  } catch {
    return false; // a damaged header: recompute
  }
}

/** The cached view and due count, while they still hold for this context; undefined otherwise. */
export function readStatusCache(ctx: Context): { view: StatusView; due: DueSummary } | undefined {
  let cache: StatusCache;
  try {
    cache = JSON.parse(readOwnFile(statusCachePath(ctx.configDir))) as StatusCache;
    // (An emptied catch leaves `cache` undefined, which the version test below refuses the same: an equivalent mutant.)
  } catch {
    return undefined;
  }
  if (cache?.v !== STATUS_CACHE_V || cache.mlroad !== VERSION || !stillHolds(ctx, cache)) return undefined;
  if (!isStatusView(cache.view) || !Number.isSafeInteger(cache.due)) return undefined;
  return { view: cache.view, due: { due: cache.due, nextReviewAt: cache.validUntil } };
}

/** Best effort, as it is only a cache. `stamp`: see viewHeader. */
export function writeStatusCache(
  ctx: Context,
  loaded: LoadedRoadmap,
  progress: RoadmapProgress,
  selected: string | undefined,
  stamp: FileStamp | null,
  view: StatusView,
  due: DueSummary,
): void {
  const cache: StatusCache = {
    v: STATUS_CACHE_V,
    mlroad: VERSION,
    ...viewHeader(ctx, loaded, progress, selected, stamp, due.nextReviewAt),
    due: due.due,
    view,
  };
  try {
    makeDir(ctx.configDir);
    // Stryker disable next-line ObjectLiteral,BooleanLiteral: whether a cache is flushed to disk cannot be seen without a power cut
    writeFileAtomic(statusCachePath(ctx.configDir), JSON.stringify(cache), { durable: false });
  } catch {
    // A status that cannot be cached is computed next time; never fail a command for it.
  }
}
