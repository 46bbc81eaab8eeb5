import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const BIN = join(ROOT, 'bin', 'mlroad.cjs');
export const FIXTURES = join(ROOT, 'test', 'fixtures');
export const BUNDLED = join(ROOT, 'roadmap');

export interface RunResult {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

export interface RunOptions {
  env?: Record<string, string | undefined>;
  /** Text for stdin; stdin is closed (EOF) after it. Omit for an immediately closed stdin. */
  input?: string;
  /** Keep stdin open and silent, as a pipe that never sends anything. */
  openStdin?: boolean;
  timeoutMs?: number;
}

/** A fresh, private config dir for one test; never the real home. */
export function tempConfigDir(): { dir: string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'mlroad-test-'));
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/** Runs the built `mlroad` binary as a user would, with no terminal attached. */
export function runCli(args: readonly string[], configDir: string, options: RunOptions = {}): Promise<RunResult> {
  const env: Record<string, string | undefined> = {
    PATH: process.env.PATH,
    HOME: configDir, // anything that ignores MLROAD_CONFIG_DIR still stays in the sandbox
    MLROAD_CONFIG_DIR: configDir,
    LANG: 'C',
    NO_COLOR: '1',
    ...options.env,
  };
  for (const key of Object.keys(env)) if (env[key] === undefined) delete env[key];
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], { cwd: configDir, env: env as NodeJS.ProcessEnv, stdio: ['pipe', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    // Only a guard against a hang: a loaded 2-core machine can take many seconds for one run.
    const timer = setTimeout(() => child.kill('SIGKILL'), options.timeoutMs ?? 120_000);
    child.on('error', reject);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      resolve({ code, signal, stdout, stderr });
    });
    if (options.input !== undefined) child.stdin.end(options.input);
    else if (!options.openStdin) child.stdin.end();
  });
}

export async function runJson<T = any>(args: readonly string[], configDir: string, options?: RunOptions): Promise<T> {
  const result = await runCli([...args, '--json'], configDir, options);
  if (result.code !== 0) throw new Error(`mlroad ${args.join(' ')} exited ${result.code}: ${result.stderr}`);
  return JSON.parse(result.stdout) as T;
}
