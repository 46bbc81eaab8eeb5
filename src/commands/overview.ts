import { type Context, print } from '../context.js';
import { statusView } from '../core/progress/status-view.js';
import { dueSummary } from '../core/review/due.js';
import { localize } from '../core/text.js';
import { openSession } from '../session.js';
import { nextLines, overallLine } from '../ui/render-status.js';

/** Plain `mlroad`: where you stand in two lines, and how to go on. */
export async function overview(ctx: Context): Promise<void> {
  const { loaded, progress } = await openSession(ctx);
  const view = statusView(loaded.roadmap, progress);
  const due = dueSummary(progress, ctx.now()).due;
  const lines = [`${ctx.style.bold(localize(loaded.roadmap.title, ctx.lang))}`, overallLine(ctx.t, view)];
  if (due > 0) lines.push(ctx.style.cyan(ctx.t('status.due', { count: due })));
  lines.push(...nextLines(ctx.t, view, ctx.style));
  lines.push(ctx.style.dim(ctx.t('overview.help')));
  print(ctx.stdout, lines);
}
