import { spawn } from 'node:child_process';
import { stopwatch } from '../stopwatch.js';
import { cleanOutput } from './clean-output.js';

// The only code that spawns anything a roadmap names (CONVENTIONS 12): argv only, in the
// exercise's folder, in its own process group so a timeout or Ctrl+C kills all of it.

export const OUTPUT_CAP = 1024 * 1024;

export interface RunSpec {
  argv: readonly string[];
  cwd: string;
  timeoutMs: number;
  env?: NodeJS.ProcessEnv;
  maxBytes?: number;
  /** Aborting kills the whole group at once (watch, Ctrl+C). */
  signal?: AbortSignal;
}

export interface RunResult {
  exitCode: number | null;
  timedOut: boolean;
  /** Could not start at all (no such program): `error` says why. */
  error?: string;
  durationMs: number;
  /** Cleaned of terminal controls; at most the first `maxBytes` bytes. */
  output: string;
  truncated: boolean;
}

export function runArgv(spec: RunSpec): Promise<RunResult> {
  const elapsed = stopwatch();
  const cap = spec.maxBytes ?? OUTPUT_CAP;
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let truncated = false;
    let timedOut = false;
    let error: string | undefined;
    const child = spawn(spec.argv[0]!, spec.argv.slice(1), {
      cwd: spec.cwd,
      env: spec.env ?? process.env,
      detached: true,
      shell: false,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let groupKilled = false;
    const killGroup = () => {
      if (child.pid === undefined) return;
      groupKilled = true;
      try {
        process.kill(-child.pid, 'SIGKILL');
      } catch {
        // the group is already gone
      }
    };
    const take = (chunk: Buffer) => {
      if (size >= cap) return void (truncated = true);
      const room = cap - size;
      if (chunk.length > room) truncated = true;
      const kept = chunk.length > room ? chunk.subarray(0, room) : chunk;
      chunks.push(kept);
      size += kept.length;
    };
    child.stdout!.on('data', take);
    child.stderr!.on('data', take);
    const timer = setTimeout(() => {
      timedOut = true;
      killGroup();
    }, spec.timeoutMs);
    const onAbort = () => killGroup();
    spec.signal?.addEventListener('abort', onAbort, { once: true });
    let exitCode: number | null = null;
    // The check's own process ending is not enough: whatever it forked dies with it.
    child.on('exit', (code) => {
      exitCode = code;
      killGroup();
    });
    child.on('error', (e) => {
      error = e.message;
    });
    child.on('close', () => {
      clearTimeout(timer);
      spec.signal?.removeEventListener('abort', onAbort);
      // Killed already when the check's own process ended ('exit' comes first); a kill of a
      // group that is gone costs an exception.
      if (!groupKilled) killGroup();
      resolve({
        exitCode: timedOut ? null : exitCode,
        timedOut,
        ...(error ? { error } : {}),
        durationMs: Math.round(elapsed()),
        output: cleanOutput(Buffer.concat(chunks).toString('utf8')),
        truncated,
      });
    });
  });
}
