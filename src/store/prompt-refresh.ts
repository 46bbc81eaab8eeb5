import type { Context } from '../context.js';
import { checkProgress } from '../core/progress/validate.js';
import { emptyProgress, type ProgressFile } from '../core/progress/model.js';
import { readFileSync } from 'node:fs';
import { progressPath } from './paths.js';
import { progressStamp, writePromptCache, type PromptCache } from './prompt-cache.js';
import { roadmapLocation } from './roadmap-choice.js';
import { loadRoadmap } from './roadmap-loader.js';

/**
 * Recomputes the prompt line without touching progress: a damaged progress file throws
 * (the prompt shows its marker) and is left for the next real command to repair.
 */
export async function computePromptCache(ctx: Context): Promise<PromptCache> {
  // Stamp before reading: if a writer slips in between, the stamp no longer matches and the
  // next prompt recomputes instead of trusting a line older than the file.
  const stamp = progressStamp(ctx.configDir);
  const file = readProgressStrict(ctx.configDir);
  const loaded = await loadRoadmap(roadmapLocation(ctx, file), { cacheDir: ctx.cacheDir });
  return writePromptCache(ctx, loaded, file, stamp);
}

function readProgressStrict(dir: string): ProgressFile {
  let text: string;
  try {
    text = readFileSync(progressPath(dir), 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return emptyProgress();
    throw error;
  }
  const checked = checkProgress(JSON.parse(text));
  if (checked.kind !== 'ok') throw new Error(`progress file is ${checked.kind}`);
  return checked.file;
}
