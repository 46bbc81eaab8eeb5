import type { Lang } from '../text.js';

export const PROGRESS_VERSION = 1;

export type TopicStatus = 'todo' | 'done' | 'skipped';

export interface TopicRecord {
  status: 'done' | 'skipped';
  /** ISO time the topic was marked. */
  at: string;
}

export interface QuestionResult {
  id: string;
  correct: boolean;
  /** False when the attempt ended before the question was answered. */
  answered: boolean;
}

export interface QuizAttempt {
  quiz: string;
  /** ISO time the attempt ended. */
  at: string;
  seed: string;
  score: number;
  total: number;
  /** False when cut short by Ctrl+C; such attempts count in neither `attempts` nor `best`. */
  finished: boolean;
  questions: QuestionResult[];
}

/** A spaced-repetition card, keyed `quizId/questionId`; the fields are ts-fsrs' Card, dates as ISO. */
export type CardRecord = Record<string, unknown> & { due: string };

export interface ReviewLogEntry {
  card: string;
  at: string;
  rating: number;
  /** Whether the answer rescheduled the card (a quiz answer on a card not yet due does not). */
  scheduled: boolean;
  /** Where the answer was given. */
  source: 'quiz' | 'review';
}

// exercises
export interface ExerciseRecord {
  status: 'started' | 'passed';
  attempts: number;
  startedAt: string;
  passedAt?: string;
  last?: { at: string; passed: boolean; durationMs: number };
  hintsShown: number;
}

export interface ProjectLink {
  url: string;
  at: string;
}

export interface RoadmapProgress {
  topics: Record<string, TopicRecord>;
  attempts: QuizAttempt[];
  cards: Record<string, CardRecord>;
  reviewLog: ReviewLogEntry[];
  /** Absent in files written before exercises existed. */
  exercises?: Record<string, ExerciseRecord>;
  projects?: Record<string, ProjectLink>;
}

export interface Settings {
  lang?: Lang;
  /** Absolute path of the roadmap chosen with `mlroad use`. */
  roadmap?: string;
  /** `config set python` / `config set workspace`. */
  python?: string;
  workspace?: string;
  /** Roadmaps whose checks the learner trusted: main file -> content hash. */
  trusted?: Record<string, string>;
}

export interface ProgressFile {
  version: typeof PROGRESS_VERSION;
  settings: Settings;
  /** Progress per roadmap id; ids of roadmaps not loaded now are kept untouched. */
  roadmaps: Record<string, RoadmapProgress>;
}

export function emptyProgress(): ProgressFile {
  return { version: PROGRESS_VERSION, settings: {}, roadmaps: {} };
}

export function emptyRoadmapProgress(): RoadmapProgress {
  return { topics: {}, attempts: [], cards: {}, reviewLog: [] };
}

export function roadmapProgress(file: ProgressFile, roadmapId: string): RoadmapProgress {
  return Object.hasOwn(file.roadmaps, roadmapId) ? file.roadmaps[roadmapId]! : emptyRoadmapProgress();
}

export function topicStatus(progress: RoadmapProgress, topicId: string): TopicStatus {
  return Object.hasOwn(progress.topics, topicId) ? progress.topics[topicId]!.status : 'todo';
}

/** `file` with the progress of one roadmap replaced; never mutates. */
export function withRoadmapProgress(file: ProgressFile, roadmapId: string, next: RoadmapProgress): ProgressFile {
  return { ...file, roadmaps: { ...file.roadmaps, [roadmapId]: next } };
}
