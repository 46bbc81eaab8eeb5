import { InterruptedError } from '../errors.js';
import type { Context } from '../context.js';

// The only module that imports inquirer; command tests replace it with scripted answers.

export interface Choice<T> {
  value: T;
  name: string;
}

export interface Prompts {
  select<T>(message: string, choices: Choice<T>[]): Promise<T>;
  checkbox<T>(message: string, choices: Choice<T>[]): Promise<T[]>;
  input(message: string, validate?: (value: string) => string | true): Promise<string>;
  confirm(message: string, initial?: boolean): Promise<boolean>;
}

/** Inquirer bound to the context's streams; Ctrl+C becomes InterruptedError. */
export function inquirerPrompts(ctx: Context): Prompts {
  const context = { input: ctx.stdin, output: ctx.stdout as NodeJS.WritableStream, clearPromptOnDone: false };
  return {
    async select(message, choices) {
      const { select } = await import('@inquirer/prompts');
      return guard(ctx, () => select({ message, choices, loop: false, pageSize: 12 }, context));
    },
    async checkbox(message, choices) {
      const { checkbox } = await import('@inquirer/prompts');
      return guard(ctx, () => checkbox({ message, choices, loop: false, pageSize: 12 }, context));
    },
    async input(message, validate) {
      const { input } = await import('@inquirer/prompts');
      return guard(ctx, () => input({ message, validate }, context));
    },
    async confirm(message, initial = false) {
      const { confirm } = await import('@inquirer/prompts');
      return guard(ctx, () => confirm({ message, default: initial }, context));
    },
  };
}

async function guard<T>(ctx: Context, ask: () => Promise<T> & { cancel?: () => void }): Promise<T> {
  // Listening for SIGINT/SIGTERM ourselves while a prompt is up keeps inquirer's signal-exit
  // from killing the process before progress is saved; on a signal we cancel the prompt,
  // which restores the terminal, and report which signal it was.
  const watcher = ctx.signals.watch();
  const prompt = ask();
  try {
    return await Promise.race([
      prompt,
      watcher.stopped.then((signal): never => {
        prompt.cancel?.();
        throw new InterruptedError(signal);
      }),
    ]);
  } catch (error) {
    // Ctrl+C typed into the prompt arrives as a keypress, not a signal.
    if ((error as Error | undefined)?.name === 'ExitPromptError') throw new InterruptedError(ctx.signals.last() ?? 'SIGINT');
    throw error;
  } finally {
    watcher.dispose();
    prompt.catch(() => {}); // a cancelled prompt rejects later; that is expected
  }
}
