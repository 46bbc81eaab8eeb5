import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type Markup, wrap } from './wrap.js';

const tags: Markup = { bold: (s) => `<b>${s}</b>`, code: (s) => `<c>${s}</c>` };

describe('wrap: code and light Markdown', () => {
  it('keeps fenced code verbatim and unwrapped, and drops the fences', () => {
    const text = 'Look:\n```\ndef f(x):\n    return x * 2  # a long comment that goes well past the width\n```\nThen answer.';
    expect(wrap(text, 20, '  ')).toEqual([
      '  Look:',
      '',
      '  def f(x):',
      '      return x * 2  # a long comment that goes well past the width',
      '',
      '  Then answer.',
    ]);
  });

  it('keeps blank lines inside a fence, and paragraph breaks outside it', () => {
    expect(wrap('a\nb\n\nc\n```\nx\n\ny\n```', 80)).toEqual(['a b', '', 'c', '', 'x', '', 'y']);
  });

  it('styles `code` and **bold** when given markup, and strips the markers otherwise', () => {
    expect(wrap('Use `df.head()` to **look** first.', 80, '', '', tags)).toEqual(['Use <c>df.head()</c> to <b>look</b> first.']);
    expect(wrap('Use `df.head()` to **look** first.', 80)).toEqual(['Use df.head() to look first.']);
  });

  it('measures styled words by their text, not their escape codes', () => {
    expect(wrap('**aaaa** bbbb', 9, '', '', tags)).toEqual(['<b>aaaa</b> bbbb']);
  });

  it('leaves Python powers and **kwargs alone', () => {
    expect(wrap('2**3 and x**2**y; def f(**kwargs)', 80, '', '', tags)).toEqual(['2**3 and x**2**y; def f(**kwargs)']);
  });
});

describe('wrap: commands in hints', () => {
  it('keeps an option with its value, and mlroad with its command, on one line', () => {
    expect(wrap('run it with --seed 42 today', 14)).toEqual(['run it with', '--seed 42', 'today']);
    expect(wrap('then type mlroad next to go on', 14)).toEqual(['then type', 'mlroad next to', 'go on']);
    expect(wrap('a flag --x -y stays apart', 9)).toEqual(['a flag', '--x', '-y stays', 'apart']);
  });

  it('joins them within a line of the source only, not across its line breaks', () => {
    expect(wrap('use --seed\n42 later', 8)).toEqual(['use', '--seed', '42 later']);
    expect(wrap('use --seed 42 later', 8)).toEqual(['use', '--seed 42', 'later']);
  });
});

describe('wrap, on any plain prose', () => {
  // (No leading '-': an option and its value are kept together on purpose.)
  it('keeps every word in order, and fills each line up to the width', () => {
    const word = fc.string({ unit: fc.constantFrom('a', 'é', 'Z', '9', '.', '😀', 'ñ'), minLength: 1, maxLength: 12 });
    const space = fc.constantFrom(' ', '  ', '\u00a0', '\n');
    fc.assert(
      fc.property(fc.array(fc.tuple(word, space), { minLength: 1, maxLength: 40 }), fc.integer({ min: 10, max: 60 }), (parts, width) => {
        const text = parts.map(([w, s]) => w + s).join('');
        const lines = wrap(text, width);
        const words = text.split(/\s+/).filter(Boolean);
        expect(lines.join(' ').split(/\s+/).filter(Boolean)).toEqual(words);
        const size = (s: string) => Array.from(s).length;
        for (const [i, line] of lines.entries()) {
          if (size(line) > width) expect(line.split(' ')).toHaveLength(1); // only a word longer than the line
          const next = lines[i + 1]?.split(' ')[0];
          if (next !== undefined && lines[i + 1] !== '') expect(size(line) + 1 + size(next)).toBeGreaterThan(width);
        }
      }),
      { numRuns: 300 },
    );
  });
});
