import { cleanDeep, cleanStyled } from './core/clean.js';
import type { Lang } from './core/text.js';
import { UsageError } from './errors.js';
import { english, type Translator } from './i18n/index.js';
import { cacheDir, configDir } from './store/paths.js';
import { isTerminal, standardOutput } from './terminal.js';
import { colorEnabled, loadColorStyle, plainStyle, type Style } from './ui/style.js';

export interface Output {
  write(chunk: string): unknown;
  isTTY?: boolean;
  /** The terminal's width, when it is one. */
  columns?: number;
}

export type Input = NodeJS.ReadableStream & { isTTY?: boolean; setRawMode?: (mode: boolean) => unknown };

/** Everything a command takes from its surroundings, so tests can inject each part. */
export interface Context {
  env: Readonly<Record<string, string | undefined>>;
  stdout: Output;
  stderr: Output;
  stdin: Input;
  configDir: string;
  cacheDir: string;
  /** --roadmap, when given. */
  roadmapFlag?: string;
  /** The run's language; `t` words in it. */
  lang: Lang;
  /** The translator of `lang`: every string a command or renderer prints comes from it. */
  t: Translator;
  now: () => Date;
  /** Both ends are terminals: prompts may be shown. */
  interactive: boolean;
  style: Style;
  /** Stderr talk, e.g. warnings. */
  warn: (message: string) => void;
  signals: Signals;
}

export type StopSignal = 'SIGINT' | 'SIGTERM';

/** Ctrl+C and SIGTERM while a command waits on the learner. */
export interface Signals {
  /** Resolves at the first signal once `watch` was called; `dispose` stops listening. */
  watch(): { stopped: Promise<StopSignal>; dispose: () => void };
  /** The last signal seen while watching, if any. */
  last(): StopSignal | undefined;
}

export function processSignals(): Signals {
  let last: StopSignal | undefined;
  return {
    watch() {
      let dispose = () => {};
      const stopped = new Promise<StopSignal>((resolve) => {
        const on = (signal: StopSignal) => () => {
          last = signal;
          resolve(signal);
        };
        const int = on('SIGINT');
        const term = on('SIGTERM');
        process.on('SIGINT', int);
        process.on('SIGTERM', term);
        dispose = () => {
          process.off('SIGINT', int);
          process.off('SIGTERM', term);
        };
      });
      return { stopped, dispose };
    },
    last: () => last,
  };
}

export interface ContextInput {
  env?: Readonly<Record<string, string | undefined>>;
  stdout?: Output;
  stderr?: Output;
  stdin?: Input;
  roadmapFlag?: string;
  /** The run's translator (English when left out); the context's `lang` is its language. */
  t?: Translator;
  noColor?: boolean;
  signals?: Signals;
  /** Overrides the terminal check, for command tests that drive prompts. */
  interactive?: boolean;
  /** The style for coloured output (see loadContext); required when an output is coloured. */
  colors?: Style;
}

/** makeContext, with chalk loaded first when stdout or stderr will be coloured. */
export async function loadContext(input: ContextInput = {}): Promise<Context> {
  const { stdout, stderr, env } = outputsOf(input);
  const colored = [stdout, stderr].some((out) => colorEnabled({ isTTY: Boolean(out.isTTY), env, disabled: input.noColor }));
  return makeContext({ ...input, stdout, stderr, colors: input.colors ?? (colored ? await loadColorStyle() : undefined) });
}

function outputsOf(input: ContextInput): { stdout: Output; stderr: Output; env: Readonly<Record<string, string | undefined>> } {
  return { stdout: input.stdout ?? standardOutput(1), stderr: input.stderr ?? standardOutput(2), env: input.env ?? process.env };
}

/** Builds the context from the process, defaulting each part at this one edge. */
export function makeContext(input: ContextInput = {}): Context {
  const { stdout, stderr, env } = outputsOf(input);
  const t = input.t ?? english;
  // process.stdin builds a stream (and loads its modules) on first touch; most commands never
  // read it, so it is fetched lazily and the terminal check asks the file descriptor.
  const stdinTTY = input.stdin ? Boolean(input.stdin.isTTY) : isTerminal(0);
  const styleOf = (out: Output): Style => {
    if (!colorEnabled({ isTTY: Boolean(out.isTTY), env, disabled: input.noColor })) return plainStyle;
    if (!input.colors) throw new Error('coloured output needs the colour style: make the context with loadContext');
    return input.colors;
  };
  const style = styleOf(stdout);
  const errStyle = styleOf(stderr);
  return {
    env,
    stdout,
    stderr,
    get stdin() {
      return input.stdin ?? process.stdin;
    },
    configDir: configDir(env),
    cacheDir: cacheDir(env),
    roadmapFlag: input.roadmapFlag,
    lang: t.lang,
    t,
    now: clock(env.MLROAD_NOW, t),
    interactive: input.interactive ?? (stdinTTY && Boolean(stdout.isTTY)),
    style,
    warn: (message) => void stderr.write(`${errStyle.yellow('warning:')} ${cleanStyled(message)}\n`),
    signals: input.signals ?? processSignals(),
  };
}

const CLOCK_MIN = Date.UTC(1970, 0, 1);
const CLOCK_MAX = Date.UTC(10000, 0, 1);

/** `MLROAD_NOW` (ISO time) pins the clock, so schedules can be checked. */
export function clock(pinned: string | undefined, t: Translator): () => Date {
  pinned = pinned?.trim();
  if (pinned === undefined || pinned === '') return () => new Date();
  const at = Date.parse(pinned);
  // Dates far out (`+275760-09-13`) overflow date arithmetic later; none of them is a real clock.
  if (Number.isNaN(at) || at < CLOCK_MIN || at >= CLOCK_MAX) throw new UsageError(t('error.badNow', { value: pinned }));
  return () => new Date(at);
}

/** The output layer: everything printed passes `cleanStyled`, so only our styling reaches the terminal. */
export function print(out: Output, lines: string | readonly string[]): void {
  const text = cleanStyled(typeof lines === 'string' ? lines : lines.join('\n'));
  out.write(text.endsWith('\n') || text === '' ? text : `${text}\n`);
}

export function printJson(ctx: Context, value: unknown): void {
  ctx.stdout.write(`${JSON.stringify(cleanDeep(value), null, 2)}\n`);
}
