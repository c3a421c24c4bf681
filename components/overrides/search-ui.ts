/**
 * The Pagefind search interface, mounted the first time the reader shows intent to search. Kept
 * out of Search.astro's script so that a page that is only read loads none of this.
 */
// @ts-expect-error — Missing types for @pagefind/default-ui package.
import { PagefindUI } from '@pagefind/default-ui';
import { pagefindUserConfig } from 'virtual:starlight/pagefind-config';
import { cleanExcerpts, highlightTyped, type PagefindLikeResult } from '../../src/lib/search-excerpt';

/** The metadata fields Pagefind's interface uses for a result's title, link and image. */
const SHOWN_META = new Set(['title', 'url', 'image', 'image_alt']);

export function mountSearchUI(element: string, translations: { placeholder?: string }, stripTrailingSlash: boolean) {
  const strip = (path: string) => path.replace(/(.)\/(#.*)?$/, '$1$2');
  const formatURL = stripTrailingSlash ? strip : (path: string) => path;
  new PagefindUI({
    ...pagefindUserConfig,
    element,
    baseUrl: import.meta.env.BASE_URL,
    bundlePath: import.meta.env.BASE_URL.replace(/\/$/, '') + '/pagefind/',
    showImages: false,
    translations,
    showSubResults: true,
    highlightParam: 'highlight',
    processResult: (result: PagefindLikeResult & { url: string; meta?: Record<string, string> }) => {
      // Metadata is for ranking (the "defines" list of src/lib/remark-book.ts): the interface
      // would show every field but these as a box of run-together words under the result.
      if (result.meta) for (const key of Object.keys(result.meta)) if (!SHOWN_META.has(key)) delete result.meta[key];
      // Excerpts from the prose, never from the hidden Chinese sub-words (see search-excerpt.ts).
      const query = document.querySelector<HTMLInputElement>(`${element} .pagefind-ui__search-input`)?.value ?? '';
      if (typeof result.content === 'string') cleanExcerpts(result, query);
      result.url = highlightTyped(formatURL(result.url), query);
      result.sub_results = result.sub_results.map((sub_result) => {
        sub_result.url = highlightTyped(formatURL(sub_result.url), query);
        return sub_result;
      });
    },
  });
  // Pagefind's input is named only by its title attribute (axe: label-title-only): give it a label.
  const root = document.querySelector(element);
  // Starlight's label in the page's language (Search.astro passes it as the placeholder; the
  // search button shows the same words), never an English word on a Chinese page.
  const name = translations.placeholder ?? document.querySelector('site-search .bk-search-label')?.textContent?.trim() ?? '';
  const label = () => {
    const input = root?.querySelector<HTMLInputElement>('.pagefind-ui__search-input');
    if (input && name && !input.hasAttribute('aria-label')) input.setAttribute('aria-label', name);
    return input !== null && input !== undefined;
  };
  if (root && !label()) {
    const watcher = new MutationObserver(() => label() && watcher.disconnect());
    watcher.observe(root, { childList: true, subtree: true });
  }
}
