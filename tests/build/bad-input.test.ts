/**
 * What the build says about bad input: one build reports every author mistake, each as
 * file:line:col: message with the likely intended key, and stops before Astro starts (no Vite stack
 * trace, no "0:0" location). The check's rules one by one are unit-tested (tests/unit/book-check.test.ts);
 * this builds a real copy of the site once to see the whole path.
 */
import { describe, expect, it } from 'vitest';
import { buildFixture, MINIMAL_HOME } from '../helpers/fixture-site';

describe('the build rejects bad input', () => {
  it('reports a misspelt and a wrongly typed frontmatter field, a relative link and an unknown key together', { timeout: 300_000 }, () => {
    const r = buildFixture({
      'index.mdx': MINIMAL_HOME,
      'preface.mdx': '---\ntitle: Preface\ndescription: A page with several mistakes for the build to report.\nsidebar: 3\ndescripton: Misspelt.\n---\n\nFirst line.\n\nSee [the glossary](../glossary/).\n\nAs <Cite key="popek1947" /> said.\n',
    });
    expect(r.ok).toBe(false);
    const problems = r.output.split('\n').filter((l) => l.startsWith('content/docs/'));
    expect(problems).toEqual([
      expect.stringMatching(/^content\/docs\/preface\.mdx:4:1: frontmatter: sidebar: .*object.*number/i),
      'content/docs/preface.mdx:5:1: frontmatter: Unrecognized key: "descripton" (did you mean "description"?)',
      expect.stringMatching(/^content\/docs\/preface\.mdx:10:5: relative link "\.\.\/glossary\/"/),
      expect.stringMatching(/^content\/docs\/preface\.mdx:12:4: <Cite key="popek1947">: no reference has this key \(did you mean "popek1974"\?\)/),
    ]);
    expect(r.output).toMatch(/4 problems in 1 file/);
    expect(r.output).not.toMatch(/:0:0|^\s+at /m);
  });
});
