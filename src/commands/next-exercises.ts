import type { Context } from '../context.js';
import { exerciseStatus } from '../core/progress/exercises.js';
import type { Topic } from '../core/roadmap/types.js';
import { localize } from '../core/text.js';
import type { Session } from '../session.js';

// exercises: what `next` adds when the current topic has exercises. Kept apart so next's menu
// can be reworked without touching this.

/** The topic's exercises with their status; shown with the topic, runs nothing. */
export function nextExerciseLines(session: Session, topic: Topic): string[] {
  const ids = topic.exercises ?? [];
  if (ids.length === 0) return [];
  const { ctx, loaded, progress } = session;
  return [
    '',
    ctx.style.bold(ctx.t('show.exercises')),
    ...ids.map((id) => {
      const e = loaded.roadmap.exercises?.find((x) => x.id === id);
      return `  ${id}  ${e ? localize(e.title, ctx.lang) : id} — ${ctx.t(`exercise.status.${exerciseStatus(progress, id)}`)}`;
    }),
  ];
}

export interface ExerciseChoice {
  value: 'exercise';
  name: string;
  exercise: string;
  verb: 'start' | 'check';
}

/** "Start the exercise" for the first one not started, else "Check it" for the first not passed. */
export function nextExerciseChoice(session: Session, topic: Topic): ExerciseChoice | undefined {
  const ids = topic.exercises ?? [];
  const open = ids.find((id) => exerciseStatus(session.progress, id) !== 'passed');
  if (!open) return undefined;
  const verb = exerciseStatus(session.progress, open) === 'todo' ? 'start' : 'check';
  return {
    value: 'exercise',
    exercise: open,
    verb,
    name: session.ctx.t(verb === 'start' ? 'next.choice.startExercise' : 'next.choice.checkExercise', { id: open }),
  };
}

export async function runNextExercise(ctx: Context, choice: ExerciseChoice): Promise<void> {
  if (choice.verb === 'start') return (await import('./start.js')).startExercise(ctx, choice.exercise, {});
  await (await import('./check.js')).check(ctx, choice.exercise, {});
}
