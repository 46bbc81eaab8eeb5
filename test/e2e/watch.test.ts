import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { BIN, FIXTURES, runCli, tempConfigDir } from '../support/cli.js';

const FIXTURE = join(FIXTURES, 'exercises');
let dir: string;
let workspace: string;
let cleanup: () => void;
let env: Record<string, string>;
beforeEach(() => {
  ({ dir, cleanup } = tempConfigDir());
  workspace = mkdtempSync(join(tmpdir(), 'mlroad-ws-'));
  env = {
    PATH: process.env.PATH!,
    HOME: dir,
    MLROAD_CONFIG_DIR: dir,
    MLROAD_WORKSPACE: workspace,
    MLROAD_PYTHON: '/usr/bin/python3',
    NO_COLOR: '1',
    LANG: 'C',
  };
});
afterEach(() => {
  cleanup();
  rmSync(workspace, { recursive: true, force: true });
});

function watch(id: string) {
  const child = spawn(process.execPath, [BIN, '--roadmap', FIXTURE, 'watch', id, '--trust'], { env, cwd: dir, stdio: ['pipe', 'pipe', 'pipe'] });
  let out = '';
  child.stdout.setEncoding('utf8').on('data', (d: string) => (out += d));
  child.stderr.setEncoding('utf8').on('data', (d: string) => (out += d));
  const until = async (pattern: RegExp) => {
    for (let i = 0; i < 600 && !pattern.test(out); i++) await new Promise((r) => setTimeout(r, 50));
    expect(out).toMatch(pattern);
  };
  const exited = new Promise<number | null>((resolve) => child.on('close', (code) => resolve(code)));
  return { child, until, exited, output: () => out };
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch {
    return false;
  }
  try {
    return !/^\d+ \(.*\) Z/.test(readFileSync(`/proc/${pid}/stat`, 'utf8'));
  } catch {
    return false;
  }
}

it('checks again when a file is saved, and q quits', async () => {
  await runCli(['--roadmap', FIXTURE, 'start', 'add-numbers'], dir, { env });
  const w = watch('add-numbers');
  await w.until(/did not pass/);
  cpSync(join(FIXTURE, 'add', 'solution'), join(workspace, 'add-numbers'), { recursive: true });
  await w.until(/add-numbers passed/);
  w.child.stdin.write('q');
  expect(await w.exited).toBe(0);
});

it('Ctrl+C exits 130 and no check process outlives it', async () => {
  await runCli(['--roadmap', FIXTURE, 'start', 'hang-forever'], dir, { env });
  const w = watch('hang-forever');
  const pidFile = join(workspace, 'hang-forever', 'child.pid');
  for (let i = 0; i < 200 && !existsSync(pidFile); i++) await new Promise((r) => setTimeout(r, 50));
  await w.until(/Watching/);
  w.child.kill('SIGINT');
  expect(await w.exited).toBe(130);
  const pid = Number(readFileSync(pidFile, 'utf8'));
  expect(pid).toBeGreaterThan(0);
  expect(alive(pid)).toBe(false);
});
