/**
 * The book-wide index of cross-reference targets (chapters, sections, figures, tables) and of where
 * each glossary term is used. Built from a fresh parse of every file in content/docs and cached
 * until a file changes, so each page can resolve references into any other.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { visit } from 'unist-util-visit';
import { readBook, DOCS_DIR } from './book-files';
import { pageHref, type Book, type BookPage } from './book-order';
import { MESSAGES, localePrefix, type Locale } from '../i18n';
import { readTranslations, type Translation } from './translations';
import { zhTitle } from '../i18n/zh-titles';
import { analyzeChapter, attr, citeKeys, figureAnchor, isJsx, truncate, type ChapterAnalysis } from './chapter-analysis';
import { parseMdx } from './mdx-parse';
import { glossaryById } from '../data/glossary';

export interface RefTarget {
  /** "Chapter 4", "Section 4.2", "Figure 4.3", "Table 10.1"; an unnumbered section's title. */
  label: string;
  /** Root-relative URL without the base: "/system/cpu-virtualization/#trap-and-emulate". */
  path: string;
  /** Shown in the hover/focus preview. */
  title: string;
  preview: string;
  page: BookPage;
  /** "en" where a translation's target is not translated yet: its title or preview is English text. */
  titleLang?: 'en';
  previewLang?: 'en';
}

export interface PageIndex extends ChapterAnalysis {
  page: BookPage;
  /** Glossary ids used with <Term>. */
  terms: Set<string>;
  /** Self-check quiz questions (<QuizItem>) on the page. */
  quizItems: number;
}

export interface BookIndex {
  book: Book;
  pages: Map<string, PageIndex>;
  targets: Map<string, RefTarget>;
  /** Glossary id → pages that use the term, in book order. */
  termUses: Map<string, BookPage[]>;
  /** Reference key → pages that cite it, in book order. */
  citeUses: Map<string, BookPage[]>;
}

function description(source: string): string {
  const m = /^description:\s*(.+)$/m.exec(source);
  return m ? m[1]!.replace(/^["']|["']$/g, '').trim() : '';
}

/** A problem found while indexing, at a line of a page (path relative to content/docs). */
export interface IndexProblem {
  path: string;
  line: number;
  column: number;
  message: string;
}

/**
 * The index of the book in one language. For a translation, `read` returns the translated text of
 * a page where there is one (else the English), `book` carries the translated titles, and targets'
 * paths and labels are the locale's ("/zh-cn/system/x/#id", "4.2 节").
 * Problems (a page that does not parse, a bad or duplicate figure id) throw, listing them all,
 * unless `onProblem` takes them: then unparseable pages are skipped and indexing goes on.
 */
export function buildIndex(
  book: Book,
  read: (path: string) => string,
  locale: Locale = 'en',
  isTranslated: (path: string) => boolean = () => true,
  onProblem?: (p: IndexProblem) => void,
): BookIndex {
  const m = MESSAGES[locale];
  const prefix = localePrefix(locale);
  const pages = new Map<string, PageIndex>();
  const targets = new Map<string, RefTarget>();
  const termUses = new Map<string, BookPage[]>();
  const citeUses = new Map<string, BookPage[]>();
  const figureOwners = new Map<string, string>();
  const problems: IndexProblem[] = [];

  for (const page of book.pages) {
    const source = read(page.path);
    let tree;
    try {
      tree = parseMdx(source, !page.path.endsWith('.md'));
    } catch (error) {
      if (!onProblem) throw error;
      continue; // the pre-build check reports the parse error itself
    }
    // A self-closing <Term /> writes its name in the page's language (English on a page that is
    // not translated yet): the section previews need it too.
    const inEnglish = locale === 'en' || !isTranslated(page.path);
    const analysis = analyzeChapter(tree, page.chapter, (id) => {
      const entry = glossaryById.get(id);
      return entry && (inEnglish ? entry.term : entry.zh);
    });
    const terms = new Set<string>();
    const cites = new Set<string>();
    let quizItems = 0;
    visit(tree, (node) => {
      if (isJsx(node, 'QuizItem')) quizItems += 1;
      if (isJsx(node, 'Term')) {
        const id = attr(node, 'id');
        if (id) terms.add(id);
      }
      for (const k of citeKeys(node)) cites.add(k);
    });
    pages.set(page.id, { page, terms, quizItems, ...analysis });
    for (const t of terms) termUses.set(t, [...(termUses.get(t) ?? []), page]);
    for (const k of cites) citeUses.set(k, [...(citeUses.get(k) ?? []), page]);

    const path = pageHref(`${prefix}${page.id}`.replace(/\/index$/, ''), '/');
    const english: { titleLang?: 'en'; previewLang?: 'en' } = locale !== 'en' && !isTranslated(page.path) ? { titleLang: 'en', previewLang: 'en' } : {};
    if (page.kind === 'chapter') {
      targets.set(`ch:${page.slug}`, { label: m.chapter(String(page.chapter)), path, title: page.title, preview: truncate(description(source)), page, ...(english.previewLang ? { previewLang: 'en' } : {}) });
    }
    for (const s of analysis.sections) {
      targets.set(`sec:${page.slug}/${s.slug}`, {
        label: s.number ? m.section(s.number) : s.title,
        path: `${path}#${s.slug}`,
        title: s.title,
        preview: s.preview,
        page,
        ...english,
      });
    }
    for (const f of analysis.figures) {
      const line = f.node.position?.start.line ?? 1;
      const column = f.node.position?.start.column ?? 1;
      const where = `content/docs/${page.path}:${line}`;
      if (!/^(fig|tab):[a-z0-9]+(?:-[a-z0-9]+)*$/.test(f.id)) {
        problems.push({ path: page.path, line, column, message: `<Figure id="${f.id}">: an id must be "fig:" or "tab:" followed by a kebab-case name` });
        continue;
      }
      const owner = figureOwners.get(f.id);
      if (owner) problems.push({ path: page.path, line, column, message: `figure id "${f.id}" is already used at ${owner}` });
      figureOwners.set(f.id, where);
      targets.set(f.id, {
        label: f.kind === 'table' ? m.table(f.number) : m.figure(f.number),
        path: `${path}#${figureAnchor(f.id)}`,
        // A figure's preview is its own: its label over its caption, not its chapter's title.
        title: f.kind === 'table' ? m.table(f.number) : m.figure(f.number),
        preview: f.caption,
        page,
        // The title is the locale's label; only the caption of an untranslated page is English.
        ...(english.previewLang ? { previewLang: 'en' } : {}),
      });
    }
  }
  if (onProblem) problems.forEach(onProblem);
  else if (problems.length) throw new Error(problems.map((p) => `content/docs/${p.path}:${p.line}:${p.column}: ${p.message}`).join('\n'));
  return { book, pages, targets, termUses, citeUses };
}

const cache = new Map<Locale, { key: string; index: BookIndex; translations: Map<string, Translation> }>();

/** The book with a translation's titles where a page is translated (ids and paths stay English). */
export function localizeBook(book: Book, translations: ReadonlyMap<string, Translation>, names?: (path: string) => string | undefined): Book {
  const pages = book.pages.map((p) => {
    const title = translations.get(p.path)?.title || names?.(p.path);
    return title ? { ...p, title } : p;
  });
  const byPath = new Map(pages.map((p) => [p.path, p]));
  const chapters = book.chapters.map((c) => byPath.get(c.path)!);
  return {
    pages,
    chapters,
    byId: new Map(pages.map((p) => [p.id, p])),
    bySlug: new Map(chapters.map((c) => [c.slug, c])),
    byPath,
  };
}

function load(docsDir: string, locale: Locale) {
  const book = readBook(docsDir);
  const stamp = (rel: string) => (existsSync(join(docsDir, rel)) ? statSync(join(docsDir, rel)).mtimeMs : 0);
  const key = book.pages.map((p) => `${p.path}:${stamp(p.path)}:${locale === 'en' ? '' : stamp(`${locale}/${p.path}`)}`).join('|');
  const hit = cache.get(locale);
  if (hit?.key === key) return hit;
  const translations = locale === 'en' ? new Map<string, Translation>() : readTranslations(book, docsDir, locale);
  const read = (p: string) => translations.get(p)?.text ?? readFileSync(join(docsDir, p), 'utf8');
  const entry = { key, translations, index: buildIndex(localizeBook(book, translations, locale === 'zh-cn' ? zhTitle : undefined), read, locale, (p) => translations.has(p)) };
  cache.set(locale, entry);
  return entry;
}

/** The index of the book on disk in one language, rebuilt only when a file in content/docs changes. */
export function getBookIndex(docsDir = DOCS_DIR, locale: Locale = 'en'): BookIndex {
  return load(docsDir, locale).index;
}

/** The translations of a locale (English path → translation), as the index read them. */
export function getTranslations(docsDir = DOCS_DIR, locale: Locale): Map<string, Translation> {
  return load(docsDir, locale).translations;
}
