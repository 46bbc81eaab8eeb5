import { type Context, print, printJson } from '../context.js';
import { exerciseCounts } from '../core/progress/exercises.js';
import { summarize } from '../core/progress/summary.js';
import { localize } from '../core/text.js';
import type { Translator } from '../i18n/index.js';
import { openSession } from '../session.js';
import { progressStamp } from '../store/prompt-cache.js';
import { lookOf, readTextCache, writeTextCache } from '../store/text-cache.js';
import { renderTree } from '../ui/render-list.js';
import { defineCommand, json } from './define.js';

export interface ListOptions {
  json?: boolean;
}

/** The whole roadmap as a tree, with each topic's status. */
export async function list(ctx: Context, options: ListOptions = {}): Promise<void> {
  const cached = options.json ? undefined : readTextCache(ctx, 'list', lookOf(ctx));
  if (cached !== undefined) return print(ctx.stdout, cached);
  // Stamp before reading: a writer slipping in between leaves a cache that no longer matches.
  const stamp = progressStamp(ctx.configDir);
  const { loaded, progress, file } = await openSession(ctx, { quizFiles: 'attempted' });
  const roadmap = loaded.roadmap;
  const s = summarize(roadmap, progress);
  if (!options.json) {
    const lines = [
      ...renderTree(ctx.t, roadmap, s, ctx.style),
      ...exerciseLines(
        ctx.t,
        roadmap,
        progress,
        s.stages.map((st) => st.stage),
      ),
    ];
    writeTextCache(ctx, {
      name: 'list',
      look: lookOf(ctx),
      loaded,
      progress,
      selected: file.settings.roadmap,
      stamp,
      validUntil: null,
      text: lines.join('\n'),
    });
    return print(ctx.stdout, lines);
  }
  const L = (text: Parameters<typeof localize>[0]) => localize(text, ctx.lang);
  printJson(ctx, {
    roadmap: { id: roadmap.id, title: L(roadmap.title), description: L(roadmap.description) },
    stages: s.stages.map((st) => ({
      id: st.stage.id,
      title: L(st.stage.title),
      summary: L(st.stage.summary),
      takeaway: st.stage.takeaway ? L(st.stage.takeaway) : null,
      topics: st.topics.map(({ topic, status }) => ({
        id: topic.id,
        title: L(topic.title),
        status,
        optional: topic.optional,
        quiz: topic.quiz ?? null,
      })),
      ...(({ passed, total }) => ({ exercisesPassed: passed, exercisesTotal: total }))(exerciseCounts(roadmap, progress, st.stage.topics)),
    })),
    tips: roadmap.tips.map(L),
    credits: roadmap.credits.map((c) => ({ title: L(c.title), author: c.author, url: c.url ?? null, note: c.note ? L(c.note) : null })),
  });
}

// exercises: passed per stage and overall, under the tree
function exerciseLines(
  t: Translator,
  roadmap: Parameters<typeof exerciseCounts>[0],
  progress: Parameters<typeof exerciseCounts>[1],
  stages: { id: string; topics: Parameters<typeof exerciseCounts>[2] & object }[],
): string[] {
  const all = exerciseCounts(roadmap, progress);
  if (all.total === 0) return [];
  const per = stages.map((st) => ({ id: st.id, ...exerciseCounts(roadmap, progress, st.topics) })).filter((c) => c.total > 0);
  return ['', `${t('status.exercises', all)}  (${per.map((c) => `${c.id} ${c.passed}/${c.total}`).join(', ')})`];
}

export const listCommand = defineCommand({
  name: 'list',
  summary: 'help.cmd.list',
  options: { json },
  run: ({ ctx, options }) => list(ctx, options),
});
