import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FIXTURES, runCli, tempConfigDir } from '../support/cli.js';

// Names and texts that carry escape sequences or invisible characters: every command that
// echoes them prints no ESC, BEL or other control, and --json no zero-width character.

let dir: string;
let cleanup: () => void;
beforeEach(() => ({ dir, cleanup } = tempConfigDir()));
afterEach(() => cleanup());

const OSC = '\u001b]52;c;QkFE\u0007';
const CONTROL = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/;
const INVISIBLE = /[\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]/;
const clean = (r: { stdout: string; stderr: string }) => {
  expect(r.stdout).not.toMatch(CONTROL);
  expect(r.stderr).not.toMatch(CONTROL);
};

/** The mini roadmap copied to a folder whose name carries an OSC 52 sequence. */
function hostileRoadmap(edit: (text: string) => string = (x) => x): string {
  const target = join(dir, `road${OSC}map`);
  cpSync(join(FIXTURES, 'mini'), target, { recursive: true });
  const main = join(target, 'roadmap.yaml');
  writeFileSync(main, edit(readFileSync(main, 'utf8')));
  return target;
}

describe('hostile names reach the terminal clean', () => {
  it('validate: unknown keys and include paths', async () => {
    const roadmap = hostileRoadmap((t) =>
      t.replace('tips:', `"evil${OSC}key": 1\ntips:`).replace('include: quizzes/arithmetic.yaml', `include: "quizzes/x${OSC}\u200b.yaml"`),
    );
    const r = await runCli(['validate', roadmap], dir);
    expect(r.code).toBe(2);
    expect(r.stdout + r.stderr).toContain('evilkey');
    clean(r);
    expect(r.stdout + r.stderr).not.toMatch(INVISIBLE);
  });

  it('use and doctor print the path clean', async () => {
    const roadmap = hostileRoadmap();
    const use = await runCli(['use', roadmap], dir);
    expect(use.code).toBe(0);
    expect(use.stdout).toContain('roadmap');
    clean(use);
    const doctor = await runCli(['doctor'], dir);
    clean(doctor);
    const missing = await runCli(['use', join(dir, `nope${OSC}`)], dir);
    expect(missing.code).toBe(2);
    clean(missing);
  });

  it('import prints its summary clean', async () => {
    expect((await runCli(['done', 'python'], dir)).code).toBe(0);
    const exported = await runCli(['progress', 'export'], dir);
    const file = join(dir, `in${OSC}.json`);
    writeFileSync(file, exported.stdout);
    const r = await runCli(['progress', 'import', file, '--replace'], dir);
    expect(r.code, r.stderr).toBe(0);
    clean(r);
  });

  it('--json carries no zero-width or bidi character', async () => {
    const roadmap = hostileRoadmap((t) =>
      t.replace('title: Beta', 'title: "Be\u200bta\u202e\u2066"').replace('summary: The first topic.', 'summary: "first\u200d topic 👩\u200d💻"'),
    );
    const list = await runCli(['list', '--json', '--roadmap', roadmap], dir);
    expect(list.code, list.stderr).toBe(0);
    expect(list.stdout).not.toMatch(INVISIBLE);
    expect(list.stdout).toContain('"Beta"');
    // Prose keeps the joiner inside an emoji, and only there.
    const show = await runCli(['show', 'alpha', '--json', '--roadmap', roadmap], dir);
    expect(show.code, show.stderr).toBe(0);
    expect(show.stdout).toContain('first topic 👩\u200d💻');
    expect(show.stdout.replace('👩\u200d💻', '')).not.toMatch(INVISIBLE);
  });
});
