import { print, type Context } from '../context.js';
import { summarize } from '../core/progress/summary.js';
import { dueSummary } from '../core/review/due.js';
import { localize } from '../core/text.js';
import { t } from '../i18n/index.js';
import { openSession } from '../session.js';

/** Plain `mlroad`: where you stand in two lines, and how to go on. */
export async function overview(ctx: Context): Promise<void> {
  const { loaded, progress } = await openSession(ctx);
  const s = summarize(loaded.roadmap, progress);
  const due = dueSummary(progress, ctx.now()).due;
  const lines = [
    `${ctx.style.bold(localize(loaded.roadmap.title, ctx.lang))}`,
    t('status.overall', { percent: s.percent, done: s.done + s.skipped, total: s.total }),
  ];
  if (due > 0) lines.push(ctx.style.cyan(t('status.due', { count: due })));
  if (s.next.kind === 'next') {
    lines.push(t('status.next', { stage: localize(s.next.stage.title, ctx.lang), topic: localize(s.next.topic.title, ctx.lang), id: s.next.topic.id }));
  } else lines.push(ctx.style.green(t('status.complete')));
  lines.push(ctx.style.dim(t('overview.help')));
  print(ctx.stdout, lines);
}
