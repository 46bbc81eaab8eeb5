import type { QuizAttempt, RoadmapProgress } from '../progress/model.js';
import { DEFAULT_COUNT, type DrawnQuestion } from './draw.js';
import type { Given, Grade } from './grade.js';

/** One question of an attempt: asked, and answered or not. */
export interface AnsweredQuestion {
  drawn: DrawnQuestion;
  given: Given;
  /** The learner's input as typed or chosen; null when unanswered. */
  raw: string | null;
  grade: Grade;
}

export function answered(a: AnsweredQuestion): boolean {
  return a.given.kind !== 'none';
}

/**
 * A full draw is `DEFAULT_COUNT` questions, or every question the draw could take from when
 * there are fewer; anything shorter is practice.
 */
export function isFullDraw(drawn: number, available: number): boolean {
  return drawn >= Math.min(DEFAULT_COUNT, available);
}

export function makeAttempt(quizId: string, seed: number, results: readonly AnsweredQuestion[], finished: boolean, now: Date, practice = false): QuizAttempt {
  return {
    quiz: quizId,
    at: now.toISOString(),
    seed: String(seed),
    score: results.filter((r) => r.grade.correct).length,
    total: results.length,
    finished,
    ...(practice ? { practice: true } : {}),
    questions: results.map((r) => ({ id: r.drawn.question.id, correct: r.grade.correct, answered: answered(r) })),
  };
}

/** Appends the attempt; attempts are a log, never rewritten. */
export function recordAttempt(progress: RoadmapProgress, attempt: QuizAttempt): RoadmapProgress {
  return { ...progress, attempts: [...progress.attempts, attempt] };
}
