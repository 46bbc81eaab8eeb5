import { defineConfig } from 'vitest/config';

const shared = {
  // End-to-end tests spawn the built binary; two cores run them best a few at a time.
  testTimeout: 30_000,
  hookTimeout: 30_000,
  env: { NO_COLOR: '1' },
};

export default defineConfig({
  test: {
    maxWorkers: 2,
    // CI also keeps a machine-readable report, from which .ci/run prints its closing line.
    reporters: process.env.CI ? ['default', ['json', { outputFile: '.ci/test-report.json' }]] : ['default'],
    projects: [
      { test: { ...shared, name: 'default', include: ['src/**/*.test.ts', 'test/**/*.test.ts'], exclude: ['test/exercises/**', '**/node_modules/**'] } },
      // Every bundled exercise's starter fails and its solution passes: slower, timed apart.
      { test: { ...shared, name: 'exercises', include: ['test/exercises/**/*.test.ts'], testTimeout: 120_000 } },
    ],
  },
});
