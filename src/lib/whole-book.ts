/**
 * The whole book on one page, assembled after the build from the chapters' own HTML, so numbers,
 * figures, previews and references are exactly those of the chapter pages. Ids are made unique per
 * chapter, links between chapters become links within the page, and worked answers move to an
 * appendix (a printed book shows them at the back).
 */
import { parse, type HTMLElement } from 'node-html-parser';

export interface ChapterHtml {
  /** Collection id, e.g. "system/cpu-virtualization". */
  id: string;
  number: number;
  title: string;
  /** The page's full HTML. */
  html: string;
}

const PLACEHOLDER = /<div id="bk-whole-book"[^>]*>[\s\S]*?<\/div><!--\/bk-whole-book-->/;

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

/** What makes two scripts the same: the file they load, or their text. */
function scriptKey(script: HTMLElement): string {
  return script.getAttribute('src') ?? `${script.getAttribute('type') ?? ''}:${script.text}`;
}

/** Assemble the chapters into the placeholder of the whole-book page. */
export function assembleWholeBook(pageHtml: string, chapters: readonly ChapterHtml[], base: string): string {
  if (!PLACEHOLDER.test(pageHtml)) throw new Error('whole-book page: the <div id="bk-whole-book"> placeholder is missing');
  const b = base.endsWith('/') ? base : `${base}/`;
  const prefixOf = new Map(chapters.map((c) => [`${b}${c.id}/`, `c${c.number}-`]));
  const parts: string[] = [];
  const answers: string[] = [];
  // Each chapter brings the scripts of its components; a module or a script file already on the
  // page is dropped, or it would run again (a second customElements.define of a name throws).
  // Classic inline scripts stay: one may act on the element just before it.
  const scripts = new Set(parse(pageHtml).querySelectorAll('script').map(scriptKey));

  for (const c of chapters) {
    const content = parse(c.html).querySelector('.sl-markdown-content');
    if (!content) throw new Error(`whole-book: no .sl-markdown-content in the page of ${c.id}`);
    const prefix = `c${c.number}-`;
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
        answers.push(`<li id="${id}" value="${i + 1}"><p class="bk-answer__for"><strong>${c.number}.${i + 1}</strong> <a href="#${prefix}q${i + 1}">back to the question</a></p>${body}</li>`);
        li.setAttribute('id', `${prefix}q${i + 1}`);
        details.replaceWith(`<p class="bk-answer-pointer"><a href="#${id}">Worked answer: Appendix, ${c.number}.${i + 1}</a></p>`);
      });
    });
    parts.push(
      `<section class="bk-chapter" aria-labelledby="${prefix}chapter"><h1 class="bk-chapter__title" id="${prefix}chapter"><span class="bk-secnum">Chapter ${c.number}</span> ${c.title}</h1>${content.innerHTML}</section>`,
    );
  }
  const appendix = answers.length
    ? `<section class="bk-chapter bk-appendix" aria-labelledby="appendix-answers"><h1 class="bk-chapter__title" id="appendix-answers">Appendix: worked answers to the review questions</h1><ol class="bk-appendix__answers">${answers.join('')}</ol></section>`
    : '';
  const contents = `<nav class="bk-contents" aria-labelledby="bk-contents-title"><h2 id="bk-contents-title">Contents</h2><ol>${chapters
    .map((c) => `<li value="${c.number}"><a href="#c${c.number}-chapter">${c.title}</a></li>`)
    .join('')}${answers.length ? '<li class="bk-contents__appendix"><a href="#appendix-answers">Appendix: worked answers to the review questions</a></li>' : ''}</ol></nav>`;
  return pageHtml.replace(PLACEHOLDER, `<div id="bk-whole-book">${contents}${parts.join('')}${appendix}</div>`);
}
