import { makeDir } from './make-dir.js';
import type { Context } from '../context.js';
import type { ProgressFile } from '../core/progress/model.js';
import { roadmapProgress } from '../core/progress/model.js';
import { promptFields } from '../core/progress/prompt-line.js';
import { formatPromptLine, type PromptFields } from '../core/progress/prompt-format.js';
import { dueSummary } from '../core/review/due.js';
import { progressPath, promptPath, promptTextPath } from './paths.js';
import { allQuizIds, allTopicIds } from '../core/roadmap/lookup.js';
import { writeFileAtomic } from './atomic-file.js';
import { stampOf, type FileStamp } from './file-stamp.js';
import type { LoadedRoadmap } from './roadmap-loader.js';

/**
 * The precomputed prompt line, read by the fast path and by shell snippets. It is true while
 * the roadmap files and the progress file are unchanged and `validUntil` has not passed.
 */
export interface PromptCache {
  v: 1;
  /** Main file of the roadmap the line describes. */
  roadmap: string;
  /** The `mlroad use` choice when it was written; a change also changes the progress file. */
  selected: string | null;
  files: FileStamp[];
  progress: FileStamp | null;
  /** When the next review card falls due (ISO), after which the line is stale. */
  validUntil: string | null;
  fields: PromptFields;
  /** Ids for shell completion, so completing never starts the slow path. */
  topics: string[];
  quizzes: string[];
}

export function progressStamp(dir: string): FileStamp | null {
  return stampOf(progressPath(dir));
}

/** Computes the line for `file` and writes both cache files; best effort, as it is only a cache. */
export function writePromptCache(ctx: Context, loaded: LoadedRoadmap, file: ProgressFile, stamp = progressStamp(ctx.configDir)): PromptCache {
  const progress = roadmapProgress(file, loaded.roadmap.id);
  const due = dueSummary(progress, ctx.now());
  const cache: PromptCache = {
    v: 1,
    roadmap: loaded.mainFile,
    selected: file.settings.roadmap ?? null,
    files: loaded.files,
    progress: stamp,
    validUntil: due.nextReviewAt,
    fields: promptFields(loaded.roadmap, progress, due.due),
    topics: allTopicIds(loaded.roadmap),
    quizzes: allQuizIds(loaded.roadmap),
  };
  try {
    makeDir(ctx.configDir);
    writeFileAtomic(promptPath(ctx.configDir), JSON.stringify(cache), { durable: false });
    writeFileAtomic(promptTextPath(ctx.configDir), shellText(cache, progressPath(ctx.configDir)), { durable: false });
  } catch {
    // A prompt that cannot be cached is recomputed next time; never fail a command for it.
  }
  return cache;
}

/**
 * `key=value` lines that a shell reads with built-ins alone. `progress` and `roadmap` let a
 * snippet notice, with `[[ a -nt b ]]`, a file changed since this one was written.
 */
function shellText(cache: PromptCache, progress: string): string {
  const until = cache.validUntil ? Math.floor(Date.parse(cache.validUntil) / 1000) : 0;
  const f = cache.fields;
  return [
    `until=${until}`,
    `percent=${f.percent}`,
    `done=${f.done}`,
    `total=${f.total}`,
    `stage=${f.stage}`,
    `topic=${f.topic}`,
    `due=${f.due}`,
    `line=${formatPromptLine(undefined, f)}`,
    `progress=${progress}`,
    `roadmap=${cache.roadmap}`,
    `topics=${cache.topics.join(' ')}`,
    `quizzes=${cache.quizzes.join(' ')}`,
    '',
  ].join('\n');
}
