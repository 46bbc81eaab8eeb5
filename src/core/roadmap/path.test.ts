import { describe, expect, it } from 'vitest';
import { formatPath } from './path.js';

describe('formatPath', () => {
  it('writes keys with dots and indexes in brackets, and the root by name', () => {
    expect(formatPath(['stages', 2, 'topics', 0, 'id'])).toBe('stages[2].topics[0].id');
    expect(formatPath([0, 'id'])).toBe('[0].id');
    expect(formatPath([])).toBe('(root)');
  });
});
