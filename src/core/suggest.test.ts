import { describe, expect, it } from 'vitest';
import { editDistance, suggest } from './suggest.js';

describe('editDistance', () => {
  it('counts insertions, deletions and substitutions', () => {
    expect(editDistance('', '')).toBe(0);
    expect(editDistance('abc', 'abc')).toBe(0);
    expect(editDistance('', 'abc')).toBe(3);
    expect(editDistance('abc', '')).toBe(3);
    expect(editDistance('status', 'stauts')).toBe(2);
    expect(editDistance('kitten', 'sitting')).toBe(3);
    expect(editDistance('flaw', 'lawn')).toBe(2);
  });
});

describe('suggest', () => {
  const commands = ['status', 'stats', 'start', 'next', 'list', 'show', 'quiz', 'quizzes'];
  it('puts substrings first, then the closest, case-insensitively, up to the limit', () => {
    expect(suggest('stauts', commands)).toEqual(['stats', 'start', 'status']);
    expect(suggest('QUIZ', commands)).toEqual(['quiz', 'quizzes']);
    expect(suggest('quizz', commands, 1)).toEqual(['quiz']); // both contain or are contained: ties go alphabetically
    expect(suggest('nxt', commands)).toEqual(['next']);
  });

  it('offers nothing that is too far off, and a short guess must be inside a name to count', () => {
    expect(suggest('zzzzzz', commands)).toEqual([]);
    expect(suggest('xyz', ['python', 'math'])).toEqual([]);
    // "python-basics" contains "python"; a needle of 3+ letters also matches a name inside it
    expect(suggest('python-basics', ['python', 'pandas'])).toEqual(['python']);
    expect(suggest('py', ['python-long-name'])).toEqual(['python-long-name']);
  });
});

describe('suggest, the three-letter rule', () => {
  it('a guess of exactly three letters counts a name inside it as a substring match', () => {
    expect(suggest('abc', ['a', 'abx'])).toEqual(['a', 'abx']);
  });

  it('a guess of two letters does not: a name inside it ranks by edit distance', () => {
    expect(suggest('ab', ['b', 'aa'])).toEqual(['aa', 'b']);
  });
});
