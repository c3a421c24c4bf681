/** What a browser script needs: the catalogue and the page's locale from <html lang> (no Astro APIs). */
export { MESSAGES, type Locale, type Messages } from './messages';
import type { Locale } from './messages';

export function localeFromLang(lang: string | null | undefined): Locale {
  return (lang ?? '').toLowerCase().startsWith('zh') ? 'zh-cn' : 'en';
}
