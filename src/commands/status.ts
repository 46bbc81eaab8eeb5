import { type Context, print, printJson } from '../context.js';
import { formatPromptLine } from '../core/progress/prompt-format.js';
import { type StatusView, statusView } from '../core/progress/status-view.js';
import { type DueSummary, dueSummary } from '../core/review/due.js';
import { localize, type Text } from '../core/text.js';
import { tipOfTheDay } from '../core/tips.js';
import { openSession } from '../session.js';
import { progressStamp } from '../store/prompt-cache.js';
import { readStatusCache, writeStatusCache } from '../store/status-cache.js';
import { nextRefJson } from '../ui/json.js';
import { renderStatus } from '../ui/render-status.js';
import { textWidth } from '../ui/wrap.js';
import { defineCommand, flag, json, valued } from './define.js';

export interface StatusOptions {
  json?: boolean;
  prompt?: boolean;
  promptFormat?: string;
}

/** Printed into a shell prompt when anything goes wrong: short, and never a stack trace. */
export const PROMPT_MARKER = 'mlroad ⚠';

export async function status(ctx: Context, options: StatusOptions = {}): Promise<void> {
  if (options.prompt) return promptLine(ctx, options.promptFormat ?? ctx.env.MLROAD_PROMPT_FORMAT);
  const { view, due } = readStatusCache(ctx) ?? (await computeStatus(ctx));
  if (options.json) {
    const L = (text: Text) => localize(text, ctx.lang);
    return printJson(ctx, {
      exercisesPassed: view.exercises.passed,
      exercisesTotal: view.exercises.total,
      roadmap: { id: view.roadmap.id, title: L(view.roadmap.title) },
      done: view.done,
      skipped: view.skipped,
      total: view.total,
      percent: view.percent,
      // A stage as the view holds it, title localised; the optional-topic counts are the text's alone.
      stages: view.stages.map(({ id, title, optionalExplored: _explored, optionalTotal: _optional, ...counts }) => ({ id, title: L(title), ...counts })),
      projects: view.projects,
      next: nextRefJson(view.next),
      due: due.due,
      nextReviewAt: due.nextReviewAt,
    });
  }
  const extra = [
    ...(view.exercises.total > 0 ? [ctx.t('status.exercises', { passed: view.exercises.passed, total: view.exercises.total })] : []),
    ...(due.due > 0 ? [ctx.style.cyan(ctx.t('status.due', { count: due.due }))] : []),
  ];
  print(ctx.stdout, renderStatus(ctx.t, view, ctx.style, ctx.lang, tipOfTheDay(view.tips, ctx.now()), textWidth(ctx.stdout.columns), extra));
}

/** The view from the progress file and the roadmap, cached for the next `status`. */
async function computeStatus(ctx: Context): Promise<{ view: StatusView; due: DueSummary }> {
  // Stamp before reading: a writer slipping in between leaves a cache that no longer matches.
  const stamp = progressStamp(ctx.configDir);
  const { loaded, progress, file } = await openSession(ctx, { quizFiles: 'attempted' });
  const view = statusView(loaded.roadmap, progress);
  const due = dueSummary(progress, ctx.now());
  writeStatusCache(ctx, loaded, progress, file.settings.roadmap, stamp, view, due);
  return { view, due };
}

/** The full path behind `status --prompt`: computes the line and refreshes the prompt cache. */
async function promptLine(ctx: Context, format: string | undefined): Promise<void> {
  try {
    const { computePromptCache } = await import('../store/prompt-refresh.js');
    const cache = await computePromptCache(ctx);
    print(ctx.stdout, formatPromptLine(format, cache.fields));
  } catch {
    print(ctx.stdout, PROMPT_MARKER);
  }
}

export const statusCommand = defineCommand({
  name: 'status',
  summary: 'help.cmd.status',
  options: { json, prompt: flag('--prompt', 'help.opt.prompt'), promptFormat: valued('--prompt-format <template>', 'help.opt.promptFormat') },
  run: ({ ctx, options }) => status(ctx, options),
});
