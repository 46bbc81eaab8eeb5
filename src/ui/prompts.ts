import { InterruptedError } from '../errors.js';
import type { Context } from '../context.js';

// The only module that imports inquirer; command tests replace it with scripted answers.

export interface Choice<T> {
  value: T;
  name: string;
}

export interface Prompts {
  select<T>(message: string, choices: Choice<T>[]): Promise<T>;
  confirm(message: string, initial?: boolean): Promise<boolean>;
}

/** Inquirer bound to the context's streams; Ctrl+C becomes InterruptedError. */
export function inquirerPrompts(ctx: Context): Prompts {
  const context = { input: ctx.stdin, output: ctx.stdout as NodeJS.WritableStream, clearPromptOnDone: false };
  return {
    async select(message, choices) {
      const { select } = await import('@inquirer/prompts');
      return guard(() => select({ message, choices, loop: false }, context));
    },
    async confirm(message, initial = false) {
      const { confirm } = await import('@inquirer/prompts');
      return guard(() => confirm({ message, default: initial }, context));
    },
  };
}

async function guard<T>(ask: () => Promise<T>): Promise<T> {
  try {
    return await ask();
  } catch (error) {
    if ((error as Error | undefined)?.name === 'ExitPromptError') throw new InterruptedError('SIGINT');
    throw error;
  }
}
