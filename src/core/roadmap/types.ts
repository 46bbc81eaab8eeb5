import type { Text } from '../text.js';
import type { Exercise, Quiz, RoadmapDocument, Stage, Topic } from './schema.js';

export type { Credit, Exercise, Question, QuestionType, Quiz, Resource, Stage, Topic } from './schema.js';

/** What a roadmap says about a quiz without its questions, so outlines stay small. */
export interface QuizInfo {
  id: string;
  title: Text;
  description?: Text;
  passPercent: number;
  questionCount: number;
}

/** A validated roadmap, quizzes reduced to their outline. */
export interface Roadmap extends Omit<RoadmapDocument, 'quizzes' | 'exercises'> {
  quizzes: QuizInfo[];
  /** Every exercise; a cached roadmap reads beyond id and title only on first use. */
  exercises: Exercise[];
}

/** A validated roadmap with its question banks. */
export interface RoadmapBundle {
  roadmap: Roadmap;
  quizzes: Quiz[];
}

export interface TopicRef {
  stage: Stage;
  stageIndex: number;
  topic: Topic;
}

export function quizInfo(quiz: Quiz): QuizInfo {
  const { questions, ...rest } = quiz;
  return { ...rest, questionCount: questions.length };
}
