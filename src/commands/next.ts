import { type Context, type Output, print, printJson } from '../context.js';
import { topicStatus } from '../core/progress/model.js';
import { attemptPercent, type NextStep, nextStep, quizRecord, summarize } from '../core/progress/summary.js';
import { markTopics } from '../core/progress/transitions.js';
import { dueSummary } from '../core/review/due.js';
import { computeStats } from '../core/review/stats.js';
import { localize } from '../core/text.js';
import { tipOfTheDay } from '../core/tips.js';
import { openSession, type Session } from '../session.js';
import { progressStamp } from '../store/prompt-cache.js';
import { lookOf, readTextCache, writeTextCache } from '../store/text-cache.js';
import { stageRefJson, topicJson } from '../ui/json.js';
import { inquirerPrompts, type Prompts } from '../ui/prompts.js';
import { renderTopic } from '../ui/render-topic.js';
import { markupOf, textWidth, wrap } from '../ui/wrap.js';
import { defineCommand, json } from './define.js';
import { nextExerciseChoice, nextExerciseLines, runNextExercise } from './next-exercises.js';
import { formatWhen } from './review.js';

export interface NextOptions {
  json?: boolean;
  prompts?: Prompts;
  /** Runs a quiz from the menu; injected so `next` does not load the quiz code up front. */
  runQuiz?: (quizId: string) => Promise<void>;
  /** Runs a review session from the menu, likewise. */
  runReview?: () => Promise<void>;
}

type Action = 'review' | 'exercise' | 'quiz' | 'done' | 'skip' | 'later';

// The topic shown names its quiz's pass mark only once it has an attempt, and after a quiz the
// session is opened again, with that attempt: no other quiz file is read.
const QUIZ_FILES = { quizFiles: 'attempted' } as const;

/** Shows the first unfinished required topic; on a terminal, asks what to do with it, and keeps coaching until the learner stops. */
export async function next(ctx: Context, options: NextOptions = {}): Promise<void> {
  if (!options.json && !ctx.interactive) return nextScreen(ctx);
  const session = await openSession(ctx, QUIZ_FILES);
  if (options.json) return printJson(ctx, nextJson(session));
  return coach(session, options);
}

/**
 * Off a terminal `next` prints one screen and stops, and that screen stays the same until the
 * progress file, the roadmap, a card falling due or the day's tip changes it: it is kept
 * (store/text-cache.ts), so a warm one on 20,000 topics loads no outline.
 */
async function nextScreen(ctx: Context): Promise<void> {
  const now = ctx.now();
  // The width it was wrapped to, and the time zone its day (the tip's) was counted in.
  const look = lookOf(ctx, `${textWidth(ctx.stdout.columns)}:${now.getTimezoneOffset()}`);
  const cached = readTextCache(ctx, 'next', look);
  if (cached !== undefined) return print(ctx.stdout, cached);
  // Stamp before reading: a writer slipping in between leaves a cache that no longer matches.
  const stamp = progressStamp(ctx.configDir);
  let text = '';
  const out = ctx.stdout;
  const recording: Output = { isTTY: out.isTTY, columns: out.columns, write: (chunk) => ((text += chunk), out.write(chunk)) };
  // The context's own getters (stdin) are copied as getters: reading them builds a stream.
  const recorded = Object.defineProperties({}, { ...Object.getOwnPropertyDescriptors(ctx), stdout: { value: recording } }) as Context;
  const session = await openSession(recorded, QUIZ_FILES);
  await coach(session, {});
  const midnight = new Date(now);
  midnight.setHours(24, 0, 0, 0);
  const due = dueSummary(session.progress, now).nextReviewAt;
  const validUntil = due !== null && Date.parse(due) < midnight.getTime() ? due : midnight.toISOString();
  writeTextCache(ctx, {
    name: 'next',
    look,
    loaded: session.loaded,
    progress: session.progress,
    selected: session.file.settings.roadmap,
    stamp,
    validUntil,
    text,
  });
}

/** The topic, and on a terminal the menu of what to do with it, until the learner stops. */
async function coach(first: Session, options: NextOptions): Promise<void> {
  let session = first;
  const { ctx } = session;
  // Built only on a terminal: it touches stdin, whose stream costs milliseconds to create.
  let prompts: Prompts | undefined = options.prompts;
  let shownStage: number | undefined;
  for (;;) {
    const step = nextStep(session.loaded.roadmap, session.progress);
    if (shownStage !== undefined && (step.kind === 'complete' || step.stageIndex !== shownStage)) stageFinished(session, shownStage, step);
    if (step.kind === 'complete') {
      print(ctx.stdout, ctx.t('next.complete', { title: localize(session.loaded.roadmap.title, ctx.lang) }));
      return;
    }
    const due = dueSummary(session.progress, ctx.now()).due;
    if (due > 0 && !ctx.interactive) print(ctx.stdout, [ctx.style.cyan(ctx.t('next.due', { count: due })), '']);
    if (step.kind === 'revisit') print(ctx.stdout, [ctx.style.yellow(ctx.t('next.revisit', { count: step.remaining })), '']);
    if (step.stageIndex !== shownStage && enteringStage(session, step)) print(ctx.stdout, stageIntro(session, step));
    shownStage = step.stageIndex;
    showNext(session, step);
    if (!ctx.interactive) {
      print(ctx.stdout, ['', ctx.style.dim(ctx.t('next.hint', { id: step.topic.id }))]);
      return;
    }
    const title = localize(step.topic.title, ctx.lang);
    const exercise = nextExerciseChoice(session, step.topic);
    const choices: { value: Action; name: string }[] = [
      ...(due > 0 ? [{ value: 'review' as const, name: ctx.t('next.choice.review', { count: due }) }] : []),
      ...(exercise ? [exercise] : []),
      ...(step.topic.quiz ? [{ value: 'quiz' as const, name: ctx.t('next.choice.quiz', { id: step.topic.quiz }) }] : []),
      { value: 'done', name: ctx.t('next.choice.done') },
      // Skipping the topic being revisited would only show it again.
      ...(step.kind === 'next' ? [{ value: 'skip' as const, name: ctx.t('next.choice.skip') }] : []),
      { value: 'later', name: ctx.t('next.choice.later') },
    ];
    print(ctx.stdout, '');
    prompts ??= inquirerPrompts(ctx);
    // A bare Enter must never mark a topic the learner may have scrolled past: it reviews, practises, quizzes or stops.
    const safe: Action = due > 0 ? 'review' : exercise ? 'exercise' : step.topic.quiz ? 'quiz' : 'later';
    const action = await prompts.select(ctx.t('next.askAbout', { title }), choices, safe);
    if (action === 'later') return print(ctx.stdout, laterLines(session, await session.withLog()));
    if (action === 'review') {
      await (options.runReview ?? (async () => (await import('./review.js')).review(ctx, {})))();
      session = await openSession(ctx, QUIZ_FILES);
      continue;
    }
    if (action === 'exercise' && exercise) return runNextExercise(ctx, exercise);
    if (action === 'quiz') {
      const quizId = step.topic.quiz!;
      await (options.runQuiz ?? (async (id: string) => (await import('./quiz.js')).quiz(ctx, { quizId: id, reached: true, prompts: options.prompts })))(quizId);
      session = await openSession(ctx, QUIZ_FILES);
      print(ctx.stdout, ['', quizResultLine(session, quizId)]);
      continue;
    }
    await session.update((p) => markTopics(p, [step.topic.id], action === 'done' ? 'done' : 'skipped', ctx.now()));
    print(ctx.stdout, ['', ctx.style.green(ctx.t(action === 'done' ? 'next.markedDone' : 'next.markedSkipped', { title })), '']);
  }
}

/** Back from a quiz: how the last attempt went, and what the learner may do about it. */
function quizResultLine(session: Session, quizId: string): string {
  const { ctx, loaded, progress } = session;
  const last = progress.attempts.filter((a) => a.quiz === quizId && a.finished).at(-1);
  if (!last) return ctx.style.dim(ctx.t('next.quizNotFinished'));
  const info = loaded.roadmap.quizzes.find((q) => q.id === quizId);
  const passed = !last.practice && attemptPercent(last) >= (info?.passPercent ?? 80);
  return passed
    ? ctx.style.green(ctx.t('next.quizPassedNow', { score: last.score, total: last.total }))
    : ctx.style.yellow(ctx.t('next.quizRetry', { score: last.score, total: last.total }));
}

/** "Later": when the next review is due and the streak, so stopping still says where things stand. */
function laterLines(session: Session, progress: Session['progress']): string[] {
  const { ctx } = session;
  const now = ctx.now();
  const due = dueSummary(progress, now);
  const streak = computeStats(progress, now).currentStreak;
  const lines = [''];
  if (due.due > 0) lines.push(ctx.t('next.laterDue', { count: due.due }));
  else if (due.nextReviewAt) lines.push(ctx.t('next.laterNextReview', { when: formatWhen(due.nextReviewAt, ctx.lang) }));
  lines.push(streak > 0 ? ctx.t('next.laterStreak', { count: streak }) : ctx.t('next.laterNoStreak'));
  return lines;
}

/** True when no required topic of the step's stage has been finished yet. */
function enteringStage(session: Session, step: Exclude<NextStep, { kind: 'complete' }>): boolean {
  return step.stage.topics.every((x) => x.optional || topicStatus(session.progress, x.id) === 'todo');
}

function stageIntro(session: Session, step: Exclude<NextStep, { kind: 'complete' }>): string[] {
  const { ctx } = session;
  const width = textWidth(ctx.stdout.columns);
  const heading = ctx.t('next.enterStage', { index: step.stageIndex + 1, title: localize(step.stage.title, ctx.lang) });
  return [ctx.style.bold(heading), ...wrap(localize(step.stage.summary, ctx.lang), width, '  ', '  ', markupOf(ctx.style)), ''];
}

/** Leaving a stage: its takeaway, and the stage that comes next. */
function stageFinished(session: Session, index: number, step: NextStep): void {
  const { ctx, loaded } = session;
  const stage = loaded.roadmap.stages[index];
  if (!stage) return;
  const width = textWidth(ctx.stdout.columns);
  const lines = [ctx.style.green(ctx.t('next.stageFinished', { title: localize(stage.title, ctx.lang) }))];
  if (stage.takeaway) lines.push(...wrap(localize(stage.takeaway, ctx.lang), width, '  ', '  ', markupOf(ctx.style)));
  if (step.kind !== 'complete') lines.push(ctx.t('next.nextStage', { title: localize(step.stage.title, ctx.lang) }));
  print(ctx.stdout, [...lines, '']);
}

function showNext(session: Session, step: Exclude<NextStep, { kind: 'complete' }>): void {
  const { ctx, loaded, progress } = session;
  const info = loaded.roadmap.quizzes.find((q) => q.id === step.topic.quiz);
  const lines = renderTopic(
    ctx.t,
    {
      roadmap: loaded.roadmap,
      stage: step.stage,
      stageIndex: step.stageIndex,
      topic: step.topic,
      status: 'todo',
      quiz: info ? quizRecord(info.id, info.passPercent, progress.attempts) : undefined,
    },
    ctx.style,
    textWidth(ctx.stdout.columns),
  );
  lines.push(...nextExerciseLines(session, step.topic));
  lines.push('', ctx.style.dim(ctx.t(step.kind === 'next' ? 'next.remaining' : 'next.revisitRemaining', { count: step.remaining })));
  const tip = tipOfTheDay(loaded.roadmap.tips, ctx.now());
  if (tip) lines.push(...wrap(ctx.t('status.tip', { tip: localize(tip, ctx.lang) }), textWidth(ctx.stdout.columns)).map((l) => ctx.style.dim(l)));
  print(ctx.stdout, lines);
}

function nextJson(session: Session) {
  const { ctx, loaded, progress } = session;
  const due = dueSummary(progress, ctx.now()).due;
  const s = summarize(loaded.roadmap, progress);
  if (s.next.kind === 'complete') return { complete: true, due };
  return {
    stage: stageRefJson(loaded.roadmap, s.next.stage, s.next.stageIndex, ctx.lang),
    topic: topicJson(s.next.topic, ctx.lang),
    remaining: s.next.remaining,
    revisit: s.next.kind === 'revisit',
    due,
  };
}

export const nextCommand = defineCommand({
  name: 'next',
  summary: 'help.cmd.next',
  options: { json },
  run: ({ ctx, options }) => next(ctx, options),
});
