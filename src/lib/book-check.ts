/**
 * The pre-build check: reads every page of the book and collects every author mistake (bad
 * frontmatter, a page out of the book's structure, unknown glossary id, citation key or
 * cross-reference id, a malformed figure, quiz or question, a relative or dead link, a Mermaid
 * diagram without accTitle/accDescr or without an up-to-date SVG, a chapter that breaks the rules
 * in chapter-rules.ts), each with its file, line and column and, for ids and keys, the likely
 * intended one. The build runs it before Astro starts (book-check-integration.ts) and stops with
 * the whole list, so one build shows every mistake. The remark plugins keep the same checks
 * (author-checks.ts) as a backstop.
 *
 * Translations (content/docs/<locale>/, e.g. zh-cn/) are not part of the book's structure: each is
 * checked as its English page (same slug, ids and keys), except for the chapter rules, whose
 * headings are English (the parity check in remark-book compares a translation's outline instead).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import type { Root } from 'mdast';
import { visit } from 'unist-util-visit';
import { citeProblems, figureProblem, questionProblem, quizProblems, refProblem, termProblem, unwrapParagraphs, type NodeProblem } from './author-checks';
import { buildBook, pageHref, type Book, type SourceFile } from './book-order';
import { buildIndex } from './book-index';
import { LOCALE_FOLDERS } from './book-files';
import { attr, isJsx } from './chapter-analysis';
import { chapterProblems } from './chapter-rules';
import { bookPageSchemaForCheck } from './frontmatter-schema';
import { parseMdx } from './mdx-parse';
import { accessibilityMessage, collectMermaidFences, missingAccessibility } from './mermaid-fences.ts';
import { diagramHash, diagramSvgId } from './mermaid-hash.ts';
import { linkProblem } from './rehype-internal-links';
import { didYouMean } from './suggest';

export interface AuthorProblem {
  /** Relative to the project root, with forward slashes: "content/docs/system/01-cpu.mdx". */
  file: string;
  line: number;
  column: number;
  message: string;
}

export interface CheckOptions {
  projectRoot?: string;
  glossary: { get(id: string): { introducedIn: string } | undefined; keys(): Iterable<string> };
  references: { has(key: string): boolean; keys(): Iterable<string> };
  /** Check chapters against chapter-rules.ts (default true; off only for test harness sites). */
  chapterRules?: boolean;
  /** The installed Mermaid's version, for diagram hashes (tests pass their own). */
  mermaidVersion?: string;
  /**
   * The Chinese edition's name of a page by its path (src/i18n/zh-titles.ts): with it, a page that
   * has none is a problem (the Chinese sidebar and contents would show English).
   */
  zhTitle?: (path: string) => string | undefined;
}

export function formatProblem(p: AuthorProblem): string {
  return `${p.file}:${p.line}:${p.column}: ${p.message}`;
}

/** Every problem as `file:line:col: message`, sorted by file and line, with a count. */
export function formatReport(problems: readonly AuthorProblem[]): string {
  const files = new Set(problems.map((p) => p.file)).size;
  const head = `${problems.length} problem${problems.length === 1 ? '' : 's'} in ${files} file${files === 1 ? '' : 's'}:`;
  return [head, ...problems.map(formatProblem)].join('\n');
}

function walk(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) => {
    const full = join(dir, d.name);
    if (d.isDirectory()) return walk(full);
    return /\.mdx?$/.test(d.name) && !d.name.startsWith('_') ? [full] : [];
  });
}

/** The line (1-based, in the file) of a top-level frontmatter key, or of the opening "---". */
function frontmatterLine(text: string, key: string | undefined): number {
  if (key) {
    const lines = text.split(/\r?\n/);
    for (let i = 1; i < lines.length && lines[i] !== '---'; i++) if (lines[i]!.startsWith(`${key}:`)) return i + 1;
  }
  return 1;
}

export interface BookCheck {
  problems: AuthorProblem[];
  /** The book as far as it could be read (undefined when its files are not in order). */
  book?: Book;
  /** Mermaid fences with no rendered SVG (already among the problems). */
  missingDiagrams: { file: string; line: number; hash: string }[];
}

export function checkBook(options: CheckOptions): BookCheck {
  const root = options.projectRoot ?? process.cwd();
  const docsDir = join(root, 'content', 'docs');
  const diagramsDir = join(root, 'content', 'diagrams');
  const rel = (abs: string) => relative(root, abs).split(sep).join('/');
  const problems: AuthorProblem[] = [];
  const missingDiagrams: BookCheck['missingDiagrams'] = [];
  const add = (file: string, node: NodeProblem['node'], message: string) =>
    problems.push({ file, line: node?.position?.start.line ?? 1, column: node?.position?.start.column ?? 1, message });

  // 1. Frontmatter of every page, against the collection's schema.
  const schema = bookPageSchemaForCheck();
  const known = Object.keys((schema as unknown as { shape: Record<string, unknown> }).shape);
  const texts = new Map<string, string>();
  const sources: SourceFile[] = [];
  for (const abs of walk(docsDir).sort()) {
    const path = relative(docsDir, abs).split(sep).join('/');
    const file = rel(abs);
    const text = readFileSync(abs, 'utf8');
    texts.set(path, text);
    let frontmatter: Record<string, unknown> = {};
    let yamlOk = true;
    try {
      frontmatter = parseFrontmatter(text).frontmatter as Record<string, unknown>;
    } catch (error) {
      // js-yaml counts lines from the newline after the opening "---", i.e. from the file's line 1.
      const mark = (error as { mark?: { line?: number; column?: number } }).mark;
      const reason = (error as { reason?: string }).reason ?? (error as Error).message.split('\n')[0];
      problems.push({ file, line: (mark?.line ?? 0) + 1, column: (mark?.column ?? 0) + 1, message: `frontmatter is not valid YAML: ${reason} (a value holding ": " needs quotes)` });
      yamlOk = false;
    }
    // Unreadable YAML: its fields are not "missing", so say nothing more about them.
    const parsed = yamlOk ? schema.safeParse(frontmatter) : { success: true as const };
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        if (issue.code === 'unrecognized_keys') {
          for (const key of issue.keys) {
            problems.push({ file, line: frontmatterLine(text, key), column: 1, message: `frontmatter: Unrecognized key: "${key}"${didYouMean(key, known)}` });
          }
          continue;
        }
        const key = issue.path.map(String).join('.');
        problems.push({ file, line: frontmatterLine(text, String(issue.path[0] ?? '')), column: 1, message: `frontmatter: ${key || '(root)'}: ${issue.message}` });
      }
    }
    sources.push({ path, title: typeof frontmatter.title === 'string' ? frontmatter.title : '' });
  }

  // 2. The book's structure (file names and places), English pages only.
  const localeOf = (path: string) => {
    const first = path.split('/')[0]!;
    return path.includes('/') && LOCALE_FOLDERS.has(first) ? first : undefined;
  };
  let book: Book | undefined;
  try {
    book = buildBook(sources.filter((s) => !localeOf(s.path)));
  } catch (error) {
    for (const line of (error as Error).message.split('\n').slice(1)) {
      const m = /^\s*(content\/docs\/\S+?): (.*)$/.exec(line);
      if (m) problems.push({ file: m[1]!, line: 1, column: 1, message: m[2]! });
    }
  }
  if (!book) return { problems: sortProblems(problems), missingDiagrams };

  // 3. The cross-reference index (bad or duplicate figure ids are problems too).
  const index = buildIndex(book, (p) => texts.get(p) ?? '', 'en', () => true, (p) =>
    problems.push({ file: `content/docs/${p.path}`, line: p.line, column: p.column, message: p.message }),
  );
  const pages = new Set(book.pages.flatMap((p) => [pageHref(p.id, '/'), ...[...LOCALE_FOLDERS].map((l) => pageHref(`${l}/${p.id}`.replace(/\/index$/, ''), '/'))]));
  const byPath = new Map(book.pages.map((p) => [p.path, p]));
  // Every page to check: the English book, then each translation as its English page.
  const files: { page: (typeof book.pages)[number]; path: string; translation: boolean }[] = book.pages.map((page) => ({ page, path: page.path, translation: false }));
  for (const path of texts.keys()) {
    const locale = localeOf(path);
    if (!locale) continue;
    const page = byPath.get(path.slice(locale.length + 1));
    if (page) files.push({ page, path, translation: true });
    else problems.push({ file: `content/docs/${path}`, line: 1, column: 1, message: `a translation of content/docs/${path.slice(locale.length + 1)}, which does not exist` });
  }
  const rendered = new Set(existsSync(diagramsDir) ? readdirSync(diagramsDir).filter((n) => n.endsWith('.svg')).map((n) => n.slice(0, -4)) : []);

  // 4. Every page's use of the apparatus.
  for (const { page, path, translation } of files) {
    const file = `content/docs/${path}`;
    let tree: Root;
    try {
      tree = parseMdx(texts.get(path)!, !path.endsWith('.md'));
    } catch (error) {
      const e = error as { line?: number; column?: number; place?: { line?: number; column?: number; start?: { line: number; column: number } }; reason?: string };
      const place = e.place && 'start' in e.place ? e.place.start : e.place;
      problems.push({ file, line: e.line ?? place?.line ?? 1, column: e.column ?? place?.column ?? 1, message: `cannot be read as MDX: ${e.reason ?? String(error)}` });
      continue;
    }
    const quizIds = new Set<string>();
    visit(tree, (node) => {
      if (node.type === 'link' || node.type === 'definition' || node.type === 'image') {
        const problem = linkProblem(node.url, pages, node.type === 'image' ? 'src' : 'href');
        if (problem) add(file, node, problem);
        return;
      }
      if (!isJsx(node)) return;
      if (node.name === 'a') {
        const href = attr(node, 'href');
        const problem = href === undefined ? undefined : linkProblem(href, pages);
        if (problem) add(file, node, problem);
      }
      const report = (message: string | undefined) => message && add(file, node, message);
      switch (node.name) {
        case 'Figure':
          report(figureProblem(node));
          citeProblems(node, options.references).forEach(report);
          break;
        case 'Cite':
          citeProblems(node, options.references).forEach(report);
          break;
        case 'Term':
          report(termProblem(node, options.glossary, page.slug));
          break;
        case 'Ref':
          report(refProblem(node, index.targets));
          break;
        case 'Question':
          report(questionProblem(node));
          break;
        case 'Quiz':
          unwrapParagraphs(node);
          for (const p of quizProblems(node, quizIds)) add(file, p.node, p.message);
          break;
      }
    });

    for (const fence of collectMermaidFences(tree)) {
      const missing = missingAccessibility(fence.source);
      const at = fence.node;
      if (missing.length) {
        add(file, at, accessibilityMessage('', missing).replace(/^: /, ''));
        continue;
      }
      const hash = diagramHash(fence.source, options.mermaidVersion);
      if (!rendered.has(hash)) {
        missingDiagrams.push({ file, line: fence.line, hash });
        add(file, at, `this Mermaid diagram has no rendered SVG (content/diagrams/${hash}.svg is missing or stale: the diagram is new or changed since it was last rendered). Run \`npm run diagrams\` (needs Chromium) and commit content/diagrams/.`);
      } else if (!readFileSync(join(diagramsDir, `${hash}.svg`), 'utf8').includes(`id="${diagramSvgId(hash)}"`)) {
        add(file, at, `content/diagrams/${hash}.svg was not rendered from this diagram (its root id is not ${diagramSvgId(hash)}). Delete it and run \`npm run diagrams\`.`);
      }
    }

    if (page.kind === 'chapter' && !translation && options.chapterRules !== false) for (const p of chapterProblems(tree)) add(file, p.node, p.message);
    // The Chinese edition's sidebar, contents and previews name every page in Chinese, translated or
    // not (src/i18n/zh-titles.ts): a new page without a name there would show English in them.
    if (!translation && options.chapterRules !== false && options.zhTitle && !options.zhTitle(path)) {
      add(file, undefined, `the Chinese edition has no name for this page: add '${path}': '<Chinese title>' to src/i18n/zh-titles.ts`);
    }
  }
  return { problems: sortProblems(problems), book, missingDiagrams };
}

function sortProblems(problems: AuthorProblem[]): AuthorProblem[] {
  return problems.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column);
}
