/** Reading the built site in build tests. */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { inlineParts } from '../../src/lib/whole-book-parts.ts';

export function htmlFiles(dist: string): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const d of readdirSync(dir, { withFileTypes: true })) {
      const full = join(dir, d.name);
      if (d.isDirectory()) walk(full);
      else if (d.name.endsWith('.html')) out.push(relative(dist, full).split(sep).join('/'));
    }
  };
  walk(dist);
  return out.sort();
}

/**
 * The whole-book pages, one per edition: every chapter again on one page. Tests that want each
 * chapter once, or a page of ordinary size, leave them out.
 */
export const WHOLE_BOOK_FILES: readonly string[] = ['whole-book/index.html', 'zh-cn/whole-book/index.html'];
export const isWholeBook = (file: string) => WHOLE_BOOK_FILES.includes(file);

/**
 * A built page's HTML; a whole-book page with the chapters it loads as the reader reaches them put
 * back in (src/lib/whole-book-parts.ts), so tests see the whole book as the PDF does.
 */
export function readPage(dist: string, file: string): string {
  const html = readFileSync(join(dist, file), 'utf8');
  return isWholeBook(file) ? inlineParts(html, (part) => readFileSync(join(dist, file.replace(/index\.html$/, ''), part), 'utf8')) : html;
}

/** The dist file for a page id: "index" → index.html, "system/x" → system/x/index.html. */
export function pageFile(id: string): string {
  return id === 'index' ? 'index.html' : `${id}/index.html`;
}
