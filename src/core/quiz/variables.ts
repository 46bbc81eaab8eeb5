import type { Question } from '../roadmap/schema.js';

type Calculated = Extract<Question, { type: 'calculated' }>;
export type VariableSpec = Calculated['variables'][string];

export interface Range {
  min: number;
  max: number;
  decimals: number;
}

/** `"20..90"` or `{min, max, decimals}` → a numeric range. */
export function parseRange(spec: VariableSpec): Range {
  if (typeof spec === 'string') {
    // Stryker disable next-line MethodExpression: Number() ignores surrounding whitespace itself
    const [min, max] = spec.split('..').map((s) => Number(s.trim()));
    return { min: min!, max: max!, decimals: 0 };
  }
  return { min: spec.min, max: spec.max, decimals: spec.decimals };
}

/** Draws one value per variable from `random` (uniform in [0, 1)), rounded to its decimals. */
export function drawVariables(variables: Calculated['variables'], random: () => number): Record<string, number> {
  const values: Record<string, number> = {};
  for (const name of Object.keys(variables).sort()) {
    const { min, max, decimals } = parseRange(variables[name]!);
    const scale = 10 ** decimals;
    const lo = Math.ceil(min * scale);
    const hi = Math.floor(max * scale);
    values[name] = (lo + Math.floor(random() * (hi - lo + 1))) / scale;
  }
  return values;
}
