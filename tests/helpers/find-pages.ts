/** Finding built pages that contain a construct, so tests run on real chapters, not fixtures. */
import { parse } from 'node-html-parser';
import { WHOLE_BOOK_FILES, htmlFiles, readPage } from './dist';

/** The first page (in file order) whose HTML matches every selector; fails if none does. */
export function pageWith(dist: string, selectors: string[], exclude: readonly string[] = WHOLE_BOOK_FILES): string {
  for (const file of htmlFiles(dist)) {
    if (exclude.includes(file)) continue;
    const root = parse(readPage(dist, file));
    if (selectors.every((s) => root.querySelector(s))) return file;
  }
  throw new Error(`no built page contains all of ${selectors.join(', ')}`);
}

/** The URL path of a dist file under the site URL: "system/x/index.html" → "system/x/". */
export function urlOf(file: string): string {
  return file.replace(/index\.html$/, '');
}
