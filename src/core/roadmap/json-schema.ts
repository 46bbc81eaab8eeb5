import { z } from 'zod';
import { ExerciseSchema, QuizSchema, RoadmapSchema } from './schema.js';

/** JSON Schema generated from the zod schema, so editors' completion can never drift from it. */
export function roadmapJsonSchema(): Record<string, unknown> {
  return { ...z.toJSONSchema(RoadmapSchema, { io: 'input', unrepresentable: 'any' }), title: 'mlroad roadmap' };
}

export function quizJsonSchema(): Record<string, unknown> {
  return { ...z.toJSONSchema(QuizSchema, { io: 'input', unrepresentable: 'any' }), title: 'mlroad quiz file' };
}

export function exerciseJsonSchema(): Record<string, unknown> {
  return { ...z.toJSONSchema(ExerciseSchema, { io: 'input', unrepresentable: 'any' }), title: 'mlroad exercise file' };
}
