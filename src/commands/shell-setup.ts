import type { Command } from 'commander';
import { type Context, print } from '../context.js';
import { UsageError } from '../errors.js';
import type { CompletionShell } from '../shell/completion.js';
import type { PromptShell } from '../shell/prompt-snippets.js';
import { arg, defineCommand } from './define.js';

/** `mlroad prompt init <shell>`: a snippet to eval in the shell's rc file. */
export async function promptInit(ctx: Context, shell: string): Promise<void> {
  const { promptSnippet, PROMPT_SHELLS } = await import('../shell/prompt-snippets.js');
  if (!(PROMPT_SHELLS as readonly string[]).includes(shell)) {
    throw new UsageError(ctx.t('error.unknownShell', { shell, list: PROMPT_SHELLS.join(', ') }));
  }
  print(ctx.stdout, promptSnippet(shell as PromptShell, ctx.configDir));
}

/** `mlroad completion <shell>`: commands and options come from the real program, ids from the prompt file. */
export async function completion(ctx: Context, shell: string, program: Command): Promise<void> {
  const { completionScript, COMPLETION_SHELLS } = await import('../shell/completion.js');
  if (!(COMPLETION_SHELLS as readonly string[]).includes(shell)) {
    throw new UsageError(ctx.t('error.unknownShell', { shell, list: COMPLETION_SHELLS.join(', ') }));
  }
  const flags = (cmd: Command) => cmd.options.flatMap((o) => [o.short, o.long]).filter((f): f is string => Boolean(f));
  const visible = program.commands.filter((c) => !c.name().startsWith('__'));
  const valued = [...program.options, ...visible.flatMap((c) => c.options)]
    .filter((o) => o.required || o.optional)
    .flatMap((o) => [o.short, o.long])
    .filter((f): f is string => Boolean(f));
  print(
    ctx.stdout,
    completionScript(shell as CompletionShell, {
      commands: visible.map((c) => ({ name: c.name(), options: [...flags(c), '--help'] })),
      globalOptions: [...flags(program), '--help'],
      valued: [...new Set(valued)],
      dir: ctx.configDir,
    }),
  );
}

/** Hidden: the ids a completion script needs when no prompt file exists yet. */
export async function completeIds(ctx: Context, kind: string): Promise<void> {
  const { openSession } = await import('../session.js');
  const { topicStatus } = await import('../core/progress/model.js');
  const { loaded, progress } = await openSession(ctx);
  const topics = loaded.roadmap.stages.flatMap((s) => s.topics.map((x) => x.id));
  // done/skip complete topics still to do; reset, finished ones.
  const ids =
    kind === 'quizzes'
      ? loaded.roadmap.quizzes.map((q) => q.id)
      : kind === 'todo'
        ? topics.filter((id) => topicStatus(progress, id) === 'todo')
        : kind === 'finished'
          ? topics.filter((id) => topicStatus(progress, id) !== 'todo')
          : topics;
  print(ctx.stdout, ids.join(' '));
}

export const promptCommand = defineCommand({
  name: 'prompt',
  summary: 'help.cmd.prompt',
  subcommands: [
    defineCommand({
      name: 'init',
      summary: 'help.cmd.promptInit',
      args: [{ syntax: '<shell>', helpText: 'bash | zsh | fish | starship' }],
      run: ({ ctx, args: [shell] }) => promptInit(ctx, shell),
    }),
  ],
});

export const completionCommand = defineCommand({
  name: 'completion',
  summary: 'help.cmd.completion',
  describesProgram: true,
  args: [{ syntax: '<shell>', helpText: 'bash | zsh | fish' }],
  run: ({ ctx, args: [shell], program }) => completion(ctx, shell, program),
});

export const completeCommand = defineCommand({
  name: '__complete',
  summary: 'help.cmd.completion',
  hidden: true,
  args: [arg('<kind>')],
  run: ({ ctx, args: [kind] }) => completeIds(ctx, kind),
});
