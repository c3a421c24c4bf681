import type { Heading, Table } from 'mdast';
import { visit } from 'unist-util-visit';
import { describe, expect, it } from 'vitest';
import { blankFrontmatter, parseMdx } from '../../src/lib/mdx-parse';

const FM = '---\ntitle: A {braced} <title>\ndescription: Front matter.\n---\n';

describe('blankFrontmatter', () => {
  it('turns the front matter into spaces, keeping every line, column and offset', () => {
    const text = `${FM}\n# Heading\n`;
    const blank = blankFrontmatter(text);
    expect(blank).toHaveLength(text.length);
    expect(blank.split('\n').map((l) => l.length)).toEqual(text.split('\n').map((l) => l.length));
    expect(blank.slice(0, FM.length).trim()).toBe('');
    expect(blank.slice(FM.length)).toBe('\n# Heading\n');
  });

  it('handles CRLF files and leaves files without front matter, or with a later ---, alone', () => {
    expect(blankFrontmatter('---\r\ntitle: x\r\n---\r\nBody')).toBe('   \r\n        \r\n   \r\nBody');
    expect(blankFrontmatter('# No front matter\n\n---\n\nBelow a rule.\n')).toBe('# No front matter\n\n---\n\nBelow a rule.\n');
  });
});

describe('parseMdx', () => {
  it('does not read front matter as Markdown or MDX, and keeps line numbers true', () => {
    const tree = parseMdx(`${FM}\n## Section\n`);
    const headings: Heading[] = [];
    visit(tree, 'heading', (h: Heading) => void headings.push(h));
    expect(headings).toHaveLength(1);
    expect(headings[0]!.position?.start).toMatchObject({ line: 6, column: 1, offset: FM.length + 1 });
    expect(tree.children.some((n) => n.type === 'thematicBreak')).toBe(false);
  });

  it('reads GitHub-flavoured tables, and MDX only where the page is MDX', () => {
    const tables: Table[] = [];
    visit(parseMdx('| a | b |\n| - | - |\n| 1 | 2 |\n'), 'table', (t: Table) => void tables.push(t));
    expect(tables).toHaveLength(1);
    expect(() => parseMdx('# B {x\n')).toThrow();
    expect(() => parseMdx('# B {x\n', false)).not.toThrow();
    const jsx = parseMdx('<Figure id="fig:a">\n\nText.\n\n</Figure>\n').children[0]!;
    expect(jsx.type).toBe('mdxJsxFlowElement');
  });
});
