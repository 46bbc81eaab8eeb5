import { type Context, print, printJson } from '../context.js';
import { nextStep } from '../core/progress/summary.js';
import { markTopics, resetAll, resetTopics } from '../core/progress/transitions.js';
import { allTopicIds } from '../core/roadmap/lookup.js';
import { localize } from '../core/text.js';
import { UsageError } from '../errors.js';
import { openSession, type Session } from '../session.js';
import { inquirerPrompts, type Prompts } from '../ui/prompts.js';
import { arg, defineCommand, flag, json } from './define.js';
import { requireKnown } from './resolve-ids.js';

export interface MarkOptions {
  topicIds: string[];
  json?: boolean;
}

export interface ResetOptions extends MarkOptions {
  all?: boolean;
  yes?: boolean;
  prompts?: Prompts;
}

/** `done` and `skip`: every id is checked before anything is written. */
export async function mark(ctx: Context, status: 'done' | 'skipped', options: MarkOptions): Promise<void> {
  const session = await openSession(ctx, { lazySections: ['cards', 'attempts'] });
  const ids = unique(options.topicIds);
  requireKnown(ctx.t, ids, allTopicIds(session.loaded.roadmap), 'topic');
  await session.update((p) => markTopics(p, ids, status, ctx.now()));
  report(session, status === 'done' ? 'mark.done' : 'mark.skipped', ids, options.json, status);
}

export async function reset(ctx: Context, options: ResetOptions): Promise<void> {
  // --all rewrites the cards too, and through a Proxy for each of them: parsed as usual.
  const session = await openSession(ctx, options.all ? {} : { lazySections: ['cards', 'attempts'] });
  if (options.all) return resetEverything(session, options);
  if (options.topicIds.length === 0) throw new UsageError(ctx.t('error.resetNeedsTarget'));
  const ids = unique(options.topicIds);
  requireKnown(ctx.t, ids, allTopicIds(session.loaded.roadmap), 'topic');
  await session.update((p) => resetTopics(p, ids));
  report(session, 'mark.reset', ids, options.json, 'todo');
}

async function resetEverything(session: Session, options: ResetOptions): Promise<void> {
  const { ctx } = session;
  const title = localize(session.loaded.roadmap.title, ctx.lang);
  if (!options.yes) {
    if (!ctx.interactive) throw new UsageError(ctx.t('error.resetAllNeedsYes'));
    const prompts = options.prompts ?? inquirerPrompts(ctx);
    if (!(await prompts.confirm(ctx.t('reset.confirm', { title })))) {
      print(ctx.stderr, ctx.t('reset.cancelled'));
      return;
    }
  }
  const backup = session.store.backup();
  await session.update(() => resetAll(), { log: true }); // the log too: reset --all forgets the roadmap's reviews
  if (options.json) return printJson(ctx, { reset: 'all', roadmap: session.loaded.roadmap.id, backup });
  print(ctx.stdout, ctx.t('reset.allDone', { title }));
  if (backup) print(ctx.stderr, ctx.t('reset.backup', { path: backup }));
}

function report(session: Session, key: 'mark.done' | 'mark.skipped' | 'mark.reset', ids: string[], json: boolean | undefined, status: string): void {
  const { ctx, loaded, progress } = session;
  const step = nextStep(loaded.roadmap, progress);
  if (json) {
    return printJson(ctx, { status, topics: ids, next: step.kind !== 'complete' ? { stage: step.stage.id, topic: step.topic.id } : null });
  }
  const lines = [ctx.style.green(ctx.t(key, { ids: ids.join(', ') }))];
  if (step.kind === 'next') lines.push(ctx.t('mark.nextUp', { title: localize(step.topic.title, ctx.lang), id: step.topic.id }));
  else if (step.kind === 'revisit') lines.push(ctx.t('mark.revisit', { count: step.remaining, id: step.topic.id }));
  else lines.push(ctx.t('mark.allFinished'));
  print(ctx.stdout, lines);
}

function unique(ids: readonly string[]): string[] {
  return [...new Set(ids)];
}

export const doneCommand = defineCommand({
  name: 'done',
  summary: 'help.cmd.done',
  args: [arg('<topic-ids...>', 'help.arg.topics')],
  options: { json },
  run: ({ ctx, args: [topicIds], options }) => mark(ctx, 'done', { topicIds, ...options }),
});

export const skipCommand = defineCommand({
  name: 'skip',
  summary: 'help.cmd.skip',
  args: [arg('<topic-ids...>', 'help.arg.topics')],
  options: { json },
  run: ({ ctx, args: [topicIds], options }) => mark(ctx, 'skipped', { topicIds, ...options }),
});

export const resetCommand = defineCommand({
  name: 'reset',
  summary: 'help.cmd.reset',
  args: [arg('[topic-ids...]', 'help.arg.topics')],
  options: { all: flag('--all', 'help.opt.all'), yes: flag('-y, --yes', 'help.opt.yes'), json },
  run: ({ ctx, args: [topicIds], options }) => {
    if (options.all && topicIds.length) throw new UsageError(ctx.t('error.idsOrAll'));
    return reset(ctx, { topicIds, ...options });
  },
});
