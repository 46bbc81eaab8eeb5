import { type Context, print, printJson } from '../context.js';
import { nextStep } from '../core/progress/summary.js';
import { answered, isFullDraw, makeAttempt, recordAttempt } from '../core/quiz/attempt.js';
import { DEFAULT_COUNT, drawQuiz } from '../core/quiz/draw.js';
import { reachedOnly, reachedTopics } from '../core/quiz/reached.js';
import { recordAnswers } from '../core/review/schedule.js';
import { allQuizIds } from '../core/roadmap/lookup.js';
import { localize } from '../core/text.js';
import { InterruptedError, UsageError } from '../errors.js';
import type { Translator } from '../i18n/index.js';
import { openSession, type Session } from '../session.js';
import { inquirerPrompts, type Prompts } from '../ui/prompts.js';
import { type QuizSummaryView, renderSummary } from '../ui/render-quiz.js';
import { textWidth, wrap } from '../ui/wrap.js';
import { arg, defineCommand, flag, json, valued } from './define.js';
import { outcomeJson, parseSeed, type RunOutcome, reviewAnswers, revisitAbout, runQuestions } from './quiz-runner.js';
import { requireKnown } from './resolve-ids.js';
import { parseWholeNumber } from './whole-number.js';

export interface QuizOptions {
  quizId?: string;
  count?: string | number;
  seed?: string | number;
  json?: boolean;
  plain?: boolean;
  /** Draw only questions of topics the learner has reached; implied when no quiz id is given. */
  reached?: boolean;
  prompts?: Prompts;
}

export async function quiz(ctx: Context, options: QuizOptions): Promise<void> {
  const count = parseCount(ctx.t, options.count);
  const seed = parseSeed(ctx.t, options.seed);
  const session = await openSession(ctx);
  const prompts = options.prompts ?? inquirerPrompts(ctx);
  const plain = Boolean(options.plain) || !ctx.interactive;
  const reached = Boolean(options.reached) || options.quizId === undefined;
  const quizId = options.quizId ?? (await chooseQuiz(session, plain, prompts));
  requireKnown(ctx.t, [quizId], allQuizIds(session.loaded.roadmap), 'quiz');
  const whole = session.loaded.quiz(quizId);
  if (whole.questions.length === 0) throw new UsageError(ctx.t('quiz.empty', { id: quizId }));
  const bank = reached ? reachedOnly(whole, reachedTopics(session.loaded.roadmap, session.progress)) : whole;
  if (bank.questions.length === 0) throw new UsageError(ctx.t('quiz.noneReached', { id: quizId }));

  session.store.checkWritable(); // before the first question: never ask a quiz that cannot be saved
  const drawn = drawQuiz(bank, seed, count);
  const headerText = ctx.t('quiz.header', { title: localize(bank.title, ctx.lang), id: bank.id, count: drawn.length, seed });
  const header = wrap(headerText, textWidth((options.json ? ctx.stderr : ctx.stdout).columns)).map((l) => ctx.style.bold(l));
  const outcome = await runQuestions(ctx, { drawn, plain, json: Boolean(options.json), prompts, header });

  const practice = !isFullDraw(drawn.length, bank.questions.length);
  // Nothing answered (stdin closed at once, Ctrl+C before the first answer): nothing to record.
  let cards = session.progress.cards;
  if (outcome.results.some(answered)) {
    const attempt = makeAttempt(bank.id, seed, outcome.results, outcome.finished, ctx.now(), practice);
    const fsrs = await import('ts-fsrs');
    ({ cards } = await session.update((p) => recordAnswers(recordAttempt(p, attempt), reviewAnswers(bank.id, outcome), ctx.now(), fsrs, 'quiz'), {
      recover: true,
    }));
  }
  const about = revisitAbout(ctx, session.loaded.roadmap, cards, () => bank.id);

  const full = Math.min(DEFAULT_COUNT, bank.questions.length);
  report(session, outcome, {
    quizId: bank.id,
    seed,
    passPercent: bank.passPercent,
    json: Boolean(options.json),
    reached,
    about,
    practice: practice ? { full, count: drawn.length } : undefined,
  });
  if (outcome.interrupted) throw new InterruptedError(outcome.interrupted);
}

interface ReportInfo {
  quizId: string;
  seed: number;
  passPercent: number;
  json: boolean;
  reached: boolean;
  about: QuizSummaryView['about'];
  practice?: { full: number; count: number };
}

function report(session: Session, outcome: RunOutcome, info: ReportInfo): void {
  const { ctx } = session;
  const { results } = outcome;
  if (outcome.interrupted) {
    const answeredCount = results.filter(answered).length;
    print(ctx.stderr, ['', answeredCount ? ctx.t('quiz.interrupted', { count: answeredCount }) : ctx.t('quiz.nothingSaved')]);
  }
  if (info.json)
    return printJson(ctx, outcomeJson(ctx, outcome, { quiz: info.quizId, seed: info.seed, passPercent: info.passPercent, practice: Boolean(info.practice) }));
  if (outcome.interrupted) return;
  const width = textWidth(ctx.stdout.columns);
  print(
    ctx.stdout,
    renderSummary(
      ctx.t,
      {
        results,
        passPercent: info.passPercent,
        seed: info.seed,
        quizId: info.quizId,
        elapsedMs: outcome.elapsedMs,
        graded: true,
        practice: info.practice,
        reached: info.reached,
        about: info.about,
      },
      ctx.style,
      width,
    ),
  );
}

/** The quiz of the topic `next` points at; otherwise a menu, or an error without a terminal. */
async function chooseQuiz(session: Session, plain: boolean, prompts: Prompts): Promise<string> {
  const { roadmap } = session.loaded;
  const step = nextStep(roadmap, session.progress);
  if (step.kind !== 'complete' && step.topic.quiz) return step.topic.quiz;
  const ids = allQuizIds(roadmap);
  if (plain) throw new UsageError(session.ctx.t('quiz.nameOne', { list: ids.join(', ') }));
  return prompts.select(
    session.ctx.t('quiz.menu'),
    roadmap.quizzes.map((q) => ({ value: q.id, name: `${localize(q.title, session.ctx.lang)} (${q.id})` })),
  );
}

export function parseCount(t: Translator, value: string | number | undefined): number {
  if (value === undefined) return DEFAULT_COUNT;
  return parseWholeNumber(value, { min: 1 }, (text) => t('quiz.badCount', { value: text }));
}

export const quizCommand = defineCommand({
  name: 'quiz',
  summary: 'help.cmd.quiz',
  args: [arg('[quiz-id]', 'help.arg.quiz')],
  options: {
    count: valued('-n, --count <n>', 'help.opt.count'),
    seed: valued('--seed <seed>', 'help.opt.seed'),
    plain: flag('--plain', 'help.opt.plain'),
    reached: flag('--reached', 'help.opt.reached'),
    json,
  },
  run: ({ ctx, args: [quizId], options }) => quiz(ctx, { quizId, ...options }),
});
