import { flag, valued } from './define.js';

/** Options every command takes, declared once; commander reads them before a command runs. */
export const GLOBAL_OPTIONS = {
  roadmap: valued('--roadmap <file-or-dir>', 'help.opt.roadmap'),
  lang: valued('--lang <lang>', 'help.opt.lang'),
  color: flag('--no-color', 'help.opt.noColor'),
} as const;

export interface GlobalOptions {
  roadmap?: string;
  lang?: string;
  color?: boolean;
}

/** The value of `--name value` or `--name=value` before commander runs (the language decides help text). */
export function peekOption(argv: readonly string[], name: string): string | undefined {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--') return undefined;
    if (arg === name) return argv[i + 1];
    if (arg.startsWith(`${name}=`)) return arg.slice(name.length + 1);
  }
  return undefined;
}
