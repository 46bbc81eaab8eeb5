/**
 * How deep and how large a free-form value (an unknown field, a card) may be. A write
 * serialises the whole file; JSON.stringify recurses, so a value nested 200,000 levels deep,
 * which JSON.parse accepts, would make every later write fail. Checked without recursion.
 */
export interface Limits {
  depth: number;
  /** Rough serialised size in characters. */
  size: number;
}

export const FREE_FORM_LIMITS: Limits = { depth: 32, size: 1_000_000 };

/** Undefined when `value` is within `limits`, else what is wrong with it (in English, for logs). */
export function withinLimits(value: unknown, limits: Limits = FREE_FORM_LIMITS): string | undefined {
  const stack: [unknown, number][] = [[value, 0]];
  let size = 0;
  while (stack.length) {
    const [item, depth] = stack.pop()!;
    if (typeof item === 'string') size += item.length + 2;
    else if (typeof item === 'number') {
      if (!Number.isFinite(item)) return 'holds a number that is not finite';
      size += 8;
    } else if (typeof item === 'boolean' || item === null) size += 4;
    else if (typeof item === 'object') {
      if (depth >= limits.depth) return `is nested deeper than ${limits.depth} levels`;
      const children = Array.isArray(item) ? item : Object.entries(item as object).flat();
      size += 2;
      for (const child of children) stack.push([child, depth + 1]);
    } else return `holds a ${typeof item}`;
    if (size > limits.size) return `is larger than ${limits.size} characters`;
  }
  return undefined;
}
