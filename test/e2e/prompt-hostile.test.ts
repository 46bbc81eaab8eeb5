import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BIN, FIXTURES, ROOT, runCli, tempConfigDir } from '../support/cli.js';

// The prompt snippets run in real bash, zsh and fish against hostile roadmap paths and
// prompt files. A test passes only if no command ran and no control character was shown.

let dir: string;
let cleanup: () => void;
beforeEach(() => {
  ({ dir, cleanup } = tempConfigDir());
  mkdirSync(join(dir, 'cfg'));
});
afterEach(() => cleanup());

const VERSION = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).version as string;
const CONTROL = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/;
// All three are required (.ci/run installs them): a missing shell fails here, never skips.
const SHELLS = ['bash', 'zsh', 'fish'];

/** Renders the prompt as each shell does: bash `${PS1@P}`, zsh `print -P`, fish its prompt function. */
function render(shell: string, format?: string): string {
  const bin = join(dir, 'bin');
  mkdirSync(bin, { recursive: true });
  writeFileSync(join(bin, 'mlroad'), `#!/bin/sh\nexec "${process.execPath}" "${BIN}" "$@"\n`, { mode: 0o755 });
  const scripts: Record<string, [string, string[]]> = {
    bash: ['bash', ['--norc', '--noprofile', '-c', `eval "$(mlroad prompt init bash)"; PS1='[$MLROAD_PROMPT] '; __mlroad_prompt; printf '<%s>' "\${PS1@P}"`]],
    zsh: ['zsh', ['-f', '-c', `eval "$(mlroad prompt init zsh)"; setopt prompt_subst; PROMPT='[$MLROAD_PROMPT] '; __mlroad_prompt; print -n -P "<$PROMPT>"`]],
    fish: [
      'fish',
      ['-N', '-c', `mlroad prompt init fish | source; function fish_prompt; printf '[%s] ' (__mlroad_prompt_line); end; printf '<%s>' (fish_prompt)`],
    ],
  };
  const [cmd, args] = scripts[shell]!;
  const env: Record<string, string> = { PATH: `${bin}:${process.env.PATH}`, HOME: dir, MLROAD_CONFIG_DIR: join(dir, 'cfg'), NO_COLOR: '1', LANG: 'C.UTF-8' };
  if (format !== undefined) env.MLROAD_PROMPT_FORMAT = format;
  const r = spawnSync(cmd, args, { cwd: dir, env, encoding: 'utf8' });
  expect(r.status, `${shell}: ${r.stderr}`).toBe(0);
  const shown = /<([\s\S]*)>/.exec(r.stdout)?.[1];
  expect(shown, `${shell} printed ${JSON.stringify(r.stdout)}`).toBeDefined();
  return shown!;
}

const cfg = () => join(dir, 'cfg');
const run = (args: string[]) => runCli(args, cfg());

/** A copy of the mini roadmap at `<dir>/<name>/roadmap.yaml`, selected with `mlroad use`. */
async function useRoadmapAt(name: string): Promise<void> {
  const target = join(dir, name);
  cpSync(join(FIXTURES, 'mini'), target, { recursive: true });
  const r = await run(['use', target]);
  expect(r.code, r.stderr).toBe(0);
  expect(r.stdout + r.stderr).not.toMatch(/[\u001b\u0007]/);
  expect((await run(['done', 'alpha'])).code).toBe(0);
}

const pwned = () => existsSync(join(dir, 'PWNED')) || readdirSync(dir, { recursive: true }).some((f) => String(f).endsWith('PWNED'));

describe.each(SHELLS)('the %s prompt', (shell) => {
  it('runs nothing from a roadmap path that injects a line', async () => {
    await useRoadmapAt('evil\nuntil=a[$(touch${IFS}PWNED)]');
    const shown = render(shell);
    expect(shown).toBe('[ml mini 33%] ');
    expect(pwned()).toBe(false);
  });

  it('shows no control character from an OSC 52 path', async () => {
    await useRoadmapAt('x\nline=\u001b]52;c;QkFE\u0007\nline=\u001b[2J');
    const shown = render(shell);
    expect(shown).not.toMatch(CONTROL);
    expect(shown).toBe('[ml mini 33%] ');
  });

  it('takes the first key, evaluates nothing, and shows no control from a hand-made prompt file', () => {
    mkdirSync(cfg(), { recursive: true });
    writeFileSync(
      join(cfg(), 'prompt.txt'),
      [
        `mlroad=${VERSION}`,
        'at=0',
        'until=0',
        'percent=7',
        'done=1',
        'total=9',
        'due=0',
        'stage=s',
        'topic=t',
        'roadmap=r',
        'line=ok \u001b]52;c;QkFE\u0007 line',
        'file=',
        'until=a[$(touch${IFS}PWNED)]',
        'line=second',
      ].join('\n'),
    );
    const shown = render(shell);
    expect(shown).toBe('[ok ]52;c;QkFE line] ');
    expect(pwned()).toBe(false);
    // A number that is not digits is never compared: the line is recomputed instead.
    writeFileSync(join(cfg(), 'prompt.txt'), `mlroad=${VERSION}\nuntil=a[$(touch\${IFS}PWNED)]\nat=0\nline=cached\n`);
    expect(render(shell)).toBe('[ml 0%] ');
    expect(pwned()).toBe(false);
  });

  it('shows %, $, backslashes and backticks literally', async () => {
    expect((await run(['done', 'python'])).code).toBe(0);
    expect(render(shell, '100% $HOME \\n \\\\ `id` $(id) {percent}%')).toBe('[100% $HOME \\n \\\\ `id` $(id) 3%] ');
    expect(render(shell)).toBe('[ml 3%] ');
  });
});
