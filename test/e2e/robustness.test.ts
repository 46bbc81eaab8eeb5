import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BIN, ROOT, runCli, runJson, tempConfigDir } from '../support/cli.js';

let dir: string;
let cleanup: () => void;
beforeEach(() => ({ dir, cleanup } = tempConfigDir()));
afterEach(() => cleanup());

const progressFile = () => join(dir, 'progress.json');
const topics = () => JSON.parse(readFileSync(progressFile(), 'utf8')).roadmaps['ml-engineer'].topics as Record<string, { status: string }>;
const noStack = (text: string) => expect(text).not.toMatch(/\n\s+at .+:\d+:\d+/);

async function requiredTopics(): Promise<string[]> {
  const list = await runJson<{ stages: { topics: { id: string; optional: boolean }[] }[] }>(['list'], dir);
  return list.stages.flatMap((s) => s.topics.filter((t) => !t.optional).map((t) => t.id));
}

describe('no lost updates', () => {
  it('20 processes marking different topics at the same moment leave all 20 recorded', async () => {
    const ids = (await requiredTopics()).slice(0, 20);
    const results = await Promise.all(ids.map((id) => runCli(['done', id], dir)));
    for (const r of results) expect(r.code, r.stderr).toBe(0);
    expect(Object.keys(topics()).sort()).toEqual([...ids].sort());
  });

  it('a quiz finishing while done runs in another terminal keeps both', async () => {
    const [quiz, done] = await Promise.all([
      runCli(['quiz', 'python', '--count', '3', '--seed', '1'], dir, { input: '1\n1\n1\n' }),
      runCli(['done', 'math-for-ml', 'python'], dir),
    ]);
    expect(quiz.code).toBe(0);
    expect(done.code).toBe(0);
    const file = JSON.parse(readFileSync(progressFile(), 'utf8')).roadmaps['ml-engineer'];
    expect(file.attempts).toHaveLength(1);
    expect(Object.keys(file.topics).sort()).toEqual(['math-for-ml', 'python']);
  });

  it('takes over the directory lock an older mlroad left behind, once it is old', async () => {
    mkdirSync(`${progressFile()}.lock`);
    const old = new Date(Date.now() - 60_000);
    utimesSync(`${progressFile()}.lock`, old, old);
    const r = await runCli(['done', 'python'], dir);
    expect(r.code, r.stderr).toBe(0);
    expect(topics().python?.status).toBe('done');
    expect(existsSync(`${progressFile()}.lock`)).toBe(false);
  });

  it('status reads without taking the lock', async () => {
    await runCli(['done', 'python'], dir);
    writeFileSync(`${progressFile()}.lock`, JSON.stringify({ pid: process.pid, host: hostname(), started: 0, nonce: 'held' }));
    const status = await runJson<{ done: number }>(['status'], dir);
    expect(status.done).toBe(1);
  });
});

// Crash safety (kill -9 mid-write, every round by event) lives in storage.test.ts.

describe('a damaged progress file is never silently reset', () => {
  const cases: [string, string][] = [
    ['unparseable JSON', '{"version": 1, "roadmaps": {"ml-engineer": {"topics": {"python": '],
    ['an empty (truncated) file', ''],
    [
      'a schema-invalid document',
      JSON.stringify({
        version: 1,
        roadmaps: { 'ml-engineer': { topics: { python: { status: 'done', at: '2026-01-01T00:00:00.000Z' }, broken: { status: 'maybe' } }, attempts: 'nope' } },
      }),
    ],
  ];
  it.each(cases)('%s is moved aside, salvaged, and the command carries on', async (_name, text) => {
    writeFileSync(progressFile(), text);
    const r = await runCli(['done', 'math-for-ml'], dir);
    expect(r.code).toBe(0);
    const aside = readdirSync(dir).find((f) => f.startsWith('progress.json.corrupt-'));
    expect(aside).toBeDefined();
    expect(readFileSync(join(dir, aside!), 'utf8')).toBe(text);
    expect(r.stderr).toContain(aside!);
    const now = topics();
    expect(now['math-for-ml']!.status).toBe('done');
    if (text.includes('"python":{"status":"done"')) expect(now.python!.status).toBe('done'); // salvaged record
    expect(now.broken).toBeUndefined();
  });

  it('a file from a newer mlroad is refused for writing, exit 3, and left as it is', async () => {
    const newer = JSON.stringify({ version: 99, roadmaps: { 'ml-engineer': { topics: { python: { status: 'done', at: '2026-01-01T00:00:00.000Z' } } } } });
    writeFileSync(progressFile(), newer);
    const r = await runCli(['done', 'math-for-ml'], dir);
    expect(r.code).toBe(3);
    expect(r.stderr).toContain('newer mlroad');
    expect(r.stderr).toContain('upgrade');
    noStack(r.stderr);
    expect(readFileSync(progressFile(), 'utf8')).toBe(newer);
    expect(readdirSync(dir).some((f) => f.includes('corrupt'))).toBe(false);
    const status = await runCli(['status', '--json'], dir);
    expect(status.code).toBe(0);
    expect(JSON.parse(status.stdout).done).toBe(1);
  });
});

describe('no terminal', () => {
  it.each([
    ['closed stdin', false],
    ['an open, silent pipe', true],
  ])('next prints and exits with %s', async (_name, openStdin) => {
    const r = await runCli(['next'], dir, { openStdin, timeoutMs: 10_000 });
    expect(r.signal).toBeNull();
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('(python)');
  });

  it.each([
    ['closed stdin', false],
    ['an open, silent pipe', true],
  ])('reset --all refuses with exit 2 with %s', async (_name, openStdin) => {
    await runCli(['done', 'python'], dir);
    const r = await runCli(['reset', '--all'], dir, { openStdin, timeoutMs: 10_000 });
    expect(r.signal).toBeNull();
    expect(r.code).toBe(2);
    expect(topics().python!.status).toBe('done');
  });

  it('quiz switches to plain mode and ends when stdin ends', async () => {
    const r = await runCli(['quiz', 'python', '--count', '2'], dir, { timeoutMs: 10_000 });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Question 1/2');
    expect(r.stdout).toContain('Score: 0/2');
  });
});

describe('Ctrl+C and SIGTERM at a terminal', () => {
  const pty = (steps: unknown[], args: string[]) => {
    const r = spawnSync('python3', [join(ROOT, 'test', 'support', 'pty_run.py'), JSON.stringify(steps), '--', process.execPath, BIN, ...args], {
      env: { PATH: process.env.PATH, HOME: dir, MLROAD_CONFIG_DIR: dir, TERM: 'xterm', NO_COLOR: '1', LANG: 'C' },
      encoding: 'utf8',
      timeout: 40_000,
    });
    return JSON.parse(r.stdout) as { code: number | null; signal: string | null; output: string };
  };

  it('Ctrl+C at the next prompt exits 130 with the cursor shown again', () => {
    const r = pty([{ wait: 'What now?' }, { send: '\u0003' }], ['next']);
    expect(r.code).toBe(130);
    expect(r.output.lastIndexOf('\u001b[?25h')).toBeGreaterThan(r.output.lastIndexOf('\u001b[?25l'));
  });

  it('Ctrl+C in a quiz saves the answers so far as an unfinished attempt, exit 130', () => {
    // With this seed the first question is a checkbox, which Enter submits.
    const r = pty([{ wait: 'Question 1/' }, { send: '\r' }, { wait: 'Question 2/' }, { send: '\u0003' }], ['quiz', 'python', '--seed', '3']);
    expect(r.code).toBe(130);
    const attempts = JSON.parse(readFileSync(progressFile(), 'utf8')).roadmaps['ml-engineer'].attempts;
    expect(attempts).toHaveLength(1);
    expect(attempts[0]).toMatchObject({ finished: false });
    expect(attempts[0].questions.filter((q: { answered: boolean }) => q.answered)).toHaveLength(1);
  });

  it('SIGTERM in a quiz saves the attempt, restores the terminal and exits 143', () => {
    const r = pty([{ wait: 'Question 1/' }, { send: '\r' }, { wait: 'Question 2/' }, { signal: 'SIGTERM' }], ['quiz', 'python', '--seed', '3']);
    expect(r.code).toBe(143);
    expect(r.output.lastIndexOf('\u001b[?25h')).toBeGreaterThan(r.output.lastIndexOf('\u001b[?25l'));
    expect(JSON.parse(readFileSync(progressFile(), 'utf8')).roadmaps['ml-engineer'].attempts[0].finished).toBe(false);
  });

  it('SIGTERM in plain mode saves the attempt and exits 143', async () => {
    const child = spawn(process.execPath, [BIN, 'quiz', 'python', '--plain', '--seed', '4'], {
      env: { ...process.env, MLROAD_CONFIG_DIR: dir, HOME: dir },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let out = '';
    child.stdout.on('data', (d) => (out += d));
    child.stdin.write('1\n');
    await new Promise<void>((resolve) => {
      const check = setInterval(() => {
        if (out.includes('Question 2/')) {
          clearInterval(check);
          resolve();
        }
      }, 20);
    });
    child.kill('SIGTERM');
    const code = await new Promise((r) => child.on('close', r));
    expect(code).toBe(143);
    expect(JSON.parse(readFileSync(progressFile(), 'utf8')).roadmaps['ml-engineer'].attempts[0]).toMatchObject({ finished: false });
  });
});

describe('unwritable storage', () => {
  it('a config path that is a file: exit 3 naming the path, no stack trace', async () => {
    const file = join(dir, 'not-a-dir');
    writeFileSync(file, 'x');
    const r = await runCli(['done', 'python'], dir, { env: { MLROAD_CONFIG_DIR: file } });
    expect(r.code).toBe(3);
    expect(r.stderr).toContain(file);
    noStack(r.stderr);
  });

  const asNobody = process.getuid?.() === 0 && spawnSync('setpriv', ['--version']).status === 0;
  it.skipIf(!asNobody)('a read-only config directory: changes exit 3, reading still works', async () => {
    await runCli(['done', 'python'], dir);
    // The checkout may be private to root (a mktemp directory is), so run a world-readable
    // copy of the built files; the bundles need nothing from node_modules.
    const app = mkdtempSync(join(tmpdir(), 'mlroad-app-'));
    for (const part of ['bin', 'dist', 'roadmap', 'package.json']) cpSync(join(ROOT, part), join(app, part), { recursive: true });
    chmodSync(app, 0o755);
    chmodSync(dir, 0o555);
    const run = (args: string[]) =>
      spawnSync('setpriv', ['--reuid=65534', '--regid=65534', '--clear-groups', process.execPath, join(app, 'bin', 'mlroad.cjs'), ...args], {
        env: { PATH: process.env.PATH, HOME: '/nonexistent', MLROAD_CONFIG_DIR: dir, NO_COLOR: '1' },
        encoding: 'utf8',
      });
    try {
      const status = run(['status', '--json']);
      expect(status.status).toBe(0);
      expect(JSON.parse(status.stdout).done).toBe(1);
      const done = run(['done', 'math-for-ml']);
      expect(done.status).toBe(3);
      expect(done.stderr).toContain(dir);
      noStack(done.stderr);
      // Damaged and unrepairable: status still shows what can be read, and says why.
      chmodSync(dir, 0o755);
      writeFileSync(
        progressFile(),
        JSON.stringify({ version: 1, roadmaps: { 'ml-engineer': { topics: { python: { status: 'done', at: '2026-01-01T00:00:00.000Z' }, bad: 1 } } } }),
      );
      chmodSync(dir, 0o555);
      const damaged = run(['status', '--json']);
      expect(damaged.status).toBe(0);
      expect(JSON.parse(damaged.stdout).done).toBe(1);
      expect(damaged.stderr).toContain('cannot be repaired now');
    } finally {
      chmodSync(dir, 0o700);
      rmSync(app, { recursive: true, force: true });
    }
    expect(Object.keys(topics()).sort()).toEqual(['bad', 'python']); // left as it was: nothing could be written
  });

  const canMount = process.getuid?.() === 0 && process.platform === 'linux';
  it.skipIf(!canMount)('a full disk: exit 3, and the old progress survives', async () => {
    const small = join(dir, 'small');
    mkdirSync(small);
    const mounted = spawnSync('mount', ['-t', 'tmpfs', '-o', 'size=2m', 'tmpfs', small]);
    if (mounted.status !== 0) return expect.soft(mounted.stderr.toString()).toBe('mount refused; full-disk test not run');
    try {
      await runCli(['done', 'python'], small);
      writeFileSync(join(small, 'filler'), Buffer.alloc(0));
      spawnSync('sh', ['-c', `cat /dev/zero > ${join(small, 'filler')}`]); // fills the disk
      const r = await runCli(['done', 'math-for-ml'], small);
      expect(r.code).toBe(3);
      expect(r.stderr).toContain(small);
      noStack(r.stderr);
      const kept = JSON.parse(readFileSync(join(small, 'progress.json'), 'utf8')).roadmaps['ml-engineer'].topics;
      expect(Object.keys(kept)).toEqual(['python']);
    } finally {
      spawnSync('umount', [small]);
    }
  });
});

describe('progress export and import', () => {
  it('moves all progress to a new machine losslessly', async () => {
    await runCli(['done', 'python'], dir);
    await runCli(['quiz', 'python', '--count', '2', '--seed', '9'], dir, { input: '1\n1\n' });
    const exported = await runCli(['progress', 'export'], dir);
    expect(exported.code).toBe(0);
    const doc = JSON.parse(exported.stdout);
    expect(doc).toMatchObject({ format: 'mlroad-progress', version: 1 });

    const other = tempConfigDir();
    try {
      const file = join(other.dir, 'export.json');
      writeFileSync(file, exported.stdout);
      const r = await runCli(['progress', 'import', file], other.dir);
      expect(r.code).toBe(0);
      expect(r.stdout).toContain('1 topic added, 0 changed');
      const again = await runCli(['progress', 'export'], other.dir);
      expect(JSON.parse(again.stdout).progress).toEqual(doc.progress);
    } finally {
      other.cleanup();
    }
  });

  it('writes an export file atomically and merges or replaces on import, backing up first', async () => {
    await runCli(['done', 'python'], dir);
    const file = join(dir, 'backup.json');
    expect((await runCli(['progress', 'export', file], dir)).code).toBe(0);
    await runCli(['reset', 'python'], dir);
    await runCli(['done', 'math-for-ml'], dir);

    const merged = await runCli(['progress', 'import', file, '--json'], dir);
    expect(merged.code).toBe(0);
    expect(JSON.parse(merged.stdout)).toMatchObject({ mode: 'merge', changes: [{ roadmap: 'ml-engineer', topicsAdded: 1 }] });
    expect(Object.keys(topics()).sort()).toEqual(['math-for-ml', 'python']);
    expect(readdirSync(dir).some((f) => f.startsWith('progress.json.before-import-'))).toBe(true);

    expect((await runCli(['progress', 'import', file, '--replace'], dir)).code).toBe(0);
    expect(Object.keys(topics())).toEqual(['python']);
  });

  it('refuses an invalid import with exit 2 and changes nothing', async () => {
    await runCli(['done', 'python'], dir);
    const before = readFileSync(progressFile(), 'utf8');
    for (const content of [
      'not json',
      '{"format":"something-else"}',
      '{"format":"mlroad-progress","version":1,"progress":{"version":1,"roadmaps":{"x":{"topics":{"a":{"status":"??"}}}}}}',
    ]) {
      writeFileSync(join(dir, 'bad.json'), content);
      const r = await runCli(['progress', 'import', join(dir, 'bad.json')], dir);
      expect(r.code, content).toBe(2);
      noStack(r.stderr);
    }
    expect(readFileSync(progressFile(), 'utf8')).toBe(before);
  });
});

describe('leaving once the command is done', () => {
  it('a reader that drains the pipe late still gets all of the output, and the exit code', () => {
    const expected = readFileSync(join(ROOT, 'schema', 'roadmap.schema.json'), 'utf8');
    expect(expected.length).toBeGreaterThan(65536); // more than a pipe holds: mlroad waits for its reader
    // A shell pipe (not a socket, which holds more), read only after a pause; PIPESTATUS is mlroad's code.
    const script = `"$0" "$1" schema | (sleep 0.3; cat); exit \${PIPESTATUS[0]}`;
    const r = spawnSync('bash', ['-c', script, process.execPath, BIN], {
      env: { ...process.env, MLROAD_CONFIG_DIR: dir, HOME: dir },
      encoding: 'utf8',
      maxBuffer: 1 << 24,
    });
    expect(r.status).toBe(0);
    expect(r.stdout).toBe(expected);
  });

  it('a usage error still exits 2 with its message', async () => {
    const r = await runCli(['done', 'no-such-topic'], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/no-such-topic/);
  });
});
