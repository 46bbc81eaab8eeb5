import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FIXTURES, runCli as runBinary, tempConfigDir } from '../support/cli.js';
import { runMain as runCli, runMainJson as runJson } from '../support/in-process.js';

let dir: string;
let cleanup: () => void;
beforeEach(() => ({ dir, cleanup } = tempConfigDir()));
afterEach(() => cleanup());

describe('the core loop on the bundled roadmap', () => {
  it('next shows the first fundamentals topic and exits without a terminal', async () => {
    const r = await runCli(['next'], dir);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Stage 1/8 · Fundamentals');
    expect(r.stdout).toContain('(python)');
    expect(r.stdout).toContain('mlroad quiz python');
  });

  it('walks next → done → status → skip → reset, and progress survives between processes', async () => {
    const first = await runJson(['next'], dir);
    expect(first.stage).toEqual({ id: 'fundamentals', title: 'Fundamentals', index: 1, count: 8 });
    expect(first.topic.id).toBe('python');
    expect(first.topic.quiz).toBe('python');
    expect(first.remaining).toBeGreaterThanOrEqual(27);

    expect((await runCli(['done', 'python'], dir)).code).toBe(0);
    const afterDone = await runJson(['next'], dir);
    expect(afterDone.topic.id).toBe('math-for-ml');
    expect(afterDone.remaining).toBe(first.remaining - 1);

    const status = await runJson(['status'], dir);
    expect(status).toMatchObject({ roadmap: { id: 'ml-engineer' }, done: 1, skipped: 0, total: first.remaining });
    expect(status.percent).toBe(Math.floor(100 / first.remaining));
    expect(status.next).toEqual({ stage: 'fundamentals', topic: 'math-for-ml' });
    expect(status.stages.find((s: { id: string }) => s.id === 'tools').percent).toBeNull();

    expect((await runCli(['skip', 'math-for-ml'], dir)).code).toBe(0);
    expect(await runJson(['status'], dir)).toMatchObject({ done: 1, skipped: 1 });

    expect((await runCli(['reset', 'python', 'math-for-ml'], dir)).code).toBe(0);
    const reset = await runJson(['status'], dir);
    expect(reset).toMatchObject({ done: 0, skipped: 0, percent: 0, next: { stage: 'fundamentals', topic: 'python' } });
  });

  it('marking every required topic done ends complete at 100%', async () => {
    const list = await runJson(['list'], dir);
    const required = list.stages.flatMap((s: { topics: { id: string; optional: boolean }[] }) => s.topics.filter((t) => !t.optional).map((t) => t.id));
    expect(required.length).toBeGreaterThanOrEqual(27);
    expect((await runCli(['done', ...required], dir)).code).toBe(0);
    expect(await runJson(['next'], dir)).toMatchObject({ complete: true });
    expect(await runJson(['status'], dir)).toMatchObject({ percent: 100, next: null });
  });

  it('list --json has every stage in order with statuses', async () => {
    await runCli(['done', 'python'], dir);
    const list = await runJson(['list'], dir);
    expect(list.roadmap.id).toBe('ml-engineer');
    expect(list.stages.map((s: { id: string }) => s.id)).toEqual([
      'fundamentals',
      'data',
      'machine-learning',
      'deep-learning',
      'ml-engineering',
      'tools',
      'projects',
      'career',
    ]);
    const python = list.stages[0].topics[0];
    expect(python).toEqual({ id: 'python', title: expect.any(String), status: 'done', optional: false, quiz: 'python' });
    const metrics = list.stages.flatMap((s: { topics: { quiz: string | null }[] }) => s.topics).find((t: { quiz: string | null }) => t.quiz === 'ml-metrics');
    expect(metrics).toBeDefined();
  });

  it('show prints one topic in full', async () => {
    const shown = await runJson(['show', 'model-metrics'], dir);
    expect(shown.topic).toMatchObject({ id: 'model-metrics', quiz: 'ml-metrics', status: 'todo' });
    expect(shown.topic.learn.length).toBeGreaterThan(0);
    expect(shown.topic.resources[0].url).toMatch(/^https:\/\//);
  });

  it('reset --all refuses without a terminal or --yes, then backs up and clears with --yes', async () => {
    await runCli(['done', 'python'], dir);
    const refused = await runCli(['reset', '--all'], dir);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('--yes');
    expect((await runJson(['status'], dir)).done).toBe(1);

    const r = await runCli(['reset', '--all', '--yes'], dir);
    expect(r.code).toBe(0);
    const backup = readdirSync(dir).find((f) => f.startsWith('progress.json.backup-'));
    expect(backup).toBeDefined();
    expect(r.stderr).toContain(backup!);
    expect(JSON.parse(readFileSync(join(dir, backup!), 'utf8')).roadmaps['ml-engineer'].topics.python.status).toBe('done');
    expect((await runJson(['status'], dir)).done).toBe(0);
  });

  it('plain mlroad shows the short status and the next step', async () => {
    const r = await runCli([], dir);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Overall 0% · 0 done · 29 to go');
    expect(r.stdout).toContain('mlroad next');
  });

  it('config path prints the progress file inside MLROAD_CONFIG_DIR', async () => {
    const r = await runCli(['config', 'path'], dir);
    expect(r.stdout.trim()).toBe(join(dir, 'progress.json'));
  });

  it('stores progress by roadmap id and topic id with a version', async () => {
    await runCli(['done', 'python'], dir, { env: { MLROAD_NOW: '2026-02-03T04:05:06.000Z' } });
    const file = JSON.parse(readFileSync(join(dir, 'progress.json'), 'utf8'));
    expect(file.version).toBe(2); // 2: the review log lives in progress.log.jsonl
    expect(file.roadmaps['ml-engineer'].topics.python).toEqual({ status: 'done', at: '2026-02-03T04:05:06.000Z' });
  });
});

describe('pipes', () => {
  it('a reader that closes the pipe early (mlroad list | head -1) is not an error', async () => {
    const { spawn } = await import('node:child_process');
    const { BIN } = await import('../support/cli.js');
    const child = spawn(process.execPath, [BIN, 'list'], { env: { ...process.env, MLROAD_CONFIG_DIR: dir, HOME: dir }, stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d) => (stderr += d));
    child.stdout.destroy(); // the reader is gone before mlroad writes a byte: its writes get EPIPE
    const code = await new Promise((resolve) => child.on('close', resolve));
    expect(code).toBe(0);
    expect(stderr).not.toContain('EPIPE');
  });
});

describe('bad input', () => {
  it('an unknown topic id exits 2 with a suggestion and changes nothing', async () => {
    const r = await runCli(['done', 'python', 'pyhton'], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('unknown topic "pyhton"');
    expect(r.stderr).toContain('"python"');
    expect((await runJson(['status'], dir)).done).toBe(0);
  });

  it('an unknown command and an unknown option exit 2 without a stack trace', async () => {
    const cmd = await runCli(['nxet'], dir);
    expect(cmd.code).toBe(2);
    expect(cmd.stderr).toContain('next');
    const opt = await runCli(['status', '--bogus'], dir);
    expect(opt.code).toBe(2);
    expect(opt.stderr).toContain("unknown option '--bogus'");
    for (const r of [cmd, opt]) expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  // These two run the binary: paths are printed relative to its working directory, the config dir.
  it('a malformed YAML roadmap names file, line and column, exits 2, no stack', async () => {
    const file = join(FIXTURES, 'bad', 'syntax.yaml');
    const r = await runBinary(['--roadmap', file, 'status'], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`${file}:8:5`);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it('schema and check errors each name their path', async () => {
    const file = join(FIXTURES, 'bad', 'schema.yaml');
    const r = await runBinary(['--roadmap', file, 'next'], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`${file}:10:13: stages[0].topics[0].id: must be kebab-case`);
    expect(r.stderr).toContain('stages[0].topics[1].quiz: quiz "nowhere" does not exist');
    expect(r.stderr).toContain('stages[1].topics[0].id: duplicate topic id "dup"');
    expect(r.stderr).toContain('stages[2].topics: stage "three" has no topics');
  });

  it('status --prompt prints a short marker and exits 0 on a broken roadmap', async () => {
    const r = await runCli(['--roadmap', join(FIXTURES, 'bad', 'syntax.yaml'), 'status', '--prompt'], dir);
    expect(r.code).toBe(0);
    expect(r.stdout.trim()).toBe('mlroad ⚠');
    expect(r.stderr).toBe('');
  });
});

describe('colour', () => {
  const ESC = '\u001b[';
  it('is off without a terminal, forced by FORCE_COLOR, and NO_COLOR always wins', async () => {
    const plain = await runCli(['status'], dir, { env: { NO_COLOR: undefined } });
    expect(plain.stdout).not.toContain(ESC);
    const forced = await runCli(['status'], dir, { env: { NO_COLOR: undefined, FORCE_COLOR: '1' } });
    expect(forced.stdout).toContain(ESC);
    const both = await runCli(['status'], dir, { env: { NO_COLOR: '1', FORCE_COLOR: '1' } });
    expect(both.stdout).not.toContain(ESC);
    const flag = await runCli(['--no-color', 'status'], dir, { env: { NO_COLOR: undefined, FORCE_COLOR: '1' } });
    expect(flag.stdout).not.toContain(ESC);
  });

  it('never colours JSON or the prompt line', async () => {
    for (const args of [
      ['status', '--json'],
      ['status', '--prompt'],
      ['next', '--json'],
    ]) {
      const r = await runCli(args, dir, { env: { NO_COLOR: undefined, FORCE_COLOR: '1' } });
      expect(r.stdout, args.join(' ')).not.toContain(ESC);
    }
  });
});
