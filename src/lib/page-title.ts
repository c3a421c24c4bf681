/** The longest <title> search results show in full (html-validate's long-title rule uses it too). */
export const MAX_TITLE = 70;

/** "Page | Site" when it fits in MAX_TITLE characters, else the page's own title. */
export function shortTitle(full: string, pageTitle: string): string {
  if (full.length <= MAX_TITLE) return full;
  return full.startsWith(pageTitle) ? pageTitle : full;
}
