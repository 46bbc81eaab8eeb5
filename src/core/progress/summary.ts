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
  // Plain loops, one pass per stage: at 20,000 topics this runs cold (unoptimised) on every
  // `status`, where each extra pass of callbacks costs milliseconds.
  const passed = passedQuizzes(roadmap, progress.attempts);
  const overall: Tally = { done: 0, skipped: 0, total: 0, percent: null };
  // The next step comes out of the same pass (it is nextStep's answer, without a second walk).
  let next: Extract<NextStep, { kind: 'next' }> | undefined;
  let remaining = 0;
  const stages = roadmap.stages.map((stage, index): StageSummary => {
    const topics: StageSummary['topics'] = [];
    const quizIds = new Set<string>();
    const tally: Tally = { done: 0, skipped: 0, total: 0, percent: null };
    for (const topic of stage.topics) {
      const status = topicStatus(progress, topic.id);
      topics.push({ topic, status });
      if (topic.quiz) quizIds.add(topic.quiz);
      if (topic.optional) continue;
      tally.total++;
      if (status === 'done') tally.done++;
      else if (status === 'skipped') tally.skipped++;
      else {
        remaining++;
        next ??= { kind: 'next', stage, stageIndex: index, topic, remaining: 0 };
      }
    }
    let quizzesPassed = 0;
    for (const id of quizIds) if (passed.has(id)) quizzesPassed++;
    overall.done += tally.done;
    overall.skipped += tally.skipped;
    overall.total += tally.total;
    return { stage, index, ...withPercent(tally), quizzesTotal: quizIds.size, quizzesPassed, topics };
  });
  const { percent, ...counts } = withPercent(overall);
  return { ...counts, percent: percent ?? 100, stages, next: next ? { ...next, remaining } : { kind: 'complete' } };
}

function withPercent(t: Tally): Tally {
  return { done: t.done, skipped: t.skipped, total: t.total, percent: t.total === 0 ? null : Math.floor(((t.done + t.skipped) * 100) / t.total) };
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
  // Best finished percent per quiz in one pass over the attempts, not one pass per quiz.
  const best = new Map<string, number>();
  for (const a of attempts) {
    if (!a.finished) continue;
    const percent = attemptPercent(a);
    const before = best.get(a.quiz);
    if (before === undefined || percent > before) best.set(a.quiz, percent);
  }
  const out = new Set<string>();
  for (const q of roadmap.quizzes) {
    const b = best.get(q.id);
    if (b !== undefined && b >= q.passPercent) out.add(q.id);
  }
  return out;
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
