import { chooseRoadmap } from '../core/roadmap/precedence.js';
import { type FileStamp, filesUnchanged, resolveMainFile, sameStamp } from './file-stamp.js';
import { progressPath } from './paths.js';

// Kept free of heavy imports: the prompt fast path uses it too.

/** What a cache computed from the progress file and a roadmap records, to know when it is stale. */
export interface CacheHeader {
  /** When it was written (ISO, by the command's clock). */
  at: string;
  /** Main file of the roadmap it describes. */
  roadmap: string;
  /** The `mlroad use` choice when it was written; a change also changes the progress file. */
  selected: string | null;
  /** The roadmap files its figures depend on. */
  files: FileStamp[];
  progress: FileStamp | null;
  /** When the next review card falls due (ISO), after which it is stale. */
  validUntil: string | null;
}

/**
 * Why the cache no longer tells the truth about the roadmap and progress in use (undefined:
 * it does): the progress file or a roadmap file changed, another roadmap is chosen, a card
 * fell due, or the clock went back before it was written.
 */
export function staleness(
  header: CacheHeader,
  dir: string,
  env: Readonly<Record<string, string | undefined>>,
  bundledRoadmap: string,
  roadmapFlag?: string,
): string | undefined {
  if (!sameStamp(progressPath(dir), header.progress)) return 'progress changed since';
  const { location } = chooseRoadmap({ flag: roadmapFlag, env: env.MLROAD_ROADMAP, selected: header.selected, bundled: bundledRoadmap });
  if (resolveMainFile(location) !== header.roadmap) return 'another roadmap is in use';
  if (!filesUnchanged(header.files)) return 'the roadmap changed since';
  const now = env.MLROAD_NOW ? Date.parse(env.MLROAD_NOW) : Date.now();
  // (Without `validUntil !== null`, Date.parse(null) is NaN, never <= now: an equivalent mutant.)
  if (Number.isNaN(now) || (header.validUntil !== null && Date.parse(header.validUntil) <= now)) return 'review cards fell due since';
  // The clock went back (or the cache came from a pinned future): its due count cannot be trusted.
  if (!(Date.parse(header.at) <= now)) return 'written in the future';
  return undefined;
}
