import { join } from 'node:path';
import { type Context, print, printJson } from '../context.js';
import { stripControls } from '../core/text.js';
import { UsageError } from '../errors.js';
import { openSession } from '../session.js';
import { readSolution } from '../store/workspace.js';
import { inquirerPrompts, type Prompts } from '../ui/prompts.js';
import { arg, defineCommand, flag, json } from './define.js';
import { exerciseStatus, requireExercise, roadmapDirOf } from './exercise-common.js';

/** The reference solution: freely once passed, before that only after an explicit yes. */
export async function solution(ctx: Context, id: string, options: { yes?: boolean; json?: boolean; prompts?: Prompts }): Promise<void> {
  const session = await openSession(ctx);
  const exercise = requireExercise(ctx.t, session.loaded.roadmap, id);
  if (!exercise.solution) throw new UsageError(ctx.t('solution.none', { id }));
  if (exerciseStatus(session.progress, id) !== 'passed' && !options.yes) {
    if (!ctx.interactive) throw new UsageError(ctx.t('solution.notYet', { id }));
    const prompts = options.prompts ?? inquirerPrompts(ctx);
    if (!(await prompts.confirm(ctx.t('solution.confirm'), false))) return;
  }
  const files = readSolution(join(roadmapDirOf(session), exercise.solution)).map((f) => ({ path: f.path, text: stripControls(f.text.replace(/\r\n/g, '\n')) }));
  if (options.json) return printJson(ctx, { exercise: id, files });
  print(
    ctx.stdout,
    files.flatMap((f) => [ctx.style.bold(`── ${f.path}`), f.text.trimEnd(), '']),
  );
}

export const solutionCommand = defineCommand({
  name: 'solution',
  summary: 'help.cmd.solution',
  args: [arg('<exercise-id>')],
  options: { yes: flag('--yes', 'help.opt.yesSolution'), json },
  run: ({ ctx, args: [id], options }) => solution(ctx, id, options),
});
