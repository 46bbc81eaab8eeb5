import type { Roadmap, Stage, Topic } from '../roadmap/types.js';
import { topicStatus, type QuizAttempt, type RoadmapProgress, type TopicStatus } from './model.js';

export interface Tally {
  done: number;
  skipped: number;
  total: number;
  /** Finished share of required topics, rounded down; null when there are none. */
  percent: number | null;
}

export interface StageSummary extends Tally {
  stage: Stage;
  index: number;
  quizzesPassed: number;
  quizzesTotal: number;
  topics: { topic: Topic; status: TopicStatus }[];
}

export type NextStep =
  | { kind: 'next'; stage: Stage; stageIndex: number; topic: Topic; remaining: number }
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
  return { done, skipped, total, percent: total === 0 ? null : Math.floor(((done + skipped) * 100) / total) };
}

/** The first unfinished required topic in roadmap order; a quiz never blocks moving on. */
export function nextStep(roadmap: Roadmap, progress: RoadmapProgress): NextStep {
  let found: Extract<NextStep, { kind: 'next' }> | undefined;
  let remaining = 0;
  roadmap.stages.forEach((stage, stageIndex) => {
    for (const topic of stage.topics) {
      if (topic.optional || topicStatus(progress, topic.id) !== 'todo') continue;
      remaining++;
      found ??= { kind: 'next', stage, stageIndex, topic, remaining: 0 };
    }
  });
  return found ? { ...found, remaining } : { kind: 'complete' };
}

/** Ids of quizzes with a finished attempt at or above their pass mark. */
export function passedQuizzes(roadmap: Roadmap, attempts: readonly QuizAttempt[]): Set<string> {
  return new Set(roadmap.quizzes.filter((q) => quizRecord(q.id, q.passPercent, attempts).passed).map((q) => q.id));
}

export interface QuizRecord {
  attempts: number;
  /** Best finished percent, rounded down; null before the first finished attempt. */
  best: number | null;
  passed: boolean;
}

export function quizRecord(quizId: string, passPercent: number, attempts: readonly QuizAttempt[]): QuizRecord {
  const finished = attempts.filter((a) => a.quiz === quizId && a.finished);
  const percents = finished.map((a) => attemptPercent(a));
  const best = percents.length ? Math.max(...percents) : null;
  return { attempts: finished.length, best, passed: best !== null && best >= passPercent };
}

export function attemptPercent(a: Pick<QuizAttempt, 'score' | 'total'>): number {
  return a.total === 0 ? 0 : Math.floor((a.score * 100) / a.total);
}
