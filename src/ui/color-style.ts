import { Chalk } from 'chalk';
import type { Style } from './style.js';

/** Basic colours (level 1): what every colour terminal shows, and what mlroad's output is checked with. */
export function colorStyle(): Style {
  return new Chalk({ level: 1 });
}
