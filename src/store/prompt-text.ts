import { cleanLine } from '../core/clean.js';

// The lines shell snippets read with built-ins alone. Safe by construction: each value is
// checked for its kind here, so no value can carry a newline, a control character, or
// anything a shell would evaluate, whatever the roadmap, its path or the clock hold.

const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const VERSION_CHARS = /^[0-9A-Za-z.+-]{1,40}$/;
// Bytes outside this set are percent-encoded; the set holds no `%`, `\`, `+` or `=`.
const PATH_SAFE = /^[A-Za-z0-9/._~-]$/;

/** Digits only, no sign, no leading zero: a snippet compares it only after checking that. */
export function digits(value: number): string {
  // (`>= 0` and `> 0` agree: 0 prints as '0' either way.)
  return Number.isSafeInteger(value) && value >= 0 ? String(value) : '0';
}

/** A kebab-case id, or empty when the value is anything else. */
export function kebabId(value: string): string {
  return ID.test(value) ? value : '';
}

export function versionText(value: string): string {
  return VERSION_CHARS.test(value) ? value : '0';
}

/** Percent-encoded UTF-8 (`%0A` for a newline): snippets decode it with `printf %b` or fish's url style. */
export function encodePath(path: string): string {
  let out = '';
  for (const ch of path) {
    if (PATH_SAFE.test(ch)) out += ch;
    // (An empty encoding name is utf8 too: an equivalent mutant.)
    else for (const byte of Buffer.from(ch, 'utf8')) out += `%${byte.toString(16).toUpperCase().padStart(2, '0')}`;
  }
  return out;
}

/** Shown text: one line, no controls, no format characters. */
export function lineText(value: string): string {
  return cleanLine(value).trim();
}

/** `key=value` lines in a fixed order; the snippets take the first occurrence of each key. */
export function keyValueLines(pairs: readonly (readonly [string, string])[]): string {
  return `${pairs.map(([k, v]) => `${k}=${v}`).join('\n')}\n`;
}
