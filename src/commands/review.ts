import { type Context, print, printJson } from '../context.js';
import { type DrawnQuestion, drawQuestion } from '../core/quiz/draw.js';
import { seededRandom } from '../core/quiz/random.js';
import { dueSummary } from '../core/review/due.js';
import { dueCards, previewDue, recordAnswers } from '../core/review/schedule.js';
import type { Question } from '../core/roadmap/types.js';
import { InterruptedError } from '../errors.js';
import type { Translator } from '../i18n/index.js';
import { openSession } from '../session.js';
import { inquirerPrompts, type Prompts } from '../ui/prompts.js';
import { renderSummary } from '../ui/render-quiz.js';
import { textWidth } from '../ui/wrap.js';
import { defineCommand, flag, json, valued } from './define.js';
import { outcomeJson, parseSeed, reviewAnswers, revisitAbout, runQuestions } from './quiz-runner.js';
import { parseWholeNumber } from './whole-number.js';

export interface ReviewOptions {
  limit?: string | number;
  seed?: string | number;
  json?: boolean;
  plain?: boolean;
  prompts?: Prompts;
}

export const DEFAULT_REVIEW_LIMIT = 50;
// A review has no pass mark of its own; the JSON's `passed` uses the default quiz mark.
const REVIEW_PASS_PERCENT = 80;

/** Asks the due review cards, oldest due first, and reschedules each with FSRS. */
export async function review(ctx: Context, options: ReviewOptions): Promise<void> {
  const limit = parseLimit(ctx.t, options.limit);
  const seed = parseSeed(ctx.t, options.seed);
  const session = await openSession(ctx, { lazySections: ['attempts'] });
  const now = ctx.now();
  const { loaded } = session;
  const known = new Set(loaded.roadmap.quizzes.map((q) => q.id));
  // Cards of questions the roadmap no longer has are kept, not asked.
  const askable = dueCards(session.progress, now)
    .map((c) => ({ ...c, question: known.has(c.quiz) ? loaded.quiz(c.quiz).questions.find((q) => q.id === c.question) : undefined }))
    .filter((c): c is typeof c & { question: Question } => c.question !== undefined);
  const cards = askable.slice(0, limit);

  if (cards.length === 0) {
    const next = dueSummary(session.progress, now).nextReviewAt;
    if (options.json)
      return printJson(ctx, { quiz: 'review', seed, score: 0, total: 0, percent: 0, passed: true, finished: true, nextReviewAt: next, questions: [] });
    return print(ctx.stdout, next ? ctx.t('review.nothingDue', { when: formatWhen(next, ctx.lang) }) : ctx.t('review.noCards'));
  }

  session.store.checkWritable(); // before the first question: never ask a review that cannot be saved
  const random = seededRandom(seed);
  // Fresh choice order and fresh numbers on every review, so the card is learned, not its layout.
  const drawn: DrawnQuestion[] = cards.map((c) => drawQuestion(c.question, random));
  const plain = Boolean(options.plain) || !ctx.interactive;
  const header = [
    ctx.style.bold(
      askable.length > cards.length ? ctx.t('review.headerCut', { due: askable.length, count: cards.length }) : ctx.t('review.header', { count: drawn.length }),
    ),
  ];
  const prompts = options.prompts ?? inquirerPrompts(ctx);
  const fsrs = await import('ts-fsrs');
  const rateCorrect = (i: number) => previewDue(session.progress.cards[cards[i]!.key], now, fsrs);
  const outcome = await runQuestions(ctx, { drawn, plain, json: Boolean(options.json), prompts, header, rateCorrect });

  const saved = await session.update(
    (p) =>
      recordAnswers(
        p,
        reviewAnswers((i) => cards[i]!.quiz, outcome),
        now,
        fsrs,
        'review',
      ),
    { recover: true },
  );
  const about = revisitAbout(ctx, session.loaded.roadmap, saved.cards, (r) => cards[outcome.results.indexOf(r)]!.quiz);

  if (outcome.interrupted) print(ctx.stderr, ['', ctx.t('review.interrupted')]);
  if (options.json) {
    printJson(ctx, outcomeJson(ctx, outcome, { quiz: 'review', seed, passPercent: REVIEW_PASS_PERCENT, quizOf: (i) => cards[i]!.quiz }));
  } else if (!outcome.interrupted) {
    const width = textWidth(ctx.stdout.columns);
    print(
      ctx.stdout,
      renderSummary(
        ctx.t,
        { results: outcome.results, passPercent: REVIEW_PASS_PERCENT, seed, quizId: 'review', elapsedMs: outcome.elapsedMs, graded: false, about },
        ctx.style,
        width,
      ),
    );
    const next = dueSummary(session.progress, now);
    print(
      ctx.stdout,
      next.due > 0
        ? ctx.t('review.stillDue', { count: next.due })
        : next.nextReviewAt
          ? ctx.t('review.nextAt', { when: formatWhen(next.nextReviewAt, ctx.lang) })
          : '',
    );
  }
  if (outcome.interrupted) throw new InterruptedError(outcome.interrupted);
}

function parseLimit(t: Translator, value: string | number | undefined): number {
  if (value === undefined) return DEFAULT_REVIEW_LIMIT;
  return parseWholeNumber(value, { min: 1 }, (text) => t('review.badLimit', { value: text }));
}

/** A local date and time a person reads at a glance. */
export function formatWhen(iso: string, lang: string): string {
  return new Date(iso).toLocaleString(lang === 'es' ? 'es-ES' : 'en-GB', {
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    hour: '2-digit',
    minute: '2-digit',
  });
}

export const reviewCommand = defineCommand({
  name: 'review',
  summary: 'help.cmd.review',
  options: {
    limit: valued('--limit <n>', 'help.opt.limit'),
    seed: valued('--seed <seed>', 'help.opt.seed'),
    plain: flag('--plain', 'help.opt.plain'),
    json,
  },
  run: ({ ctx, options }) => review(ctx, options),
});
