import { stripControls } from '../core/text.js';

// A check's output is untrusted: the one place it is made safe to print. Newlines and tabs
// stay; every other control character and escape sequence goes.

export function cleanOutput(raw: string): string {
  return stripControls(raw.replace(/\r\n/g, '\n'));
}
