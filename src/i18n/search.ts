/**
 * The Pagefind search interface's strings in each language of the book (Pagefind's own keys:
 * https://pagefind.app/docs/ui/#translations). Passed explicitly by Search.astro: left to itself,
 * the interface chose English on Chinese pages ("18 results for 服务网格").
 */
import type { Locale } from './client';

export type PagefindStrings = Record<string, string>;

export const PAGEFIND_STRINGS: Record<Locale, PagefindStrings> = {
  en: {
    clear_search: 'Clear',
    load_more: 'Load more results',
    search_label: 'Search this site',
    zero_results: 'No results for [SEARCH_TERM]',
    many_results: '[COUNT] results for [SEARCH_TERM]',
    one_result: '[COUNT] result for [SEARCH_TERM]',
    alt_search: 'No results for [SEARCH_TERM]. Showing results for [DIFFERENT_TERM] instead',
    search_suggestion: 'No results for [SEARCH_TERM]. Try one of the following searches:',
    searching: 'Searching for [SEARCH_TERM]…',
    results_label: 'Search results',
    error_search: 'Search failed',
    loading: 'Loading',
  },
  'zh-cn': {
    clear_search: '清除',
    load_more: '载入更多结果',
    search_label: '搜索本书',
    zero_results: '没有找到“[SEARCH_TERM]”',
    many_results: '“[SEARCH_TERM]”共有 [COUNT] 个结果',
    one_result: '“[SEARCH_TERM]”共有 [COUNT] 个结果',
    alt_search: '没有找到“[SEARCH_TERM]”，改为显示“[DIFFERENT_TERM]”的结果',
    search_suggestion: '没有找到“[SEARCH_TERM]”。可以试试下面的搜索：',
    searching: '正在搜索“[SEARCH_TERM]”……',
    results_label: '搜索结果',
    error_search: '搜索失败',
    loading: '载入中',
  },
};
