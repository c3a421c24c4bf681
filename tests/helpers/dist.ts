/** Reading the built site in build tests. */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

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

export function readPage(dist: string, file: string): string {
  return readFileSync(join(dist, file), 'utf8');
}

/** The dist file for a page id: "index" → index.html, "system/x" → system/x/index.html. */
export function pageFile(id: string): string {
  return id === 'index' ? 'index.html' : `${id}/index.html`;
}
