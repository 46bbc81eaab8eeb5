import type { Roadmap, Stage, Topic } from '../roadmap/types.js';
import { type QuizAttempt, type RoadmapProgress, type TopicStatus, topicStatus } from './model.js';

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
export type NextStep = { kind: 'next' | 'revisit'; stage: Stage; stageIndex: number; topic: Topic; remaining: number } | { kind: 'complete' };

export interface Summary extends Tally {
  percent: number;
  stages: StageSummary[];
  next: NextStep;
}

/** Where a learner stands: counts of required topics only, as optional ones are extras. */
export function summarize(roadmap: Roadmap, progress: RoadmapProgress): Summary {
  // Plain loops, one pass over the topics (the next step included, as nextStep would find it):
  // at 20,000 topics this runs cold (unoptimised) on every `status`, where each extra pass of
  // callbacks costs milliseconds.
  const passed = passedQuizzes(roadmap, progress.attempts);
  const overall: Tally = { done: 0, skipped: 0, total: 0, percent: null };
  let firstTodo: Place | undefined;
  let firstSkipped: Place | undefined;
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
      else if (status === 'skipped') {
        tally.skipped++;
        firstSkipped ??= { stage, stageIndex: index, topic };
      } else firstTodo ??= { stage, stageIndex: index, topic };
    }
    let quizzesPassed = 0;
    for (const id of quizIds) if (passed.has(id)) quizzesPassed++;
    overall.done += tally.done;
    overall.skipped += tally.skipped;
    overall.total += tally.total;
    return { stage, index, ...withPercent(tally), quizzesTotal: quizIds.size, quizzesPassed, topics };
  });
  const { percent, ...counts } = withPercent(overall);
  const todo = overall.total - overall.done - overall.skipped;
  const next: NextStep = firstTodo
    ? { kind: 'next', ...firstTodo, remaining: todo }
    : firstSkipped
      ? { kind: 'revisit', ...firstSkipped, remaining: overall.skipped }
      : { kind: 'complete' };
  return { ...counts, percent: percent ?? 100, stages, next };
}

function withPercent(t: Tally): Tally {
  return { done: t.done, skipped: t.skipped, total: t.total, percent: t.total === 0 ? null : Math.floor((t.done * 100) / t.total) };
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

/** What pass marks need from a roadmap's attempts: each quiz's best full finished draw, and every quiz attempted. */
export interface AttemptFacts {
  best: [quiz: string, percent: number][];
  attempted: string[];
}

// Facts recorded when the attempts were last written, for attempts not parsed in this process
// (see store/lazy-section.ts).
const known = new WeakMap<object, AttemptFacts>();

export function rememberAttempts(attempts: object, facts: AttemptFacts): void {
  known.set(attempts, facts);
}

export function forgetAttempts(attempts: object): void {
  known.delete(attempts);
}

export function attemptFacts(attempts: readonly QuizAttempt[]): AttemptFacts {
  const k = known.get(attempts);
  if (k) return k;
  // Best full finished draw per quiz in one pass over the attempts, not one pass per quiz
  // (quizRecord's rule: practice draws and unfinished attempts never pass a quiz).
  const best = new Map<string, number>();
  const attempted = new Set<string>();
  for (const a of attempts) {
    attempted.add(a.quiz);
    if (!a.finished || a.practice) continue;
    const percent = attemptPercent(a);
    const before = best.get(a.quiz);
    // (`>=` keeps the same best: an equivalent mutant.)
    if (before === undefined || percent > before) best.set(a.quiz, percent);
  }
  return { best: [...best], attempted: [...attempted] };
}

/** Ids of the quizzes with any attempt: the only quizzes whose pass marks can change what status, list or next show. */
export function attemptedQuizzes(progress: RoadmapProgress): Set<string> {
  return new Set(attemptFacts(progress.attempts).attempted);
}

/** Ids of quizzes with a finished attempt at or above their pass mark. */
export function passedQuizzes(roadmap: Roadmap, attempts: readonly QuizAttempt[]): Set<string> {
  const best = new Map(attemptFacts(attempts).best);
  const out = new Set<string>();
  for (const q of roadmap.quizzes) {
    const b = best.get(q.id);
    // (undefined >= a number is false: dropping the first test is an equivalent mutant.)
    if (b !== undefined && b >= q.passPercent) out.add(q.id);
  }
  return out;
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
