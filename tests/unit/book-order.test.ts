import { describe, expect, it } from 'vitest';
import { buildBook, idFromPath, localePageHref, pageHref, sidebarFor } from '../../src/lib/book-order';

const files = [
  { path: 'index.mdx', title: 'Home' },
  { path: 'glossary.mdx', title: 'Glossary' },
  { path: 'preface.mdx', title: 'Preface' },
  { path: 'system/02-memory.mdx', title: 'Memory' },
  { path: 'system/01-cpu.mdx', title: 'CPU' },
  { path: 'foundations/02-history.mdx', title: 'History' },
  { path: 'foundations/01-intro.mdx', title: 'Intro' },
  { path: 'cloud-native/01-serverless.mdx', title: 'Serverless' },
];

describe('idFromPath', () => {
  it('drops the extension and the ordering prefix of every segment', () => {
    expect(idFromPath('system/01-cpu-virtualization.mdx')).toBe('system/cpu-virtualization');
    expect(idFromPath('index.mdx')).toBe('index');
    expect(idFromPath('preface.md')).toBe('preface');
  });
});

describe('buildBook', () => {
  it('numbers chapters by part order, then by file prefix', () => {
    const book = buildBook(files);
    expect(book.chapters.map((c) => [c.chapter, c.slug])).toEqual([
      [1, 'intro'],
      [2, 'history'],
      [3, 'cpu'],
      [4, 'memory'],
      [5, 'serverless'],
    ]);
  });

  it('puts front matter first and back matter last, unnumbered', () => {
    const book = buildBook(files);
    expect(book.pages.map((p) => p.id)).toEqual([
      'index',
      'preface',
      'foundations/intro',
      'foundations/history',
      'system/cpu',
      'system/memory',
      'cloud-native/serverless',
      'glossary',
    ]);
    expect(book.byId.get('preface')?.chapter).toBeUndefined();
  });

  it('renumbers when a chapter moves to another part', () => {
    const moved = files.map((f) => (f.path === 'cloud-native/01-serverless.mdx' ? { ...f, path: 'foundations/00-serverless.mdx' } : f));
    expect(buildBook(moved).bySlug.get('serverless')?.chapter).toBe(1);
    expect(buildBook(moved).bySlug.get('cpu')?.chapter).toBe(4);
  });

  it('rejects a stray root page, naming it and where pages may go', () => {
    expect(() => buildBook([...files, { path: 'notes.mdx', title: 'x' }])).toThrow(/content\/docs\/notes\.mdx: a page at the root must be front matter/);
  });

  it('rejects a chapter outside a part folder or without an order prefix', () => {
    expect(() => buildBook([{ path: 'misc/01-x.mdx', title: 'x' }])).toThrow(/content\/docs\/misc\/01-x\.mdx: not in a part folder/);
    expect(() => buildBook([{ path: 'system/cpu.mdx', title: 'x' }])).toThrow(/must be named NN-slug\.mdx/);
  });

  it('rejects two chapters with one slug or one prefix', () => {
    expect(() => buildBook([{ path: 'system/01-a.mdx', title: 'a' }, { path: 'foundations/01-a.mdx', title: 'b' }])).toThrow(/slug "a" is also used/);
    expect(() => buildBook([{ path: 'system/01-a.mdx', title: 'a' }, { path: 'system/01-b.mdx', title: 'b' }])).toThrow(/same order prefix 01/);
  });
});

describe('sidebarFor', () => {
  it('groups chapters by part with their numbers, between front and back matter', () => {
    const sidebar = sidebarFor(buildBook(files));
    expect(sidebar[0]).toMatchObject({ label: 'Home', slug: 'index' });
    expect(sidebar[1]).toMatchObject({ label: 'Preface', slug: 'preface' });
    expect(sidebar[2]).toMatchObject({
      label: 'Part I: Foundations',
      items: [
        { label: '1. Intro', slug: 'foundations/intro' },
        { label: '2. History', slug: 'foundations/history' },
      ],
    });
    expect(sidebar.at(-1)).toMatchObject({ label: 'Back matter', items: [{ label: 'Glossary', slug: 'glossary' }] });
    // Part III has no chapters yet, so it has no group.
    expect(sidebar.map((s) => s.label)).not.toContain('Part III: OS-level and lightweight virtualization');
  });

  it('translates every label for zh-CN, with translated titles where a page is translated', () => {
    const sidebar = sidebarFor(buildBook(files), { 'zh-cn': new Map([['foundations/01-intro.mdx', '引言']]) });
    expect(sidebar[0]!.translations).toEqual({ 'zh-CN': '首页' });
    expect(sidebar[1]!.translations).toEqual({ 'zh-CN': 'Preface' });
    const part = sidebar[2] as { translations?: Record<string, string>; items: { translations?: Record<string, string> }[] };
    expect(part.translations).toEqual({ 'zh-CN': '第一部分 基础' });
    expect(part.items.map((i) => i.translations?.['zh-CN'])).toEqual(['第 1 章 引言', '第 2 章 History']);
    expect(sidebar.at(-1)!.translations).toEqual({ 'zh-CN': '附录' });
  });
});

describe('localePageHref', () => {
  it('puts English at the root and Chinese under /zh-cn/ with the same slug', () => {
    expect(localePageHref('index', '/course/', 'en')).toBe('/course/');
    expect(localePageHref('index', '/course/', 'zh-cn')).toBe('/course/zh-cn/');
    expect(localePageHref('system/cpu', '/', 'zh-cn')).toBe('/zh-cn/system/cpu/');
  });
});

describe('pageHref', () => {
  it('puts a page under the base', () => {
    expect(pageHref('index', '/course/')).toBe('/course/');
    expect(pageHref('system/cpu', '/course')).toBe('/course/system/cpu/');
    expect(pageHref('preface', '/')).toBe('/preface/');
  });
});
