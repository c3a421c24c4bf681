import { defineConfig } from 'vitest/config';
import { BaseSequencer, type TestSpecification } from 'vitest/node';

/**
 * The longest files first, so that neither of the two workers is left running one alone at the
 * end (a clean clone has no timings cached, and Vitest then orders files by size): the
 * accessibility gate takes about a third of the run by itself.
 */
const LONGEST = ['tests/browser/accessibility.test.ts', 'tests/browser/demos.test.ts', 'tests/browser/student-view.test.ts', 'tests/browser/diagram-fit.test.ts'];
class LongestFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const rank = (f: TestSpecification) => {
      const i = LONGEST.findIndex((name) => f.moduleId.endsWith(name));
      return i === -1 ? LONGEST.length : i;
    };
    return (await super.sort(files)).sort((a, b) => rank(a) - rank(b));
  }
}

export default defineConfig({
  test: {
    sequence: { sequencer: LongestFirst },
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
