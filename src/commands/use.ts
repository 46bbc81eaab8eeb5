import { resolve } from 'node:path';
import { type Context, print, printJson } from '../context.js';
import { localize } from '../core/text.js';
import { UsageError } from '../errors.js';
import { openStore } from '../session.js';
import { roadmapChoice } from '../store/roadmap-choice.js';
import { loadRoadmap } from '../store/roadmap-loader.js';
import { arg, defineCommand, flag, json } from './define.js';

export interface UseOptions {
  location?: string;
  default?: boolean;
  json?: boolean;
}

/** Remembers which roadmap to learn from; progress stays kept per roadmap id either way. */
export async function use(ctx: Context, options: UseOptions): Promise<void> {
  if (options.default && options.location) throw new UsageError(ctx.t('use.both'));
  const store = openStore(ctx);
  if (!options.default && !options.location) {
    const choice = roadmapChoice(ctx, await store.read());
    const { roadmap } = await loadRoadmap(choice.location, { cacheDir: ctx.cacheDir, lang: ctx.lang });
    if (options.json) return printJson(ctx, { id: roadmap.id, title: localize(roadmap.title, ctx.lang), location: choice.location, source: choice.source });
    return print(
      ctx.stdout,
      ctx.t('use.current', {
        title: localize(roadmap.title, ctx.lang),
        id: roadmap.id,
        location: choice.location,
        source: ctx.t(`use.source.${choice.source}`),
      }),
    );
  }
  const location = options.location ? resolve(options.location) : undefined;
  // Validate before remembering: a broken choice would break every later command.
  const loaded = location ? await loadRoadmap(location, { cacheDir: ctx.cacheDir, lang: ctx.lang }) : undefined;
  await store.update((file) => {
    const settings = { ...file.settings };
    if (location) settings.roadmap = location;
    else delete settings.roadmap;
    return { ...file, settings };
  });
  if (options.json) return printJson(ctx, { location: location ?? null, id: loaded?.roadmap.id ?? null });
  print(
    ctx.stdout,
    loaded ? ctx.t('use.now', { title: localize(loaded.roadmap.title, ctx.lang), id: loaded.roadmap.id, location: location! }) : ctx.t('use.backToDefault'),
  );
  if (ctx.roadmapFlag || ctx.env.MLROAD_ROADMAP) ctx.warn(ctx.t('use.overridden'));
}

export const useCommand = defineCommand({
  name: 'use',
  summary: 'help.cmd.use',
  args: [arg('[file-or-dir]', 'help.arg.roadmap')],
  options: { default: flag('--default', 'help.opt.default'), json },
  run: ({ ctx, args: [location], options }) => use(ctx, { location, ...options }),
});
