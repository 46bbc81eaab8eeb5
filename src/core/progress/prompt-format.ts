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
}

export const DEFAULT_PROMPT_FORMAT = 'ml {percent}%';

/**
 * Fills a template such as `{percent}% {stage}/{topic}`. The default also shows due reviews,
 * but only when there are some, so the line stays short.
 */
export function formatPromptLine(template: string | undefined, f: PromptFields): string {
  const values: Record<string, string | number> = { ...f, bar: bar(f.percent, 8) };
  let line = (template || DEFAULT_PROMPT_FORMAT).replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.hasOwn(values, name) ? String(values[name]) : whole,
  );
  if (!template && f.due > 0) line += ` ↻${f.due}`;
  // One line, and nothing a terminal would act on.
  return line.replace(/[\u0000-\u001f\u007f-\u009f]+/g, ' ').trim();
}
