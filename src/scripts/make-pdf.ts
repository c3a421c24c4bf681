/**
 * `npm run pdf`: the book as a PDF, made from the built site by Paged.js in Chromium.
 *
 *   1. print-book.ts assembles one printable document from dist/whole-book/, dist/glossary/ and
 *      dist/references/ (cover, contents, parts, chapters, answers, bibliography, glossary, index);
 *   2. the document is served with the site (from disk, by request interception), so its
 *      stylesheets and diagrams load as on the web,
 *      and Paged.js (pagedjs, MIT) lays it out into pages in Chromium (print media, light theme);
 *   3. Chromium prints it (page.pdf, CSS page size, tagged PDF);
 *   4. pdf-lib (MIT) adds the bookmarks (parts, chapters, sections, back matter) from the page
 *      numbers collected in step 2, the document's metadata, and dates and an ID that depend only
 *      on the commit (SOURCE_DATE_EPOCH, else the last commit's date), so a commit gives the same
 *      bytes each time;
 *   5. the "Download the PDF" links the build left hidden in the pages get the file's size and are
 *      shown (the PDF is made after the build, so the size cannot be known earlier), and the
 *      offline-reading list (offline.json, sw.js) is rewritten to match the changed pages.
 *
 * Options: --dist <dir> (default dist), --out <file> (default <dist>/book.pdf), --quiet.
 * Environment: CHROMIUM_PATH (default /usr/bin/chromium), SOURCE_DATE_EPOCH.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { extname, join, normalize, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { printBook } from '../lib/print-book.ts';
import { PARTS } from '../lib/book-order.ts';
import { showPdfLinks } from '../lib/pdf-link.ts';
import { addOutline, type Bookmark } from '../lib/pdf-outline.ts';
import { hasOfflineFiles, writeOfflineFiles } from '../lib/offline.ts';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
/** Where the print document and the site are served from inside the browser (never the network). */
const ORIGIN = 'http://book.localhost';
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css',
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.json': 'application/json',
};

export interface MakePdfOptions {
  dist: string;
  out?: string;
  quiet?: boolean;
  /** Seconds since 1970 for the PDF's dates and cover; default SOURCE_DATE_EPOCH or the last commit. */
  epoch?: number;
}

export interface MakePdfResult {
  file: string;
  pages: number;
  bytes: number;
  seconds: number;
  bookmarks: number;
}

function sourceEpoch(): number {
  if (process.env.SOURCE_DATE_EPOCH) return Number(process.env.SOURCE_DATE_EPOCH);
  try {
    return Number(execFileSync('git', ['log', '-1', '--format=%ct'], { cwd: ROOT, encoding: 'utf8' }).trim());
  } catch {
    throw new Error('make-pdf: set SOURCE_DATE_EPOCH (no git history to date the PDF from)');
  }
}

export async function makePdf(options: MakePdfOptions): Promise<MakePdfResult> {
  const started = Date.now();
  const log = (s: string) => options.quiet || console.error(`pdf: ${s}`);
  const dist = resolve(options.dist);
  const out = options.out ?? join(dist, 'book.pdf');
  const read = (p: string) => {
    const f = join(dist, p);
    if (!existsSync(f)) throw new Error(`make-pdf: ${f} is missing: build the site first (npm run build)`);
    return readFileSync(f, 'utf8');
  };
  const wholeBook = read('whole-book/index.html');
  // The base path from the site's own stylesheet links; the address from the canonical link.
  const cssLinks = [...wholeBook.matchAll(/<link rel="stylesheet" href="([^"]+)"(?: media="([^"]+)")?>/g)];
  const base = /^(.*\/)_astro\//.exec(cssLinks[0]?.[1] ?? '')?.[1];
  if (!base) throw new Error('make-pdf: cannot tell the base path from the whole-book page');
  const canonical = /<link rel="canonical" href="([^"]+)whole-book\/"/.exec(wholeBook)?.[1];
  const epoch = options.epoch ?? sourceEpoch();
  const date = new Date(epoch * 1000);
  const { html, chapters, indexTerms } = printBook({
    wholeBook,
    glossary: read('glossary/index.html'),
    references: read('references/index.html'),
    parts: PARTS,
    base,
    meta: {
      title: 'Virtualization',
      subtitle: 'From trap-and-emulate to serverless',
      edition: 'Second edition',
      date: date.toLocaleDateString('en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' }),
      url: canonical ?? base,
    },
    siteStylesheets: cssLinks.filter((m) => m[2] !== 'print').map((m) => m[1]!),
    printCss: readFileSync(join(ROOT, 'components/styles/print-book.css'), 'utf8'),
  });
  log(`${chapters} chapters, ${indexTerms} index terms; laying out pages with Paged.js …`);

  const { chromium } = await import('playwright-core');
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync'],
  });
  try {
    const page = await browser.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    // The site is read from disk at a fixed origin (no server, no port): any address the PDF keeps
    // that was not rewritten to the site's own is then the same in every run.
    const docUrl = `${ORIGIN}${base}__print__/`;
    await page.route('**/*', async (route) => {
      const url = new URL(route.request().url());
      if (url.href === docUrl) return route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html });
      const path = decodeURIComponent(url.pathname);
      if (url.origin !== ORIGIN || !path.startsWith(base)) return route.abort();
      let file = join(dist, normalize(path.slice(base.length)).replace(/^(\.\.[/\\])+/, ''));
      if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
      if (!existsSync(file)) return route.fulfill({ status: 404, body: 'not found' });
      return route.fulfill({ status: 200, contentType: TYPES[extname(file)] ?? 'application/octet-stream', body: readFileSync(file) });
    });
    await page.emulateMedia({ media: 'print', colorScheme: 'light' });
    await page.addInitScript(() => {
      const w = window as unknown as { PagedConfig: object; Paged: { Handler: new (...a: unknown[]) => object; registerHandlers: (...h: unknown[]) => void } };
      w.PagedConfig = {
        auto: true,
        // Pages already laid out are skipped by the browser's rendering (content-visibility), so
        // laying out page n does not cost a style and layout pass over pages 1 … n-1: without it
        // the last pages of the book took seconds each. Restored before printing.
        before: () => {
          class SkipDone extends w.Paged.Handler {
            afterPageLayout(pageElement: HTMLElement) {
              const prev = pageElement.previousElementSibling as HTMLElement | null;
              if (prev?.classList.contains('pagedjs_page')) {
                prev.style.containIntrinsicSize = `auto ${prev.offsetHeight}px`;
                prev.style.contentVisibility = 'auto';
              }
            }
          }
          w.Paged.registerHandlers(SkipDone);
        },
        after: (flow: { total: number }) => {
          (window as unknown as { __bkPages: number }).__bkPages = flow.total;
        },
      };
    });
    await page.goto(docUrl, { waitUntil: 'load' });
    await page.addScriptTag({ path: join(ROOT, 'node_modules/pagedjs/dist/paged.polyfill.js') });
    const progress = setInterval(() => {
      page.evaluate(() => document.querySelectorAll('.pagedjs_page').length).then((n) => log(`… ${n} pages`), () => {});
    }, 20_000);
    try {
      await page.waitForFunction(() => (window as unknown as { __bkPages?: number }).__bkPages !== undefined, null, { timeout: 900_000, polling: 500 });
    } finally {
      clearInterval(progress);
    }
    if (errors.length) throw new Error(`make-pdf: the page threw while Paged.js laid it out:\n${errors.join('\n')}`);

    await page.evaluate(() => {
      for (const p of document.querySelectorAll<HTMLElement>('.pagedjs_page')) p.style.contentVisibility = 'visible';
    });
    // Page numbers, read from the laid-out pages: the index's distinct pages per term, and the
    // bookmarks' targets.
    const { bookmarks, pages, missing, missingTargets } = await page.evaluate(() => {
      const pageOf = (el: Element) => Number((el.closest('.pagedjs_page') as HTMLElement | null)?.dataset.pageNumber ?? 0);
      const first = new Map<string, Element>();
      for (const el of document.querySelectorAll('.pagedjs_pages [id]')) if (!first.has(el.id)) first.set(el.id, el);
      for (const li of document.querySelectorAll('.bk-index__entry')) {
        const seen = new Set<number>();
        for (const a of [...li.querySelectorAll<HTMLAnchorElement>('a.bk-index__page')]) {
          const target = first.get(a.getAttribute('href')!.slice(1));
          const n = target ? pageOf(target) : 0;
          if (!n || seen.has(n)) {
            const sep = a.previousElementSibling?.classList.contains('bk-index__sep') ? a.previousElementSibling : a.nextElementSibling?.classList.contains('bk-index__sep') ? a.nextElementSibling : null;
            sep?.remove();
            a.remove();
          } else {
            seen.add(n);
            a.textContent = String(n);
          }
        }
      }
      let missing = 0;
      const missingTargets: string[] = [];
      for (const span of document.querySelectorAll<HTMLElement>('.pagedjs_pages .bk-pageref')) {
        const target = first.get(span.dataset.bkTarget!);
        const n = target ? pageOf(target) : 0;
        if (!n) {
          missing++;
          if (missingTargets.length < 12) missingTargets.push(span.dataset.bkTarget!);
        }
        span.textContent = n ? String(n) : '?';
      }
      const marks: { level: number; title: string; page: number }[] = [];
      const seenMark = new Set<string>();
      for (const el of document.querySelectorAll<HTMLElement>('.pagedjs_pages [data-bk-bookmark]')) {
        const key = el.id || el.dataset.bkTitle!;
        if (seenMark.has(key)) continue; // a heading continued on the next page
        seenMark.add(key);
        marks.push({ level: Number(el.dataset.bkBookmark), title: el.dataset.bkTitle!, page: pageOf(el) });
      }
      return { bookmarks: marks, missing, missingTargets, pages: document.querySelectorAll('.pagedjs_page').length };
    });
    if (missing) throw new Error(`make-pdf: ${missing} page references point at nothing in the book, e.g. #${missingTargets.join(', #')}`);
    log(`${pages} pages laid out; printing …`);
    const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true, tagged: true, outline: false });
    const final = await addOutline(pdf, bookmarks as Bookmark[], {
      title: 'Virtualization: from trap-and-emulate to serverless',
      subject: 'An open textbook on virtualization',
      date,
    });
    writeFileSync(out, final);
    const bytes = statSync(out).size;
    if (!options.out || resolve(options.out) === join(dist, 'book.pdf')) {
      const changed = showPdfLinks(dist);
      log(`download links shown with the size in ${changed} pages`);
      // The pages changed: the offline list's hashes and the worker's version follow them.
      if (changed && hasOfflineFiles(dist)) writeOfflineFiles(dist);
    }
    const seconds = (Date.now() - started) / 1000;
    log(`wrote ${out}: ${pages} pages, ${(bytes / 1e6).toFixed(1)} MB, ${bookmarks.length} bookmarks, ${seconds.toFixed(0)} s`);
    return { file: out, pages, bytes, seconds, bookmarks: bookmarks.length };
  } finally {
    await browser.close();
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const opt = (name: string) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
  await makePdf({ dist: opt('--dist') ?? join(ROOT, 'dist'), out: opt('--out'), quiet: args.includes('--quiet') });
}
