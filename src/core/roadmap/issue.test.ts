import { describe, expect, it, vi } from 'vitest';

describe('coded', () => {
  it('marks a code with @, so the parser can tell it from zod’s own words', async () => {
    // A fresh load inside the test: the mark is set when the module loads, and Stryker switches
    // a mutant on only once a test has started.
    vi.resetModules();
    const { CODE_MARK, coded } = await import('./issue.js');
    expect(CODE_MARK).toBe('@');
    expect(coded('idFormat')).toBe('@idFormat');
  });
});
