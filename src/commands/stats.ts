import { type Context, print, printJson } from '../context.js';
import { quizRecord } from '../core/progress/summary.js';
import { dueForecast } from '../core/review/forecast.js';
import { emptyLogSummary, mergeSummaries, summariseLog } from '../core/review/log-summary.js';
import { computeStats } from '../core/review/stats.js';
import { localize } from '../core/text.js';
import type { Translator } from '../i18n/index.js';
import { openSession } from '../session.js';
import { renderActivity } from '../ui/render-stats.js';
import { defineCommand, json } from './define.js';

export interface StatsOptions {
  json?: boolean;
}

/** Streaks, the last 30 days, quiz results, retention, card states and the hardest questions. */
export async function stats(ctx: Context, options: StatsOptions = {}): Promise<void> {
  // The log's summary, not the log: years of answers are read once, then only what was appended.
  const { loaded, progress, store } = await openSession(ctx);
  const kept = store.logSummary()[loaded.roadmap.id] ?? emptyLogSummary();
  // A version-1 file not yet migrated still holds its log inside.
  const s = computeStats(progress, ctx.now(), progress.reviewLog.length ? mergeSummaries(kept, summariseLog(progress.reviewLog)) : kept);
  const quizzes = loaded.roadmap.quizzes.map((q) => ({ id: q.id, title: localize(q.title, ctx.lang), ...quizRecord(q.id, q.passPercent, progress.attempts) }));
  const hardest = s.hardest.map((h) => ({ ...h, prompt: promptOf(loaded, h.quiz, h.question, ctx) }));
  const forecast = dueForecast(progress.cards, ctx.now());
  if (options.json) return printJson(ctx, { ...s, hardest, quizzes, forecast });

  const style = ctx.style;
  const lines = [
    style.bold(ctx.t('stats.streak', { current: s.currentStreak, longest: s.longestStreak })),
    '',
    ...renderActivity(ctx.t, s.days, style),
    '',
    style.bold(ctx.t('stats.quizzes')),
    ...quizzes.map(
      (q) =>
        `  ${q.passed ? style.green('✓') : style.dim('○')} ${q.id.padEnd(16)} ${ctx.t('stats.quizRow', { attempts: ctx.t('count.attempts', { count: q.attempts }), best: q.best === null ? '–' : `${q.best}%` })}`,
    ),
    '',
    ctx.t('stats.retention', { value: s.retention === null ? '–' : `${Math.round(s.retention * 100)}%` }),
    ctx.t('stats.cards', { ...s.cards }),
    ctx.t('stats.forecast', { list: forecast.map((d, i) => `${i === 0 ? ctx.t('stats.today') : weekday(ctx.t, d.date)} ${d.due}`).join(' · ') }),
  ];
  if (hardest.length) {
    lines.push('', style.bold(ctx.t('stats.hardest')));
    for (const h of hardest)
      lines.push(`  ${ctx.t('stats.lapses', { count: h.lapses })}  ${h.quiz}/${h.question}${h.prompt ? style.dim(`  ${h.prompt}`) : ''}`);
  }
  print(ctx.stdout, lines);
}

function weekday(t: Translator, date: string): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return t('stats.weekdays').split(' ')[new Date(Date.UTC(y, m - 1, d)).getUTCDay()]!;
}

function promptOf(loaded: Awaited<ReturnType<typeof openSession>>['loaded'], quiz: string, question: string, ctx: Context): string | null {
  if (!loaded.roadmap.quizzes.some((q) => q.id === quiz)) return null;
  const q = loaded.quiz(quiz).questions.find((x) => x.id === question);
  if (!q) return null;
  const text = localize(q.prompt, ctx.lang).replace(/\s+/g, ' ').trim();
  return text.length > 60 ? `${text.slice(0, 59)}…` : text;
}

export const statsCommand = defineCommand({
  name: 'stats',
  summary: 'help.cmd.stats',
  options: { json },
  run: ({ ctx, options }) => stats(ctx, options),
});
