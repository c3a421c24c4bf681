/**
 * A quiet build (issue #16): the build prints no warning and no error the project could fix, so
 * that a real one stands out. An upstream warning that cannot be fixed here is filtered where it is
 * printed, with a comment naming its upstream issue, not accepted here. (Five Vite warnings about
 * v86's Node-only modules and a chunk-size warning crept in unnoticed with the lab machine before
 * this test existed.)
 */
import { describe, expect, inject, it } from 'vitest';

const output = inject('buildOutput');

describe('the build output', () => {
  it('has no warning or error, and says it completed', () => {
    // null only when BOOK_TEST_DIST reuses a build made elsewhere (see README); CI always builds.
    if (output === null) {
      expect(process.env.BOOK_TEST_DIST, 'the build output is missing although this run built the site').toBeTruthy();
      return;
    }
    const lines = output.split('\n');
    expect(lines.filter((l) => /\[(?:WARN|ERROR)\]|\bwarning\b|\(!\)/i.test(l))).toEqual([]);
    expect(output).toMatch(/\[build\] Complete!/);
  });
});
