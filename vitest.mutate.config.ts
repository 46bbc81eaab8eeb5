import { defineConfig } from 'vitest/config';

// Mutants live in the TypeScript sources, so only tests that import them can kill one; the
// end-to-end tests run the built binary, which never carries a mutant. The command tests
// cover most of the store through whole commands, at ~30 s a mutant on 2 cores: the unit
// tests beside the code are the ones asked.
export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/content.test.ts'],
    exclude: ['src/**/*.fuzz.test.ts'],
    env: { NO_COLOR: '1' },
    testTimeout: 30_000,
  },
});
