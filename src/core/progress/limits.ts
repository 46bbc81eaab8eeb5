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
  // Two parallel stacks and for-in: this runs on every card of every read, so no allocation per value.
  const stack: unknown[] = [value];
  const depths: number[] = [0];
  let size = 0;
  while (stack.length) {
    const item = stack.pop();
    const depth = depths.pop()!;
    switch (typeof item) {
      case 'string':
        size += item.length + 2;
        break;
      case 'number':
        if (!Number.isFinite(item)) return 'holds a number that is not finite';
        size += 8;
        break;
      case 'boolean':
        size += 5;
        break;
      case 'object':
        if (item === null) {
          size += 4;
          break;
        }
        if (depth >= limits.depth) return `is nested deeper than ${limits.depth} levels`;
        size += 2;
        if (Array.isArray(item)) {
          for (let i = 0; i < item.length; i++) {
            stack.push(item[i]);
            depths.push(depth + 1);
          }
        } else {
          for (const key in item) {
            size += key.length + 3;
            stack.push((item as Record<string, unknown>)[key]);
            depths.push(depth + 1);
          }
        }
        break;
      default:
        return `holds a ${typeof item}`;
    }
    if (size > limits.size) return `is larger than ${limits.size} characters`;
  }
  return undefined;
}
