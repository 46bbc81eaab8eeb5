import { chmodSync, cpSync, existsSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FIXTURES, runCli, runJson, tempConfigDir } from '../support/cli.js';

const FIXTURE = join(FIXTURES, 'exercises');
let dir: string;
let workspace: string;
let cleanup: () => void;
let env: Record<string, string>;
beforeEach(() => {
  ({ dir, cleanup } = tempConfigDir());
  workspace = mkdtempSync(join(tmpdir(), 'mlroad-ws-'));
  env = { MLROAD_WORKSPACE: workspace, MLROAD_PYTHON: '/usr/bin/python3' };
});
afterEach(() => {
  cleanup();
  rmSync(workspace, { recursive: true, force: true });
});

const r = ['--roadmap', FIXTURE];

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

describe('trust', () => {
  it('refuses an untrusted check without a terminal (exit 2, names --trust) and spawns nothing, not even the interpreter', async () => {
    // A fake interpreter that leaves a mark if anything runs it.
    const mark = join(workspace, 'ran');
    const fake = join(workspace, 'fake-python');
    writeFileSync(fake, `#!/bin/sh\ntouch ${mark}\nexec /usr/bin/python3 "$@"\n`);
    chmodSync(fake, 0o755);
    expect((await runCli([...r, 'start', 'add-numbers'], dir, { env })).code).toBe(0);
    const refused = await runCli([...r, 'check', 'add-numbers'], dir, { env: { ...env, MLROAD_PYTHON: fake } });
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('--trust');
    expect(existsSync(mark)).toBe(false);
    expect(existsSync(join(workspace, 'add-numbers', '.mlroad'))).toBe(false);

    const trusted = await runCli([...r, 'check', 'add-numbers', '--trust'], dir, { env: { ...env, MLROAD_PYTHON: fake } });
    expect(trusted.code).toBe(4);
    expect(existsSync(mark)).toBe(true);
    // Trusted once: the next run needs no flag.
    expect((await runCli([...r, 'check', 'add-numbers'], dir, { env })).code).toBe(4);
  });

  it('asks again when the roadmap changes', async () => {
    const copy = mkdtempSync(join(tmpdir(), 'mlroad-rm-'));
    cpSync(FIXTURE, copy, { recursive: true });
    const rc = ['--roadmap', copy];
    await runCli([...rc, 'start', 'add-numbers'], dir, { env });
    expect((await runCli([...rc, 'check', 'add-numbers', '--trust'], dir, { env })).code).toBe(4);
    writeFileSync(join(copy, 'add', 'check', 'test_add.py'), `${readFileSync(join(copy, 'add', 'check', 'test_add.py'), 'utf8')}\n# changed\n`);
    expect((await runCli([...rc, 'check', 'add-numbers'], dir, { env })).code).toBe(2);
    rmSync(copy, { recursive: true, force: true });
  });
});

describe('start and check', () => {
  it('start twice keeps the edits; --reset moves them aside', async () => {
    await runCli([...r, 'start', 'add-numbers'], dir, { env });
    const file = join(workspace, 'add-numbers', 'add.py');
    writeFileSync(file, 'def add(a, b):\n    return a + b\n');
    const again = await runCli([...r, 'start', 'add-numbers'], dir, { env });
    expect(again.code).toBe(0);
    expect(again.stdout).toContain(join(workspace, 'add-numbers'));
    expect(readFileSync(file, 'utf8')).toContain('return a + b');
    const reset = await runJson([...r, 'start', 'add-numbers', '--reset'], dir, { env });
    expect(readFileSync(file, 'utf8')).toContain('NotImplementedError');
    expect(readFileSync(join(reset.movedTo, 'add.py'), 'utf8')).toContain('return a + b');
  });

  it('fails with the failing test and its message (exit 4), passes after the fix, and records both', async () => {
    await runCli([...r, 'start', 'add-numbers'], dir, { env });
    const failed = await runCli([...r, 'check', 'add-numbers', '--trust', '--json'], dir, { env });
    expect(failed.code).toBe(4);
    const result = JSON.parse(failed.stdout);
    expect(result).toMatchObject({ exercise: 'add-numbers', passed: false });
    expect(result.failures).toEqual([{ test: expect.stringContaining('test_adds_two_numbers'), message: 'NotImplementedError: write add' }]);
    cpSync(join(FIXTURE, 'add', 'solution'), join(workspace, 'add-numbers'), { recursive: true });
    const passed = await runCli([...r, 'check', 'add-numbers', '--json'], dir, { env });
    expect(passed.code).toBe(0);
    expect(JSON.parse(passed.stdout)).toMatchObject({ passed: true, failures: [] });
    const list = await runJson([...r, 'exercises'], dir, { env });
    expect(list.exercises[0]).toEqual({ id: 'add-numbers', title: 'Add two numbers', topic: 'alpha', project: null, status: 'passed', attempts: 2 });
  });

  it('a check that never ends is killed at its timeout with everything it forked; its escapes never reach the output', async () => {
    await runCli([...r, 'start', 'hang-forever'], dir, { env });
    const run = await runCli([...r, 'check', 'hang-forever', '--trust'], dir, { env, timeoutMs: 30_000 });
    expect(run.code).toBe(4);
    expect(run.stdout).toContain('forked');
    expect(run.stdout).not.toMatch(/[\u001b\u0007]/);
    const child = Number(readFileSync(join(workspace, 'hang-forever', 'child.pid'), 'utf8'));
    expect(child).toBeGreaterThan(0);
    expect(alive(child)).toBe(false);
  });

  it('check without an id picks the exercise whose folder holds the working directory... or the next one not passed', async () => {
    const notStarted = await runCli([...r, 'check'], dir, { env });
    expect(notStarted.code).toBe(2);
    expect(notStarted.stderr).toContain('add-numbers');
  });

  it('validate checks the directories on disk: missing, or leaving the roadmap through a link', async () => {
    const copy = mkdtempSync(join(tmpdir(), 'mlroad-rm-'));
    cpSync(FIXTURE, copy, { recursive: true });
    rmSync(join(copy, 'add', 'solution'), { recursive: true });
    rmSync(join(copy, 'hang', 'starter'), { recursive: true });
    symlinkSync(tmpdir(), join(copy, 'hang', 'starter'));
    const v = await runCli(['validate', join(copy, 'roadmap.yaml')], dir, { env });
    expect(v.code).toBe(2);
    expect(v.stdout + v.stderr).toMatch(/roadmap\.yaml:26:\d+: .*directory "add\/solution" does not exist/);
    expect(v.stdout + v.stderr).toMatch(/directory "hang\/starter" leaves the roadmap's directory/);
    rmSync(copy, { recursive: true, force: true });
  });

  it('check with no id runs the exercise whose folder holds the working directory', async () => {
    await runCli([...r, 'start', 'add-numbers'], dir, { env });
    await runCli([...r, 'start', 'hang-forever'], dir, { env });
    cpSync(join(FIXTURE, 'add', 'solution'), join(workspace, 'add-numbers'), { recursive: true });
    const res = await runCli([...r, 'check', '--trust', '--json'], dir, { env, cwd: join(workspace, 'add-numbers') });
    expect(JSON.parse(res.stdout).exercise).toBe('add-numbers');
  });

  it('unknown exercise: exit 2', async () => {
    expect((await runCli([...r, 'check', 'nope'], dir, { env })).code).toBe(2);
    expect((await runCli([...r, 'start', 'nope'], dir, { env })).code).toBe(2);
  });
});

describe('hint, solution, project link', () => {
  it('hints one at a time; the solution only after passing or with --yes; project links http(s) only', async () => {
    await runCli([...r, 'start', 'add-numbers'], dir, { env });
    const hint = await runJson([...r, 'hint', 'add-numbers'], dir, { env });
    expect(hint).toEqual({ exercise: 'add-numbers', hint: 'Use the + operator.', number: 1, total: 1 });
    const refused = await runCli([...r, 'solution', 'add-numbers'], dir, { env });
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('--yes');
    const shown = await runCli([...r, 'solution', 'add-numbers', '--yes'], dir, { env });
    expect(shown.stdout).toContain('return a + b');
    const bundled = ['project', 'link'];
    expect((await runCli([...bundled, 'project-churn', 'file:///etc/passwd'], dir, { env })).code).toBe(2);
    expect((await runCli([...bundled, 'python', 'https://example.com'], dir, { env })).code).toBe(2);
    expect((await runCli([...bundled, 'project-churn', 'https://github.com/me/churn'], dir, { env })).code).toBe(0);
    const show = await runJson(['show', 'project-churn'], dir, { env });
    expect(show.projectUrl).toBe('https://github.com/me/churn');
  });
});

describe('in Spanish', () => {
  it('exercises, start, check and hint speak Spanish', async () => {
    const es = { ...env, MLROAD_LANG: 'es' };
    const list = await runCli([...r, '--lang', 'es', 'exercises'], dir, { env: es });
    expect(list.stdout).toContain('Ejercicios: 0/2 aprobados');
    expect(list.stdout).toContain('Suma dos números');
    const start = await runCli([...r, '--lang', 'es', 'start', 'add-numbers'], dir, { env: es });
    expect(start.stdout).toContain('Tu ejercicio está en');
    expect(start.stdout).toContain('Escribe add(a, b) en add.py.');
    const check = await runCli([...r, '--lang', 'es', 'check', 'add-numbers', '--trust'], dir, { env: es });
    expect(check.stdout).toContain('add-numbers no pasó');
    const hint = await runCli([...r, '--lang', 'es', 'hint', 'add-numbers'], dir, { env: es });
    expect(hint.stdout).toContain('Pista 1 de 1');
    expect(hint.stdout).toContain('Usa el operador +.');
  });
});
