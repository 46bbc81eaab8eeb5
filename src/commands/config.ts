import { resolve } from 'node:path';
import { type Context, print, printJson } from '../context.js';
import type { Settings } from '../core/progress/model.js';
import { UsageError } from '../errors.js';
import type { Translator } from '../i18n/index.js';
import { openStore } from '../session.js';
import { arg, defineCommand, json } from './define.js';

export interface ConfigOptions {
  json?: boolean;
}

const KEYS = ['lang', 'python', 'workspace'] as const;
type Key = (typeof KEYS)[number];

export async function configPath(ctx: Context, options: ConfigOptions = {}): Promise<void> {
  const path = openStore(ctx).path;
  if (options.json) return printJson(ctx, { path });
  print(ctx.stdout, path);
}

export async function configGet(ctx: Context, key: string | undefined, options: ConfigOptions = {}): Promise<void> {
  const settings = (await openStore(ctx).read()).settings;
  if (key === undefined) {
    if (options.json) return printJson(ctx, settings);
    return print(
      ctx.stdout,
      KEYS.map((k) => `${k} = ${settings[k] ?? ''}`),
    );
  }
  const k = requireKey(ctx.t, key);
  if (options.json) return printJson(ctx, { [k]: settings[k] ?? null });
  print(ctx.stdout, settings[k] ?? '');
}

export async function configSet(ctx: Context, key: string, value: string, options: ConfigOptions = {}): Promise<void> {
  const k = requireKey(ctx.t, key);
  const normalized = k === 'lang' ? value.toLowerCase() : resolve(value);
  if (k === 'lang' && normalized !== 'en' && normalized !== 'es') throw new UsageError(ctx.t('error.badLang', { value }));
  const change = { [k]: normalized } as Settings;
  await openStore(ctx).update((file) => ({ ...file, settings: { ...file.settings, ...change } }));
  if (options.json) return printJson(ctx, change);
  print(ctx.stdout, ctx.t('config.set', { key: k, value: normalized }));
}

function requireKey(t: Translator, key: string): Key {
  if ((KEYS as readonly string[]).includes(key)) return key as Key;
  throw new UsageError(t('error.unknownSetting', { key, list: KEYS.join(', ') }));
}

export const configCommand = defineCommand({
  name: 'config',
  summary: 'help.cmd.config',
  // `mlroad config` alone shows the settings, as `config get` does.
  options: { json },
  run: ({ ctx, options }) => configGet(ctx, undefined, options),
  subcommands: [
    defineCommand({ name: 'path', summary: 'help.cmd.configPath', options: { json }, run: ({ ctx, options }) => configPath(ctx, options) }),
    defineCommand({
      name: 'get',
      summary: 'help.cmd.configGet',
      args: [arg('[key]')],
      options: { json },
      run: ({ ctx, args: [key], options }) => configGet(ctx, key, options),
    }),
    defineCommand({
      name: 'set',
      summary: 'help.cmd.configSet',
      args: [arg('<key>'), arg('<value>')],
      options: { json },
      run: ({ ctx, args: [key, value], options }) => configSet(ctx, key, value, options),
    }),
  ],
});
