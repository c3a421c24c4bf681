/**
 * The book PDF in the benchmark: make it from the benchmark's build (src/scripts/make-pdf.ts) and
 * report its pages, size and the time it took, against the target of 3 minutes. Reported, not
 * enforced, like Lighthouse: Paged.js's layout time follows the machine's load. The PDF is written
 * beside the build, not into it, so the measured pages are not changed.
 */
import { join } from 'node:path';
import { makePdf } from '../../src/scripts/make-pdf.ts';

export const PDF_TARGET_SECONDS = 180;

export interface PdfBench {
  pages: number;
  bytes: number;
  seconds: number;
  bookmarks: number;
}

export async function benchPdf(dist: string): Promise<PdfBench> {
  const r = await makePdf({ dist, out: join(dist, '..', 'book-bench.pdf'), quiet: true });
  return { pages: r.pages, bytes: r.bytes, seconds: r.seconds, bookmarks: r.bookmarks };
}

export function pdfReport(p: PdfBench | null): string[] {
  if (!p) return ['## Book PDF', '', 'Not made (`--no-pdf`).', ''];
  return [
    '## Book PDF',
    '',
    `\`npm run pdf\` on this build: ${p.pages} pages, ${(p.bytes / 1e6).toFixed(1)} MB, ${p.bookmarks} bookmarks, made in ${p.seconds.toFixed(0)} s ` +
      `(target ≤ ${PDF_TARGET_SECONDS} s: ${p.seconds <= PDF_TARGET_SECONDS ? 'met' : '**not met**'}; reported, not enforced).`,
    '',
  ];
}
