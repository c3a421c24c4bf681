/**
 * The "Download the PDF" link. The build writes it hidden (components/book/PdfLink.astro), since
 * the PDF is made after the build (`npm run pdf`); make-pdf then shows it, with the file's size in
 * the page's language, in every built page whose edition's PDF exists (data-pdf names the file
 * under the site's root: book.pdf, zh-cn/book.pdf). A page whose PDF does not exist keeps no link.
 */
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The markup PdfLink.astro writes (hidden, a <span>: an <a> without href is a link crawlers and
 * Lighthouse report as broken) or this module shows (an <a>); parsed and replaced here. An <a>
 * that is hidden is what builds before 2026-12 wrote.
 */
export const PDF_LINK = /<p class="bk-pdf-link" data-bk-pdf(?: hidden)?>(<(a|span) [^>]*>)([^<]*)<\/(?:a|span)>/g;

/** Before the label said which file and which words: the English book's PDF. */
const DEFAULT_FILE = 'book.pdf';
const DEFAULT_SIZED = 'Download the PDF, {size}';

/** "2.3 MB", "13 MB": in the number format of `lang` (the page's <html lang>). */
export function formatMB(bytes: number, lang = 'en'): string {
  const digits = bytes < 1e7 ? 1 : 0;
  return `${new Intl.NumberFormat(lang, { minimumFractionDigits: digits, maximumFractionDigits: digits }).format(bytes / 1e6)} MB`;
}

const attr = (tag: string, name: string) => new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1];

/**
 * Show the links of one page's HTML whose PDF exists, with its size: `sizeOf` gives the size in
 * bytes of a file under the site's root, or undefined when there is none (that link stays hidden).
 * A number is the size of every link's file (the English-only callers of old).
 */
export function showPdfLink(html: string, sizeOf: number | ((file: string) => number | undefined)): string {
  const lang = /<html[^>]*\slang="([^"]+)"/.exec(html)?.[1] ?? 'en';
  return html.replace(PDF_LINK, (whole, a: string, _tag: string, text: string) => {
    // The build writes the address as data-href (no link to a file that does not exist yet); the
    // link gets its href, type and download attributes here, with the PDF.
    const href = attr(a, 'data-href') ?? attr(a, 'href') ?? '';
    const file = attr(a, 'data-pdf') ?? DEFAULT_FILE;
    const sized = attr(a, 'data-sized') ?? DEFAULT_SIZED;
    const bytes = typeof sizeOf === 'number' ? sizeOf : sizeOf(file);
    const keep = `data-pdf="${file}" data-sized="${sized}"`;
    if (bytes === undefined) return `<p class="bk-pdf-link" data-bk-pdf hidden><span data-href="${href}" ${keep}>${text}</span>`;
    return `<p class="bk-pdf-link" data-bk-pdf><a href="${href}" ${keep} type="application/pdf" download>${sized.replace('{size}', formatMB(bytes, lang))}</a>`;
  });
}

/** Show the links in every page of a built site whose edition's PDF is there; returns how many pages changed. */
export function showPdfLinks(dist: string): number {
  const sizeOf = (file: string) => {
    const path = join(dist, file);
    return existsSync(path) ? statSync(path).size : undefined;
  };
  let changed = 0;
  const walk = (dir: string) => {
    for (const d of readdirSync(dir, { withFileTypes: true })) {
      const full = join(dir, d.name);
      if (d.isDirectory()) walk(full);
      else if (d.name.endsWith('.html')) {
        const html = readFileSync(full, 'utf8');
        if (!html.includes('data-bk-pdf')) continue;
        const next = showPdfLink(html, sizeOf);
        if (next !== html) {
          writeFileSync(full, next);
          changed++;
        }
      }
    }
  };
  walk(dist);
  return changed;
}
