import type { Context } from './context.js';
import { roadmapProgress, withRoadmapProgress, type ProgressFile, type RoadmapProgress } from './core/progress/model.js';
import { ProgressStore } from './store/progress-store.js';
import { loadRoadmap, type LoadedRoadmap } from './store/roadmap-loader.js';
import { roadmapLocation } from './store/roadmap-choice.js';
import { writePromptCache } from './store/prompt-cache.js';

/** The learner's progress file and the roadmap in use, loaded once per command. */
export interface Session {
  ctx: Context;
  store: ProgressStore;
  file: ProgressFile;
  loaded: LoadedRoadmap;
  progress: RoadmapProgress;
  /** Applies a change to this roadmap's progress under the lock; returns the new progress. */
  update(change: (progress: RoadmapProgress, file: ProgressFile) => RoadmapProgress | ProgressFile): Promise<RoadmapProgress>;
}

export function openStore(ctx: Context, afterWrite?: (file: ProgressFile) => void): ProgressStore {
  return new ProgressStore({ dir: ctx.configDir, now: ctx.now, warn: ctx.warn, afterWrite });
}

export async function openSession(ctx: Context): Promise<Session> {
  let loaded: LoadedRoadmap | undefined;
  const store = openStore(ctx, (file) => {
    if (loaded) writePromptCache(ctx, loaded, file);
  });
  const file = await store.read();
  loaded = await loadRoadmap(roadmapLocation(ctx, file), { cacheDir: ctx.cacheDir });
  const id = loaded.roadmap.id;
  const session: Session = {
    ctx,
    store,
    file,
    loaded,
    progress: roadmapProgress(file, id),
    async update(change) {
      const next = await store.update((current) => {
        const result = change(roadmapProgress(current, id), current);
        return 'version' in result ? result : withRoadmapProgress(current, id, result);
      });
      session.file = next;
      session.progress = roadmapProgress(next, id);
      return session.progress;
    },
  };
  return session;
}
