import { describe, expect, it } from 'vitest';
import { cleanExcerpts, excerptAround, hiddenTokensStart } from '../../src/lib/search-excerpt';

const prose = 'The shadow page table 影子页表 is kept by the hypervisor for each guest page table.';
// Pagefind ends each block of text with a full stop.
const tokens = '影子 影子页 页表 第一 第一类 第一类虚拟.';
const content = `${prose} ${tokens}`;
const words = content.split(/\s+/);
const at = (w: string) => words.indexOf(w);

describe('search excerpts', () => {
  it('finds the hidden block of Chinese sub-words at the end of the content', () => {
    expect(hiddenTokensStart(words)).toBe(prose.split(' ').length);
    expect(hiddenTokensStart(prose.split(' '))).toBe(prose.split(' ').length);
  });

  it('marks prose matches and never shows the hidden block', () => {
    const r = cleanExcerpts({ content, excerpt: tokens, locations: [at('hypervisor'), words.lastIndexOf('页表')], sub_results: [] }, 'hypervisor');
    expect(r.excerpt).toContain('<mark>hypervisor</mark>');
    expect(r.excerpt).not.toMatch(/第一类/);
  });

  it('falls back to the prose word that contains the term (页表 inside 影子页表)', () => {
    const r = cleanExcerpts({ content, excerpt: tokens, locations: [words.lastIndexOf('页表')], sub_results: [{ url: '/x/#references', title: 'References', excerpt: tokens, locations: [words.lastIndexOf('页表')] }] }, '页表');
    expect(r.excerpt).toContain('<mark>影子页表</mark>');
    expect(r.sub_results).toHaveLength(1);
    expect(r.sub_results[0]!.excerpt).not.toMatch(/第一/);
  });

  it('drops a section matched only in the hidden block when another section matches in prose', () => {
    const r = cleanExcerpts(
      { content, excerpt: '', locations: [at('hypervisor'), words.length - 1], sub_results: [{ url: '#a', title: 'A', excerpt: '', locations: [at('hypervisor')] }, { url: '#refs', title: 'References', excerpt: '', locations: [words.length - 1] }] },
      'hypervisor',
    );
    expect(r.sub_results.map((s) => s.url)).toEqual(['#a']);
  });

  it('escapes markup in the prose', () => {
    expect(excerptAround(['a', '<Term>', 'b'], [1])).toBe('a <mark>&lt;Term&gt;</mark> b');
  });
});
