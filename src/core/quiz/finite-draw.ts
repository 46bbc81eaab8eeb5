import type { DrawnQuestion } from './draw.js';
import type { Evaluate } from './grade.js';
import { seededRandom } from './random.js';
import { drawVariables } from './variables.js';

export const MAX_REDRAWS = 20;

/**
 * `drawn` itself, or the same question drawn again (up to MAX_REDRAWS times) when its values
 * give a non-finite answer. Validate refuses such formulas; this guards roadmaps that skipped
 * it. The redraw is seeded from the first values, so a replayed seed asks the same question.
 */
export function finiteDrawn(drawn: DrawnQuestion, evaluate: Evaluate): DrawnQuestion {
  const q = drawn.question;
  if (q.type !== 'calculated' || Number.isFinite(evaluate(q.answer, drawn.values))) return drawn;
  const random = seededRandom(Object.values(drawn.values).reduce((h, v) => (h * 31 + Math.round(v * 1000)) >>> 0, 7));
  for (let i = 0; i < MAX_REDRAWS; i++) {
    const values = drawVariables(q.variables, random);
    if (Number.isFinite(evaluate(q.answer, values))) return { ...drawn, values };
  }
  return drawn;
}
