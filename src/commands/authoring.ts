import { copyFileSync, existsSync, readdirSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { type Context, print } from '../context.js';
import { UsageError } from '../errors.js';
import { storageError } from '../store/fs-errors.js';
import { makeDir } from '../store/make-dir.js';
import { arg, defineCommand, flag } from './define.js';

/** The starter roadmap shipped with mlroad: beside dist/ when bundled, two levels up from src/commands/. */
const starter = () =>
  [join(import.meta.dirname, '..', 'templates', 'starter'), join(import.meta.dirname, '..', '..', 'templates', 'starter')].find((dir) =>
    existsSync(join(dir, 'roadmap.yaml')),
  )!;

/** `mlroad schema`: the JSON Schema generated from the zod schema, so it can never drift. */
export async function schema(ctx: Context, options: { quiz?: boolean }): Promise<void> {
  const { roadmapJsonSchema, quizJsonSchema } = await import('../core/roadmap/json-schema.js');
  ctx.stdout.write(`${JSON.stringify(options.quiz ? quizJsonSchema() : roadmapJsonSchema(), null, 2)}\n`);
}

/** `mlroad init [dir]`: copies the commented starter roadmap, never over an existing file. */
export async function init(ctx: Context, options: { dir: string }): Promise<void> {
  const target = resolve(options.dir);
  const from = starter();
  const files = listFiles(from);
  for (const file of files) {
    const to = join(target, file);
    if (existsSync(to)) throw new UsageError(ctx.t('init.exists', { path: to }));
  }
  try {
    for (const file of files) {
      makeDir(join(target, file, '..'));
      copyFileSync(join(from, file), join(target, file));
    }
  } catch (error) {
    throw storageError(error, 'write', target);
  }
  const rel = relative(process.cwd(), target);
  const shown = rel === '' ? '.' : rel.startsWith('..') ? target : rel;
  print(ctx.stdout, [ctx.t('init.done', { dir: target }), ...files.map((f) => `  ${join(shown, f)}`), '', ctx.t('init.next', { dir: shown })]);
}

function listFiles(dir: string, prefix = ''): string[] {
  return readdirSync(dir).flatMap((name) => {
    const rel = join(prefix, name);
    return statSync(join(dir, name)).isDirectory() ? listFiles(join(dir, name), rel) : [rel];
  });
}

export const schemaCommand = defineCommand({
  name: 'schema',
  summary: 'help.cmd.schema',
  options: { quiz: flag('--quiz', 'help.opt.quizSchema') },
  run: ({ ctx, options }) => schema(ctx, options),
});

export const initCommand = defineCommand({
  name: 'init',
  summary: 'help.cmd.init',
  args: [arg('[dir]', 'help.arg.dir', '.')],
  run: ({ ctx, args: [dir] }) => init(ctx, { dir: dir ?? '.' }),
});
