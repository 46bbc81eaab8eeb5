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
