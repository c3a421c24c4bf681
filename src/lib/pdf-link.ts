/**
 * The "Download the PDF" link. The build writes it hidden (components/book/PdfLink.astro), since
 * the PDF is made after the build (`npm run pdf`); make-pdf then shows it with the file's size in
 * every built page that has one. A build without the PDF shows no link.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** The markup PdfLink.astro writes, and the size text; both parsed and replaced here. */
export const PDF_LINK = /<p class="bk-pdf-link" data-bk-pdf(?: hidden)?>(<a [^>]*>)Download the PDF(?:, [0-9.]+ MB)?<\/a>/g;

export function formatMB(bytes: number): string {
  return `${(bytes / 1e6).toFixed(bytes < 1e7 ? 1 : 0)} MB`;
}

/** Show the link with the size in one page's HTML. */
export function showPdfLink(html: string, bytes: number): string {
  // The build writes the address as data-href (no link to a file that does not exist yet); the
  // link gets its href, type and download attributes here, with the PDF.
  return html.replace(PDF_LINK, (_m, a: string) => {
    const href = /(?:data-)?href="([^"]*)"/.exec(a)?.[1] ?? '';
    return `<p class="bk-pdf-link" data-bk-pdf><a href="${href}" type="application/pdf" download>Download the PDF, ${formatMB(bytes)}</a>`;
  });
}

/** Show the link in every page of a built site; returns how many pages changed. */
export function showPdfLinks(dist: string, bytes: number): number {
  let changed = 0;
  const walk = (dir: string) => {
    for (const d of readdirSync(dir, { withFileTypes: true })) {
      const full = join(dir, d.name);
      if (d.isDirectory()) walk(full);
      else if (d.name.endsWith('.html')) {
        const html = readFileSync(full, 'utf8');
        if (!html.includes('data-bk-pdf')) continue;
        const next = showPdfLink(html, bytes);
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
