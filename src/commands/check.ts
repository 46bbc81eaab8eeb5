import { existsSync } from 'node:fs';
import { type Context, print, printJson } from '../context.js';
import type { Exercise } from '../core/roadmap/types.js';
import { MlroadError, UsageError } from '../errors.js';
import { type Failure, parseFailures } from '../exec/failures.js';
import { findPython, installLine, missingModules, which } from '../exec/python.js';
import { OUTPUT_CAP, runArgv } from '../exec/run-check.js';
import { openSession, type Session } from '../session.js';
import { refreshCheckFiles } from '../store/workspace.js';
import type { Prompts } from '../ui/prompts.js';
import { arg, defineCommand, flag, json, type Outcome } from './define.js';
import { exerciseRecord, pickExercise, roadmapDirOf, startedFolder } from './exercise-common.js';
import { requireTrust } from './exercise-trust.js';

export interface CheckResult {
  exercise: string;
  passed: boolean;
  durationMs: number;
  failures: Failure[];
  output: string;
  timedOut: boolean;
  truncated: boolean;
}

export interface CheckOptions {
  trust?: boolean;
  json?: boolean;
  prompts?: Prompts;
  signal?: AbortSignal;
}

export async function check(ctx: Context, id: string | undefined, options: CheckOptions): Promise<Outcome> {
  const session = await openSession(ctx, { lazySections: ['cards', 'attempts'] });
  const exercise = pickExercise(session, id);
  const result = await runExerciseCheck(session, exercise, options);
  if (options.json)
    printJson(ctx, { exercise: result.exercise, passed: result.passed, durationMs: result.durationMs, failures: result.failures, output: result.output });
  else print(ctx.stdout, renderCheck(ctx, result));
  return result.passed ? undefined : 'failed';
}

/** Trust, interpreter, requirements, fresh check files, the run, and its record: shared with watch. */
export async function runExerciseCheck(session: Session, exercise: Exercise, options: CheckOptions): Promise<CheckResult> {
  const { ctx } = session;
  const folder = startedFolder(session, exercise);
  if (!existsSync(folder)) throw new UsageError(ctx.t('check.folderGone', { path: folder, id: exercise.id }));
  const needsPython = exercise.check.run.some((a) => a.includes('{python}')) || (exercise.requires?.modules.length ?? 0) > 0;
  // Only a check that runs Python, or needs its modules, looks for it (a PATH search).
  const python = needsPython ? findPython(ctx.env, session.file.settings.python) : undefined;
  const argv = exercise.check.run.map((a) => a.replaceAll('{python}', python ?? 'python3'));
  // Trust comes first: nothing, not even a probe, runs for a roadmap not trusted.
  await requireTrust(session, exercise, argv, options);
  if (needsPython && !python) throw new UsageError(ctx.t('check.noPython'));
  const programs = (exercise.requires?.programs ?? []).filter((p) => !which(p, ctx.env));
  if (programs.length) throw new UsageError(ctx.t('check.missingPrograms', { list: programs.join(', ') }));
  const modules = exercise.requires?.modules ?? [];
  if (python && modules.length) {
    const missing = await missingModules(python, modules, folder);
    if ('error' in missing) throw new UsageError(ctx.t('check.pythonBroken', { python, detail: missing.error }));
    if (missing.length) throw new UsageError(ctx.t('check.missingModules', { list: missing.join(', '), python, line: installLine(missing) }));
  }
  refreshCheckFiles(roadmapDirOf(session), exercise, folder);
  const run = await runArgv({ argv, cwd: folder, timeoutMs: exercise.check.timeout * 1000, signal: options.signal });
  if (run.error) throw new MlroadError(ctx.t('check.cannotRun', { program: argv[0]!, detail: run.error }));
  const passed = run.exitCode === 0;
  const at = ctx.now().toISOString();
  // A run cut short by watch (a newer save, or quitting) is not an attempt.
  if (!options.signal?.aborted)
    await session.update((p) => {
      const prior = exerciseRecord(p, exercise.id) ?? { status: 'started' as const, attempts: 0, startedAt: at, hintsShown: 0 };
      const record = {
        ...prior,
        attempts: prior.attempts + 1,
        status: passed || prior.status === 'passed' ? ('passed' as const) : ('started' as const),
        ...(passed && !prior.passedAt ? { passedAt: at } : {}),
        last: { at, passed, durationMs: run.durationMs },
      };
      return { ...p, exercises: { ...p.exercises, [exercise.id]: record } };
    });
  return {
    exercise: exercise.id,
    passed,
    durationMs: run.durationMs,
    failures: passed ? [] : parseFailures(run.output),
    output: run.output,
    timedOut: run.timedOut,
    truncated: run.truncated,
  };
}

export function renderCheck(ctx: Context, r: CheckResult): string[] {
  const seconds = (r.durationMs / 1000).toFixed(1);
  if (r.passed) return [ctx.style.green(ctx.t('check.passed', { id: r.exercise, seconds }))];
  const lines = [ctx.style.red(ctx.t(r.timedOut ? 'check.timedOut' : 'check.failed', { id: r.exercise, seconds }))];
  if (r.failures.length) for (const f of r.failures) lines.push(`  ✗ ${f.test}`, `    ${f.message}`);
  else lines.push(r.output.trimEnd());
  if (r.truncated) lines.push(ctx.t('check.truncated', { mb: OUTPUT_CAP / 1048576 }));
  lines.push(ctx.t('check.hintTip', { id: r.exercise }));
  return lines;
}

export const checkCommand = defineCommand({
  name: 'check',
  summary: 'help.cmd.check',
  args: [arg('[exercise-id]')],
  options: { trust: flag('--trust', 'help.opt.trust'), json },
  run: ({ ctx, args: [id], options }) => check(ctx, id, options),
});
