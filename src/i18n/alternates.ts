/**
 * `<link rel="alternate" hreflang>` for a page's editions. Starlight adds these only when `site` is
 * set (it needs an absolute canonical URL); a local or fork build without BOOK_SITE gets them here,
 * root-relative, so every page names its other edition either way.
 */
import { pageHref } from '../lib/book-order';
import { LANG, LOCALES, type Locale } from './messages';

interface HeadEntry {
  tag: string;
  attrs?: Record<string, string | boolean | undefined>;
  content?: string;
}

/** The English id of a page id in any locale: "zh-cn/system/x" → "system/x", "zh-cn" → "index". */
export function englishId(id: string): string {
  const stripped = id.replace(/^zh-cn(\/|$)/, '');
  return stripped === '' ? 'index' : stripped;
}

export function editionHref(id: string, locale: Locale, base: string): string {
  const en = englishId(id);
  return pageHref(locale === 'en' ? en : en === 'index' ? locale : `${locale}/${en}`, base);
}

/** Adds the alternates unless Starlight already did. */
export function addAlternates(head: HeadEntry[], id: string, base: string): void {
  if (head.some((e) => e.tag === 'link' && e.attrs?.hreflang)) return;
  // The 404 page is served for any missing address; it has no editions to name.
  if (id === '404' || id.endsWith('/404')) return;
  for (const locale of LOCALES) {
    head.push({ tag: 'link', attrs: { rel: 'alternate', hreflang: LANG[locale], href: editionHref(id, locale, base) } });
  }
  head.push({ tag: 'link', attrs: { rel: 'alternate', hreflang: 'x-default', href: editionHref(id, 'en', base) } });
}
