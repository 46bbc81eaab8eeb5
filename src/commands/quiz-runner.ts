import { type Context, type Output, print, type StopSignal } from '../context.js';
import type { RoadmapProgress } from '../core/progress/model.js';
import type { AnsweredQuestion } from '../core/quiz/attempt.js';
import { type DrawnQuestion, displayChoices, promptText } from '../core/quiz/draw.js';
import { finiteDrawn } from '../core/quiz/finite-draw.js';
import { type Evaluate, type Given, grade, parseAnswer, parseNumber } from '../core/quiz/grade.js';
import { MAX_SEED, randomSeed } from '../core/quiz/random.js';
import { cardKey, daysUntil, type Grade, Rating, type ReviewAnswer } from '../core/review/schedule.js';
import { findTopic } from '../core/roadmap/lookup.js';
import type { Roadmap } from '../core/roadmap/types.js';
import { localize } from '../core/text.js';
import { InterruptedError } from '../errors.js';
import type { Translator } from '../i18n/index.js';
import { stopwatch } from '../stopwatch.js';
import type { Prompts } from '../ui/prompts.js';
import { renderFeedback, renderQuestion, trueFalse } from '../ui/render-quiz.js';
import { markupOf, oneLine, textWidth, wrap } from '../ui/wrap.js';
import { LineReader } from './line-reader.js';
import { parseWholeNumber } from './whole-number.js';

export interface RunOptions {
  drawn: readonly DrawnQuestion[];
  /** Plain mode: numbered questions, one stdin line per answer. */
  plain: boolean;
  /** With --json, all talk goes to stderr so stdout holds the result alone. */
  json: boolean;
  prompts: Prompts;
  header: string[];
  /** Review: after a right answer at a terminal, ask how hard it was (Hard/Good/Easy), showing when each brings the card back. */
  rateCorrect?: (index: number) => RatingPreview;
}

export interface RunOutcome {
  results: AnsweredQuestion[];
  /** Hard/Good/Easy chosen for right answers, by question index. */
  ratings: Map<number, Grade>;
  /** Every question was reached (stdin running out still counts as reaching the end). */
  finished: boolean;
  interrupted?: StopSignal;
  elapsedMs: number;
}

/** Asks the drawn questions, gives feedback after each, and never loses the answers given. */
export async function runQuestions(ctx: Context, options: RunOptions): Promise<RunOutcome> {
  const out: Output = options.json ? ctx.stderr : ctx.stdout;
  const width = textWidth(out.columns);
  const elapsed = stopwatch();
  const results: AnsweredQuestion[] = [];
  const ratings = new Map<number, Grade>();
  const watcher = ctx.signals.watch();
  const reader = options.plain ? new LineReader(() => ctx.stdin) : undefined;
  // The formula parser loads while the learner reads the first question.
  let evaluator: Promise<Evaluate> | undefined;
  const evaluate = () => (evaluator ??= loadEvaluator());
  let inputEnded = false;

  print(out, options.header);
  try {
    for (const [i, authored] of options.drawn.entries()) {
      // A draw whose answer is not finite (a formula validate would refuse) is drawn again.
      const drawn = authored.question.type === 'calculated' ? finiteDrawn(authored, await evaluate()) : authored;
      let given: Given;
      let raw: string | null;
      if (reader) {
        if (!inputEnded) print(out, renderQuestion(ctx.t, drawn, i + 1, options.drawn.length, ctx.style, width));
        void evaluate();
        const line = inputEnded ? null : await Promise.race([reader.next(), watcher.stopped.then((s) => Promise.reject(new InterruptedError(s)))]);
        if (line === null) inputEnded = true;
        raw = line;
        given = line === null ? { kind: 'none' } : parseAnswer(drawn, line);
      } else {
        print(out, ['', ctx.style.dim(ctx.t('quiz.questionHeader', { n: i + 1, total: options.drawn.length }))]);
        void evaluate();
        ({ given, raw } = await askInteractive(ctx, options.prompts, drawn, width));
      }
      const result: AnsweredQuestion = { drawn, given, raw, grade: grade(drawn, given, await evaluate()) };
      results.push(result);
      if (!inputEnded) print(out, renderFeedback(ctx.t, result, ctx.style, width));
      if (options.rateCorrect && !reader && result.grade.correct) ratings.set(i, await askRating(ctx.t, options.prompts, options.rateCorrect(i), ctx.now()));
    }
    const unanswered = results.filter((r) => r.given.kind === 'none').length;
    if (unanswered) print(out, ['', ctx.style.yellow(ctx.t('quiz.inputEnded', { count: unanswered }))]);
    return { results, ratings, finished: true, elapsedMs: elapsed() };
  } catch (error) {
    if (!(error instanceof InterruptedError)) throw error;
    const signal = error.signal;
    const evaluateNow = await evaluate();
    for (const drawn of options.drawn.slice(results.length)) {
      results.push({ drawn, given: { kind: 'none' }, raw: null, grade: grade(drawn, { kind: 'none' }, evaluateNow) });
    }
    return { results, ratings, finished: false, interrupted: signal, elapsedMs: elapsed() };
  } finally {
    watcher.dispose();
    reader?.close();
  }
}

async function askInteractive(ctx: Context, prompts: Prompts, drawn: DrawnQuestion, width: number): Promise<{ given: Given; raw: string }> {
  // Inquirer prints the message after "? ", and hard-breaks long lines mid-word; wrap it first.
  const message = wrap(promptText(drawn, ctx.lang), width - 2, '', '', markupOf(ctx.style)).join('\n');
  // Wrapped ahead, as inquirer breaks long choices mid-word; once answered, a short form.
  const choices = displayChoices(drawn, ctx.lang, trueFalse(ctx.t)).map((name, i) => ({
    name: wrap(name, width - 4, '', '   ').join('\n'),
    // Several picks are listed by number; one pick by number and its start.
    short: drawn.question.type === 'multiple' ? String(i + 1) : `${i + 1}) ${oneLine(name, 48)}`,
    value: i + 1,
  }));
  switch (drawn.question.type) {
    case 'single':
    case 'boolean': {
      const n = await prompts.select(message, choices);
      return { given: { kind: 'choices', picks: [n] }, raw: String(n) };
    }
    case 'multiple': {
      const picks = (await prompts.checkbox(message, choices)).sort((a, b) => a - b);
      return { given: { kind: 'choices', picks }, raw: picks.join(',') };
    }
    case 'numeric':
    case 'calculated': {
      const raw = await prompts.input(message, (v) => (parseNumber(v.trim()) === undefined ? ctx.t('quiz.enterNumber') : true));
      return { given: { kind: 'number', value: parseNumber(raw.trim())! }, raw };
    }
    case 'text': {
      const raw = await prompts.input(message, (v) => (v.trim() ? true : ctx.t('quiz.enterText')));
      return { given: { kind: 'text', value: raw }, raw };
    }
  }
}

export type RatingPreview = Record<2 | 3 | 4, Date>;

/** What the learner reads beside the rating it records, with when it brings the card back (Anki's intervals); Good first, as the usual answer. */
export function ratingChoices(t: Translator, preview: RatingPreview, now: Date): { value: Grade; name: string }[] {
  const when = (rating: 2 | 3 | 4) => t('review.inDays', { count: daysUntil(preview[rating], now) });
  return [
    { value: Rating.Good, name: t('review.good', { when: when(Rating.Good) }) },
    { value: Rating.Hard, name: t('review.hard', { when: when(Rating.Hard) }) },
    { value: Rating.Easy, name: t('review.easy', { when: when(Rating.Easy) }) },
  ];
}

function askRating(t: Translator, prompts: Prompts, preview: RatingPreview, now: Date): Promise<Grade> {
  return prompts.select<Grade>(t('review.rate'), ratingChoices(t, preview, now));
}

async function loadEvaluator(): Promise<Evaluate> {
  const { compileFormula } = await import('../core/quiz/formula.js');
  return (formula, values) => {
    const compiled = compileFormula(formula, Object.keys(values));
    return compiled.ok ? compiled.evaluate(values) : Number.NaN;
  };
}

export interface ResultInfo {
  quiz: string;
  seed: number;
  passPercent: number;
  /** A draw shorter than a full one: it never passes. */
  practice?: boolean;
  /** Review adds each question's own quiz id. */
  quizOf?: (index: number) => string;
}

/** The `--json` result shared by quiz and review. */
export function outcomeJson(ctx: Context, outcome: RunOutcome, info: ResultInfo) {
  const { results } = outcome;
  const score = results.filter((r) => r.grade.correct).length;
  const percent = results.length ? Math.floor((score * 100) / results.length) : 0;
  return {
    quiz: info.quiz,
    seed: info.seed,
    score,
    total: results.length,
    percent,
    passed: !info.practice && percent >= info.passPercent,
    practice: Boolean(info.practice),
    finished: outcome.finished,
    questions: results.map((r, i) => ({
      ...(info.quizOf ? { quiz: info.quizOf(i) } : {}),
      id: r.drawn.question.id,
      type: r.drawn.question.type,
      topic: r.drawn.question.topic ?? null,
      prompt: promptText(r.drawn, ctx.lang),
      given: r.raw,
      correct: r.grade.correct,
      expected: r.grade.expected,
    })),
  };
}

/** Every answered question becomes a review card; unanswered ones make none. */
export function reviewAnswers(quizOf: string | ((i: number) => string), outcome: RunOutcome): ReviewAnswer[] {
  return outcome.results.flatMap((r, i) =>
    r.given.kind === 'none'
      ? []
      : [{ quiz: typeof quizOf === 'string' ? quizOf : quizOf(i), question: r.drawn.question.id, correct: r.grade.correct, rating: outcome.ratings.get(i) }],
  );
}

/** A --seed as given, or a fresh random one. */
export function parseSeed(t: Translator, value: string | number | undefined): number {
  if (value === undefined) return randomSeed();
  return parseWholeNumber(value, { max: MAX_SEED }, (text) => t('quiz.badSeed', { value: text, max: MAX_SEED }));
}

/** For "To revisit": a missed question's topic title, and the days until its card (as just saved) is due. */
export function revisitAbout(ctx: Context, roadmap: Roadmap, cards: RoadmapProgress['cards'], quizOf: (r: AnsweredQuestion) => string) {
  return (r: AnsweredQuestion): { topic?: string; days?: number } => {
    const topicId = r.drawn.question.topic;
    const ref = topicId === undefined ? undefined : findTopic(roadmap, topicId);
    const key = cardKey(quizOf(r), r.drawn.question.id);
    const due = Object.hasOwn(cards, key) ? new Date(cards[key]!.due) : undefined;
    return { topic: ref ? localize(ref.topic.title, ctx.lang) : undefined, days: due && !Number.isNaN(due.getTime()) ? daysUntil(due, ctx.now()) : undefined };
  };
}
