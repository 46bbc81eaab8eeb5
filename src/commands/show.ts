import { type Context, print, printJson } from '../context.js';
import { exerciseStatus, projectLink } from '../core/progress/exercises.js';
import type { RoadmapProgress } from '../core/progress/model.js';
import { topicStatus } from '../core/progress/model.js';
import { quizRecord } from '../core/progress/summary.js';
import { allTopicIds, findTopic } from '../core/roadmap/lookup.js';
import type { Roadmap, Topic } from '../core/roadmap/types.js';
import { localize } from '../core/text.js';
import { openSession } from '../session.js';
import { stageRefJson, topicJson } from '../ui/json.js';
import { renderTopic } from '../ui/render-topic.js';
import { textWidth } from '../ui/wrap.js';
import { arg, defineCommand, json } from './define.js';
import { requireKnown } from './resolve-ids.js';

export interface ShowOptions {
  topicId: string;
  json?: boolean;
}

/** One topic in full, whatever its status. */
export async function show(ctx: Context, options: ShowOptions): Promise<void> {
  const { loaded, progress } = await openSession(ctx);
  const roadmap = loaded.roadmap;
  requireKnown(ctx.t, [options.topicId], allTopicIds(roadmap), 'topic');
  const ref = findTopic(roadmap, options.topicId)!;
  const status = topicStatus(progress, ref.topic.id);
  const info = roadmap.quizzes.find((q) => q.id === ref.topic.quiz);
  const quiz = info ? quizRecord(info.id, info.passPercent, progress.attempts) : undefined;
  const questions = info ? loaded.quiz(info.id).questions.filter((q) => q.topic === ref.topic.id).length : undefined;
  if (options.json) {
    return printJson(ctx, {
      stage: stageRefJson(roadmap, ref.stage, ref.stageIndex, ctx.lang),
      topic: { ...topicJson(ref.topic, ctx.lang), status },
      quiz: quiz && info ? { id: info.id, ...quiz, questions } : null,
      ...topicExercisesJson(roadmap, progress, ref.topic, ctx.lang),
    });
  }
  const width = textWidth(ctx.stdout.columns);
  print(ctx.stdout, [
    ...renderTopic(ctx.t, { roadmap, stage: ref.stage, stageIndex: ref.stageIndex, topic: ref.topic, status, quiz, questions }, ctx.style, width),
    ...topicExerciseLines(roadmap, progress, ref.topic, ctx),
  ]);
}

// exercises: a topic's exercises with their status, and a project's link
function topicExercisesJson(roadmap: Roadmap, progress: RoadmapProgress, topic: Topic, lang: Context['lang']) {
  const exercises = (topic.exercises ?? []).map((id) => {
    const e = roadmap.exercises?.find((x) => x.id === id);
    return { id, title: e ? localize(e.title, lang) : id, status: exerciseStatus(progress, id) };
  });
  return { exercises, projectUrl: projectLink(progress, topic.id) ?? null };
}

function topicExerciseLines(roadmap: Roadmap, progress: RoadmapProgress, topic: Topic, ctx: Context): string[] {
  const { exercises, projectUrl } = topicExercisesJson(roadmap, progress, topic, ctx.lang);
  const lines: string[] = [];
  if (exercises.length)
    lines.push('', ctx.style.bold(ctx.t('show.exercises')), ...exercises.map((e) => `  ${e.id}  ${e.title} — ${ctx.t(`exercise.status.${e.status}`)}`));
  if (projectUrl) lines.push('', ctx.t('show.projectLink', { url: projectUrl }));
  return lines;
}

export const showCommand = defineCommand({
  name: 'show',
  summary: 'help.cmd.show',
  args: [arg('<topic-id>', 'help.arg.topic')],
  options: { json },
  run: ({ ctx, args: [topicId], options }) => show(ctx, { topicId, ...options }),
});
