import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { check } from '../../src/commands/check.js';
import { startExercise } from '../../src/commands/start.js';
import { FIXTURES, tempConfigDir } from '../support/cli.js';
import { testContext } from '../support/context.js';
import { scriptedPrompts } from '../support/scripted-prompts.js';

const FIXTURE = join(FIXTURES, 'exercises');
let dir: string;
let workspace: string;
let cleanup: () => void;
beforeEach(() => {
  ({ dir, cleanup } = tempConfigDir());
  workspace = mkdtempSync(join(tmpdir(), 'mlroad-ws-'));
});
afterEach(() => {
  cleanup();
  rmSync(workspace, { recursive: true, force: true });
});

function context() {
  const captured = testContext(dir, { roadmap: FIXTURE, interactive: true });
  const ctx = { ...captured.ctx, env: { ...captured.ctx.env, MLROAD_WORKSPACE: workspace, MLROAD_PYTHON: '/usr/bin/python3' } };
  return { ...captured, ctx };
}

it('at a terminal, the first check shows the exact command and asks; no runs nothing, yes runs and is remembered', async () => {
  const { ctx, stderr } = context();
  await startExercise(ctx, 'add-numbers', {});
  const no = scriptedPrompts([false]);
  await expect(check(ctx, 'add-numbers', { prompts: no })).rejects.toThrow('not trusted');
  expect(stderr()).toContain('"/usr/bin/python3" "-m" "unittest" "discover"');
  expect(existsSync(join(workspace, 'add-numbers', '.mlroad'))).toBe(false);

  const yes = scriptedPrompts([true]);
  expect(await check(ctx, 'add-numbers', { prompts: yes })).toBe('failed');
  expect(yes.asked).toHaveLength(1);
  // Trusted now: no question the second time.
  expect(await check(ctx, 'add-numbers', { prompts: scriptedPrompts([]) })).toBe('failed');
});
