import type { Context } from '../context.js';
import { ProgressStore } from './progress-store.js';
import { type PromptCache, progressStamp, writePromptCache } from './prompt-cache.js';
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
  const state = new ProgressStore({ dir: ctx.configDir }).inspect();
  if (state.kind !== 'ok') throw new Error(`progress file is ${state.kind}`);
  const loaded = await loadRoadmap(roadmapLocation(ctx, state.file), { cacheDir: ctx.cacheDir, lang: ctx.lang });
  return writePromptCache(ctx, loaded, state.file, stamp);
}
