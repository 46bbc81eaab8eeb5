import { join } from 'node:path';
import type { Context } from '../context.js';
import type { RoadmapProgress } from '../core/progress/model.js';
import { VERSION } from '../version.js';
import { writeFileAtomic } from './atomic-file.js';
import { type CacheHeader, staleness } from './cache-header.js';
import type { FileStamp } from './file-stamp.js';
import { readOwnFile } from './file-stamp.js';
import { makeDir } from './make-dir.js';
import { BUNDLED_ROADMAP, type LoadedRoadmap } from './roadmap-loader.js';
import { statusFiles } from './status-cache.js';

// The tree `list` printed last, kept beside the progress file: a warm `list` of a 20,000-topic
// roadmap prints this after a few stats instead of loading every topic's outline. Only `list`
// writes it (a write would pay for a tree it may never print); any change to the progress file
// or the roadmap leaves it stale. Its first line is the header, the rest is the text as printed,
// so a read parses a few hundred bytes of JSON, not the tree. Deleting it is always safe.

export const LIST_CACHE_V = 1;

interface ListCacheHeader extends CacheHeader {
  v: typeof LIST_CACHE_V;
  mlroad: string;
  /** The language and colour level it was rendered in. */
  look: string;
}

export const listCachePath = (dir: string) => join(dir, 'list-view.txt');

/** What the text depends on besides the files: its language and whether it has colour. */
const lookOf = (ctx: Context) => `${ctx.lang}:${ctx.style.level}`;

/** The text `list` printed, while it still holds for this context; undefined otherwise. */
export function readListCache(ctx: Context): string | undefined {
  let text: string;
  let header: ListCacheHeader;
  try {
    text = readOwnFile(listCachePath(ctx.configDir));
    header = JSON.parse(text.slice(0, text.indexOf('\n'))) as ListCacheHeader;
    if (header?.v !== LIST_CACHE_V || header.mlroad !== VERSION || header.look !== lookOf(ctx) || header.validUntil !== null) return undefined;
    if (staleness(header, ctx.configDir, ctx.env, BUNDLED_ROADMAP, ctx.roadmapFlag) !== undefined) return undefined;
  } catch {
    return undefined; // none, damaged, or not a file: recompute
  }
  return text.slice(text.indexOf('\n') + 1);
}

/**
 * Best effort, as it is only a cache. `stamp` is the progress file's stamp taken before it was
 * read, so a writer slipping in between leaves a cache that no longer matches.
 */
export function writeListCache(
  ctx: Context,
  loaded: LoadedRoadmap,
  progress: RoadmapProgress,
  selected: string | undefined,
  stamp: FileStamp | null,
  text: string,
): void {
  const header: ListCacheHeader = {
    v: LIST_CACHE_V,
    mlroad: VERSION,
    look: lookOf(ctx),
    at: ctx.now().toISOString(),
    roadmap: loaded.mainFile,
    selected: selected ?? null,
    files: statusFiles(loaded, progress),
    progress: stamp,
    // The tree shows no review cards: it never falls due.
    validUntil: null,
  };
  try {
    makeDir(ctx.configDir);
    // Stryker disable next-line ObjectLiteral,BooleanLiteral: whether a cache is flushed to disk cannot be seen without a power cut
    writeFileAtomic(listCachePath(ctx.configDir), `${JSON.stringify(header)}\n${text}`, { durable: false });
  } catch {
    // A tree that cannot be cached is rendered next time; never fail a command for it.
  }
}
