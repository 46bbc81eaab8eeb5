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

export class MlroadError extends Error {
  override name = 'MlroadError';
  constructor(
    message: string,
    readonly exitCode: number = ExitCode.usage,
  ) {
    super(message);
  }
}

/** A user mistake on the command line: unknown id, bad option value. */
export class UsageError extends MlroadError {
  override name = 'UsageError';
  constructor(message: string) {
    super(message, ExitCode.usage);
  }
}

export interface RoadmapIssue {
  file: string;
  line?: number;
  column?: number;
  /** Path inside the document, e.g. `stages[2].topics[0].id`. */
  path: string;
  message: string;
  /** What is wrong, in no language; `message` says it in the learner's. */
  code?: string;
  params?: Readonly<Record<string, string | number>>;
}

/** The roadmap could not be read or is invalid; carries every problem found. */
export class RoadmapError extends MlroadError {
  override name = 'RoadmapError';
  constructor(
    message: string,
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
    message: string,
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
