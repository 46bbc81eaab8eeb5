import { UsageError } from '../errors.js';

/**
 * A whole number typed on the command line, from `min` to `max`; anything else (a sign, a
 * decimal point, digits past the safe range) is a usage error worded by the caller.
 */
export function parseWholeNumber(value: string | number, { min = 0, max = Number.MAX_SAFE_INTEGER }, error: (text: string) => string): number {
  const text = String(value).trim();
  const n = Number(text);
  if (!/^\d+$/.test(text) || !Number.isSafeInteger(n) || n < min || n > max) throw new UsageError(error(text));
  return n;
}
