import { defineCommand, json } from './define.js';
import { print, printJson, type Context } from '../context.js';
import { summarize, quizRecord, nextStep, type NextStep } from '../core/progress/summary.js';
import { markTopics } from '../core/progress/transitions.js';
import { dueSummary } from '../core/review/due.js';
import { tipOfTheDay } from '../core/tips.js';
import { localize } from '../core/text.js';
import { t } from '../i18n/index.js';
import { openSession, type Session } from '../session.js';
import { inquirerPrompts, type Prompts } from '../ui/prompts.js';
import { renderTopic } from '../ui/render-topic.js';
import { stageRefJson, topicJson } from '../ui/json.js';
import { textWidth } from '../ui/wrap.js';
import { nextExerciseChoice, nextExerciseLines, runNextExercise } from './next-exercises.js';

export interface NextOptions {
  json?: boolean;
  prompts?: Prompts;
  /** Runs a quiz from the menu; injected so `next` does not load the quiz code up front. */
  runQuiz?: (quizId: string) => Promise<void>;
}

type Action = 'done' | 'skip' | 'quiz' | 'later' | 'exercise';

/** Shows the first unfinished required topic; on a terminal, asks what to do with it. */
export async function next(ctx: Context, options: NextOptions = {}): Promise<void> {
  const session = await openSession(ctx);
  if (options.json) return printJson(ctx, nextJson(session));
  const prompts = options.prompts ?? inquirerPrompts(ctx);
  for (;;) {
    const step = nextStep(session.loaded.roadmap, session.progress);
    if (step.kind === 'complete') {
      print(ctx.stdout, t('next.complete', { title: localize(session.loaded.roadmap.title, ctx.lang) }));
      return;
    }
    const due = dueSummary(session.progress, ctx.now()).due;
    if (due > 0) print(ctx.stdout, [ctx.style.cyan(t('next.due', { count: due })), '']);
    showNext(session, step);
    if (!ctx.interactive) {
      print(ctx.stdout, ['', ctx.style.dim(t('next.hint', { id: step.topic.id }))]);
      return;
    }
    const exercise = nextExerciseChoice(session, step.topic);
    const choices: { value: Action; name: string }[] = [
      ...(exercise ? [exercise] : []),
      { value: 'done', name: t('next.choice.done') },
      { value: 'skip', name: t('next.choice.skip') },
      ...(step.topic.quiz ? [{ value: 'quiz' as const, name: t('next.choice.quiz', { id: step.topic.quiz }) }] : []),
      { value: 'later', name: t('next.choice.later') },
    ];
    print(ctx.stdout, '');
    const action = await prompts.select(t('next.ask'), choices);
    const title = localize(step.topic.title, ctx.lang);
    if (action === 'later') return;
    if (action === 'exercise' && exercise) return runNextExercise(ctx, exercise);
    if (action === 'quiz') {
      const run = options.runQuiz ?? (async (id: string) => (await import('./quiz.js')).quiz(ctx, { quizId: id }));
      await run(step.topic.quiz!);
      return;
    }
    await session.update((p) => markTopics(p, [step.topic.id], action === 'done' ? 'done' : 'skipped', ctx.now()));
    print(ctx.stdout, ['', ctx.style.green(t(action === 'done' ? 'next.markedDone' : 'next.markedSkipped', { title })), '']);
  }
}

function showNext(session: Session, step: Extract<NextStep, { kind: 'next' }>): void {
  const { ctx, loaded, progress } = session;
  const info = loaded.roadmap.quizzes.find((q) => q.id === step.topic.quiz);
  const lines = renderTopic(
    {
      roadmap: loaded.roadmap,
      stage: step.stage,
      stageIndex: step.stageIndex,
      topic: step.topic,
      status: 'todo',
      quiz: info ? quizRecord(info.id, info.passPercent, progress.attempts) : undefined,
    },
    ctx.style,
    ctx.lang,
    textWidth(ctx.stdout.columns),
  );
  lines.push(...nextExerciseLines(session, step.topic));
  lines.push('', ctx.style.dim(t('next.remaining', { count: step.remaining })));
  const tip = tipOfTheDay(loaded.roadmap.tips, ctx.now());
  if (tip) lines.push(ctx.style.dim(t('status.tip', { tip: localize(tip, ctx.lang) })));
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
    due,
  };
}

export const nextCommand = defineCommand({
  name: 'next',
  summary: 'help.cmd.next',
  options: { json },
  run: ({ ctx, options }) => next(ctx, options),
});
