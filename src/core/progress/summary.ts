import type { Roadmap, Stage, Topic } from '../roadmap/types.js';
import { topicStatus, type QuizAttempt, type RoadmapProgress, type TopicStatus } from './model.js';

export interface Tally {
  done: number;
  skipped: number;
  total: number;
  /** Share of required topics done (skipped ones are not), rounded down; null when there are none. */
  percent: number | null;
}

export interface StageSummary extends Tally {
  stage: Stage;
  index: number;
  quizzesPassed: number;
  quizzesTotal: number;
  topics: { topic: Topic; status: TopicStatus }[];
}

/**
 * `next`: the first required topic still to do. `revisit`: none is left to do but some were
 * skipped; the first of those, with how many. `complete`: every required topic is done.
 */
export type NextStep =
  | { kind: 'next' | 'revisit'; stage: Stage; stageIndex: number; topic: Topic; remaining: number }
  | { kind: 'complete' };

export interface Summary extends Tally {
  percent: number;
  stages: StageSummary[];
  next: NextStep;
}

/** Where a learner stands: counts of required topics only, as optional ones are extras. */
export function summarize(roadmap: Roadmap, progress: RoadmapProgress): Summary {
  const passed = passedQuizzes(roadmap, progress.attempts);
  const stages = roadmap.stages.map((stage, index): StageSummary => {
    const topics = stage.topics.map((topic) => ({ topic, status: topicStatus(progress, topic.id) }));
    const quizIds = new Set(stage.topics.flatMap((t) => (t.quiz ? [t.quiz] : [])));
    return {
      stage,
      index,
      ...tally(topics),
      quizzesTotal: quizIds.size,
      quizzesPassed: [...quizIds].filter((id) => passed.has(id)).length,
      topics,
    };
  });
  const overall = tally(stages.flatMap((s) => s.topics));
  return { ...overall, percent: overall.percent ?? 100, stages, next: nextStep(roadmap, progress) };
}

function tally(topics: readonly { topic: Topic; status: TopicStatus }[]): Tally {
  const required = topics.filter((t) => !t.topic.optional);
  const done = required.filter((t) => t.status === 'done').length;
  const skipped = required.filter((t) => t.status === 'skipped').length;
  const total = required.length;
  return { done, skipped, total, percent: total === 0 ? null : Math.floor((done * 100) / total) };
}

/** The first required topic to do in roadmap order, else the first skipped one; a quiz never blocks moving on. */
export function nextStep(roadmap: Roadmap, progress: RoadmapProgress): NextStep {
  const left = { todo: [] as Place[], skipped: [] as Place[] };
  roadmap.stages.forEach((stage, stageIndex) => {
    for (const topic of stage.topics) {
      if (topic.optional) continue;
      const status = topicStatus(progress, topic.id);
      if (status !== 'done') left[status].push({ stage, stageIndex, topic });
    }
  });
  if (left.todo.length) return { kind: 'next', ...left.todo[0]!, remaining: left.todo.length };
  if (left.skipped.length) return { kind: 'revisit', ...left.skipped[0]!, remaining: left.skipped.length };
  return { kind: 'complete' };
}

interface Place {
  stage: Stage;
  stageIndex: number;
  topic: Topic;
}

/** Required topics that were skipped, in roadmap order: what is left to revisit. */
export function skippedTopics(roadmap: Roadmap, progress: RoadmapProgress): Topic[] {
  return roadmap.stages.flatMap((s) => s.topics.filter((x) => !x.optional && topicStatus(progress, x.id) === 'skipped'));
}

/** Ids of quizzes with a finished attempt at or above their pass mark. */
export function passedQuizzes(roadmap: Roadmap, attempts: readonly QuizAttempt[]): Set<string> {
  return new Set(roadmap.quizzes.filter((q) => quizRecord(q.id, q.passPercent, attempts).passed).map((q) => q.id));
}

export interface QuizRecord {
  /** Finished full draws. */
  attempts: number;
  /** Finished draws shorter than a full one. */
  practice: number;
  /** Best finished percent, rounded down; null before the first finished attempt. */
  best: number | null;
  passed: boolean;
}

export function quizRecord(quizId: string, passPercent: number, attempts: readonly QuizAttempt[]): QuizRecord {
  const finished = attempts.filter((a) => a.quiz === quizId && a.finished);
  const full = finished.filter((a) => !a.practice);
  const percents = full.map((a) => attemptPercent(a));
  const best = percents.length ? Math.max(...percents) : null;
  return { attempts: full.length, practice: finished.length - full.length, best, passed: best !== null && best >= passPercent };
}

export function attemptPercent(a: Pick<QuizAttempt, 'score' | 'total'>): number {
  return a.total === 0 ? 0 : Math.floor((a.score * 100) / a.total);
}
