import { type Context, print, printJson } from '../context.js';
import { localize } from '../core/text.js';
import { openSession } from '../session.js';
import { defineCommand, json } from './define.js';
import { exerciseCounts, exerciseRecord, exerciseStatus, isProject, statusWord, topicsByExercise } from './exercise-common.js';

/** Every exercise in roadmap order, with its topic, status, attempts and last result. */
export async function listExercises(ctx: Context, options: { json?: boolean }): Promise<void> {
  const session = await openSession(ctx);
  const { roadmap } = session.loaded;
  const byTopic = topicsByExercise(roadmap);
  const rows = roadmap.exercises.map((e) => {
    const topic = byTopic.get(e.id);
    const record = exerciseRecord(session.progress, e.id);
    return {
      id: e.id,
      title: localize(e.title, ctx.lang),
      topic: topic?.id ?? null,
      project: topic && isProject(topic) ? topic.id : null,
      status: exerciseStatus(session.progress, e.id),
      attempts: record?.attempts ?? 0,
      last: record?.last,
    };
  });
  if (options.json) return printJson(ctx, { exercises: rows.map(({ last: _last, ...row }) => row) });
  if (rows.length === 0) return print(ctx.stdout, ctx.t('exercise.none'));
  const { passed, total } = exerciseCounts(roadmap, session.progress);
  print(ctx.stdout, [
    ctx.style.bold(ctx.t('exercise.listHeader', { passed, total })),
    ...rows.map((r) => {
      const last = r.last ? ` · ${ctx.t(r.last.passed ? 'exercise.lastPassed' : 'exercise.lastFailed')}` : '';
      const where = r.topic ? ` [${r.topic}]` : '';
      return `  ${r.id}  ${r.title}${where} — ${statusWord(ctx, r.status)}${r.attempts ? ` · ${ctx.t('exercise.attempts', { count: r.attempts })}` : ''}${last}`;
    }),
  ]);
}

export const exercisesCommand = defineCommand({
  name: 'exercises',
  summary: 'help.cmd.exercises',
  options: { json },
  run: ({ ctx, options }) => listExercises(ctx, options),
});
