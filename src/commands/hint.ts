import { type Context, print, printJson } from '../context.js';
import { localize } from '../core/text.js';
import { openSession } from '../session.js';
import { arg, defineCommand, json } from './define.js';
import { exerciseRecord, pickExercise, startedFolder } from './exercise-common.js';

/** The next hint of a started exercise, one more each time; the last one again once all are shown. */
export async function hint(ctx: Context, id: string | undefined, options: { json?: boolean }): Promise<void> {
  const session = await openSession(ctx, { lazySections: ['cards', 'attempts'] });
  const exercise = pickExercise(session, id);
  startedFolder(session, exercise);
  const total = exercise.hints.length;
  const shown = exerciseRecord(session.progress, exercise.id)?.hintsShown ?? 0;
  const index = Math.min(shown, total - 1);
  if (total > 0 && shown < total) {
    await session.update((p) => {
      const record = exerciseRecord(p, exercise.id)!;
      return { ...p, exercises: { ...p.exercises, [exercise.id]: { ...record, hintsShown: Math.min(total, record.hintsShown + 1) } } };
    });
  }
  const text = total > 0 ? localize(exercise.hints[index], ctx.lang) : undefined;
  if (options.json) return printJson(ctx, { exercise: exercise.id, hint: text ?? null, number: total ? index + 1 : 0, total });
  if (!text) return print(ctx.stdout, ctx.t('hint.none', { id: exercise.id }));
  print(ctx.stdout, [ctx.style.bold(ctx.t('hint.header', { number: index + 1, total })), text.trimEnd(), ...(index + 1 >= total ? [ctx.t('hint.last')] : [])]);
}

export const hintCommand = defineCommand({
  name: 'hint',
  summary: 'help.cmd.hint',
  args: [arg('[exercise-id]')],
  options: { json },
  run: ({ ctx, args: [id], options }) => hint(ctx, id, options),
});
