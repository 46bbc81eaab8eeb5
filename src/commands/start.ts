import { existsSync } from 'node:fs';
import { type Context, print, printJson } from '../context.js';
import { localize } from '../core/text.js';
import { openSession } from '../session.js';
import { copyStarter, exerciseFolder, moveAside } from '../store/workspace.js';
import { arg, defineCommand, flag, json } from './define.js';
import { exerciseRecord, requireExercise, roadmapDirOf, workspaceOf } from './exercise-common.js';

/** Copies the starter into the workspace; never over the learner's files unless --reset moves them aside. */
export async function startExercise(ctx: Context, id: string, options: { reset?: boolean; json?: boolean }): Promise<void> {
  const session = await openSession(ctx, { lazySections: ['cards', 'attempts'] });
  const exercise = requireExercise(ctx.t, session.loaded.roadmap, id);
  const folder = exerciseFolder(workspaceOf(session), exercise.id);
  let movedTo: string | undefined;
  const already = existsSync(folder);
  if (already && options.reset) movedTo = moveAside(folder, ctx.now());
  if (!already || options.reset) copyStarter(roadmapDirOf(session), exercise, folder);
  const at = ctx.now().toISOString();
  await session.update((p) => {
    const prior = exerciseRecord(p, exercise.id);
    const record = prior ?? { status: 'started' as const, attempts: 0, startedAt: at, hintsShown: 0 };
    return { ...p, exercises: { ...p.exercises, [exercise.id]: record } };
  });
  const state = already && !options.reset ? 'existing' : movedTo ? 'reset' : 'started';
  if (options.json) return printJson(ctx, { exercise: exercise.id, path: folder, state, movedTo: movedTo ?? null });
  const lines = [
    state === 'existing' ? ctx.t('start.already', { path: folder }) : ctx.t('start.ready', { path: folder }),
    ...(movedTo ? [ctx.t('start.movedAside', { path: movedTo })] : []),
    '',
    ctx.style.bold(localize(exercise.title, ctx.lang)),
    localize(exercise.instructions, ctx.lang).trimEnd(),
    '',
    ctx.t('start.then', { id: exercise.id }),
  ];
  print(ctx.stdout, lines);
}

export const startCommand = defineCommand({
  name: 'start',
  summary: 'help.cmd.start',
  args: [arg('<exercise-id>')],
  options: { reset: flag('--reset', 'help.opt.reset'), json },
  run: ({ ctx, args: [id], options }) => startExercise(ctx, id, options),
});
