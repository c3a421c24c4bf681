/**
 * The book-wide index of cross-reference targets (chapters, sections, figures, tables) and of where
 * each glossary term is used. Built from a fresh parse of every file in content/docs and cached
 * until a file changes, so each page can resolve references into any other.
 */
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { visit } from 'unist-util-visit';
import { readBook, DOCS_DIR } from './book-files';
import { pageHref, type Book, type BookPage } from './book-order';
import { analyzeChapter, attr, citeKeys, figureAnchor, isJsx, truncate, type ChapterAnalysis } from './chapter-analysis';
import { parseMdx } from './mdx-parse';

export interface RefTarget {
  /** "Chapter 4", "Section 4.2", "Figure 4.3", "Table 10.1"; an unnumbered section's title. */
  label: string;
  /** Root-relative URL without the base: "/system/cpu-virtualization/#trap-and-emulate". */
  path: string;
  /** Shown in the hover/focus preview. */
  title: string;
  preview: string;
  page: BookPage;
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
 * Index the book. Problems (a page that does not parse, a bad or duplicate figure id) throw, listing
 * them all, unless `onProblem` takes them: then unparseable pages are skipped and indexing goes on.
 */
export function buildIndex(book: Book, read: (path: string) => string, onProblem?: (p: IndexProblem) => void): BookIndex {
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
    const analysis = analyzeChapter(tree, page.chapter);
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

    const path = pageHref(page.id, '/');
    if (page.kind === 'chapter') {
      targets.set(`ch:${page.slug}`, { label: `Chapter ${page.chapter}`, path, title: page.title, preview: truncate(description(source)), page });
    }
    for (const s of analysis.sections) {
      targets.set(`sec:${page.slug}/${s.slug}`, {
        label: s.number ? `Section ${s.number}` : s.title,
        path: `${path}#${s.slug}`,
        title: s.title,
        preview: s.preview,
        page,
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
        label: `${f.kind === 'table' ? 'Table' : 'Figure'} ${f.number}`,
        path: `${path}#${figureAnchor(f.id)}`,
        // A figure's preview is its own: its label over its caption, not its chapter's title.
        title: `${f.kind === 'table' ? 'Table' : 'Figure'} ${f.number}`,
        preview: f.caption,
        page,
      });
    }
  }
  if (onProblem) problems.forEach(onProblem);
  else if (problems.length) throw new Error(problems.map((p) => `content/docs/${p.path}:${p.line}:${p.column}: ${p.message}`).join('\n'));
  return { book, pages, targets, termUses, citeUses };
}

let cache: { key: string; index: BookIndex } | undefined;

/** The index of the book on disk, rebuilt only when a file in content/docs changes. */
export function getBookIndex(docsDir = DOCS_DIR): BookIndex {
  const book = readBook(docsDir);
  const key = book.pages.map((p) => `${p.path}:${statSync(join(docsDir, p.path)).mtimeMs}`).join('|');
  if (cache?.key !== key) {
    cache = { key, index: buildIndex(book, (p) => readFileSync(join(docsDir, p), 'utf8')) };
  }
  return cache.index;
}
