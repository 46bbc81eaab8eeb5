import { Argument, Command, Option } from 'commander';
import type { AnyCommand, Options, Outcome } from './commands/define.js';
import { GLOBAL_OPTIONS, type GlobalOptions, peekOption } from './commands/global-options.js';
import { COMMANDS } from './commands/index.js';
import { overview } from './commands/overview.js';
import { type Context, type Input, loadContext } from './context.js';
import { suggest } from './core/suggest.js';
import type { Lang } from './core/text.js';
import { UsageError } from './errors.js';
import { english, loadTranslator, localizeCommander, localizeTerms, resolveLanguage, type Translator } from './i18n/index.js';
import { configDir } from './store/paths.js';
import { ProgressStore } from './store/progress-store.js';
import { standardOutput } from './terminal.js';

export interface Streams {
  stdout?: NodeJS.WritableStream & { isTTY?: boolean; columns?: number };
  stderr?: NodeJS.WritableStream & { isTTY?: boolean };
  stdin?: Input;
  env?: Record<string, string | undefined>;
}

export interface Program {
  command: Command;
  /** What the command that ran reported, once `parseAsync` has settled. */
  outcome(): Outcome;
}

/** The language of a run: --lang (checked here, before commander parses), MLROAD_LANG, the saved setting, the locale. */
export function runLanguage(argv: readonly string[], env: Readonly<Record<string, string | undefined>>): Lang {
  const langFlag = peekOption(argv, '--lang');
  // No language is known yet, so this one error is worded in English.
  if (langFlag !== undefined && !/^(en|es)$/i.test(langFlag)) throw new UsageError(english('error.badLang', { value: langFlag }));
  return resolveLanguage({ flag: langFlag, env, saved: () => new ProgressStore({ dir: configDir(env) }).savedLanguage() });
}

/** Commander wiring only: the commands come from their own definitions, worded by `t`, the run's translator. */
export async function buildProgram(argv: readonly string[], streams: Streams = {}, translator?: Translator): Promise<Program> {
  const env = streams.env ?? process.env;
  const t = translator ?? (await loadTranslator(runLanguage(argv, env)));

  const program = new Command('mlroad');
  let outcome: Outcome;
  const context = (): Promise<Context> => {
    const g = program.opts<GlobalOptions>();
    return loadContext({ env, stdout: streams.stdout, stderr: streams.stderr, stdin: streams.stdin, roadmapFlag: g.roadmap, t, noColor: g.color === false });
  };

  program
    .usage('[options] [command]')
    .description(t('help.description'))
    .version(VERSION, '-V, --version', t('help.opt.version'))
    .helpOption('-h, --help', t('help.opt.help'))
    .helpCommand('help [command]', t('help.cmd.help'))
    .showSuggestionAfterError(true)
    .exitOverride()
    .configureOutput({
      writeOut: (s) => void (streams.stdout ?? standardOutput(1)).write(s),
      writeErr: (s) => void (streams.stderr ?? standardOutput(2)).write(s),
      outputError: (s, write) => write(localizeCommander(t, s)),
    })
    .configureHelp({
      styleTitle: (title) => localizeCommander(t, title),
      styleUsage: (usage) => localizeTerms(t, usage),
      styleSubcommandTerm: (term) => localizeTerms(t, term),
      styleOptionTerm: (term) => localizeTerms(t, term),
      styleArgumentTerm: (term) => localizeTerms(t, term.replace(/^([a-z-]+)$/, '<$1>')).replace(/^<(.*)>$/, '$1'),
    })
    .argument('[command]')
    .action(async (name: string | undefined) => {
      if (name !== undefined) throw unknownCommand(program, name, t);
      return overview(await context());
    });
  addOptions(program, GLOBAL_OPTIONS, t);

  const register = (parent: Command, definition: AnyCommand): void => {
    const command = parent.command(definition.name, { hidden: definition.hidden }).description(t(definition.summary));
    for (const spec of definition.args ?? []) {
      const argument = new Argument(spec.syntax, spec.helpText ?? (spec.help ? t(spec.help) : ''));
      if (spec.defaultValue !== undefined) argument.default(spec.defaultValue);
      command.addArgument(argument);
    }
    addOptions(command, definition.options ?? {}, t);
    for (const sub of definition.subcommands ?? []) register(command, sub);
    const run = definition.run;
    if (!run) return;
    command.action(async (...values: unknown[]) => {
      const count = definition.args?.length ?? 0;
      const args = values.slice(0, count) as string[];
      const options = values[count] as Record<string, unknown>;
      outcome = await run({ ctx: await context(), args, options, program });
    });
  };
  // Building 31 commands' parsers costs a few ms on every start; the one being run is enough,
  // except for help, typos and completion, which describe them all.
  const invoked = invokedCommand(argv);
  for (const definition of invoked ? [invoked] : COMMANDS) register(program, definition);
  // commander answers `help <unknown>` with the general help; a typo deserves the error and a suggestion.
  const [first, second] = argv;
  if (first === 'help' && second !== undefined && !second.startsWith('-') && !program.commands.some((c) => c.name() === second)) {
    throw unknownCommand(program, second, t);
  }

  return { command: program, outcome: () => outcome };
}

/** The command argv runs, when only it needs a parser: not for help, --version or an unknown name. */
export function invokedCommand(argv: readonly string[]): AnyCommand | undefined {
  const valued = new Set(Object.values(GLOBAL_OPTIONS).flatMap((o) => (o.flags.includes('<') ? o.flags.split(/[ ,]+/).filter((f) => f.startsWith('-')) : [])));
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '-h' || arg === '--help' || arg === '-V' || arg === '--version' || arg === '--') return undefined;
    if (valued.has(arg)) i++;
    else if (!arg.startsWith('-')) {
      const found = COMMANDS.find((c) => c.name === arg);
      return found?.describesProgram ? undefined : found;
    }
  }
  return undefined;
}

/**
 * Adds each declared option, its help in `t`'s language (English for a test that only checks the
 * names); its key must be the name commander stores it under, or the handler would never see it.
 */
export function addOptions(command: Command, options: Options, t: Translator = english): void {
  for (const [key, spec] of Object.entries(options)) {
    const option = new Option(spec.flags, t(spec.help));
    if (option.attributeName() !== key) throw new Error(`option ${spec.flags} must be declared as "${option.attributeName()}", not "${key}"`);
    command.addOption(option);
  }
}

function unknownCommand(program: Command, name: string, t: Translator): UsageError {
  const names = [...program.commands.filter((c) => !c.name().startsWith('__')).map((c) => c.name()), 'help'];
  const close = suggest(name, names);
  const hint = close.length ? ` ${t('error.didYouMean', { list: close.join(', ') })}` : '';
  return new UsageError(`${t('error.unknownCommand', { name })}${hint} ${t('error.seeHelp')}`);
}

declare const __MLROAD_VERSION__: string;
const VERSION = typeof __MLROAD_VERSION__ === 'string' ? __MLROAD_VERSION__ : '0.0.0-dev';
