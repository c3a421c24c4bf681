/**
 * A cross-reference to a figure or table previews that figure: its label and its caption, never
 * its chapter's title (a student hovering "Figure 10.1" expects to see Figure 10.1).
 */
import { parse } from 'node-html-parser';
import { describe, expect, inject, it } from 'vitest';
import { htmlFiles, readPage } from '../helpers/dist';

const dist = inject('distDir');

describe('previews of figure and table references', () => {
  it('show the figure’s label and caption, not the chapter title', () => {
    const problems: string[] = [];
    let checked = 0;
    const pages = htmlFiles(dist).map((f) => ({ file: f, root: parse(readPage(dist, f)) }));
    for (const { file, root } of pages) {
      for (const ref of root.querySelectorAll('.bk-ref')) {
        const label = ref.querySelector('a')?.text.trim() ?? '';
        if (!/^(Figure|Table) \d/.test(label)) continue;
        checked += 1;
        const head = ref.querySelector('.bk-pop__card strong')?.text.trim() ?? '';
        if (head !== label) problems.push(`${file}: preview of ${label} is headed “${head}”`);
        if (!ref.querySelector('.bk-pop__entry')?.text.trim()) problems.push(`${file}: preview of ${label} has no caption`);
      }
    }
    expect(checked, 'figure and table references in the book').toBeGreaterThan(0);
    expect(problems).toEqual([]);
  });
});
