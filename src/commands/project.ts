import { type Context, print, printJson } from '../context.js';
import { findTopic } from '../core/roadmap/lookup.js';
import { UsageError } from '../errors.js';
import { openSession } from '../session.js';
import { arg, defineCommand, json } from './define.js';
import { isProject } from './exercise-common.js';

/** Remembers where the learner's project lives (a repository, a demo); show and status display it. */
export async function linkProject(ctx: Context, topicId: string, url: string, options: { json?: boolean }): Promise<void> {
  const session = await openSession(ctx);
  const ref = findTopic(session.loaded.roadmap, topicId);
  if (!ref || !isProject(ref.topic)) throw new UsageError(ctx.t('project.unknown', { id: topicId }));
  let parsed: URL | undefined;
  try {
    parsed = new URL(url);
  } catch {
    parsed = undefined;
  }
  if (!parsed || (parsed.protocol !== 'http:' && parsed.protocol !== 'https:')) throw new UsageError(ctx.t('project.badUrl', { url }));
  const at = ctx.now().toISOString();
  await session.update((p) => ({ ...p, projects: { ...p.projects, [topicId]: { url: parsed.href, at } } }));
  if (options.json) return printJson(ctx, { project: topicId, url: parsed.href });
  print(ctx.stdout, ctx.t('project.linked', { id: topicId, url: parsed.href }));
}

export const projectCommand = defineCommand({
  name: 'project',
  summary: 'help.cmd.project',
  subcommands: [
    defineCommand({
      name: 'link',
      summary: 'help.cmd.projectLink',
      args: [arg('<project-topic-id>'), arg('<url>')],
      options: { json },
      run: ({ ctx, args: [id, url], options }) => linkProject(ctx, id, url, options),
    }),
  ],
});
