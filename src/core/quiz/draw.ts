import type { Question, Quiz } from '../roadmap/types.js';
import { interpolate, type Lang, localize } from '../text.js';
import { seededRandom, shuffled } from './random.js';
import { drawVariables } from './variables.js';

/** A question as asked in one attempt: its choice order and generated values are fixed. */
export interface DrawnQuestion {
  question: Question;
  /** Display position → index in the authored `choices` (empty for non-choice types). */
  order: number[];
  /** Generated values of a `calculated` question. */
  values: Record<string, number>;
}

export const DEFAULT_COUNT = 10;

/**
 * Draws `count` questions in random order. Depends only on the quiz's ids and structure and
 * the seed, never on the language, so a seed replays the same attempt in any language.
 */
export function drawQuiz(quiz: Quiz, seed: number, count = DEFAULT_COUNT): DrawnQuestion[] {
  const random = seededRandom(seed);
  const picked = shuffled(quiz.questions, random).slice(0, Math.max(0, count));
  return picked.map((question) => drawQuestion(question, random));
}

export function drawQuestion(question: Question, random: () => number): DrawnQuestion {
  const authored = 'choices' in question ? question.choices.map((_, i) => i) : [];
  const order = 'shuffle' in question && question.shuffle ? shuffled(authored, random) : authored;
  const values = question.type === 'calculated' ? drawVariables(question.variables, random) : {};
  return { question, order, values };
}

/** The prompt in `lang`, with generated values filled in. */
export function promptText(drawn: DrawnQuestion, lang: Lang): string {
  const text = localize(drawn.question.prompt, lang);
  return drawn.question.type === 'calculated' ? interpolate(text, formatValues(drawn.values)) : text;
}

function formatValues(values: Record<string, number>): Record<string, string> {
  return Object.fromEntries(Object.entries(values).map(([k, v]) => [k, String(v)]));
}

/** The choices as shown, in display order (booleans are always True, False). */
export function displayChoices(drawn: DrawnQuestion, lang: Lang, trueFalse: [string, string]): string[] {
  const q = drawn.question;
  if (q.type === 'boolean') return [...trueFalse];
  // Stryker disable next-line ConditionalExpression: other types are drawn with an empty order, which maps to no choices
  if (q.type === 'single' || q.type === 'multiple') return drawn.order.map((i) => localize(q.choices[i]!, lang));
  return [];
}
