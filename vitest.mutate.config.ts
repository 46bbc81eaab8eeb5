import { defineConfig } from 'vitest/config';

// Mutants live in the TypeScript sources, so only tests that import them can kill one; the
// end-to-end tests run the built binary, which never carries a mutant.
export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/commands/**/*.test.ts', 'test/content.test.ts'],
    env: { NO_COLOR: '1' },
    testTimeout: 30_000,
  },
});
