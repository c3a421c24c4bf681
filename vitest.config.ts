import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: [
      {
        test: { name: 'unit', include: ['tests/unit/**/*.test.ts'] },
      },
      {
        // Build tests and browser tests share one build of the site under a non-root base, made
        // once per run by the global setup, which also serves it for the browser tests.
        test: {
          name: 'site',
          include: ['tests/build/**/*.test.ts', 'tests/browser/**/*.test.ts'],
          globalSetup: ['tests/helpers/site-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          // A page waited on with expect.poll (a status line, a terminal's screen-reader view) can
          // take more than the default second on a busy 2-core machine: a CI run failed so.
          expect: { poll: { timeout: 15_000 } },
          // Two files at a time, all on the one browser the global setup starts; inside a file,
          // concurrent tests (the accessibility pages) run three at a time.
          maxWorkers: 2,
          maxConcurrency: 3,
        },
      },
    ],
  },
});
