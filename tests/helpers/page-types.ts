/**
 * The kinds of page the book has, found in a built dist/ by what the pages contain, so quality
 * gates and the benchmark follow the book as chapters, diagrams and demos are added.
 * Imports carry their .ts extension: the benchmark runs this file with plain Node.
 */
import { parse, type HTMLElement } from 'node-html-parser';
import { htmlFiles, readPage } from './dist.ts';

/** Custom elements that belong to the shell or the apparatus, not to a demo. */
const NOT_DEMO = /^(?:starlight-|sl-|mobile-starlight-|site-search$|bk-)/;

export interface PageFacts {
  file: string;
  /** A numbered chapter: the build appends "Mark this chapter as read" to every chapter. */
  chapter: boolean;
  /** Rendered diagrams (Mermaid, baked to inline SVG at build time). */
  diagrams: number;
  /** Tag names of the demos (custom elements inside a figure) on the page. */
  demos: string[];
  quiz: boolean;
  term: boolean;
  ref: boolean;
}

export function pageFacts(dist: string, file: string): PageFacts {
  const root = parse(readPage(dist, file));
  const demos = new Set<string>();
  for (const el of root.querySelectorAll('figure.bk-figure *')) {
    const tag = (el as HTMLElement).rawTagName?.toLowerCase() ?? '';
    if (tag.includes('-') && !NOT_DEMO.test(tag)) demos.add(tag);
  }
  return {
    file,
    chapter: root.querySelector('bk-mark-read') !== null,
    diagrams: root.querySelectorAll('.mermaid-diagram').length,
    demos: [...demos].sort(),
    quiz: root.querySelector('bk-quiz') !== null,
    term: root.querySelector('.bk-term') !== null,
    ref: root.querySelector('.bk-ref') !== null,
  };
}

export interface PageType {
  /** Short key: home, text-chapter, diagram-chapter, demo-chapter, glossary, references, whole-book, not-found. */
  key: string;
  label: string;
  file: string;
  /** URL path below the base: "" for home, "glossary/", "404.html" … */
  path: string;
  /** Why this page was chosen, when the choice is not obvious. */
  note?: string;
}

export const pathOf = (file: string) => file.replace(/index\.html$/, '');

/**
 * One page of each kind. Chapters are compared on what they carry: the "text-only" chapter is one
 * with no demo and no diagram, or, when every chapter has diagrams, the chapter without demos that
 * has the fewest; the diagram chapter is the one without demos that has the most diagrams; the
 * demo chapter is the one with the most demos. Kinds the book does not have yet are left out.
 */
export function pageTypes(dist: string): PageType[] {
  const files = htmlFiles(dist);
  // Kinds are chosen among English pages; the Chinese edition's pages are added below as kinds of their own.
  const facts = files.filter((f) => f !== 'whole-book/index.html' && !f.startsWith('zh-cn/')).map((f) => pageFacts(dist, f));
  const chapters = facts.filter((f) => f.chapter);
  const plain = chapters.filter((f) => f.demos.length === 0);
  const out: PageType[] = [];
  const add = (key: string, label: string, file: string | undefined, note?: string) => {
    if (file && files.includes(file)) out.push({ key, label, file, path: pathOf(file), ...(note ? { note } : {}) });
  };
  add('home', 'Home', 'index.html');
  const text = [...plain].sort((a, b) => a.diagrams - b.diagrams)[0];
  if (text) {
    const note = text.diagrams ? `every chapter without demos has diagrams; this one has the fewest (${text.diagrams})` : undefined;
    add('text-chapter', text.diagrams ? 'Chapter without demos (fewest diagrams)' : 'Text-only chapter', text.file, note);
  }
  const drawn = [...plain].filter((f) => f.diagrams > 0).sort((a, b) => b.diagrams - a.diagrams)[0];
  if (drawn) add('diagram-chapter', 'Chapter with diagrams', drawn.file, `${drawn.diagrams} diagrams`);
  const demo = [...chapters].filter((f) => f.demos.length > 0).sort((a, b) => b.demos.length - a.demos.length)[0];
  if (demo) add('demo-chapter', 'Chapter with demos', demo.file, demo.demos.join(', '));
  add('glossary', 'Glossary', 'glossary/index.html');
  add('references', 'References', 'references/index.html');
  add('whole-book', 'Whole book (print edition)', 'whole-book/index.html');
  add('not-found', '404 page', '404.html');
  // The Simplified Chinese edition: its home, its glossary (pinyin order) and a translated chapter.
  add('zh-home', 'Home (简体中文)', 'zh-cn/index.html');
  add('zh-glossary', 'Glossary (简体中文)', 'zh-cn/glossary/index.html');
  const zhChapter = files.filter((f) => f.startsWith('zh-cn/')).map((f) => pageFacts(dist, f)).find((f) => f.chapter && readPage(dist, f.file).includes('data-pagefind-body'));
  if (zhChapter) add('zh-chapter', 'Translated chapter (简体中文)', zhChapter.file);
  return out;
}
