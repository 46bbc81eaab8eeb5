import type { Context } from '../context.js';
import { InterruptedError } from '../errors.js';
import type { MessageKey, Translator } from '../i18n/index.js';

// The only module that imports inquirer; command tests replace it with scripted answers.

export interface Choice<T> {
  value: T;
  name: string;
  /** Shown once answered; defaults to the name. */
  short?: string;
}

export interface Prompts {
  /** `initial` is where the cursor starts, so a bare Enter picks it (the first choice when absent). */
  select<T>(message: string, choices: Choice<T>[], initial?: T): Promise<T>;
  checkbox<T>(message: string, choices: Choice<T>[]): Promise<T[]>;
  input(message: string, validate?: (value: string) => string | true): Promise<string>;
  confirm(message: string, initial?: boolean): Promise<boolean>;
}

/** Inquirer bound to the context's streams; Ctrl+C becomes InterruptedError. */
export function inquirerPrompts(ctx: Context): Prompts {
  const { t } = ctx;
  // process.stdin builds a stream and loads node:net on first touch (~4 ms): only a prompt shown touches it.
  const context = () => ({ input: ctx.stdin, output: ctx.stdout as NodeJS.WritableStream, clearPromptOnDone: false });
  // Inquirer's key hints are English; say them in the learner's language.
  const theme = {
    style: {
      keysHelpTip: (keys: [string, string][]) => keys.map(([key, action]) => `${key === 'space' ? t('keys.space') : key} ${keyAction(t, action)}`).join(' • '),
    },
  };
  const select: Prompts['select'] = async (message, choices, initial) => {
    const { select: ask } = await import('@inquirer/prompts');
    return guard(ctx, () => ask({ message, choices, default: initial, loop: false, pageSize: 12, theme }, context()));
  };
  return {
    select,
    async checkbox(message, choices) {
      const { checkbox } = await import('@inquirer/prompts');
      return guard(ctx, () => checkbox({ message, choices, loop: false, pageSize: 12, theme }, context()));
    },
    async input(message, validate) {
      const { input } = await import('@inquirer/prompts');
      return guard(ctx, () => input({ message, validate }, context()));
    },
    // A two-way select rather than inquirer's (y/N), whose letters are English.
    confirm: (message, initial = false) =>
      select(
        message,
        initial
          ? [
              { value: true, name: t('prompt.yes') },
              { value: false, name: t('prompt.no') },
            ]
          : [
              { value: false, name: t('prompt.no') },
              { value: true, name: t('prompt.yes') },
            ],
      ),
  };
}

const KEY_ACTIONS: Record<string, MessageKey> = {
  navigate: 'keys.navigate',
  select: 'keys.select',
  all: 'keys.all',
  invert: 'keys.invert',
  submit: 'keys.submit',
};

function keyAction(t: Translator, action: string): string {
  const key = KEY_ACTIONS[action];
  return key ? t(key) : action;
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
