import { CommanderError } from 'commander';
import { buildProgram, runLanguage, type Streams } from './cli.js';
import type { Outcome } from './commands/define.js';
import { cleanStyled } from './core/clean.js';
import { ExitCode, InterruptedError, MlroadError, RoadmapError } from './errors.js';
import { english, loadTranslator } from './i18n/index.js';
import { standardOutput } from './terminal.js';
import { describeError } from './ui/describe-error.js';
import { formatIssue } from './ui/format-issue.js';

/** Runs one command and returns its exit code; the only place errors become exit codes. */
export async function main(argv: readonly string[], streams: Streams = {}): Promise<number> {
  const stderr = streams.stderr ?? standardOutput(2);
  // Until the run's language is known (a bad --lang, an unreadable saved setting), errors are English.
  let t = english;
  try {
    t = await loadTranslator(runLanguage(argv, streams.env ?? process.env));
    const program = await buildProgram(argv, streams, t);
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
      stderr.write(`${t('error.prefix')}: ${cleanStyled(describeError(t, error))}\n`);
      for (const issue of error.issues) stderr.write(`  ${formatIssue(t, issue)}\n`);
      return error.exitCode;
    }
    if (error instanceof MlroadError) {
      stderr.write(`${t('error.prefix')}: ${cleanStyled(describeError(t, error))}\n`);
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
