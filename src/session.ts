import type { Context } from './context.js';
import { type ProgressFile, type RoadmapProgress, roadmapProgress, withRoadmapProgress } from './core/progress/model.js';
import { attemptedQuizzes } from './core/progress/summary.js';
import { StorageError } from './errors.js';
import type { Translator } from './i18n/index.js';
import type { LazyField } from './store/progress-layout.js';
import { ProgressStore, type ReadOptions } from './store/progress-store.js';
import { writePromptCache } from './store/prompt-cache.js';
import { roadmapLocation } from './store/roadmap-choice.js';
import { type LoadedRoadmap, loadRoadmap } from './store/roadmap-loader.js';
import { describeError, describeNotice } from './ui/describe-error.js';

/** The learner's progress file and the roadmap in use, loaded once per command. */
export interface Session {
  ctx: Context;
  store: ProgressStore;
  file: ProgressFile;
  loaded: LoadedRoadmap;
  progress: RoadmapProgress;
  /**
   * Applies a change to this roadmap's progress under the lock; returns the new progress.
   * `recover`: if the save fails, the changed progress goes to a recovery file, and the error
   * says where and how to import it (a quiz's answers are never lost).
   */
  /** This roadmap's progress with its review log, read now (the streak counts review days). */
  withLog(): Promise<RoadmapProgress>;
  update(
    change: (progress: RoadmapProgress, file: ProgressFile) => RoadmapProgress | ProgressFile,
    options?: ReadOptions & { recover?: boolean },
  ): Promise<RoadmapProgress>;
}

export interface SessionOptions extends ReadOptions {
  /**
   * 'attempted': the command reads no quiz file but for pass marks, which only attempted quizzes
   * have, so the other quiz files are not checked against the roadmap cache (status, list, next).
   */
  quizFiles?: 'attempted';
  /** Sections the command reads little of, left unparsed until used (see ProgressStoreOptions.lazySections). */
  lazySections?: readonly LazyField[];
}

export function openStore(ctx: Context, afterWrite?: (file: ProgressFile) => void, lazySections?: readonly LazyField[]): ProgressStore {
  const wait = Number(ctx.env.MLROAD_LOCK_WAIT_MS);
  return new ProgressStore({
    dir: ctx.configDir,
    now: ctx.now,
    notice: (n) => ctx.warn(describeNotice(ctx.t, n)),
    afterWrite,
    lockWaitMs: Number.isInteger(wait) && wait >= 0 ? wait : undefined,
    lazySections,
  });
}

export async function openSession(ctx: Context, options: SessionOptions = {}): Promise<Session> {
  let loaded: LoadedRoadmap | undefined;
  const store = openStore(
    ctx,
    (file) => {
      if (loaded) writePromptCache(ctx, loaded, file);
    },
    options.lazySections,
  );
  const file = await store.read(options);
  loaded = await loadRoadmap(roadmapLocation(ctx, file), {
    cacheDir: ctx.cacheDir,
    lang: ctx.lang,
    quizzesUsed: options.quizFiles === 'attempted' ? (id) => attemptedQuizzes(roadmapProgress(file, id)) : undefined,
  });
  const id = loaded.roadmap.id;
  const apply = (current: ProgressFile, change: Parameters<Session['update']>[0]) => {
    const result = change(roadmapProgress(current, id), current);
    return 'version' in result ? result : withRoadmapProgress(current, id, result);
  };
  const session: Session = {
    ctx,
    store,
    file,
    loaded,
    progress: roadmapProgress(file, id),
    async withLog() {
      return roadmapProgress(await store.read({ log: true }), id);
    },
    async update(change, updateOptions = {}) {
      let next: ProgressFile;
      try {
        next = await store.update((current) => apply(current, change), { log: updateOptions.log ?? options.log });
      } catch (error) {
        if (!updateOptions.recover || !(error instanceof StorageError)) throw error;
        throw saveToRecovery(ctx.t, store, apply(session.file, change), error);
      }
      session.file = next;
      session.progress = roadmapProgress(next, id);
      return session.progress;
    },
  };
  return session;
}

function saveToRecovery(t: Translator, store: ProgressStore, file: ProgressFile, cause: StorageError): Error {
  let path: string;
  try {
    path = store.writeRecovery(file);
  } catch {
    return cause; // nowhere to keep them either; the original reason is the one to fix
  }
  return new StorageError(`answers saved to ${path}`, cause.path, 'savedToRecovery', { path, reason: describeError(t, cause) });
}
