import type { Lang } from '../text.js';

/**
 * 2: the review log lives in a sibling JSON Lines file (the store's `progress.log.jsonl`), not
 * in `roadmaps.<id>.reviewLog`; in memory it is still `reviewLog`, loaded only when asked for.
 */
export const PROGRESS_VERSION = 2;

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
  /** A draw shorter than a full one (`--count 3`): recorded and shown, but it never passes the quiz or sets the best score. */
  practice?: boolean;
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

/** A learner's note on a topic, in their own words. */
export interface NoteRecord {
  /** Topic id the note is about. */
  topic: string;
  /** ISO time the note was written. */
  at: string;
  /** Kept verbatim (control characters aside), never truncated. */
  text: string;
}

/** Longest note accepted, in characters: a guard against a pasted file, far above any note. */
export const NOTE_MAX_CHARS = 20_000;

/**
 * Fields this mlroad does not know (a newer mlroad's, or the learner's) are kept on the
 * objects as they were read, at the top level, in `settings` and per roadmap, and written back.
 */
export interface RoadmapProgress {
  topics: Record<string, TopicRecord>;
  attempts: QuizAttempt[];
  cards: Record<string, CardRecord>;
  /** Empty unless the command asked the store for the log (stats, review, export, import). */
  reviewLog: ReviewLogEntry[];
  /** Journal notes, oldest first; optional so literals written before notes existed stay valid (read as none). */
  notes?: NoteRecord[];
}

export interface Settings {
  lang?: Lang;
  /** Absolute path of the roadmap chosen with `mlroad use`. */
  roadmap?: string;
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
  return { topics: dict(), attempts: [], cards: dict(), reviewLog: [] };
}

/**
 * A record indexed by ids from outside: no prototype, so `__proto__`, `constructor` or
 * `toString` are plain keys (assignment creates an own property, lookup finds only own ones).
 */
export function dict<T>(): Record<string, T> {
  return Object.create(null) as Record<string, T>;
}

export function roadmapProgress(file: ProgressFile, roadmapId: string): RoadmapProgress {
  return Object.hasOwn(file.roadmaps, roadmapId) ? file.roadmaps[roadmapId]! : emptyRoadmapProgress();
}

export function topicStatus(progress: RoadmapProgress, topicId: string): TopicStatus {
  return Object.hasOwn(progress.topics, topicId) ? progress.topics[topicId]!.status : 'todo';
}

/** `file` with the progress of one roadmap replaced; never mutates. */
export function withRoadmapProgress(file: ProgressFile, roadmapId: string, next: RoadmapProgress): ProgressFile {
  const roadmaps = Object.assign(dict<RoadmapProgress>(), file.roadmaps);
  roadmaps[roadmapId] = next;
  return { ...file, roadmaps };
}
