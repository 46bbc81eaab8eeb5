import { cpSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BUNDLED, runCli, runJson, tempConfigDir } from '../support/cli.js';

// rustlings' `dev check` for mlroad: for every bundled exercise, the starter fails its check and
// the reference solution passes it. A missing interpreter or module fails here, never skips.

const PYTHON = '/usr/bin/python3';
let dir: string;
let workspace: string;
let cleanup: () => void;
let env: Record<string, string>;
let ids: string[] = [];

beforeAll(async () => {
  ({ dir, cleanup } = tempConfigDir());
  workspace = mkdtempSync(join(tmpdir(), 'mlroad-bundled-'));
  env = { MLROAD_WORKSPACE: workspace, MLROAD_PYTHON: PYTHON };
  const list = await runJson<{ exercises: { id: string }[] }>(['exercises'], dir, { env });
  ids = list.exercises.map((e) => e.id);
});
afterAll(() => {
  cleanup();
  rmSync(workspace, { recursive: true, force: true });
});

describe('bundled exercises', () => {
  it('has an interpreter to run them with', () => {
    expect(existsSync(PYTHON), `${PYTHON} is needed to prove the bundled exercises`).toBe(true);
    expect(ids.length).toBeGreaterThan(0);
  });

  it('every starter fails its check and every solution passes it', async () => {
    const problems: string[] = [];
    for (const id of ids) {
      const start = await runCli(['start', id], dir, { env });
      if (start.code !== 0) {
        problems.push(`${id}: start exited ${start.code}: ${start.stderr}`);
        continue;
      }
      const starter = await runCli(['check', id], dir, { env, timeoutMs: 90_000 });
      if (starter.code !== 4) problems.push(`${id}: the starter's check exited ${starter.code}, not 4: ${starter.stderr}${starter.stdout.slice(-800)}`);
      cpSync(join(BUNDLED, 'exercises', id, 'solution'), join(workspace, id), { recursive: true });
      const solved = await runCli(['check', id], dir, { env, timeoutMs: 90_000 });
      if (solved.code !== 0) problems.push(`${id}: the solution's check exited ${solved.code}, not 0: ${solved.stderr}${solved.stdout.slice(-800)}`);
    }
    const list = await runJson<{ exercises: { id: string; status: string }[] }>(['exercises'], dir, { env });
    for (const e of list.exercises) if (e.status !== 'passed') problems.push(`${e.id}: status ${e.status} after its solution`);
    expect(problems).toEqual([]);
  });
});
