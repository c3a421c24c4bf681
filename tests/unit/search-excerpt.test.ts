import { describe, expect, it } from 'vitest';
import { cleanExcerpts, excerptAround, hiddenTokensStart, highlightTyped, MAX_SECTIONS } from '../../src/lib/search-excerpt';

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

describe('search excerpts on a Chinese page (Pagefind counts segmented words)', () => {
  // Pagefind's locations count segmented words (服务, 网格), not these whitespace-separated clauses.
  const zh = [
    '服务网格. 学习目标. 学完本章，你将能够说明服务网格的数据平面。',
    '14.1 网络功能如何移出应用. 两个服务直接通信，网络由操作系统处理。',
    '14.2 数据平面. 服务网格的数据平面由边车代理组成，每个服务旁边一个。',
    '服务 网格 服务网格 数据 平面.',
  ].join(' ');
  const zhWords = zh.split(/\s+/);
  const result = () => ({
    content: zh,
    word_count: zhWords.length * 3,
    excerpt: '<mark>学习目标.</mark>',
    locations: [0, 1, 2, 40],
    sub_results: [
      { url: '/zh-cn/mesh/', title: '服务网格', excerpt: '', locations: [0, 1] },
      { url: '/zh-cn/mesh/#141', title: '14.1 网络功能如何移出应用', excerpt: '', locations: [9, 12, 15] },
      { url: '/zh-cn/mesh/#142', title: '14.2 数据平面', excerpt: '', locations: [20] },
    ],
  });

  it('marks the query only, never a whole clause or a single character', () => {
    const r = cleanExcerpts(result(), '服务网格');
    expect(r.excerpt).toContain('<mark>服务网格</mark>');
    for (const m of [r.excerpt, ...r.sub_results.map((s) => s.excerpt)].join(' ').matchAll(/<mark>(.*?)<\/mark>/g)) expect(m[1]).toBe('服务网格');
    expect(r.excerpt).not.toContain('服务 网格 服务网格');
  });

  it('keeps the sections whose own text has the query, each with an excerpt from that section', () => {
    const r = cleanExcerpts(result(), '服务网格');
    expect(r.sub_results.map((s) => s.title)).toEqual(['服务网格', '14.2 数据平面']);
    expect(r.sub_results[1]!.excerpt).toContain('<mark>服务网格</mark>的数据平面由边车代理组成');
  });

  it('falls back to the query’s words of two or more characters where the page lacks the whole term', () => {
    const r = cleanExcerpts(result(), '服务编排');
    expect(r.excerpt).toContain('<mark>服务</mark>');
    expect(r.excerpt).not.toMatch(/<mark>.<\/mark>/u);
  });

  it('keeps at most three sections', () => {
    const r = result();
    r.sub_results = Array.from({ length: 5 }, () => ({ ...r.sub_results[2]! }));
    expect(cleanExcerpts(r, '服务网格').sub_results.length).toBeLessThanOrEqual(MAX_SECTIONS);
  });
});

describe('search excerpts of the Chinese glossary', () => {
  it('finds an entry whose heading has no full stop, and shows its own text', () => {
    const content = '术语表. 扩展页表 Extended Page Tables 硬件的第二级页表。 参见 影子页表。 影子页表 shadow page table 由 VMM 维护的页表（shadow paging）。 影子 页表.';
    const r = cleanExcerpts(
      {
        content,
        word_count: 200,
        excerpt: '',
        locations: [],
        sub_results: [
          { url: '/zh-cn/glossary/#ept', title: '扩展页表 Extended Page Tables', excerpt: '', locations: [] },
          { url: '/zh-cn/glossary/#spt', title: '影子页表 shadow page table', excerpt: '', locations: [] },
        ],
      },
      '影子页表',
    );
    expect(r.sub_results.map((s) => s.url)).toEqual(['/zh-cn/glossary/#ept', '/zh-cn/glossary/#spt']);
    expect(r.sub_results[1]!.excerpt).toContain('<mark>影子页表</mark> shadow page table 由 VMM 维护的页表（shadow paging）');
    // Its own text, from its heading, not the mention at the end of the entry before it.
    expect(r.sub_results[1]!.excerpt).toMatch(/^<mark>影子页表<\/mark> shadow/);
  });
});

describe('highlight parameters of a result link', () => {
  it('carry the typed Chinese term, not the single characters Pagefind split it into', () => {
    const url = '/zh-cn/mesh/?highlight=%E6%9C%8D%E5%8A%A1&highlight=%E7%BD%91&highlight=%E6%A0%BC#sidecar';
    const out = highlightTyped(url, '服务网格');
    expect(new URLSearchParams(out.slice(out.indexOf('?'), out.indexOf('#'))).getAll('highlight')).toEqual(['服务网格']);
    expect(out).toMatch(/^\/zh-cn\/mesh\/\?highlight=[^&#]+#sidecar$/);
  });

  it('leave English queries and links without highlighting as they are', () => {
    expect(highlightTyped('/x/?highlight=live&highlight=migration', 'live migration')).toBe('/x/?highlight=live&highlight=migration');
    expect(highlightTyped('/x/#a', '服务网格')).toBe('/x/#a');
  });
});
