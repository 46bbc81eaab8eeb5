import { type FSWatcher, watch as watchFiles } from 'node:fs';
import { type Context, print } from '../context.js';
import type { Exercise } from '../core/roadmap/types.js';
import { InterruptedError, MlroadError } from '../errors.js';
import { openSession } from '../session.js';
import { exerciseFolder } from '../store/workspace.js';
import { renderCheck, runExerciseCheck } from './check.js';
import { arg, defineCommand, flag } from './define.js';
import { exerciseStatus, pickExercise, startedFolder, workspaceOf } from './exercise-common.js';

const DEBOUNCE_MS = 300;

/** Re-checks on every save in the exercise's folder, as rustlings' watch mode does. */
export async function watchExercise(ctx: Context, id: string | undefined, options: { trust?: boolean }): Promise<void> {
  const session = await openSession(ctx);
  let exercise = pickExercise(session, id);
  startedFolder(session, exercise);
  const signals = ctx.signals.watch();
  let running: AbortController | undefined;
  let current: Promise<void> | undefined;
  let again = false;
  let watcher: FSWatcher | undefined;
  let timer: NodeJS.Timeout | undefined;
  let quit: (value: 'quit' | Error) => void = () => {};
  const done = new Promise<'quit' | Error>((resolve) => (quit = resolve));

  const runOnce = () => {
    current = checkOnce();
    return current;
  };
  const checkOnce = async () => {
    if (running) {
      again = true;
      running.abort();
      return;
    }
    running = new AbortController();
    try {
      const result = await runExerciseCheck(session, exercise, { trust: options.trust, signal: running.signal });
      print(ctx.stdout, ['', ...renderCheck(ctx, result), ctx.style.dim(ctx.t('watch.keys'))]);
    } catch (error) {
      if (error instanceof MlroadError) quit(error);
      else throw error;
    } finally {
      running = undefined;
    }
    if (again) {
      again = false;
      void runOnce();
    }
  };
  const follow = (next: Exercise) => {
    exercise = next;
    watcher?.close();
    watcher = watchFiles(exerciseFolder(workspaceOf(session), next.id), { recursive: true }, (_event, name) => {
      if (name && String(name).startsWith('.mlroad')) return;
      clearTimeout(timer);
      timer = setTimeout(() => void runOnce(), DEBOUNCE_MS);
    });
    print(ctx.stdout, ctx.t('watch.watching', { id: next.id }));
    void runOnce();
  };

  const stdin = ctx.stdin;
  const raw = Boolean(stdin.isTTY && stdin.setRawMode);
  if (raw) stdin.setRawMode!(true);
  const onKey = async (chunk: Buffer | string) => {
    for (const key of String(chunk)) {
      if (key === 'q') return quit('quit');
      if (key === '\u0003') return quit(new InterruptedError('SIGINT'));
      if (key === 'c') void runOnce();
      if (key === 'h') await (await import('./hint.js')).hint(ctx, exercise.id, {});
      if (key === 'n') {
        const next = session.loaded.roadmap.exercises.find((e) => e.id !== exercise.id && exerciseStatus(session.progress, e.id) !== 'passed');
        if (!next) print(ctx.stdout, ctx.t('exercise.allPassed'));
        else {
          if (exerciseStatus(session.progress, next.id) === 'todo') await (await import('./start.js')).startExercise(ctx, next.id, {});
          await session.update((p) => p); // re-read what start recorded
          follow(next);
        }
      }
    }
  };
  stdin.on('data', onKey);
  follow(exercise);
  const outcome = await Promise.race([done, signals.stopped.then((s) => new InterruptedError(s))]);
  // Nothing outlives watch: the running check's whole group is killed before we return.
  clearTimeout(timer);
  running?.abort();
  await current?.catch(() => {});
  watcher?.close();
  signals.dispose();
  stdin.off('data', onKey);
  if (raw) stdin.setRawMode!(false);
  (stdin as NodeJS.ReadStream).pause?.();
  if (outcome instanceof Error) throw outcome;
}

export const watchCommand = defineCommand({
  name: 'watch',
  summary: 'help.cmd.watch',
  args: [arg('[exercise-id]')],
  options: { trust: flag('--trust', 'help.opt.trust') },
  run: ({ ctx, args: [id], options }) => watchExercise(ctx, id, options),
});
