import { type Context, print, printJson } from '../context.js';
import { quizRecord } from '../core/progress/summary.js';
import { localize } from '../core/text.js';
import { openSession } from '../session.js';
import { defineCommand, json } from './define.js';

export interface QuizzesOptions {
  json?: boolean;
}

/** Every quiz with its size, the learner's finished attempts and best percent. */
export async function quizzes(ctx: Context, options: QuizzesOptions = {}): Promise<void> {
  const { loaded, progress } = await openSession(ctx);
  const rows = loaded.roadmap.quizzes.map((q) => ({ info: q, record: quizRecord(q.id, q.passPercent, progress.attempts) }));
  if (options.json) {
    return printJson(ctx, {
      quizzes: rows.map(({ info, record }) => ({
        id: info.id,
        title: localize(info.title, ctx.lang),
        questions: info.questionCount,
        attempts: record.attempts,
        practice: record.practice,
        best: record.best,
        passed: record.passed,
      })),
    });
  }
  const lines = [ctx.style.bold(ctx.t('quizzes.header'))];
  for (const { info, record } of rows) {
    const mark = record.passed ? ctx.style.green('✓') : ctx.style.dim('○');
    const row =
      record.best === null
        ? ctx.t('quizzes.never', { questions: ctx.t('count.questions', { count: info.questionCount }) })
        : ctx.t('quizzes.row', {
            questions: ctx.t('count.questions', { count: info.questionCount }),
            attempts: ctx.t('count.attempts', { count: record.attempts }),
            best: `${record.best}%`,
          });
    lines.push(`${mark} ${info.id.padEnd(16)} ${localize(info.title, ctx.lang)}`);
    lines.push(`  ${''.padEnd(16)} ${ctx.style.dim(row)}`);
  }
  print(ctx.stdout, lines);
}

export const quizzesCommand = defineCommand({
  name: 'quizzes',
  summary: 'help.cmd.quizzes',
  options: { json },
  run: ({ ctx, options }) => quizzes(ctx, options),
});
