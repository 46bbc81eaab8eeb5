import { Command } from 'commander';
import { makeContext, type Context } from './context.js';
import { localizeCommander, resolveLanguage, setLanguage, t } from './i18n/index.js';
import { UsageError } from './errors.js';
import { ProgressStore } from './store/progress-store.js';
import { configDir } from './store/paths.js';
import type { Lang } from './core/text.js';
import { suggest } from './core/suggest.js';

interface GlobalOptions {
  roadmap?: string;
  lang?: string;
  color?: boolean;
}

export interface Streams {
  stdout?: NodeJS.WritableStream & { isTTY?: boolean };
  stderr?: NodeJS.WritableStream & { isTTY?: boolean };
  env?: Record<string, string | undefined>;
}

/** Commander wiring only: each command's module is imported when it runs. */
export async function buildProgram(argv: readonly string[], streams: Streams = {}): Promise<Command> {
  const env = streams.env ?? process.env;
  const langFlag = peekOption(argv, '--lang');
  if (langFlag !== undefined && !/^(en|es)$/i.test(langFlag)) throw new UsageError(t('error.badLang', { value: langFlag }));
  const lang: Lang = resolveLanguage({ flag: langFlag, env, saved: new ProgressStore({ dir: configDir(env) }).savedLanguage() });
  await setLanguage(lang);

  const program = new Command('mlroad');
  const context = (): Context => {
    const g = program.opts<GlobalOptions>();
    return makeContext({ env, stdout: streams.stdout, stderr: streams.stderr, roadmapFlag: g.roadmap, lang, noColor: g.color === false });
  };

  program
    .usage('[options] [command]')
    .description(t('help.description'))
    .version(VERSION, '-V, --version', t('help.opt.version'))
    .helpOption('-h, --help', t('help.opt.help'))
    .helpCommand('help [command]', t('help.cmd.help'))
    .option('--roadmap <file-or-dir>', t('help.opt.roadmap'))
    .option('--lang <lang>', t('help.opt.lang'))
    .option('--no-color', t('help.opt.noColor'))
    .showSuggestionAfterError(true)
    .exitOverride()
    .configureOutput({
      writeOut: (s) => void (streams.stdout ?? process.stdout).write(s),
      writeErr: (s) => void (streams.stderr ?? process.stderr).write(s),
      outputError: (s, write) => write(localizeCommander(s)),
    })
    .configureHelp({
      styleTitle: (title) => localizeCommander(title),
      styleUsage: (usage) => localizeCommander(usage),
    })
    .argument('[command]')
    .action(async (name: string | undefined) => {
      if (name !== undefined) throw unknownCommand(program, name);
      return (await import('./commands/overview.js')).overview(context());
    });

  program
    .command('next')
    .description(t('help.cmd.next'))
    .option('--json', t('help.opt.json'))
    .action(async (o: { json?: boolean }) => (await import('./commands/next.js')).next(context(), o));

  program
    .command('status')
    .description(t('help.cmd.status'))
    .option('--json', t('help.opt.json'))
    .option('--prompt', t('help.opt.prompt'))
    .option('--prompt-format <template>', t('help.opt.promptFormat'))
    .action(async (o: { json?: boolean; prompt?: boolean; promptFormat?: string }) => (await import('./commands/status.js')).status(context(), o));

  program
    .command('list')
    .description(t('help.cmd.list'))
    .option('--json', t('help.opt.json'))
    .action(async (o: { json?: boolean }) => (await import('./commands/list.js')).list(context(), o));

  program
    .command('show')
    .description(t('help.cmd.show'))
    .argument('<topic-id>', t('help.arg.topic'))
    .option('--json', t('help.opt.json'))
    .action(async (topicId: string, o: { json?: boolean }) => (await import('./commands/show.js')).show(context(), { topicId, ...o }));

  for (const [name, status] of [['done', 'done'], ['skip', 'skipped']] as const) {
    program
      .command(name)
      .description(t(name === 'done' ? 'help.cmd.done' : 'help.cmd.skip'))
      .argument('<topic-ids...>', t('help.arg.topics'))
      .option('--json', t('help.opt.json'))
      .action(async (topicIds: string[], o: { json?: boolean }) => (await import('./commands/mark.js')).mark(context(), status, { topicIds, ...o }));
  }

  program
    .command('reset')
    .description(t('help.cmd.reset'))
    .argument('[topic-ids...]', t('help.arg.topics'))
    .option('--all', t('help.opt.all'))
    .option('-y, --yes', t('help.opt.yes'))
    .option('--json', t('help.opt.json'))
    .action(async (topicIds: string[], o: { all?: boolean; yes?: boolean; json?: boolean }) => {
      if (o.all && topicIds.length) throw new UsageError(t('error.idsOrAll'));
      return (await import('./commands/mark.js')).reset(context(), { topicIds, ...o });
    });

  program
    .command('quiz')
    .description(t('help.cmd.quiz'))
    .argument('[quiz-id]', t('help.arg.quiz'))
    .option('-n, --count <n>', t('help.opt.count'))
    .option('--seed <seed>', t('help.opt.seed'))
    .option('--plain', t('help.opt.plain'))
    .option('--json', t('help.opt.json'))
    .action(async (quizId: string | undefined, o: { count?: string; seed?: string; plain?: boolean; json?: boolean }) =>
      (await import('./commands/quiz.js')).quiz(context(), { quizId, ...o }),
    );

  program
    .command('review')
    .description(t('help.cmd.review'))
    .option('--limit <n>', t('help.opt.limit'))
    .option('--seed <seed>', t('help.opt.seed'))
    .option('--plain', t('help.opt.plain'))
    .option('--json', t('help.opt.json'))
    .action(async (o: { limit?: string; seed?: string; plain?: boolean; json?: boolean }) => (await import('./commands/review.js')).review(context(), o));

  program
    .command('stats')
    .description(t('help.cmd.stats'))
    .option('--json', t('help.opt.json'))
    .action(async (o: { json?: boolean }) => (await import('./commands/stats.js')).stats(context(), o));

  program
    .command('quizzes')
    .description(t('help.cmd.quizzes'))
    .option('--json', t('help.opt.json'))
    .action(async (o: { json?: boolean }) => (await import('./commands/quizzes.js')).quizzes(context(), o));

  const config = program.command('config').description(t('help.cmd.config'));
  config
    .command('path')
    .description(t('help.cmd.configPath'))
    .option('--json', t('help.opt.json'))
    .action(async (o: { json?: boolean }) => (await import('./commands/config.js')).configPath(context(), o));
  config
    .command('get')
    .description(t('help.cmd.configGet'))
    .argument('[key]')
    .option('--json', t('help.opt.json'))
    .action(async (key: string | undefined, o: { json?: boolean }) => (await import('./commands/config.js')).configGet(context(), key, o));
  config
    .command('set')
    .description(t('help.cmd.configSet'))
    .argument('<key>')
    .argument('<value>')
    .option('--json', t('help.opt.json'))
    .action(async (key: string, value: string, o: { json?: boolean }) => (await import('./commands/config.js')).configSet(context(), key, value, o));

  program
    .command('validate')
    .description(t('help.cmd.validate'))
    .argument('[file-or-dir]', t('help.arg.roadmap'))
    .option('--require-lang <lang>', t('help.opt.requireLang'))
    .option('--json', t('help.opt.json'))
    .action(async (path: string | undefined, o: { json?: boolean; requireLang?: string }) =>
      (await import('./commands/validate.js')).validate(context(), { path, ...o }),
    );

  program
    .command('schema')
    .description(t('help.cmd.schema'))
    .option('--quiz', t('help.opt.quizSchema'))
    .action(async (o: { quiz?: boolean }) => (await import('./commands/authoring.js')).schema(context(), o));

  program
    .command('init')
    .description(t('help.cmd.init'))
    .argument('[dir]', t('help.arg.dir'), '.')
    .action(async (dir: string) => (await import('./commands/authoring.js')).init(context(), { dir }));

  program
    .command('use')
    .description(t('help.cmd.use'))
    .argument('[file-or-dir]', t('help.arg.roadmap'))
    .option('--default', t('help.opt.default'))
    .option('--json', t('help.opt.json'))
    .action(async (location: string | undefined, o: { default?: boolean; json?: boolean }) =>
      (await import('./commands/use.js')).use(context(), { location, ...o }),
    );

  program
    .command('doctor')
    .description(t('help.cmd.doctor'))
    .option('--fix', t('help.opt.fix'))
    .option('--json', t('help.opt.json'))
    .action(async (o: { fix?: boolean; json?: boolean }) => (await import('./commands/doctor.js')).doctor(context(), o));

  const progress = program.command('progress').description(t('help.cmd.progress'));
  progress
    .command('export')
    .description(t('help.cmd.progressExport'))
    .argument('[file]')
    .action(async (file: string | undefined) => (await import('./commands/progress-transfer.js')).exportProgress(context(), { file }));
  progress
    .command('import')
    .description(t('help.cmd.progressImport'))
    .argument('<file>')
    .option('--merge', t('help.opt.merge'))
    .option('--replace', t('help.opt.replace'))
    .option('--json', t('help.opt.json'))
    .action(async (file: string, o: { merge?: boolean; replace?: boolean; json?: boolean }) =>
      (await import('./commands/progress-transfer.js')).importProgress(context(), { file, ...o }),
    );

  program
    .command('prompt')
    .description(t('help.cmd.prompt'))
    .command('init')
    .description(t('help.cmd.promptInit'))
    .argument('<shell>', 'bash | zsh | fish | starship')
    .action(async (shell: string) => (await import('./commands/shell-setup.js')).promptInit(context(), shell));

  program
    .command('completion')
    .description(t('help.cmd.completion'))
    .argument('<shell>', 'bash | zsh | fish')
    .action(async (shell: string) => (await import('./commands/shell-setup.js')).completion(context(), shell, program));

  program
    .command('__complete', { hidden: true })
    .argument('<kind>')
    .action(async (kind: string) => (await import('./commands/shell-setup.js')).completeIds(context(), kind));

  return program;
}

function unknownCommand(program: Command, name: string): UsageError {
  const names = program.commands.map((c) => c.name());
  const close = suggest(name, names);
  const hint = close.length ? ` ${t('error.didYouMean', { list: close.join(', ') })}` : '';
  return new UsageError(`${t('error.unknownCommand', { name })}${hint} ${t('error.seeHelp')}`);
}

declare const __MLROAD_VERSION__: string;
const VERSION = typeof __MLROAD_VERSION__ === 'string' ? __MLROAD_VERSION__ : '0.0.0-dev';

/** The value of `--name value` or `--name=value` before commander runs (the language decides help text). */
function peekOption(argv: readonly string[], name: string): string | undefined {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--') return undefined;
    if (arg === name) return argv[i + 1];
    if (arg.startsWith(`${name}=`)) return arg.slice(name.length + 1);
  }
  return undefined;
}
