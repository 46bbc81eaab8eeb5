/**
 * Every failure a user can cause or fix is an MlroadError; main.ts maps it to an exit code
 * and prints its message without a stack. Anything else is an internal fault (exit 1).
 */
export const ExitCode = {
  ok: 0,
  internal: 1,
  usage: 2,
  storage: 3,
  /** The learner's check ran and did not pass. */
  checkFailed: 4,
  interrupted: 130,
  terminated: 143,
} as const;

/**
 * What went wrong, in no language: a key of the message catalogues and its values. The store
 * raises errors with one; only the edge (src/ui/describe-error.ts) words it, in the language
 * of the command's context.
 */
export interface Unworded {
  key: string;
  params?: Readonly<Record<string, string | number>>;
}

export class MlroadError extends Error {
  override name = 'MlroadError';
  /** Set when the error carries a key rather than words; `message` is then a plain fallback for logs. */
  readonly unworded?: Unworded;
  constructor(
    message: string | Unworded,
    readonly exitCode: number = ExitCode.usage,
  ) {
    super(typeof message === 'string' ? message : `${message.key} ${JSON.stringify(message.params ?? {})}`);
    if (typeof message !== 'string') this.unworded = message;
  }
}

/** A user mistake on the command line: unknown id, bad option value. */
export class UsageError extends MlroadError {
  override name = 'UsageError';
  constructor(message: string | Unworded) {
    super(message, ExitCode.usage);
  }
}

export interface RoadmapIssue {
  file: string;
  line?: number;
  column?: number;
  /** Path inside the document, e.g. `stages[2].topics[0].id`. */
  path: string;
  /** The words, for an issue without a code (a YAML parser's own message); the edge words the others. */
  message?: string;
  /** What is wrong, in no language; `message` says it in the learner's. */
  code?: string;
  params?: Readonly<Record<string, string | number>>;
}

/** The roadmap could not be read or is invalid; carries every problem found. */
export class RoadmapError extends MlroadError {
  override name = 'RoadmapError';
  constructor(
    message: string | Unworded,
    readonly issues: RoadmapIssue[] = [],
  ) {
    super(message, ExitCode.usage);
  }
}

/**
 * The progress file or its directory cannot be read, written or locked. The store raises it
 * with a `code` and its `data` and no wording of its own (`message` is a plain English
 * fallback); `src/ui/describe-error.ts` says it in the learner's language.
 */
export class StorageError extends MlroadError {
  override name = 'StorageError';
  constructor(
    message: string | Unworded,
    readonly path: string,
    readonly code?: string,
    readonly data: Readonly<Record<string, string | number>> = {},
  ) {
    super(message, ExitCode.storage);
  }
}

/** Ctrl+C or SIGTERM while a command waited for the user; not a failure. */
export class InterruptedError extends MlroadError {
  override name = 'InterruptedError';
  constructor(readonly signal: 'SIGINT' | 'SIGTERM' = 'SIGINT') {
    super('', signal === 'SIGTERM' ? ExitCode.terminated : ExitCode.interrupted);
  }
}
