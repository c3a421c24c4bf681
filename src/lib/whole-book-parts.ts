/**
 * The whole book on one page is 3 MB of HTML (625 KB gzipped): on a phone's network that alone
 * kept Lighthouse's performance score near 25. So the page ships its contents and its first
 * chapter, and every other chapter (and the appendix of answers) as a separate file beside it,
 * `parts/<n>.htm`, which the page loads as the reader approaches it (components/book/whole-book-loader.ts).
 * Without JavaScript each waiting chapter links to its own page.
 *
 * The parts end in .htm, not .html, because they are fragments, not pages: the search index,
 * the HTML validator and the page tests look only at .html files.
 *
 * `inlineParts` puts them back: the PDF (src/scripts/make-pdf.ts) and the build tests read the
 * whole book as one document, exactly as it was before it was split.
 */
import { parse, type HTMLElement } from 'node-html-parser';
import { BOOK_DIV } from './whole-book.ts';
import type { Messages } from '../i18n/messages.ts';

export const PARTS_DIR = 'parts';

export interface PartWords {
  /** On the button that loads every waiting chapter now (for printing or searching the page). */
  loadAll: string;
  /** In a waiting chapter, before the link to its own page. */
  pending: string;
  /** The link to the chapter's own page. */
  readAlone: string;
  /** Status while chapters load, with "{done}" and "{total}" for the browser to fill. */
  loading: string;
  allLoaded: string;
  failed: string;
}

/** An edition's words, from the catalogue. */
export const partWords = (m: Messages): PartWords => ({
  loadAll: m.wholeBookLoadAll,
  pending: m.wholeBookChapterPending,
  readAlone: m.wholeBookReadAlone,
  loading: m.wholeBookLoading,
  allLoaded: m.wholeBookAllLoaded,
  failed: m.wholeBookLoadFailed,
});

export interface SplitBook {
  page: string;
  parts: { name: string; html: string }[];
}

/**
 * Edit the assembled book's <div> only (found by its end mark), leaving the rest of the page
 * byte for byte as the build wrote it.
 */
function editBook(page: string, edit: (whole: HTMLElement) => void): string {
  const found = BOOK_DIV.exec(page);
  if (!found) throw new Error('whole-book parts: the page has no assembled #bk-whole-book');
  const root = parse(found[0], { comment: true });
  edit(root.querySelector('#bk-whole-book')!);
  return page.slice(0, found.index) + root.toString() + page.slice(found.index + found[0].length);
}

/** The top-level chapter sections of the assembled book, in order. */
function sectionsOf(whole: HTMLElement): HTMLElement[] {
  return whole.childNodes.filter((n): n is HTMLElement => (n as HTMLElement).tagName === 'SECTION' && (n as HTMLElement).classList.contains('bk-chapter'));
}

const attr = (v: string) => v.replace(/&/g, '&amp;').replace(/"/g, '&quot;');

/**
 * Keep the first `eager` sections in the page; move the body of every later one (all but its
 * title) to a part. `ownPage(chapterId)` is the address of a chapter's own page, for readers
 * without JavaScript; the appendix has none and just waits.
 */
export function splitWholeBook(html: string, options: { eager: number; words: PartWords; ownPage: (chapterId: string) => string }): SplitBook {
  const w = options.words;
  const parts: SplitBook['parts'] = [];
  const page = editBook(html, (whole) => {
    sectionsOf(whole).forEach((section, i) => {
      if (i < options.eager) return;
      const title = section.querySelector(':scope > h1');
      if (!title) throw new Error(`whole-book parts: section ${i + 1} has no title`);
      const titleHtml = title.outerHTML;
      const inner = section.innerHTML;
      const name = `${PARTS_DIR}/${i + 1}.htm`;
      parts.push({ name, html: inner.slice(inner.indexOf(titleHtml) + titleHtml.length) });
      const id = section.getAttribute('data-chapter-id');
      // No space after Chinese punctuation (。也可以…), a space after English (… it. Read …).
      const gap = /[\u3000-\u303f\uff00-\uffef]$/.test(w.pending) ? '' : ' ';
      const link = id ? `${gap}<a href="${options.ownPage(id)}">${w.readAlone}</a>` : '';
      section.setAttribute('data-part', name);
      section.set_content(`${titleHtml}<p class="bk-part__pending">${w.pending}${link}</p>`);
    });
    if (parts.length) {
      // The button and the status line are for the loader; without JavaScript the button stays
      // hidden, since it could do nothing.
      whole
        .querySelector(':scope > .bk-contents')
        ?.insertAdjacentHTML(
          'beforebegin',
          `<p class="bk-parts" data-loading="${attr(w.loading)}" data-loaded="${attr(w.allLoaded)}" data-failed="${attr(w.failed)}"><button type="button" class="bk-button" data-load-all hidden>${w.loadAll}</button> <span class="bk-parts__status" role="status"></span></p>`,
        );
    }
  });
  return { page, parts };
}

/** The whole book as one document again: every waiting section filled with its part. */
export function inlineParts(page: string, read: (name: string) => string): string {
  if (!page.includes('data-part=')) return page;
  return editBook(page, (whole) => {
    for (const section of sectionsOf(whole)) {
      const name = section.getAttribute('data-part');
      if (!name) continue;
      const title = section.querySelector(':scope > h1')!.outerHTML;
      section.set_content(`${title}${read(name)}`);
      section.removeAttribute('data-part');
    }
    whole.querySelector(':scope > .bk-parts')?.remove();
  });
}
