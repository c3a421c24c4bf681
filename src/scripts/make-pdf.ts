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
 * Editions: English (dist/whole-book/ … → <dist>/book.pdf) and Chinese (dist/zh-cn/… →
 * <dist>/zh-cn/book.pdf), each in its own words (src/i18n/print.ts); the command makes both.
 *
 * Options: --edition en|zh-cn (default both), --dist <dir> (default dist), --out <file> (default
 * <dist>/book.pdf or <dist>/zh-cn/book.pdf; with one edition only), --quiet.
 * Environment: CHROMIUM_PATH (default /usr/bin/chromium), SOURCE_DATE_EPOCH.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { extname, join, normalize, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { printBook } from '../lib/print-book.ts';
import { inlineParts } from '../lib/whole-book-parts.ts';
import { PARTS } from '../lib/book-order.ts';
import { showPdfLinks } from '../lib/pdf-link.ts';
import { addOutline, type Bookmark } from '../lib/pdf-outline.ts';
import { hasOfflineFiles, writeOfflineFiles } from '../lib/offline.ts';
import { preparePrint, printProblems, type PrintGeometry } from './print-dom.ts';
import { printableCss } from '../lib/print-css.ts';
import { LOCALES, MESSAGES, type Locale } from '../i18n/messages.ts';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
/** Where the print document and the site are served from inside the browser (never the network). */
const ORIGIN = 'http://book.localhost';
/** CSS px per millimetre. */
const MM = 96 / 25.4;
/**
 * The page area of components/styles/print-book.css (@page: 170 × 240 mm, margins 20 mm top and
 * bottom, 16 + 18 mm at the sides): 136 × 200 mm. A diagram beside text is at most 165 mm high, so
 * its figure and caption fit a page; no diagram label is below 7 pt on paper.
 */
export const PRINT_GEOMETRY: PrintGeometry = { columnPx: 136 * MM, pageHeightPx: 200 * MM, diagramMaxPx: 165 * MM, minPt: 7 };
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
  /** Which edition (default English): its pages under <dist>/ or <dist>/<locale>/, its words. */
  edition?: Locale;
  out?: string;
  quiet?: boolean;
  /** Seconds since 1970 for the PDF's dates and cover; default SOURCE_DATE_EPOCH or the last commit. */
  epoch?: number;
  /** The smallest diagram label allowed on paper, in points (default PRINT_GEOMETRY.minPt: 7). */
  minDiagramPt?: number;
}

export interface MakePdfResult {
  file: string;
  pages: number;
  bytes: number;
  seconds: number;
  bookmarks: number;
  /** The smallest diagram label in the PDF, in points (Infinity if it has no diagram). */
  smallestDiagramPt: number;
  /** Where the time went, in seconds: assembling, loading, Paged.js layout, printing, pdf-lib and links. */
  phases: Record<string, number>;
  /**
   * Processor time, in seconds, which the machine's load does not inflate as it does `seconds`:
   * Chromium's processes (found by CDP SystemInfo.getProcessInfo, counted by Linux's /proc) and
   * this Node process; and the time the page's main thread spent in script, style and layout (CDP
   * Performance.getMetrics: elapsed time, so the load stretches these three too).
   */
  cpu: { chromium: number; node: number; script: number; style: number; layout: number };
}

function sourceEpoch(): number {
  if (process.env.SOURCE_DATE_EPOCH) return Number(process.env.SOURCE_DATE_EPOCH);
  try {
    return Number(execFileSync('git', ['log', '-1', '--format=%ct'], { cwd: ROOT, encoding: 'utf8' }).trim());
  } catch {
    throw new Error('make-pdf: set SOURCE_DATE_EPOCH (no git history to date the PDF from)');
  }
}

/** The Chinese book's fonts (components/styles/print-book.css): without them Chinese prints in any font, or as boxes. */
function requireCjkFont() {
  let families = '';
  try {
    families = execFileSync('fc-list', [':lang=zh', 'family'], { encoding: 'utf8' });
  } catch {
    // No fontconfig: nothing to ask; Chromium finds fonts by it on Linux, so none is there.
  }
  for (const f of ['Noto Serif CJK SC', 'Noto Sans CJK SC']) {
    if (!families.includes(f)) throw new Error(`make-pdf: the Chinese book needs the font "${f}" (Debian: apt-get install fonts-noto-cjk); fc-list :lang=zh does not list it`);
  }
}

export async function makePdf(options: MakePdfOptions): Promise<MakePdfResult> {
  const started = Date.now();
  const nodeCpu = process.cpuUsage();
  const phases: Record<string, number> = {};
  let mark = started;
  const phase = (name: string) => {
    const now = Date.now();
    phases[name] = (now - mark) / 1000;
    mark = now;
  };
  const minPt = options.minDiagramPt ?? PRINT_GEOMETRY.minPt;
  const log = (s: string) => options.quiet || console.error(`pdf: ${s}`);
  const dist = resolve(options.dist);
  const edition = options.edition ?? 'en';
  const messages = MESSAGES[edition];
  const words = messages.print;
  /** The edition's pages, under the site's root: '' (English) or 'zh-cn/'. */
  const dir = edition === 'en' ? '' : `${edition}/`;
  const defaultOut = join(dist, dir, 'book.pdf');
  const out = options.out ?? defaultOut;
  if (edition === 'zh-cn') requireCjkFont();
  const read = (p: string) => {
    const f = join(dist, dir, p);
    if (!existsSync(f)) throw new Error(`make-pdf: ${f} is missing: build the site first (npm run build)`);
    return readFileSync(f, 'utf8');
  };
  // The page loads most chapters as the reader reaches them; the PDF takes them all.
  const wholeBook = inlineParts(read('whole-book/index.html'), (part) => read(`whole-book/${part}`));
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
    parts: PARTS.map((p) => ({ ...p, title: messages.partTitles[p.dir as keyof typeof messages.partTitles] ?? p.title })),
    base,
    meta: { date: words.date(date.toISOString().slice(0, 7)), url: canonical ?? `${base}${dir}` },
    editionPath: dir,
    words,
    siteStylesheets: cssLinks.filter((m) => m[2] !== 'print').map((m) => m[1]!),
    printCss: readFileSync(join(ROOT, 'components/styles/print-book.css'), 'utf8'),
  });
  phase('assemble');
  log(`${chapters} chapters, ${indexTerms} index terms; laying out pages with Paged.js …`);

  const { chromium } = await import('playwright-core');
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync'],
  });
  try {
    const page = await browser.newPage();
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Performance.enable');
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    // Paged.js reports a block it cannot place only on the console ("Layout repeated" ends the book
    // there; "Unable to layout item" skips on): kept to explain a failure below.
    const layoutWarnings: string[] = [];
    page.on('console', (m) => {
      if (/Layout repeated|Unable to layout/.test(m.text())) layoutWarnings.push(m.text().replace(/\s*JSHandle@\w+/, '').trim());
    });
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
      // Stylesheets without their screen-only :has() rules, which made Paged.js's layout about twice as slow.
      if (extname(file) === '.css') return route.fulfill({ status: 200, contentType: TYPES['.css'], body: printableCss(readFileSync(file, 'utf8')) });
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
          // Every element of the content as Paged.js parsed it (each has a data-ref, which its pieces
          // on the pages keep): printProblems checks that every one was placed on a page.
          class Parsed extends w.Paged.Handler {
            afterParsed(parsed: DocumentFragment) {
              (window as unknown as { __bkParsedRefs: string[][] }).__bkParsedRefs = [...parsed.querySelectorAll<HTMLElement>('[data-ref]')]
                .filter((e) => !e.closest('svg'))
                .map((e) => [e.dataset.ref!, e.tagName.toLowerCase(), e.id || e.parentElement?.closest('[id]')?.id || '', (e.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 60)]);
            }
          }
          // Paged.js 0.4.3 moves a line to the next page only when the line's top is below the page
          // area: a line that straddles the bottom edge stays, and Chromium's column layout inside
          // the page hides it (a one-line list item vanished at a page break). And where an SVG
          // straddles the edge it breaks inside the SVG, printing its parts on several pages. So the
          // overflow found by Paged.js starts earlier: before an SVG it starts in, or at the start
          // of the last line before it if that line reaches below the page area.
          class WholeLines extends w.Paged.Handler {
            onOverflow(overflow: Range | undefined, rendered: HTMLElement, bounds: DOMRect) {
              if (!overflow) return undefined;
              const vEnd = Math.round(bounds.bottom);
              const hasContentBefore = (node: Node) => {
                const r = document.createRange();
                r.setStart(rendered, 0);
                r.setEndBefore(node);
                return r.toString().trim().length > 0 || r.cloneContents().querySelector?.('svg, img') !== null;
              };
              const startEl = overflow.startContainer.nodeType === 1 ? (overflow.startContainer as Element) : overflow.startContainer.parentElement;
              const svg = startEl?.closest('svg');
              if (svg && rendered.contains(svg)) {
                const box = svg.parentElement?.classList.contains('mermaid-diagram') ? svg.parentElement : svg;
                if (hasContentBefore(box)) overflow.setStartBefore(box);
                return overflow;
              }
              const walker = document.createTreeWalker(rendered, NodeFilter.SHOW_TEXT);
              let last: Text | null = null;
              for (let t = walker.nextNode() as Text | null; t; t = walker.nextNode() as Text | null) {
                if (t === overflow.startContainer) {
                  if (overflow.startOffset > 0 && t.data.slice(0, overflow.startOffset).trim()) last = t;
                  break;
                }
                if (overflow.comparePoint(t, 0) >= 0) break;
                if (t.data.trim() && !t.parentElement?.closest('svg')) last = t;
              }
              if (!last) return overflow;
              const end = last === overflow.startContainer ? overflow.startOffset : last.length;
              const r = document.createRange();
              r.setStart(last, 0);
              r.setEnd(last, end);
              const rects = [...r.getClientRects()].filter((x) => x.height > 0);
              const line = rects.at(-1);
              if (!line || Math.floor(line.bottom) <= vEnd) return overflow;
              // The first character of that line.
              let lo = 0;
              let hi = end;
              while (lo < hi) {
                const mid = (lo + hi) >> 1;
                const c = document.createRange();
                c.setStart(last, mid);
                c.setEnd(last, Math.min(mid + 1, last.length));
                const cr = [...c.getClientRects()].filter((x) => x.height > 0).at(-1);
                if (cr && cr.top >= line.top - 1) hi = mid;
                else lo = mid + 1;
              }
              if (last.data.slice(0, lo).trim()) {
                overflow.setStart(last, lo);
                return overflow;
              }
              // The whole text is on that line: start before its block (the outermost ancestor it begins).
              let n: Node = last;
              const firstContent = (x: Node) => {
                for (let s = x.previousSibling; s; s = s.previousSibling) if (s.textContent?.trim() || (s.nodeType === 1 && (s as Element).querySelector('svg, img'))) return false;
                return true;
              };
              while (n.parentNode && n.parentNode !== rendered && firstContent(n)) n = n.parentNode;
              if (hasContentBefore(n)) overflow.setStartBefore(n);
              return overflow;
            }
          }
          w.Paged.registerHandlers(SkipDone, Parsed, WholeLines);
        },
        after: (flow: { total: number }) => {
          (window as unknown as { __bkPages: number }).__bkPages = flow.total;
        },
      };
    });
    await page.goto(docUrl, { waitUntil: 'load' });
    await page.evaluate(() => document.fonts.ready);
    phase('load');
    const prepared = await page.evaluate(preparePrint, { ...PRINT_GEOMETRY, minPt });
    for (const d of prepared.diagrams) log(`diagram ${d}`);
    for (const b of prepared.split) log(`taller than a page, may break: ${b}`);
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
    phase('layout');

    await page.evaluate(() => {
      for (const p of document.querySelectorAll<HTMLElement>('.pagedjs_page')) p.style.contentVisibility = 'visible';
    });
    const problems = await page.evaluate(printProblems, { minPt });
    if (problems.lostCount) {
      throw new Error(
        `make-pdf: Paged.js placed ${problems.lostCount} elements of the book on no page (a block it could not lay out ends or skips the book), e.g.:\n  ${problems.lost.join('\n  ')}` +
          (layoutWarnings.length ? `\nPaged.js said: ${[...new Set(layoutWarnings)].join('; ')}` : ''),
      );
    }
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
    if (problems.brokenDiagrams.length) {
      throw new Error(`make-pdf: diagrams printed in pieces on several pages (taller than a page after sizing?):\n  ${problems.brokenDiagrams.join('\n  ')}`);
    }
    if (missing) throw new Error(`make-pdf: ${missing} page references point at nothing in the book, e.g. #${missingTargets.join(', #')}`);
    if (problems.smallText.length) {
      throw new Error(`make-pdf: diagram labels below ${minPt} pt on paper (make the diagram narrower or shorter, or split it):\n  ${problems.smallText.join('\n  ')}`);
    }
    phase('page numbers and checks');
    log(`${pages} pages laid out; printing …`);
    const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true, tagged: true, outline: false });
    phase('print');
    const final = await addOutline(pdf, bookmarks as Bookmark[], {
      title: words.metaTitle,
      subject: words.metaSubject,
      lang: words.lang,
      date,
    });
    writeFileSync(out, final);
    phase('pdf-lib');
    const bytes = statSync(out).size;
    if (resolve(out) === defaultOut) {
      const changed = showPdfLinks(dist);
      log(`download links shown with the size in ${changed} pages`);
      // The pages changed: the offline list's hashes and the worker's version follow them.
      if (changed && hasOfflineFiles(dist)) writeOfflineFiles(dist);
    }
    phase('links');
    const metrics = Object.fromEntries(((await cdp.send('Performance.getMetrics')) as { metrics: { name: string; value: number }[] }).metrics.map((m) => [m.name, m.value]));
    const processes = ((await (await browser.newBrowserCDPSession()).send('SystemInfo.getProcessInfo')) as { processInfo: { id: number; cpuTime: number }[] }).processInfo;
    // CDP's cpuTime undercounts a busy renderer; Linux's own count (clock ticks of 1/100 s) does not.
    const cpuOf = (p: { id: number; cpuTime: number }) => {
      try {
        const stat = readFileSync(`/proc/${p.id}/stat`, 'utf8');
        const f = stat.slice(stat.lastIndexOf(')') + 2).split(' '); // from field 3: utime is 14, stime 15
        return (Number(f[11]) + Number(f[12])) / 100;
      } catch {
        return p.cpuTime;
      }
    };
    const used = process.cpuUsage(nodeCpu);
    const cpu = {
      chromium: processes.reduce((t, p) => t + cpuOf(p), 0),
      node: (used.user + used.system) / 1e6,
      script: metrics.ScriptDuration ?? 0,
      style: metrics.RecalcStyleDuration ?? 0,
      layout: metrics.LayoutDuration ?? 0,
    };
    const seconds = (Date.now() - started) / 1000;
    log(`wrote ${out}: ${pages} pages, ${(bytes / 1e6).toFixed(1)} MB, ${bookmarks.length} bookmarks, smallest diagram label ${problems.smallestPt.toFixed(1)} pt, ${seconds.toFixed(0)} s (${Object.entries(phases).map(([k, v]) => `${k} ${v.toFixed(1)} s`).join(', ')}); processor time: Chromium ${cpu.chromium.toFixed(0)} s, Node ${cpu.node.toFixed(0)} s; the page's main thread: style ${cpu.style.toFixed(0)} s, layout ${cpu.layout.toFixed(0)} s, script ${cpu.script.toFixed(0)} s (elapsed)`);
    return { file: out, pages, bytes, seconds, bookmarks: bookmarks.length, smallestDiagramPt: problems.smallestPt, phases, cpu };
  } finally {
    await browser.close();
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const opt = (name: string) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
  const edition = opt('--edition');
  if (edition !== undefined && !(LOCALES as readonly string[]).includes(edition)) throw new Error(`make-pdf: --edition ${edition}: one of ${LOCALES.join(', ')}`);
  if (opt('--out') && !edition) throw new Error('make-pdf: --out needs --edition (the command makes every edition otherwise)');
  for (const e of edition ? [edition as Locale] : LOCALES) {
    await makePdf({ dist: opt('--dist') ?? join(ROOT, 'dist'), edition: e, out: opt('--out'), quiet: args.includes('--quiet') });
  }
}
