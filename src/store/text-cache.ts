import { join } from 'node:path';
import type { Context } from '../context.js';
import type { RoadmapProgress } from '../core/progress/model.js';
import { VERSION } from '../version.js';
import { writeFileAtomic } from './atomic-file.js';
import type { CacheHeader } from './cache-header.js';
import type { FileStamp } from './file-stamp.js';
import { readOwnFile } from './file-stamp.js';
import { makeDir } from './make-dir.js';
import type { LoadedRoadmap } from './roadmap-loader.js';
import { stillHolds, viewHeader } from './status-cache.js';

// What a read command printed last, kept beside the progress file: a warm `list` of a
// 20,000-topic roadmap, or a warm `next` off a terminal, prints this after a few stats instead of
// loading every topic's outline. Only the command itself writes it (a write would pay for text
// it may never print); any change to the progress file or the roadmap leaves it stale, and so
// does `validUntil` passing. The first line is the header, the rest is the text as printed, so
// a read parses a few hundred bytes of JSON, not the text. Deleting it is always safe.

export const TEXT_CACHE_V = 1;

/** The commands whose text is kept, each in a file of its own. */
export type CachedText = 'list' | 'next';

interface TextCacheHeader extends CacheHeader {
  v: typeof TEXT_CACHE_V;
  mlroad: string;
  /** What else the text was rendered for: its language, colour level, and whatever the command adds. */
  look: string;
}

export const textCachePath = (dir: string, name: CachedText) => join(dir, `${name}-view.txt`);

/** The language and colour level the text was rendered in, and `more` the command depends on. */
export const lookOf = (ctx: Context, more = '') => `${ctx.lang}:${ctx.style.level}${more ? `:${more}` : ''}`;

/** The text `name` printed, while it still holds for `look` and this context; undefined otherwise. */
export function readTextCache(ctx: Context, name: CachedText, look: string): string | undefined {
  let text: string;
  let header: TextCacheHeader;
  try {
    text = readOwnFile(textCachePath(ctx.configDir, name));
    header = JSON.parse(text.slice(0, text.indexOf('\n'))) as TextCacheHeader;
    // (A null header throws here, inside the try.)
    if (header.v !== TEXT_CACHE_V || header.mlroad !== VERSION || header.look !== look || !stillHolds(ctx, header)) return undefined;
  } catch {
    return undefined; // none, damaged, or not a file: recompute
  }
  return text.slice(text.indexOf('\n') + 1);
}

export interface TextCacheEntry {
  name: CachedText;
  look: string;
  loaded: LoadedRoadmap;
  progress: RoadmapProgress;
  /** The `mlroad use` choice the text was computed under. */
  selected: string | undefined;
  /** The progress file's stamp taken before it was read (see viewHeader). */
  stamp: FileStamp | null;
  /** When the text stops being true without any file changing (a card falls due, the day's tip changes); null: never. */
  validUntil: string | null;
  text: string;
}

/** Best effort, as it is only a cache. */
export function writeTextCache(ctx: Context, entry: TextCacheEntry): void {
  const header: TextCacheHeader = {
    v: TEXT_CACHE_V,
    mlroad: VERSION,
    look: entry.look,
    ...viewHeader(ctx, entry.loaded, entry.progress, entry.selected, entry.stamp, entry.validUntil),
  };
  try {
    makeDir(ctx.configDir);
    // Stryker disable next-line ObjectLiteral,BooleanLiteral: whether a cache is flushed to disk cannot be seen without a power cut
    writeFileAtomic(textCachePath(ctx.configDir, entry.name), `${JSON.stringify(header)}\n${entry.text}`, { durable: false });
  } catch {
    // Text that cannot be cached is rendered next time; never fail a command for it.
  }
}
