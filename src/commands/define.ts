import type { Command } from 'commander';
import type { Context } from '../context.js';
import type { MessageKey } from '../i18n/index.js';

/**
 * What a command reports back instead of an exit code: main.ts alone turns it into one.
 * `invalid`: the input checked was wrong (validate); `unhealthy`: doctor found a problem it
 * could not fix; `failed`: the learner's check ran and did not pass.
 */
export type Outcome = void | 'invalid' | 'unhealthy' | 'failed';

/** A positional argument in commander's syntax: `<id>`, `[id]`, `<ids...>`, `[ids...]`. */
export interface ArgSpec<S extends string = string> {
  syntax: S;
  help?: MessageKey;
  /** Literal help text, for arguments whose description is itself a list (`bash | zsh`). */
  helpText?: string;
  defaultValue?: string;
}

/** The value an argument parses to, read off its syntax so it is typed once. */
export type ArgValue<S extends string> = S extends `${string}...${string}` ? string[] : S extends `<${string}>` ? string : string | undefined;

export type ArgValues<A extends readonly ArgSpec[]> = { -readonly [I in keyof A]: A[I] extends ArgSpec<infer S> ? ArgValue<S> : never };

export interface OptionSpec<T = unknown> {
  /** commander's flags, e.g. `-n, --count <n>`; the option's key must be commander's attribute name for it. */
  flags: string;
  help: MessageKey;
  /** Only carries the value's type. */
  readonly type?: T;
}

export type OptionValues<O extends Options> = { [K in keyof O]: O[K] extends OptionSpec<infer T> ? T : never };

export type Options = Readonly<Record<string, OptionSpec>>;

/** An on/off switch such as `--json`. */
export function flag(flags: string, help: MessageKey): OptionSpec<boolean | undefined> {
  return { flags, help };
}

/** An option that takes a value, such as `--count <n>`. */
export function valued(flags: string, help: MessageKey): OptionSpec<string | undefined> {
  return { flags, help };
}

export function arg<const S extends string>(syntax: S, help?: MessageKey, defaultValue?: string): ArgSpec<S> {
  return { syntax, help, defaultValue };
}

/** Every command that prints data takes `--json`. */
export const json = flag('--json', 'help.opt.json');

export interface Invocation<A extends readonly ArgSpec[], O extends Options> {
  ctx: Context;
  args: ArgValues<A>;
  options: OptionValues<O>;
  /** The whole program, for the few commands that describe it (completion). */
  program: Command;
}

export interface CommandDefinition<A extends readonly ArgSpec[] = readonly ArgSpec[], O extends Options = Options> {
  name: string;
  summary: MessageKey;
  hidden?: boolean;
  /** Reads every other command's parser (completion), so the whole program is built for it. */
  describesProgram?: boolean;
  args?: A;
  options?: O;
  /** Absent for a group such as `config`, whose work is done by its subcommands. */
  run?: (invocation: Invocation<A, O>) => Promise<Outcome>;
  subcommands?: readonly AnyCommand[];
}

// The registry holds definitions of every shape; each is checked against its own types where it is written.
export type AnyCommand = CommandDefinition<any, any>;

/** Declares a command once: its parser entries and its handler share these types. */
export function defineCommand<const A extends readonly ArgSpec[] = [], const O extends Options = {}>(
  definition: CommandDefinition<A, O>,
): CommandDefinition<A, O> {
  return definition;
}
