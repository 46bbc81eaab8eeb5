import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BIN, FIXTURES, runCli, tempConfigDir } from '../support/cli.js';

let dir: string;
let cleanup: () => void;
beforeEach(() => ({ dir, cleanup } = tempConfigDir()));
afterEach(() => cleanup());

const promptJson = () => join(dir, 'prompt.json');
const promptTxt = () => join(dir, 'prompt.txt');
const readPrompt = () => JSON.parse(readFileSync(promptJson(), 'utf8'));
const line = async (args: string[] = [], env: Record<string, string> = {}) => {
  const r = await runCli(['status', '--prompt', ...args], dir, { env });
  expect(r.code).toBe(0);
  expect(r.stderr).toBe('');
  return r.stdout.trim();
};

/** Backdates the prompt files, so a rewrite shows up as a newer mtime. */
function age(): number {
  const past = new Date(Date.now() - 60_000);
  for (const f of [promptJson(), promptTxt()]) utimesSync(f, past, past);
  return statSync(promptJson()).mtimeMs;
}

describe('the precomputed prompt line', () => {
  it('is rewritten after done, skip, reset and a quiz', async () => {
    await runCli(['done', 'python'], dir);
    expect(readPrompt().fields).toMatchObject({ done: 1, topic: 'math-for-ml' });
    for (const args of [
      ['skip', 'math-for-ml'],
      ['reset', 'python'],
      ['quiz', 'python', '--count', '1'],
    ]) {
      const before = age();
      await runCli(args, dir, { input: args[0] === 'quiz' ? '1\n' : '' }); // an answered quiz: one with no answer records nothing
      expect(statSync(promptJson()).mtimeMs, args.join(' ')).toBeGreaterThan(before);
    }
    expect(readPrompt().fields).toMatchObject({ done: 0, topic: 'python' }); // skipped is not done
    expect(readFileSync(promptTxt(), 'utf8')).toContain('topic=python');
  });

  it('the fast path answers from the file without rewriting it, and equals the full path', async () => {
    await runCli(['done', 'python', 'math-for-ml'], dir);
    const before = age();
    const fast = await line(['--prompt-format', '{percent}% {done}/{total} {stage}/{topic} {due} {bar}']);
    expect(statSync(promptJson()).mtimeMs).toBe(before); // fresh file: nothing recomputed
    rmSync(promptJson());
    const full = await line(['--prompt-format', '{percent}% {done}/{total} {stage}/{topic} {due} {bar}']);
    expect(full).toBe(fast);
    expect(fast).toMatch(/^6% 2\/29 fundamentals\/computational-thinking 0 [█░]{8}$/);
    expect(await line()).toBe('ml 6%');
  });

  it('MLROAD_PROMPT_FORMAT sets the template', async () => {
    await runCli(['done', 'python'], dir);
    expect(await line([], { MLROAD_PROMPT_FORMAT: '[{topic}]' })).toBe('[math-for-ml]');
  });

  it('detects a progress file changed underneath it', async () => {
    await runCli(['done', 'python'], dir);
    const progress = JSON.parse(readFileSync(join(dir, 'progress.json'), 'utf8'));
    progress.roadmaps['ml-engineer'].topics['math-for-ml'] = { status: 'done', at: '2026-01-01T00:00:00.000Z' };
    writeFileSync(join(dir, 'progress.json'), JSON.stringify(progress));
    expect(await line(['--prompt-format', '{done}'])).toBe('2');
    expect(readPrompt().fields.done).toBe(2);
  });

  it('detects a roadmap changed underneath it', async () => {
    const roadmap = join(dir, 'roadmap');
    cpSync(join(FIXTURES, 'mini'), roadmap, { recursive: true });
    const env = { MLROAD_ROADMAP: roadmap };
    await runCli(['done', 'alpha'], dir, { env });
    expect(await line(['--prompt-format', '{done}/{total}'], env)).toBe('1/3');
    const main = join(roadmap, 'roadmap.yaml');
    writeFileSync(main, readFileSync(main, 'utf8').replace('        optional: true\n', ''));
    expect(await line(['--prompt-format', '{done}/{total}'], env)).toBe('1/4');
  });

  it('stamps only the main file: a quiz file cannot change the line, and its edit costs no recompute', async () => {
    const roadmap = join(dir, 'roadmap');
    cpSync(join(FIXTURES, 'mini'), roadmap, { recursive: true });
    const env = { MLROAD_ROADMAP: roadmap };
    await runCli(['done', 'alpha'], dir, { env });
    expect(readPrompt().files.map((f: { path: string }) => f.path)).toEqual([join(roadmap, 'roadmap.yaml')]);
    expect(await line(['--prompt-format', '{done}/{total}'], env)).toBe('1/3');
    const written = age();
    const quizFile = join(roadmap, 'quizzes', readdirSync(join(roadmap, 'quizzes'))[0]!);
    writeFileSync(quizFile, `${readFileSync(quizFile, 'utf8')}# edited\n`);
    expect(await line(['--prompt-format', '{done}/{total}'], env)).toBe('1/3');
    expect(statSync(promptJson()).mtimeMs).toBe(written); // answered from the file, not recomputed
  });

  it('is stale once written by another version, or stamped in the future', async () => {
    await runCli(['done', 'python'], dir);
    const cache = readPrompt();
    writeFileSync(promptJson(), JSON.stringify({ ...cache, mlroad: '0.0.1', fields: { ...cache.fields, percent: 99 } }));
    expect(await line()).toBe('ml 3%');
    writeFileSync(promptJson(), JSON.stringify({ ...readPrompt(), at: '2999-01-01T00:00:00.000Z', fields: { ...cache.fields, percent: 98 } }));
    expect(await line()).toBe('ml 3%');
  });

  it('goes stale on a roadmap switch and on an edit that keeps the size', async () => {
    const roadmap = join(dir, 'roadmap');
    cpSync(join(FIXTURES, 'mini'), roadmap, { recursive: true });
    await runCli(['done', 'python'], dir);
    expect(await line(['--prompt-format', '{done}/{total}'])).toBe('1/29');
    expect((await runCli(['use', roadmap], dir)).code).toBe(0);
    expect(await line(['--prompt-format', '{done}/{total}'])).toBe('0/3');
    const main = join(roadmap, 'roadmap.yaml');
    const before = readFileSync(main, 'utf8');
    const after = before.replace('id: alpha', 'id: alpho');
    expect(after.length).toBe(before.length);
    writeFileSync(main, after);
    expect(await line(['--prompt-format', '{topic}'])).toBe('alpho');
  });

  it('is stale once its time limit has passed', async () => {
    await runCli(['done', 'python'], dir);
    const cache = readPrompt();
    writeFileSync(promptJson(), JSON.stringify({ ...cache, validUntil: '2000-01-01T00:00:00.000Z', fields: { ...cache.fields, percent: 99 } }));
    expect(await line()).toBe('ml 3%');
  });

  it('prints a marker, exits 0 and changes nothing when progress is corrupt', async () => {
    await runCli(['done', 'python'], dir);
    writeFileSync(join(dir, 'progress.json'), '{"version": 1, "roadm');
    expect(await line()).toBe('mlroad ⚠');
    expect(readFileSync(join(dir, 'progress.json'), 'utf8')).toBe('{"version": 1, "roadm');
  });
});

describe('shell integration', () => {
  /** Runs a bash script with `mlroad` on PATH, as after `npm install -g`. */
  const bash = (script: string) => {
    const bin = join(dir, 'bin');
    mkdirSync(bin, { recursive: true });
    writeFileSync(join(bin, 'mlroad'), `#!/bin/sh\nexec "${process.execPath}" "${BIN}" "$@"\n`, { mode: 0o755 });
    return spawnSync('bash', ['--norc', '--noprofile', '-c', script], {
      env: { PATH: `${bin}:${process.env.PATH}`, HOME: dir, MLROAD_CONFIG_DIR: dir, NO_COLOR: '1' },
      encoding: 'utf8',
    });
  };

  it('the bash snippet shows live progress right after mlroad done', async () => {
    const r = bash(`eval "$(mlroad prompt init bash)"
__mlroad_prompt; echo "1:$MLROAD_PROMPT"
mlroad done python >/dev/null
__mlroad_prompt; echo "2:$MLROAD_PROMPT"
MLROAD_PROMPT_FORMAT='{percent}% {topic}'; __mlroad_prompt; echo "3:$MLROAD_PROMPT"`);
    expect(r.stdout).toContain('1:ml 0%');
    expect(r.stdout).toContain('2:ml 3%');
    expect(r.stdout).toContain('3:3% math-for-ml');
  });

  it('bash completion lists the real topic and quiz ids', async () => {
    await runCli(['status', '--prompt'], dir);
    const r = bash(`eval "$(mlroad completion bash)"
COMP_WORDS=(mlroad quiz ml-); COMP_CWORD=2; _mlroad; echo "quiz:\${COMPREPLY[*]}"
COMP_WORDS=(mlroad quiz ml-me); COMP_CWORD=2; _mlroad; echo "unique:\${COMPREPLY[*]}"
COMP_WORDS=(mlroad done model-); COMP_CWORD=2; _mlroad; echo "topics:\${COMPREPLY[*]}"
COMP_WORDS=(mlroad --lang es sho); COMP_CWORD=3; _mlroad; echo "cmd:\${COMPREPLY[*]}"
COMP_WORDS=(mlroad quiz --s); COMP_CWORD=2; _mlroad; echo "opt:\${COMPREPLY[*]}"`);
    expect(r.stdout).toContain('quiz:ml-models ml-metrics');
    expect(r.stdout).toContain('unique:ml-metrics');
    expect(r.stdout).toContain('topics:model-metrics model-testing');
    expect(r.stdout).toContain('cmd:show\n');
    expect(r.stdout).toContain('opt:--seed');
  });

  it('bash completion offers done/skip the topics still to do and reset the finished ones', async () => {
    const script = `eval "$(mlroad completion bash)"
COMP_WORDS=(mlroad done ''); COMP_CWORD=2; _mlroad; echo "done:\${COMPREPLY[*]}"
COMP_WORDS=(mlroad skip ''); COMP_CWORD=2; _mlroad; echo "skip:\${COMPREPLY[*]}"
COMP_WORDS=(mlroad reset ''); COMP_CWORD=2; _mlroad; echo "reset:\${COMPREPLY[*]}"
COMP_WORDS=(mlroad show pyt); COMP_CWORD=2; _mlroad; echo "show:\${COMPREPLY[*]}"`;
    const line = (out: string, name: string) =>
      out
        .split('\n')
        .find((l) => l.startsWith(`${name}:`))!
        .slice(name.length + 1)
        .split(' ')
        .filter(Boolean);
    // No completion file yet: mlroad is asked, and nothing is finished.
    const fresh = bash(script).stdout;
    expect(line(fresh, 'reset')).toEqual([]);
    expect(line(fresh, 'done')).toContain('python');
    expect((await runCli(['done', 'python'], dir)).code).toBe(0);
    expect((await runCli(['skip', 'computational-thinking'], dir)).code).toBe(0);
    const out = bash(script).stdout;
    expect(line(out, 'reset')).toEqual(['python', 'computational-thinking']);
    for (const name of ['done', 'skip']) {
      expect(line(out, name)).not.toContain('python');
      expect(line(out, name)).not.toContain('computational-thinking');
      expect(line(out, name).length).toBeGreaterThan(20);
    }
    expect(line(out, 'show')).toEqual(['python']);
  });

  it('completion asks mlroad for ids when no prompt file exists yet', async () => {
    const r = bash(`eval "$(mlroad completion bash)"
COMP_WORDS=(mlroad quiz ml-me); COMP_CWORD=2; _mlroad; echo "unique:\${COMPREPLY[*]}"`);
    expect(r.stdout).toContain('unique:ml-metrics');
  });

  it('the zsh snippet shows live progress (zsh is required: .ci/run installs it)', () => {
    bash('true'); // puts the mlroad wrapper on PATH
    const r = spawnSync(
      'zsh',
      [
        '-f',
        '-c',
        `eval "$(mlroad prompt init zsh)"
setopt prompt_subst; PROMPT='[$MLROAD_PROMPT] '
__mlroad_prompt; print -P "1:$PROMPT"
mlroad done python >/dev/null
__mlroad_prompt; print -P "2:$PROMPT"`,
      ],
      { env: { PATH: `${join(dir, 'bin')}:${process.env.PATH}`, HOME: dir, MLROAD_CONFIG_DIR: dir }, encoding: 'utf8' },
    );
    // The README's lines: prompt_subst, then zsh reads % as an escape unless it comes doubled.
    expect(r.stdout).toContain('1:[ml 0%] ');
    expect(r.stdout).toContain('2:[ml 3%] ');
  });

  it('the fish snippet and completion work (fish is required: .ci/run installs it)', () => {
    bash('true');
    const r = spawnSync(
      'fish',
      [
        '-N',
        '-c',
        `mlroad prompt init fish | source
echo "1:"(__mlroad_prompt_line)
mlroad done python >/dev/null
echo "2:"(__mlroad_prompt_line)
mlroad completion fish | source
echo "c:"(complete -C "mlroad quiz ml-me")`,
      ],
      { env: { PATH: `${join(dir, 'bin')}:${process.env.PATH}`, HOME: dir, MLROAD_CONFIG_DIR: dir }, encoding: 'utf8' },
    );
    expect(r.stdout).toContain('1:ml 0%');
    expect(r.stdout).toContain('2:ml 3%');
    expect(r.stdout).toContain('c:ml-metrics');
  });

  it('prints a starship module and refuses an unknown shell', async () => {
    expect((await runCli(['prompt', 'init', 'starship'], dir)).stdout).toContain('[custom.mlroad]');
    expect((await runCli(['prompt', 'init', 'zsh'], dir)).stdout).toContain('add-zsh-hook precmd __mlroad_prompt');
    expect((await runCli(['prompt', 'init', 'fish'], dir)).stdout).toContain('function __mlroad_prompt_line');
    const bad = await runCli(['completion', 'tcsh'], dir);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('unknown shell "tcsh"');
  });
});
