/**
 * The book as one printable document, for the PDF (`npm run pdf`, src/scripts/make-pdf.ts).
 *
 * Input: the assembled whole-book page (every chapter, answers in an appendix; see whole-book.ts),
 * the glossary and the bibliography pages, all from the built site. Output: a standalone HTML
 * document for Paged.js with what a printed textbook has: a cover, a table of contents whose page
 * numbers (filled in once Paged.js has laid out the pages), a title page for each part, the chapters, the
 * appendix of worked answers, the bibliography, the glossary and an index of key terms built from
 * every glossary-term link in the chapters (each use gets an id the index points at).
 *
 * Pure string-to-string logic: the browser work is in make-pdf.ts.
 */
import { parse, type HTMLElement } from 'node-html-parser';
import type { PrintMessages } from '../i18n/print.ts';

export interface PrintPart {
  /** Folder under content/docs, the first segment of a chapter's id. */
  dir: string;
  numeral: string;
  title: string;
}

export interface PrintMeta {
  /** As printed on the cover, e.g. "December 2026" (PrintMessages.date). */
  date: string;
  /** The book's web address, site + base, e.g. "https://example.github.io/course/". */
  url: string;
}

export interface PrintInput {
  wholeBook: string;
  glossary: string;
  references: string;
  /** The parts, with their titles in the edition's language. */
  parts: readonly PrintPart[];
  meta: PrintMeta;
  /** The edition's words (the catalogue's `print`, src/i18n/print.ts). */
  words: PrintMessages;
  /** The site's base path, e.g. "/course-test/". */
  base: string;
  /** Where the edition's pages are under the base: "" (English) or "zh-cn/". */
  editionPath?: string;
  /** Stylesheets of the site to link (used as they are, not by Paged.js). */
  siteStylesheets: readonly string[];
  /** The print stylesheet (processed by Paged.js: @page, named pages, string-set). */
  printCss: string;
}

export interface PrintOutput {
  html: string;
  chapters: number;
  /** Glossary terms in the index, and the term uses they point at. */
  indexTerms: number;
  indexUses: number;
}

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** The text of an element, without the invisible parts (screen-reader notes, preview cards). */
function plainText(el: HTMLElement): string {
  const copy = parse(el.outerHTML);
  for (const x of copy.querySelectorAll('.sr-only, .bk-pop__card, .sl-anchor-link')) x.remove();
  return copy.textContent.replace(/\s+/g, ' ').trim();
}

function contentOf(html: string, what: string): HTMLElement {
  const content = parse(html).querySelector('.sl-markdown-content');
  if (!content) throw new Error(`print book: no .sl-markdown-content in the ${what} page`);
  return content;
}

/**
 * A page number to be filled in: laid out as "000", room for any page number of the book, and
 * replaced by make-pdf with the page of the element with id `target` once Paged.js has laid the
 * book out. (CSS target-counter() does the same, but Paged.js resolves each one with a stylesheet
 * change and a full style recalculation of the growing document: the whole book did not finish in
 * 15 minutes.) Numbers only get shorter, so nothing laid out moves to another page.
 */
export const pageRef = (target: string) => `<span class="bk-pageref" data-bk-target="${esc(target)}">000</span>`;

/** Not demos: the apparatus every chapter has (its quiz is printed as questions). */
const NOT_DEMOS = new Set(['bk-quiz', 'bk-mark-read']);
/** A demo or lab is a custom element (its name has a hyphen) that is not part of the apparatus. */
const isDemo = (el: HTMLElement) => el.tagName.includes('-') && !NOT_DEMOS.has(el.tagName.toLowerCase()) && !el.closest('svg');

/** Prefix every id in a back-matter page and the in-page links to them. */
function prefixPage(root: HTMLElement, prefix: string) {
  for (const el of root.querySelectorAll('[id]')) if (!el.closest('svg')) el.setAttribute('id', `${prefix}${el.getAttribute('id')}`);
  for (const a of root.querySelectorAll('a[href^="#"]')) a.setAttribute('href', `#${prefix}${a.getAttribute('href')!.slice(1)}`);
  for (const el of root.querySelectorAll('[aria-labelledby]')) {
    el.setAttribute('aria-labelledby', el.getAttribute('aria-labelledby')!.split(/\s+/).map((v) => `${prefix}${v}`).join(' '));
  }
}

/** Assemble the printable book. Throws if an input page lacks what the book needs. */
export function printBook(input: PrintInput): PrintOutput {
  const w = input.words;
  const b = input.base.endsWith('/') ? input.base : `${input.base}/`;
  // The site's root (the cover gives the edition's address, which ends in editionPath).
  const address = input.meta.url.endsWith('/') ? input.meta.url : `${input.meta.url}/`;
  const site = input.editionPath && address.endsWith(`/${input.editionPath}`) ? address.slice(0, -input.editionPath.length) : address;
  const whole = parse(input.wholeBook).querySelector('#bk-whole-book');
  if (!whole) throw new Error('print book: the whole-book page has no #bk-whole-book (was it assembled by the build?)');
  const chapters = whole.querySelectorAll(':scope > section.bk-chapter:not(.bk-appendix)');
  if (!chapters.length) throw new Error('print book: the whole-book page holds no chapter');
  const appendix = whole.querySelector(':scope > section.bk-appendix');

  const glossary = contentOf(input.glossary, 'glossary');
  const references = contentOf(input.references, 'references');
  glossary.querySelector('nav.bk-az')?.remove();
  prefixPage(glossary, 'g-');
  prefixPage(references, 'bib-');

  // Links: to the glossary and the bibliography, into this document; to other pages of the site,
  // to the site itself (a printed address); within the document, unchanged.
  const edition = input.editionPath ?? '';
  const glossaryPath = `${b}${edition}glossary/`;
  const referencesPath = `${b}${edition}references/`;
  const rewrite = (root: HTMLElement) => {
    for (const a of root.querySelectorAll('a[href]')) {
      const href = a.getAttribute('href')!;
      if (href.startsWith('#') || /^[a-z]+:/i.test(href)) continue;
      const [path, hash] = href.split('#') as [string, string | undefined];
      if (path === glossaryPath) a.setAttribute('href', hash ? `#g-${hash}` : '#glossary');
      else if (path === referencesPath) a.setAttribute('href', hash ? `#bib-${hash}` : '#bibliography');
      else if (path.startsWith(b)) a.setAttribute('href', `${site}${path.slice(b.length)}${hash ? `#${hash}` : ''}`);
      else if (path.startsWith('/') && /^https?:/.test(site)) a.setAttribute('href', new URL(href, site).href);
    }
  };

  // Scripts do not run in print; demos print the state the server rendered. Previews (hover
  // cards) and heading anchors have no use on paper; removing them keeps Paged.js's work down.
  for (const root of [whole, glossary, references]) {
    for (const s of root.querySelectorAll('script, noscript, template, .bk-pop__card, .sl-anchor-link')) s.remove();
    for (const el of root.querySelectorAll('[aria-describedby]')) el.removeAttribute('aria-describedby');
    // A lab prints its title and steps (commands and what to observe), not the machine's controls.
    for (const el of root.querySelectorAll('linux-lab :is(.lab-bar, .lab-status, progress, .lab-term, .lab-keys, .lab-timings, .lab-run, .lab-measured)')) el.remove();
  }

  // Each glossary-term link in the chapters becomes an index entry's target.
  const uses = new Map<string, string[]>();
  let useCount = 0;
  for (const ch of chapters) {
    for (const a of ch.querySelectorAll('a.bk-term__link')) {
      const m = /glossary\/#(.+)$/.exec(a.getAttribute('href') ?? '');
      if (!m) continue;
      const id = `use-${++useCount}`;
      a.setAttribute('id', id);
      a.setAttribute('data-bk-use', m[1]!);
      const list = uses.get(m[1]!) ?? [];
      list.push(id);
      uses.set(m[1]!, list);
    }
  }
  for (const root of [whole, glossary, references]) rewrite(root);
  for (const a of whole.querySelectorAll('.bk-ref > a[href^="#"]')) a.insertAdjacentHTML('beforeend', w.onPage(pageRef(a.getAttribute('href')!.slice(1))));

  // A demo tells where to try it live: its chapter's page on the site.
  const chapterUrl = new Map<number, string>();
  for (const ch of chapters) {
    const n = Number(/^c(\d+)-chapter$/.exec(ch.querySelector('h1.bk-chapter__title')?.getAttribute('id') ?? '')?.[1]);
    const id = ch.getAttribute('data-chapter-id');
    if (n && id) chapterUrl.set(n, `${site}${edition}${id}/`);
  }
  for (const ch of chapters) {
    const n = Number(/^c(\d+)-/.exec(ch.querySelector('h1.bk-chapter__title')?.getAttribute('id') ?? '')?.[1]);
    const url = chapterUrl.get(n);
    for (const demo of ch.querySelectorAll('*').filter(isDemo)) {
      demo.setAttribute('data-bk-demo', '');
      demo.insertAdjacentHTML('beforeend', `<p class="bk-print-live">${w.liveDemo(url ? `<a href="${esc(url)}">${esc(url)}</a>` : '')}</p>`);
    }
  }

  // Parts and chapters, with a bookmark level each; sections (numbered h2) under their chapter.
  const tocParts: string[] = [];
  const body: string[] = [];
  let currentPart: string | undefined;
  let partDir: string | undefined;
  let tocChapters: string[] = [];
  const flushPart = () => {
    if (currentPart !== undefined) tocParts.push(`${currentPart}<ol class="bk-toc__chapters">${tocChapters.join('')}</ol></li>`);
    tocChapters = [];
  };
  for (const ch of chapters) {
    const title = ch.querySelector('h1.bk-chapter__title');
    if (!title) throw new Error('print book: a chapter has no h1.bk-chapter__title');
    const dir = (ch.getAttribute('data-chapter-id') ?? '').split('/')[0];
    const part = input.parts.find((p) => p.dir === dir);
    if (currentPart === undefined || (part && part.dir !== partDir)) {
      flushPart();
      partDir = part?.dir;
      if (part) {
        const line = esc(w.partLine(part.numeral, part.title));
        currentPart = `<li class="bk-toc__part"><a href="#part-${part.numeral}">${line}${pageRef(`part-${part.numeral}`)}</a>`;
        body.push(`<section class="bk-part" id="part-${part.numeral}"><p class="bk-part__numeral">${esc(w.partLabel(part.numeral))}</p><h1 class="bk-part__title" data-bk-bookmark="1" data-bk-title="${line}">${esc(part.title)}</h1></section>`);
      } else currentPart = '<li class="bk-toc__part bk-toc__part--none">';
    }
    const num = title.querySelector('.bk-secnum')?.textContent.trim() ?? '';
    const name = plainText(title).replace(num, '').trim();
    // The chapter's number alone, from its label ("Chapter 4", "第 4 章").
    const n = /\d+/.exec(num)?.[0] ?? num;
    title.setAttribute('data-bk-bookmark', part ? '2' : '1');
    title.setAttribute('data-bk-title', w.chapterLine(n, name));
    const sections = ch.querySelectorAll('h2[id]').map((h) => {
      const secnum = h.querySelector('.bk-secnum')?.textContent.trim() ?? '';
      const text = plainText(h).replace(secnum, '').trim();
      h.setAttribute('data-bk-bookmark', part ? '3' : '2');
      h.setAttribute('data-bk-title', secnum ? `${secnum} ${text}` : text);
      return `<li><a href="#${h.getAttribute('id')}"><span class="bk-toc__num">${esc(secnum)}</span> ${esc(text)}${pageRef(h.getAttribute('id')!)}</a></li>`;
    });
    tocChapters.push(`<li class="bk-toc__chapter"><a href="#${title.getAttribute('id')}"><span class="bk-toc__num">${esc(w.chapterNumber(n))}</span> ${esc(name)}${pageRef(title.getAttribute('id')!)}</a><ol class="bk-toc__sections">${sections.join('')}</ol></li>`);
    body.push(ch.outerHTML);
  }
  flushPart();

  // Back matter.
  const back: { id: string; title: string; html: string }[] = [];
  if (appendix) {
    const h = appendix.querySelector('h1');
    const id = h?.getAttribute('id') ?? 'appendix-answers';
    h?.setAttribute('data-bk-bookmark', '1');
    h?.setAttribute('data-bk-title', w.appendixBookmark);
    back.push({ id, title: w.appendixTitle, html: appendix.outerHTML });
  }
  back.push({
    id: 'bibliography',
    title: w.bibliography,
    html: `<section class="bk-chapter bk-back" aria-labelledby="bibliography"><h1 class="bk-chapter__title" id="bibliography" data-bk-bookmark="1" data-bk-title="${esc(w.bibliography)}">${esc(w.bibliography)}</h1>${references.innerHTML}</section>`,
  });
  back.push({
    id: 'glossary',
    title: w.glossary,
    html: `<section class="bk-chapter bk-back" aria-labelledby="glossary"><h1 class="bk-chapter__title" id="glossary" data-bk-bookmark="1" data-bk-title="${esc(w.glossary)}">${esc(w.glossary)}</h1>${glossary.innerHTML}</section>`,
  });

  // The index: each term (as the glossary names it), with every page it is used on. Each use is
  // laid out as "000" (room for any page number) and make-pdf writes the distinct page numbers in
  // once Paged.js has laid out the book: thousands of target-counters would slow Paged.js down.
  const termName = (id: string) => {
    // The entry's heading holds the term in <dfn>, then its name in the other language
    // (.bk-glossary__zh: Chinese on English pages, English on Chinese ones) and aliases. The
    // English index shows the term alone; the Chinese one its Chinese name, then the English.
    const dfn = glossary.querySelector(`[id="g-${id}"] dfn`) ?? glossary.querySelector(`[id="g-${id}"]`);
    const other = w.lang.startsWith('en') ? undefined : glossary.querySelector(`[id="g-${id}"] .bk-glossary__zh`);
    return { name: dfn ? plainText(dfn) : id.replace(/-/g, ' '), other: other ? plainText(other) : '' };
  };
  // Chinese terms by pinyin (zh-u-co-pinyin); English ones alphabetically, case aside.
  const collator = new Intl.Collator(w.lang, { collation: 'pinyin', sensitivity: 'base' });
  const entries = [...uses.entries()]
    .map(([id, list]) => ({ id, ...termName(id), list }))
    .sort((x, y) => collator.compare(x.name, y.name) || x.id.localeCompare(y.id));
  const indexItems = entries.map(
    (e) =>
      `<li class="bk-index__entry" data-bk-term="${esc(e.id)}"><a class="bk-index__term" href="#g-${esc(e.id)}">${esc(e.name)}</a>${
        e.other && e.other !== e.name ? ` <span class="bk-index__other" lang="en">${esc(e.other)}</span>` : ''
      } <span class="bk-index__pages">${e.list
        .map((u) => `<a class="bk-index__page" href="#${u}">${pageRef(u)}</a>`)
        .join('<span class="bk-index__sep">, </span>')}</span></li>`,
  );
  back.push({
    id: 'index',
    title: w.index,
    html: `<section class="bk-chapter bk-back bk-index" aria-labelledby="index"><h1 class="bk-chapter__title" id="index" data-bk-bookmark="1" data-bk-title="${esc(w.index)}">${esc(w.index)}</h1><p>${esc(w.indexIntro)}</p><ul class="bk-index__list">${indexItems.join('')}</ul></section>`,
  });

  const toc = `<nav class="bk-toc" aria-labelledby="bk-toc-title"><h1 id="bk-toc-title" data-bk-bookmark="1" data-bk-title="${esc(w.contents)}">${esc(w.contents)}</h1><ol class="bk-toc__parts">${tocParts.join('')}</ol><ol class="bk-toc__back">${back
    .map((x) => `<li class="bk-toc__chapter"><a href="#${x.id}">${esc(x.title)}${pageRef(x.id)}</a></li>`)
    .join('')}</ol></nav>`;
  const m = input.meta;
  const cover = `<section class="bk-cover" aria-label="${esc(w.cover)}"><p class="bk-cover__kicker">${esc(w.kicker)}</p><h1 class="bk-cover__title">${esc(w.title)}</h1><p class="bk-cover__subtitle">${esc(w.subtitle)}</p><p class="bk-cover__edition">${esc(w.edition)}</p><p class="bk-cover__date">${esc(m.date)}</p><p class="bk-cover__url">${esc(w.readOnline)}<a href="${esc(m.url)}">${esc(m.url)}</a></p></section>`;

  const html = `<!doctype html>
<html lang="${esc(w.lang)}" data-theme="light"><head><meta charset="utf-8"><title>${esc(w.metaTitle)}</title>
${input.siteStylesheets.map((href) => `<link rel="stylesheet" href="${esc(href)}" data-pagedjs-ignore>`).join('\n')}
<style>${input.printCss}</style>
</head><body class="bk-print"><main class="sl-markdown-content">${cover}${toc}${body.join('')}${back.map((x) => x.html).join('')}</main></body></html>`;
  return { html, chapters: chapters.length, indexTerms: entries.length, indexUses: useCount };
}
