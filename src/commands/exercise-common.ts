import { dirname } from 'node:path';
import type { Context } from '../context.js';
import { type ExerciseStatus, exerciseRecord, exerciseStatus } from '../core/progress/exercises.js';
import type { Exercise, Roadmap } from '../core/roadmap/types.js';
import { suggest } from '../core/suggest.js';
import { UsageError } from '../errors.js';
import type { Translator } from '../i18n/index.js';
import type { Session } from '../session.js';
import { exerciseAt, exerciseFolder, workspaceDir } from '../store/workspace.js';

// exercises: what the exercise commands share.

export { type ExerciseStatus, exerciseCounts, exerciseRecord, exerciseStatus, isProject, topicsByExercise } from '../core/progress/exercises.js';

export function requireExercise(t: Translator, roadmap: Roadmap, id: string): Exercise {
  const found = roadmap.exercises.find((e) => e.id === id);
  if (found) return found;
  const close = suggest(
    id,
    roadmap.exercises.map((e) => e.id),
  );
  const hint = close.length ? ` ${t('error.didYouMean', { list: close.map((c) => `"${c}"`).join(', ') })}` : '';
  throw new UsageError(`${t('exercise.unknown', { id })}${hint}`);
}

export function workspaceOf(session: Session): string {
  return workspaceDir(session.ctx.env, session.file.settings.workspace);
}

export const roadmapDirOf = (session: Session) => dirname(session.loaded.mainFile);

/** The id given; else the exercise whose folder holds the working directory; else the next one not passed. */
export function pickExercise(session: Session, id: string | undefined, cwd = process.cwd()): Exercise {
  const { roadmap } = session.loaded;
  if (id !== undefined) return requireExercise(session.ctx.t, roadmap, id);
  const ids = roadmap.exercises.map((e) => e.id);
  const here = exerciseAt(workspaceOf(session), cwd, ids);
  if (here) return requireExercise(session.ctx.t, roadmap, here);
  const next = roadmap.exercises.find((e) => exerciseStatus(session.progress, e.id) !== 'passed');
  if (!next) throw new UsageError(session.ctx.t(ids.length ? 'exercise.allPassed' : 'exercise.none'));
  return next;
}

/** The folder of a started exercise; an exercise not started is the learner's mistake. */
export function startedFolder(session: Session, exercise: Exercise): string {
  const folder = exerciseFolder(workspaceOf(session), exercise.id);
  if (!exerciseRecord(session.progress, exercise.id)) throw new UsageError(session.ctx.t('exercise.notStarted', { id: exercise.id }));
  return folder;
}

export function statusWord(ctx: Context, status: ExerciseStatus): string {
  if (status === 'passed') return ctx.style.green(ctx.t('exercise.status.passed'));
  if (status === 'started') return ctx.style.yellow(ctx.t('exercise.status.started'));
  return ctx.t('exercise.status.todo');
}
