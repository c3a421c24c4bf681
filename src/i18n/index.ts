/**
 * The page's locale and its messages. English lives at the site root, Simplified Chinese under
 * /zh-cn/ with the same slugs; a page's locale is read from its URL (server side) or from
 * <html lang> (in the browser), never guessed from content.
 */
import { LANG, LOCALES, MESSAGES, type Locale, type Messages } from './messages';

export { LANG, LOCALES, MESSAGES, type Locale, type Messages };

/** Folder of each non-root locale under content/docs, which is also its URL prefix. */
export const LOCALE_DIRS: readonly Locale[] = ['zh-cn'];

export function isLocale(x: string | undefined): x is Locale {
  return (LOCALES as readonly string[]).includes(x ?? '');
}

/** The locale of a URL path under `base`: "/course/zh-cn/system/x/" → "zh-cn". */
export function localeFromPath(pathname: string, base = '/'): Locale {
  const b = base.endsWith('/') ? base : `${base}/`;
  const rest = pathname.startsWith(b) ? pathname.slice(b.length) : pathname.replace(/^\//, '');
  const first = rest.split('/')[0];
  return LOCALE_DIRS.find((l) => l === first) ?? 'en';
}

/** The locale of an <html lang> value: "zh-CN" → "zh-cn"; anything else → "en". */
export { localeFromLang } from './client';
import { localeFromLang } from './client';

/** The locale of a file path relative to content/docs, and the path of its English source. */
export function splitLocalePath(rel: string): { locale: Locale; path: string } {
  const [first, ...rest] = rel.split('/');
  const locale = LOCALE_DIRS.find((l) => l === first);
  return locale ? { locale, path: rest.join('/') } : { locale: 'en', path: rel };
}

/** The URL path prefix of a locale: "" for English, "zh-cn/" for Chinese. */
export function localePrefix(locale: Locale): string {
  return locale === 'en' ? '' : `${locale}/`;
}

export function messages(locale: Locale): Messages {
  return MESSAGES[locale];
}

/** Numbers in the locale's format (grouping, decimal sign). */
export function formatNumber(locale: Locale, n: number, options?: Intl.NumberFormatOptions): string {
  return new Intl.NumberFormat(LANG[locale], options).format(n);
}

/** The locale of the page an Astro component renders in. */
export function pageLocale(astro: { url: URL }): Locale {
  return localeFromPath(astro.url.pathname, import.meta.env.BASE_URL);
}

/**
 * The lang attribute of a demo or simulator: its page's language, none on the English edition. A
 * Chinese page not translated yet marks its content English (Starlight's fallback), while the
 * book's widgets speak Chinese there: they say so, for screen readers and fonts.
 */
export function widgetLang(astro: { url: URL }): string | undefined {
  const locale = pageLocale(astro);
  return locale === 'en' ? undefined : LANG[locale];
}

/** In the browser: the locale of the current page and its messages. */
export function documentLocale(): Locale {
  return localeFromLang(typeof document === 'undefined' ? 'en' : document.documentElement.lang);
}
