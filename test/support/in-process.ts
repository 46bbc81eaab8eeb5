import { PassThrough, Writable } from 'node:stream';
import { main } from '../../src/main.js';
import type { RunOptions, RunResult } from './cli.js';

/**
 * Runs mlroad's `main` in this process, as `runCli` runs the binary: same environment rules,
 * stdin and captured output, a fraction of the cost. For what only the real binary shows
 * (start-up, the fast path, signals, exit on a closed pipe) use `runCli`.
 */
export async function runMain(args: readonly string[], configDir: string, options: RunOptions = {}): Promise<RunResult> {
  const env: Record<string, string | undefined> = { HOME: configDir, MLROAD_CONFIG_DIR: configDir, LANG: 'C', NO_COLOR: '1', ...options.env };
  for (const key of Object.keys(env)) if (env[key] === undefined) delete env[key];
  let stdout = '';
  let stderr = '';
  const sink = (append: (s: string) => void) =>
    new Writable({
      write(chunk, _encoding, done) {
        append(String(chunk));
        done();
      },
    });
  const stdin = new PassThrough();
  if (options.input !== undefined) stdin.end(options.input);
  else if (!options.openStdin) stdin.end();
  const code = await main(args, {
    env,
    stdout: sink((s) => (stdout += s)),
    stderr: sink((s) => (stderr += s)),
    stdin: Object.assign(stdin, { isTTY: false }),
  });
  return { code, signal: null, stdout, stderr };
}

export async function runMainJson<T = any>(args: readonly string[], configDir: string, options?: RunOptions): Promise<T> {
  const result = await runMain([...args, '--json'], configDir, options);
  if (result.code !== 0) throw new Error(`mlroad ${args.join(' ')} exited ${result.code}: ${result.stderr}`);
  return JSON.parse(result.stdout) as T;
}
