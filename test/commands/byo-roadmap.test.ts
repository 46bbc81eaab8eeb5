import { cpSync, readFileSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FIXTURES, ROOT, tempConfigDir } from '../support/cli.js';
import { runMain as runCli, runMainJson as runJson } from '../support/in-process.js';

let dir: string;
let cleanup: () => void;
beforeEach(() => ({ dir, cleanup } = tempConfigDir()));
afterEach(() => cleanup());

const MINI = join(FIXTURES, 'mini');
// ESC, BEL, C1 (CSI, OSC), carriage return, bidi overrides: nothing a terminal would obey.
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

describe('a roadmap of your own', () => {
  it('works end to end: next, done, quiz, status', async () => {
    const r = ['--roadmap', MINI];
    expect((await runJson([...r, 'next'], dir)).topic.id).toBe('alpha');
    expect((await runCli([...r, 'done', 'alpha'], dir)).code).toBe(0);
    const quiz = await runJson([...r, 'quiz', 'arithmetic', '--seed', '3'], dir, { input: '' });
    expect(quiz.total).toBe(6);
    const status = await runJson([...r, 'status'], dir);
    expect(status).toMatchObject({ roadmap: { id: 'mini' }, done: 1, total: 3, percent: 33, next: { stage: 'basics', topic: 'beta' } });
    expect(status.stages[0]).toMatchObject({ quizzesTotal: 1, quizzesPassed: 0 });
  });

  it("counts a quiz's new pass mark once its file is edited, from a warm cache", async () => {
    const copy = join(dir, 'mini-copy');
    cpSync(MINI, copy, { recursive: true });
    const r = ['--roadmap', copy];
    expect((await runJson([...r, 'quiz', 'arithmetic', '--seed', '3'], dir, { input: '1\n'.repeat(6) })).score).toBe(2); // 33%
    expect((await runJson([...r, 'status'], dir)).stages[0]).toMatchObject({ quizzesTotal: 1, quizzesPassed: 0 });
    const quizFile = join(copy, 'quizzes', 'arithmetic.yaml');
    writeFileSync(quizFile, readFileSync(quizFile, 'utf8').replace('passPercent: 50', 'passPercent: 0'));
    expect((await runJson([...r, 'status'], dir)).stages[0]).toMatchObject({ quizzesTotal: 1, quizzesPassed: 1 });
  });

  it('keeps progress per roadmap id when switching with use and --default', async () => {
    await runCli(['done', 'python'], dir);
    const used = await runCli(['use', MINI], dir);
    expect(used.code).toBe(0);
    expect(used.stdout).toContain('mini');
    await runCli(['done', 'alpha'], dir);
    expect((await runJson(['status'], dir)).roadmap.id).toBe('mini');
    expect((await runJson(['status'], dir)).done).toBe(1);
    expect((await runCli(['use', '--default'], dir)).code).toBe(0);
    const back = await runJson(['status'], dir);
    expect(back).toMatchObject({ roadmap: { id: 'ml-engineer' }, done: 1 });
    const file = JSON.parse(readFileSync(join(dir, 'progress.json'), 'utf8'));
    expect(Object.keys(file.roadmaps).sort()).toEqual(['mini', 'ml-engineer']);
  });

  it('--roadmap beats MLROAD_ROADMAP, which beats use', async () => {
    await runCli(['use', join(ROOT, 'templates', 'starter')], dir);
    expect((await runJson(['status'], dir)).roadmap.id).not.toBe('ml-engineer');
    expect((await runJson(['status'], dir, { env: { MLROAD_ROADMAP: MINI } })).roadmap.id).toBe('mini');
    expect((await runJson(['--roadmap', join(ROOT, 'roadmap'), 'status'], dir, { env: { MLROAD_ROADMAP: MINI } })).roadmap.id).toBe('ml-engineer');
  });

  it('use refuses an invalid roadmap and keeps the old choice', async () => {
    const r = await runCli(['use', join(FIXTURES, 'bad', 'schema.yaml')], dir);
    expect(r.code).toBe(2);
    expect((await runJson(['status'], dir)).roadmap.id).toBe('ml-engineer');
  });

  it('init writes a valid starter an author can learn from, and refuses to overwrite', async () => {
    const target = join(dir, 'my-roadmap');
    const init = await runCli(['init', target], dir);
    expect(init.code).toBe(0);
    const validate = await runJson(['validate', target], dir);
    expect(validate).toMatchObject({ valid: true, errors: [] });
    const types = new Set<string>();
    for (const line of readFileSync(join(target, 'quizzes', 'first-quiz.yaml'), 'utf8').matchAll(/^\s+type: (\w+)/gm)) types.add(line[1]!);
    expect([...types].sort()).toEqual(['boolean', 'calculated', 'multiple', 'numeric', 'single', 'text']);
    expect((await runCli(['--roadmap', target, 'next'], dir)).code).toBe(0);
    const again = await runCli(['init', target], dir);
    expect(again.code).toBe(2);
    expect(again.stderr).toContain('already exists');
  });
});

describe('mlroad validate', () => {
  it('reports every problem with file:line:column, path and message, as JSON too', async () => {
    const file = join(FIXTURES, 'bad', 'schema.yaml');
    const r = await runCli(['validate', file, '--json'], dir);
    expect(r.code).toBe(2);
    const out = JSON.parse(r.stdout);
    expect(out.valid).toBe(false);
    expect(out.summary).toBeNull();
    expect(out.errors).toHaveLength(4);
    expect(out.errors[0]).toEqual({ file, line: 10, column: 13, path: 'stages[0].topics[0].id', message: expect.stringContaining('kebab-case') });
  });

  it('exits 0 on a valid roadmap with a summary', async () => {
    const r = await runJson(['validate', join(ROOT, 'roadmap')], dir);
    expect(r).toMatchObject({ valid: true, summary: { stages: 8, quizzes: 8 } });
    expect(r.summary.questions).toBeGreaterThanOrEqual(96);
  });

  it('refuses a file over the size limit without reading it all', async () => {
    const big = join(dir, 'big.yaml');
    writeFileSync(big, 'formatVersion: 1\n');
    truncateSync(big, 21 * 1024 * 1024);
    const r = await runCli(['validate', big], dir);
    expect(r.code).toBe(2);
    expect(r.stdout + r.stderr).toContain('over the 20 MB limit');
  });

  it('refuses an alias bomb instead of expanding it', async () => {
    const lines = ['formatVersion: 1', 'l0: &l0 [x, x, x, x, x, x, x, x, x, x]'];
    for (let i = 1; i < 12; i++)
      lines.push(
        `l${i}: &l${i} [${Array(10)
          .fill(`*l${i - 1}`)
          .join(', ')}]`,
      );
    const bomb = join(dir, 'bomb.yaml');
    writeFileSync(bomb, `${lines.join('\n')}\n`);
    const r = await runCli(['validate', bomb], dir);
    expect(r.code).toBe(2);
    expect(r.stdout).toContain('too many YAML aliases');
  });

  it('--require-lang lists every text missing in that language', async () => {
    const raw = await runCli(['validate', MINI, '--require-lang', 'es', '--json'], dir);
    expect(raw.code).toBe(2);
    const paths = JSON.parse(raw.stdout).errors.map((e: { path: string }) => e.path);
    expect(paths).toContain('description');
    expect(paths).toContain('stages[1].title');
    expect(paths).not.toContain('title'); // the roadmap title has both languages
    for (const lang of ['es', 'en']) expect((await runCli(['validate', join(ROOT, 'roadmap'), '--require-lang', lang], dir)).code, lang).toBe(0);
  });
});

describe('untrusted content cannot attack the terminal', () => {
  const HOSTILE = join(FIXTURES, 'hostile');
  it.each([
    ['status'],
    ['next'],
    ['list'],
    ['show', 't'],
    ['status', '--json'],
    ['next', '--json'],
    ['list', '--json'],
    ['show', 't', '--json'],
    ['status', '--prompt'],
  ])('mlroad %s prints no control sequence', async (...args) => {
    const r = await runCli(['--roadmap', HOSTILE, ...args], dir, { env: { FORCE_COLOR: '0' } });
    expect(r.code).toBe(0);
    expect(r.stdout).not.toMatch(CONTROL);
    expect(r.stderr).not.toMatch(CONTROL);
    if (args[0] !== 'status' || args.length === 1) expect(r.stdout).toMatch(/Owned|Stage|Topic|hostile|ml /);
  });
});

describe('mlroad schema', () => {
  it('prints the JSON Schema with a description on every field, identical to the shipped file', async () => {
    const r = await runCli(['schema'], dir);
    expect(r.code).toBe(0);
    const schema = JSON.parse(r.stdout);
    expect(schema.properties.stages.description).toBeTruthy();
    expect(JSON.parse(readFileSync(join(ROOT, 'schema', 'roadmap.schema.json'), 'utf8'))).toEqual(schema);
    const missing: string[] = [];
    const walk = (node: unknown, path: string) => {
      if (!node || typeof node !== 'object') return;
      const n = node as { properties?: Record<string, { description?: string }> };
      for (const [k, v] of Object.entries(n.properties ?? {})) if (!v.description) missing.push(`${path}.${k}`);
      for (const [k, v] of Object.entries(node)) walk(v, `${path}/${k}`);
    };
    walk(schema, '');
    expect(missing).toEqual([]);
    const quiz = JSON.parse((await runCli(['schema', '--quiz'], dir)).stdout);
    expect(quiz.properties.questions).toBeDefined();
  });
});
