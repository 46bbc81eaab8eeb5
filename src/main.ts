import { CommanderError } from 'commander';
import { buildProgram, type Streams } from './cli.js';
import type { Outcome } from './commands/define.js';
import { cleanStyled } from './core/clean.js';
import { ExitCode, InterruptedError, MlroadError, RoadmapError } from './errors.js';
import { t } from './i18n/index.js';
import { standardOutput } from './terminal.js';
import { describeError } from './ui/describe-error.js';
import { formatIssue } from './ui/format-issue.js';

/** Runs one command and returns its exit code; the only place errors become exit codes. */
export async function main(argv: readonly string[], streams: Streams = {}): Promise<number> {
  const stderr = streams.stderr ?? standardOutput(2);
  try {
    const program = await buildProgram(argv, streams);
    await program.command.parseAsync([...argv], { from: 'user' });
    return exitCodeOf(program.outcome());
  } catch (error) {
    if (error instanceof CommanderError) {
      // Help and --version end through here too, with their own code 0.
      return error.exitCode === 0 ? ExitCode.ok : ExitCode.usage;
    }
    if (error instanceof InterruptedError) {
      stderr.write('\n');
      return error.signal === 'SIGTERM' ? ExitCode.terminated : ExitCode.interrupted;
    }
    if (error instanceof RoadmapError) {
      stderr.write(`${t('error.prefix')}: ${cleanStyled(describeError(error))}\n`);
      for (const issue of error.issues) stderr.write(`  ${formatIssue(issue)}\n`);
      return error.exitCode;
    }
    if (error instanceof MlroadError) {
      stderr.write(`${t('error.prefix')}: ${cleanStyled(describeError(error))}\n`);
      return error.exitCode;
    }
    stderr.write(`${t('error.internal')}\n${(error as Error)?.stack ?? String(error)}\n`);
    return ExitCode.internal;
  }
}

/** A command's own verdict, as the exit code the README's table documents. */
export function exitCodeOf(outcome: Outcome): number {
  if (outcome === 'invalid') return ExitCode.usage;
  if (outcome === 'unhealthy') return ExitCode.storage;
  if (outcome === 'failed') return ExitCode.checkFailed;
  return ExitCode.ok;
}
