import { describe, expect, it } from 'vitest';
import { formatPromptLine, type PromptFields } from './prompt-format.js';

const fields: PromptFields = { percent: 50, done: 2, total: 4, stage: 's1', topic: 't1', due: 0, roadmap: 'mine', bundled: true };

describe('formatPromptLine', () => {
  it('uses the default line, with due reviews only when there are some', () => {
    expect(formatPromptLine(undefined, fields)).toBe('ml 50%');
    expect(formatPromptLine('', { ...fields, due: 3 })).toBe('ml 50% ↻3');
    expect(formatPromptLine(undefined, { ...fields, bundled: false })).toBe('ml mine 50%');
  });

  it('fills every field of a template, shows no due count, and leaves unknown names alone', () => {
    expect(formatPromptLine('{percent} {done}/{total} {stage}/{topic} {due} {roadmap} {bar} {nope} {bundled}', { ...fields, due: 2 })).toBe(
      '50 2/4 s1/t1 2 mine ████░░░░ {nope} {bundled}',
    );
    expect(formatPromptLine('{toString}', fields)).toBe('{toString}');
  });

  it('keeps one line, free of control and invisible characters, trimmed', () => {
    expect(formatPromptLine('  a\n\u001b[31mb\u0085c\u200bd\u00ade\ufeff  ', fields)).toBe('a [31mb cde');
    expect(formatPromptLine('x{topic}y', { ...fields, topic: '\u202eevil\u0007' })).toBe('xevil y');
  });
});
