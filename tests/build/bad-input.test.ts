/** What the build says about bad input: it must fail and name the file and the problem. */
import { describe, expect, it } from 'vitest';
import { buildFixture, MINIMAL_HOME } from '../helpers/fixture-site';

describe('the build rejects bad input', () => {
  it('fails on a misspelt frontmatter field, naming the file and the field', () => {
    const r = buildFixture({
      'index.mdx': MINIMAL_HOME,
      'preface.mdx': '---\ntitle: Preface\ndescripton: Misspelt field name in the frontmatter.\n---\n\nText.\n',
    });
    expect(r.ok).toBe(false);
    expect(r.output).toContain('preface.mdx');
    expect(r.output).toMatch(/Unrecognized key: "descripton"/);
  });

  it('fails on a wrongly typed frontmatter field, naming the file and the field', () => {
    const r = buildFixture({
      'index.mdx': MINIMAL_HOME,
      'preface.mdx': '---\ntitle: Preface\ndescription: A page whose sidebar field has the wrong type.\nsidebar: 3\n---\n\nText.\n',
    });
    expect(r.ok).toBe(false);
    expect(r.output).toContain('preface.mdx');
    expect(r.output).toMatch(/sidebar: Expected type .*object.*, received .*number/);
  });

  it('fails on an internal link that would break under the base path, naming file and line', () => {
    const r = buildFixture({
      'index.mdx': MINIMAL_HOME,
      'preface.mdx': '---\ntitle: Preface\ndescription: A page with a relative link in its body text.\n---\n\nFirst line.\n\nSee [the glossary](../glossary/).\n',
    });
    expect(r.ok).toBe(false);
    expect(r.output).toMatch(/content\/docs\/preface\.mdx:8:\d+: relative link "\.\.\/glossary\/"/);
  });

  it('fails on a stray page outside the book’s structure', () => {
    const r = buildFixture({ 'index.mdx': MINIMAL_HOME, 'notes.mdx': MINIMAL_HOME });
    expect(r.ok).toBe(false);
    expect(r.output).toMatch(/content\/docs\/notes\.mdx: a page at the root must be front matter/);
  });
});
