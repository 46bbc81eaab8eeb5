import { bar } from '../bar.js';

// Imported by the prompt fast path: keep it free of anything but plain string work.

/** The values a prompt template may show. */
export interface PromptFields {
  percent: number;
  done: number;
  total: number;
  stage: string;
  topic: string;
  due: number;
  /** The roadmap's id, for `{roadmap}`. */
  roadmap: string;
  /** Whether it is the roadmap that ships with mlroad; the default line names any other. */
  bundled: boolean;
}

export const DEFAULT_PROMPT_FORMAT = 'ml {percent}%';
export const DEFAULT_NAMED_FORMAT = 'ml {roadmap} {percent}%';

/**
 * Fills a template such as `{percent}% {stage}/{topic}`. The default also shows due reviews,
 * but only when there are some, so the line stays short.
 */
export function formatPromptLine(template: string | undefined, f: PromptFields): string {
  const { bundled, ...shown } = f;
  const values: Record<string, string | number> = { ...shown, bar: bar(f.percent, 8) };
  const fallback = bundled === false ? DEFAULT_NAMED_FORMAT : DEFAULT_PROMPT_FORMAT;
  let line = (template || fallback).replace(/\{(\w+)\}/g, (whole, name: string) => (Object.hasOwn(values, name) ? String(values[name]) : whole));
  if (!template && f.due > 0) line += ` ↻${f.due}`;
  // One line, and nothing a terminal would act on or that hides text.
  return line
    .replace(/[\u0000-\u001f\u007f-\u009f]+/g, ' ')
    .replace(/[\u00ad\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u206f\ufeff]/g, '')
    .trim();
}
