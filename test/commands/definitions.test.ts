import { Command } from 'commander';
import { describe, expect, it } from 'vitest';
import { addOptions, buildProgram, invokedCommand } from '../../src/cli.js';
import { defineCommand, flag } from '../../src/commands/define.js';
import { COMMANDS } from '../../src/commands/index.js';
import { exitCodeOf } from '../../src/main.js';

const names = (c: Command): string[] => c.commands.flatMap((sub) => [sub.name(), ...names(sub).map((n) => `${sub.name()} ${n}`)]);

describe('command definitions', () => {
  it('registers every defined command, subcommands included, under its own name', async () => {
    const { command } = await buildProgram([], { env: { MLROAD_CONFIG_DIR: '/nonexistent-mlroad-test' } });
    const registered = names(command);
    for (const def of COMMANDS) expect(registered).toContain(def.name);
    expect(registered).toEqual(expect.arrayContaining(['config path', 'config get', 'config set', 'progress export', 'progress import', 'prompt init']));
  });

  it('declares each option once, under the key commander stores it as', async () => {
    const { command } = await buildProgram([], { env: { MLROAD_CONFIG_DIR: '/nonexistent-mlroad-test' } });
    const status = command.commands.find((c) => c.name() === 'status')!;
    expect(status.options.map((o) => o.attributeName())).toEqual(['json', 'prompt', 'promptFormat']);
  });

  it('refuses an option whose key is not the attribute commander fills', async () => {
    const bad = defineCommand({ name: 'bad', summary: 'help.cmd.next', options: { format: flag('--prompt-format', 'help.opt.json') } });
    expect(() => addOptions(new Command('x'), bad.options!)).toThrow(/must be declared as "promptFormat"/);
    expect(() => addOptions(new Command('y'), { promptFormat: flag('--prompt-format', 'help.opt.json') })).not.toThrow();
  });

  it('builds only the parser of the command being run, and every parser for help, --version, typos and completion', async () => {
    expect(invokedCommand(['status', '--json'])?.name).toBe('status');
    expect(invokedCommand(['--roadmap', 'status', 'next'])?.name).toBe('next');
    expect(invokedCommand(['--lang', 'es', '--no-color', 'done', 'python'])?.name).toBe('done');
    for (const argv of [[], ['--help'], ['--help', 'status'], ['-V'], ['help', 'status'], ['stauts'], ['completion', 'bash'], ['--', 'status']]) {
      expect(invokedCommand(argv)).toBeUndefined();
    }
    const env = { MLROAD_CONFIG_DIR: '/nonexistent-mlroad-test' };
    expect(names((await buildProgram(['status', '--json'], { env })).command)).toEqual(['status']);
    expect(names((await buildProgram(['completion', 'bash'], { env })).command).length).toBeGreaterThan(30);
  });

  it('maps each outcome to the exit code in the README', () => {
    expect([exitCodeOf(undefined), exitCodeOf('invalid'), exitCodeOf('unhealthy'), exitCodeOf('failed')]).toEqual([0, 2, 3, 4]);
  });
});

describe('unknown commands', () => {
  const run = async (argv: string[]) => {
    let err = '';
    const { main } = await import('../../src/main.js');
    const code = await main(argv, {
      env: { MLROAD_CONFIG_DIR: '/nonexistent-mlroad-test', LANG: 'C' },
      stdout: { write: () => true } as never,
      stderr: { write: (s: string) => ((err += s), true) } as never,
    });
    return { code, err };
  };
  it('help <unknown> says the command is unknown, with a suggestion', async () => {
    expect(await run(['help', 'nope'])).toEqual({ code: 2, err: expect.stringContaining('unknown command "nope". Did you mean note, done?') });
  });
  it('a misspelt help gets "did you mean help"', async () => {
    expect(await run(['helpp'])).toEqual({ code: 2, err: expect.stringContaining('Did you mean help?') });
  });
});
