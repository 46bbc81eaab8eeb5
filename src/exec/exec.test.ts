import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { parseFailures } from './failures.js';
import { installLine } from './python.js';
import { runArgv } from './run-check.js';

const PY = '/usr/bin/python3';
let dir: string;
afterEach(() => dir && rmSync(dir, { recursive: true, force: true }));

/** Running, not a zombie: a killed orphan may wait for a PID 1 that never reaps it. */
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

describe('runArgv', () => {
  it('kills the whole process group at the timeout, forked children included', async () => {
    dir = mkdtempSync(join(tmpdir(), 'mlroad-exec-'));
    const script = `import os,subprocess,time\np=subprocess.Popen(['sleep','300'])\nopen('child.pid','w').write(str(p.pid))\nprint('started', flush=True)\ntime.sleep(300)\n`;
    const run = await runArgv({ argv: [PY, '-c', script], cwd: dir, timeoutMs: 1500 });
    expect(run.timedOut).toBe(true);
    expect(run.exitCode).toBeNull();
    const child = Number(readFileSync(join(dir, 'child.pid'), 'utf8'));
    expect(child).toBeGreaterThan(0);
    expect(alive(child)).toBe(false);
  });

  it('keeps only the first bytes of a flood and says so', async () => {
    dir = mkdtempSync(join(tmpdir(), 'mlroad-exec-'));
    const run = await runArgv({ argv: [PY, '-c', "import sys\nsys.stdout.write('x'*300000)"], cwd: dir, timeoutMs: 30_000, maxBytes: 1000 });
    expect(run.truncated).toBe(true);
    expect(run.output.length).toBe(1000);
    expect(run.exitCode).toBe(0);
  });

  it('strips escape sequences from the output and runs in the given folder, without a shell', async () => {
    dir = mkdtempSync(join(tmpdir(), 'mlroad-exec-'));
    const run = await runArgv({ argv: [PY, '-c', "import os\nprint('\\x1b[31mred\\x1b]0;title\\x07 $HOME', os.getcwd())"], cwd: dir, timeoutMs: 30_000 });
    expect(run.output).not.toMatch(/\u001b|\u0007/);
    expect(run.output).toContain('red $HOME');
    expect(run.output).toContain(dir);
  });

  it('reports a program that does not exist', async () => {
    dir = mkdtempSync(join(tmpdir(), 'mlroad-exec-'));
    const run = await runArgv({ argv: ['/nonexistent/python9'], cwd: dir, timeoutMs: 5000 });
    expect(run.error).toMatch(/ENOENT/);
  });
});

describe('parseFailures', () => {
  it('reads unittest FAIL and ERROR blocks with the last traceback line', () => {
    const out = [
      'test_a (t.T) ... FAIL',
      'test_b (t.T) ... ERROR',
      '',
      '='.repeat(70),
      'FAIL: test_a (t.T)',
      '-'.repeat(70),
      'Traceback (most recent call last):',
      '  File "t.py", line 3',
      'AssertionError: 2 != 3 : count should be 3, got 2',
      '',
      '='.repeat(70),
      'ERROR: test_b (t.T)',
      '-'.repeat(70),
      'Traceback (most recent call last):',
      'NotImplementedError: write word_count',
      '',
      '-'.repeat(70),
      'Ran 2 tests in 0.001s',
      '',
      'FAILED (failures=1, errors=1)',
    ].join('\n');
    expect(parseFailures(out)).toEqual([
      { test: 'test_a (t.T)', message: 'AssertionError: 2 != 3 : count should be 3, got 2' },
      { test: 'test_b (t.T)', message: 'NotImplementedError: write word_count' },
    ]);
  });
  it('finds none in other output', () => {
    expect(parseFailures('FAIL: something\nelse')).toEqual([]);
  });
});

it('maps import names to pip names', () => {
  expect(installLine(['sklearn', 'numpy', 'sklearn.linear_model'])).toBe('python -m pip install scikit-learn numpy');
});
