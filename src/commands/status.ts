import { type Context, print, printJson } from '../context.js';
import { exerciseCounts, projectLink } from '../core/progress/exercises.js';
import { formatPromptLine } from '../core/progress/prompt-format.js';
import { summarize } from '../core/progress/summary.js';
import { dueSummary } from '../core/review/due.js';
import { localize } from '../core/text.js';
import { tipOfTheDay } from '../core/tips.js';
import { openSession } from '../session.js';
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
  const session = await openSession(ctx, { quizFiles: 'attempted' });
  const { loaded, progress } = session;
  const s = summarize(loaded.roadmap, progress);
  const due = dueSummary(progress, ctx.now());
  const exercises = exerciseCounts(loaded.roadmap, progress);
  if (options.json) {
    return printJson(ctx, {
      exercisesPassed: exercises.passed,
      exercisesTotal: exercises.total,
      roadmap: { id: loaded.roadmap.id, title: localize(loaded.roadmap.title, ctx.lang) },
      done: s.done,
      skipped: s.skipped,
      total: s.total,
      percent: s.percent,
      stages: s.stages.map((st) => ({
        id: st.stage.id,
        title: localize(st.stage.title, ctx.lang),
        done: st.done,
        skipped: st.skipped,
        total: st.total,
        percent: st.percent,
        quizzesPassed: st.quizzesPassed,
        quizzesTotal: st.quizzesTotal,
        ...stageExercises(loaded.roadmap, progress, st.stage),
      })),
      projects: Object.fromEntries(
        loaded.roadmap.stages
          .flatMap((st) => st.topics)
          .flatMap((tp) => {
            const url = projectLink(progress, tp.id);
            return url ? [[tp.id, url]] : [];
          }),
      ),
      next: nextRefJson(s),
      due: due.due,
      nextReviewAt: due.nextReviewAt,
    });
  }
  const extra = [
    ...(exercises.total > 0 ? [ctx.t('status.exercises', { passed: exercises.passed, total: exercises.total })] : []),
    ...(due.due > 0 ? [ctx.style.cyan(ctx.t('status.due', { count: due.due }))] : []),
  ];
  print(
    ctx.stdout,
    renderStatus(ctx.t, loaded.roadmap, s, ctx.style, ctx.lang, tipOfTheDay(loaded.roadmap.tips, ctx.now()), textWidth(ctx.stdout.columns), extra),
  );
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

// exercises: passed per stage
function stageExercises(
  roadmap: Parameters<typeof exerciseCounts>[0],
  progress: Parameters<typeof exerciseCounts>[1],
  stage: { topics: Parameters<typeof exerciseCounts>[2] & object },
) {
  const c = exerciseCounts(roadmap, progress, stage.topics);
  return { exercisesPassed: c.passed, exercisesTotal: c.total };
}
