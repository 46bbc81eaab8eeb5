import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // End-to-end tests spawn the built binary; two cores run them best a few at a time.
    maxWorkers: 2,
    // Deadlines only against a hang; a loaded 2-core machine is slow, and timings belong to the bench.
    testTimeout: 120_000,
    hookTimeout: 120_000,
    env: { NO_COLOR: '1' },
    // CI also keeps a machine-readable report, from which .ci/run prints its closing line.
    reporters: process.env.CI ? ['default', ['json', { outputFile: '.ci/test-report.json' }]] : ['default'],
    projects: [
      { extends: true, test: { name: 'default', include: ['src/**/*.test.ts', 'test/**/*.test.ts'], exclude: ['test/browser/**', '**/node_modules/**'] } },
      // A real headless Chromium looks at the shared page and card; it starts slowly, so one file at a time.
      { extends: true, test: { name: 'browser', include: ['test/browser/**/*.test.ts'], maxWorkers: 1, testTimeout: 60_000, hookTimeout: 60_000 } },
    ],
  },
});
