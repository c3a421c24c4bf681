/**
 * The whole book on one page, assembled after the build from the chapters' own HTML, so numbers,
 * figures, previews and references are exactly those of the chapter pages. Ids are made unique per
 * chapter, links between chapters become links within the page, and worked answers move to an
 * appendix (a printed book shows them at the back).
 */
import { parse, type HTMLElement } from 'node-html-parser';
import { MESSAGES, type Messages } from '../i18n/messages';

export interface ChapterHtml {
  /** Collection id, e.g. "system/cpu-virtualization". */
  id: string;
  number: number;
  title: string;
  /** The page's full HTML. */
  html: string;
  /**
   * The language of the chapter's content when it is not the page's: a chapter of a translated
   * edition that is not translated yet comes in English ("en"), marked so, after a note in the
   * page's language.
   */
  lang?: string;
}

/** The words the assembly writes, in the whole-book page's language (src/i18n/messages.ts). */
export interface WholeBookWords {
  /** "Chapter 4" */
  chapter: (n: string) => string;
  contents: string;
  appendix: string;
  backToQuestion: string;
  /** "Worked answer: Appendix, 4.1" */
  answerPointer: (n: string) => string;
  /** Before a chapter given in another language (see ChapterHtml.lang). */
  untranslated: string;
}

/** An edition's words, from the catalogue. */
export const wholeBookWords = (m: Messages): WholeBookWords => ({
  chapter: m.chapter,
  contents: m.wholeBookContents,
  appendix: m.wholeBookAppendix,
  backToQuestion: m.wholeBookBackToQuestion,
  answerPointer: m.wholeBookAnswerAt,
  untranslated: m.wholeBookUntranslated,
});

export interface AssembleOptions {
  /** The page's words; English by default (the English page, and the PDF printed from it). */
  words?: WholeBookWords;
  /** The page's language (BCP 47), for its words inside a chapter given in another language. */
  lang?: string;
  /**
   * The URL folder of the edition under the base ("zh-cn"), none for English. Links to a chapter
   * in this edition or in English both become links within the page.
   */
  localeDir?: string;
}

/** Marks the end of the book's <div>, in the placeholder and in the assembled page. */
export const BOOK_END = '<!--/bk-whole-book-->';
/** The book's <div> up to its end mark (the placeholder, or the assembled book). */
export const BOOK_DIV = /<div id="bk-whole-book"[^>]*>[\s\S]*?<\/div><!--\/bk-whole-book-->/;
const PLACEHOLDER = BOOK_DIV;

/** Elements inside a diagram keep their ids: the SVG's own styles and url(#…) refer to them, and
 * diagram ids are already unique (they carry a hash of the diagram). */
const inSvg = (el: HTMLElement) => el.tagName === 'svg' || el.closest('svg') !== null;

function prefixIds(root: HTMLElement, prefix: string) {
  for (const el of root.querySelectorAll('[id]')) if (!inSvg(el)) el.setAttribute('id', `${prefix}${el.getAttribute('id')}`);
  for (const attrName of ['aria-describedby', 'aria-labelledby', 'for']) {
    for (const el of root.querySelectorAll(`[${attrName}]`)) {
      if (inSvg(el)) continue;
      el.setAttribute(attrName, el.getAttribute(attrName)!.split(/\s+/).map((v) => `${prefix}${v}`).join(' '));
    }
  }
}

/**
 * In a chapter given in another language, the parts its components wrote in the page's language
 * (a box's title, a figure's label, a button) are marked with the page's language: each largest
 * element whose text has Han characters and no Latin letters.
 */
function markPageLanguage(root: HTMLElement, lang: string) {
  const han = /\p{Script=Han}/u;
  const ownText = (el: HTMLElement) => han.test(el.textContent) && !/[A-Za-z]/.test(el.textContent);
  for (const el of root.querySelectorAll('*')) {
    if (inSvg(el) || el.closest('script, style') || !ownText(el)) continue;
    const parent = el.parentNode as HTMLElement | null;
    if (parent && parent !== root && !inSvg(parent) && ownText(parent)) continue;
    el.setAttribute('lang', lang);
  }
}

/** What makes two scripts the same: the file they load, or their text. */
function scriptKey(script: HTMLElement): string {
  return script.getAttribute('src') ?? `${script.getAttribute('type') ?? ''}:${script.text}`;
}

/** Assemble the chapters into the placeholder of the whole-book page. */
export function assembleWholeBook(pageHtml: string, chapters: readonly ChapterHtml[], base: string, options: AssembleOptions = {}): string {
  if (!PLACEHOLDER.test(pageHtml)) throw new Error('whole-book page: the <div id="bk-whole-book"> placeholder is missing');
  const w = options.words ?? wholeBookWords(MESSAGES.en);
  const b = base.endsWith('/') ? base : `${base}/`;
  const prefixOf = new Map<string, string>(
    chapters.flatMap((c) => [
      [`${b}${c.id}/`, `c${c.number}-`] as const,
      ...(options.localeDir ? [[`${b}${options.localeDir}/${c.id}/`, `c${c.number}-`] as const] : []),
    ]),
  );
  const parts: string[] = [];
  const answers: string[] = [];
  // Each chapter brings the scripts of its components; a module or a script file already on the
  // page (or twice in one chapter) is dropped, or it would run again (a second
  // customElements.define of a name throws). Classic inline scripts stay: one may act on the
  // element just before it.
  const shellScripts = parse(pageHtml).querySelectorAll('script').map(scriptKey);

  for (const c of chapters) {
    const content = parse(c.html).querySelector('.sl-markdown-content');
    if (!content) throw new Error(`whole-book: no .sl-markdown-content in the page of ${c.id}`);
    const prefix = `c${c.number}-`;
    // Each chapter keeps the scripts its own components need, even where an earlier chapter
    // brought the same one: the page loads chapters as the reader reaches them, in any order
    // (whole-book-parts.ts), and its loader runs a script only once (whole-book-loader.ts).
    const scripts = new Set(shellScripts);
    for (const script of content.querySelectorAll('script[src], script[type="module"]')) {
      const key = scriptKey(script);
      if (scripts.has(key)) script.remove();
      else scripts.add(key);
    }
    // Hidden search tokens are for the chapter pages only.
    for (const el of content.querySelectorAll('.bk-search-tokens')) el.remove();
    // So is the diagrams' full-screen dialog (one per chapter would repeat its ids and landmark).
    for (const el of content.querySelectorAll('dialog.bk-zoom')) el.remove();
    prefixIds(content, prefix);
    if (c.lang && options.lang) markPageLanguage(content, options.lang);
    // Links within the chapter and to other chapters stay inside this page.
    for (const a of content.querySelectorAll('a[href]')) {
      const href = a.getAttribute('href')!;
      if (href.startsWith('#')) {
        a.setAttribute('href', `#${prefix}${href.slice(1)}`);
        continue;
      }
      const [path, hash] = href.split('#') as [string, string | undefined];
      const target = prefixOf.get(path);
      if (target) a.setAttribute('href', hash ? `#${target}${hash}` : `#${target}chapter`);
    }
    // Worked answers go to the appendix, each replaced by a pointer to it.
    content.querySelectorAll('.bk-questions').forEach((list) => {
      list.querySelectorAll(':scope > li').forEach((li, i) => {
        const details = li.querySelector('details.bk-answer');
        if (!details) return;
        const body = details.querySelector('.bk-answer__body')?.innerHTML ?? '';
        const id = `answer-${c.number}-${i + 1}`;
        const answer = c.lang ? `<div lang="${c.lang}">${body}</div>` : body;
        answers.push(`<li id="${id}" value="${i + 1}"><p class="bk-answer__for"><strong>${c.number}.${i + 1}</strong> <a href="#${prefix}q${i + 1}">${w.backToQuestion}</a></p>${answer}</li>`);
        li.setAttribute('id', `${prefix}q${i + 1}`);
        // In a chapter given in another language the pointer is the page's words: its own language.
        details.replaceWith(`<p class="bk-answer-pointer"${c.lang && options.lang ? ` lang="${options.lang}"` : ''}><a href="#${id}">${w.answerPointer(`${c.number}.${i + 1}`)}</a></p>`);
      });
    });
    const body = c.lang
      ? `<p class="bk-box bk-chapter__untranslated">${w.untranslated}</p><div class="bk-chapter__original" lang="${c.lang}">${content.innerHTML}</div>`
      : content.innerHTML;
    parts.push(
      `<section class="bk-chapter" aria-labelledby="${prefix}chapter" data-chapter-id="${c.id}"><h1 class="bk-chapter__title" id="${prefix}chapter"><span class="bk-secnum">${w.chapter(String(c.number))}</span> ${c.title}</h1>${body}</section>`,
    );
  }
  const appendix = answers.length
    ? `<section class="bk-chapter bk-appendix" aria-labelledby="appendix-answers"><h1 class="bk-chapter__title" id="appendix-answers">${w.appendix}</h1><ol class="bk-appendix__answers">${answers.join('')}</ol></section>`
    : '';
  const contents = `<nav class="bk-contents" aria-labelledby="bk-contents-title"><h2 id="bk-contents-title">${w.contents}</h2><ol>${chapters
    .map((c) => `<li value="${c.number}"><a href="#c${c.number}-chapter">${c.title}</a></li>`)
    .join('')}${answers.length ? `<li class="bk-contents__appendix"><a href="#appendix-answers">${w.appendix}</a></li>` : ''}</ol></nav>`;
  // The closing comment stays: whole-book-parts.ts finds the assembled book by it.
  // A function, so that a "$&" in a chapter is not read as a replacement pattern.
  return pageHtml.replace(PLACEHOLDER, () => `<div id="bk-whole-book">${contents}${parts.join('')}${appendix}</div>${BOOK_END}`);
}
