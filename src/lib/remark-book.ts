/**
 * The textbook apparatus at compile time: numbers sections and figures, resolves <Ref> ids into
 * numbered links with previews, checks <Term> ids against the glossary and <Cite> keys against the
 * bibliography (numbering citations per chapter), checks quizzes and review questions, appends the
 * chapter's reference list, and adds Chinese search tokens. Every author mistake fails the build
 * with the file and line.
 */
import { seededShuffle } from './shuffle';
import { relative, sep } from 'node:path';
import type { Root, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';
import { glossaryById } from '../data/glossary';
import { referencesByKey } from '../data/references';
import { DOCS_DIR } from './book-files';
import { getBookIndex, type BookIndex } from './book-index';
import { citeProblems, figureProblem, questionProblem, quizProblems, refProblem, termProblem, unwrapParagraphs } from './author-checks';
import { analyzeChapter, attr, citeKeys, figureAnchor, hasAttr, isJsx, setAttr, type JsxElement } from './chapter-analysis';
import { localePrefix, MESSAGES, splitLocalePath, type Locale } from '../i18n';
import { checkParity } from './translations';
import { zhSearchTokens } from '../i18n/zh-search';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chineseSearchTokens } from './chinese-tokens';
import type { CheckedGlossaryEntry } from './glossary';
import { withBase } from './rehype-internal-links';
import type { Reference } from './references';
import { AuthorError } from './source-location';

export interface RemarkBookOptions {
  base: string;
  docsDir?: string;
  /** The book's index in a language (English unless the page being compiled is a translation). */
  index?: (locale: Locale) => BookIndex;
  /** Reads a file under docsDir (the English source of a translation, for the parity check). */
  readDoc?: (path: string) => string;
  glossary?: ReadonlyMap<string, CheckedGlossaryEntry>;
  references?: ReadonlyMap<string, Reference>;
}

type VFileLike = { path?: string; history?: string[] };

function jsx(name: string, attributes: Record<string, string>, children: RootContent[] = []): RootContent {
  return {
    type: 'mdxJsxFlowElement',
    name,
    attributes: Object.entries(attributes).map(([n, value]) => ({ type: 'mdxJsxAttribute', name: n, value })),
    children: children as never,
  };
}

export default function remarkBook(options: RemarkBookOptions) {
  const docsDir = options.docsDir ?? DOCS_DIR;
  const getIndex = options.index ?? ((locale: Locale) => getBookIndex(docsDir, locale));
  const readDoc = options.readDoc ?? ((p: string) => readFileSync(join(docsDir, p), 'utf8'));
  const glossary = options.glossary ?? glossaryById;
  const references = options.references ?? referencesByKey;

  return (tree: Root, file: VFileLike) => {
    const abs = file.path ?? file.history?.[0];
    if (!abs) return;
    const full = relative(docsDir, abs).split(sep).join('/');
    if (full.startsWith('..')) return;
    // A translation (content/docs/zh-cn/…) is numbered as its English source and labelled in its language.
    const { locale, path: rel } = splitLocalePath(full);
    const m = MESSAGES[locale];
    const index = getIndex(locale);
    const page = index.book.byPath.get(rel);
    if (!page) return;
    const fail = (node: JsxElement | undefined, message: string): never => {
      throw new AuthorError(file, node, message);
    };
    if (locale !== 'en') {
      const problems = checkParity(readDoc(rel), readDoc(full), page.chapter, `content/docs/${full}`, `content/docs/${rel}`);
      if (problems.length) {
        throw new Error(`The translation does not match its English source content/docs/${rel}:\n  ${problems.join('\n  ')}`);
      }
    }
    const href = (path: string) => withBase(path, options.base);
    const localHref = (path: string) => href(`/${localePrefix(locale)}${path.replace(/^\//, '')}`);
    let uid = 0;
    const nextUid = (kind: string) => `${kind}-${page.slug}-${++uid}`;

    // Numbers and ids for headings, numbers for figures.
    const { sections, figures } = analyzeChapter(tree, page.chapter);
    for (const s of sections) {
      // An explicit id comment ({/* #id */}) has done its work; it is not part of the heading.
      s.node.children = s.node.children.filter((c) => (c.type as string) !== 'mdxTextExpression');
      // Nor is the space before it: the heading's text ends at its last word (the anchor link's
      // label quotes it: “写给学生”一节, not “写给学生 ”一节).
      const last = s.node.children.at(-1);
      if (last?.type === 'text') last.value = last.value.trimEnd();
      s.node.data = { ...s.node.data, hProperties: { ...(s.node.data?.hProperties ?? {}), id: s.slug } };
      if (s.number) {
        s.node.children.unshift({
          type: 'emphasis',
          data: { hName: 'span', hProperties: { className: ['bk-secnum'] } },
          children: [{ type: 'text', value: `${s.number} ` }],
        });
      }
    }
    for (const f of figures) {
      const noCaption = figureProblem(f.node);
      if (noCaption) fail(f.node, noCaption);
      setAttr(f.node, 'anchor', figureAnchor(f.id));
      setAttr(f.node, 'label', f.kind === 'table' ? m.table(f.number) : m.figure(f.number));
    }

    const citeOrder: string[] = [];
    /** Number a node's reference keys in order of first use on the page ("2,1"). */
    const citeNumbers = (node: JsxElement): string => {
      const problem = citeProblems(node, references)[0];
      if (problem) fail(node, problem);
      const keys = citeKeys(node);
      for (const k of keys) if (!citeOrder.includes(k)) citeOrder.push(k);
      return keys.map((k) => String(citeOrder.indexOf(k) + 1)).join(',');
    };
    const usedTerms = new Set<string>();
    const definedTerms = new Set<string>();
    const quizIds = new Set<string>();

    visit(tree, (node) => {
      if (!isJsx(node)) return;
      switch (node.name) {
        case 'Figure': {
          // Sources credited in a caption are citations like any other.
          const numbers = citeNumbers(node);
          if (numbers) {
            setAttr(node, 'citeNumbers', numbers);
            setAttr(node, 'uid', nextUid('fig'));
          }
          break;
        }
        case 'Ref': {
          const problem = refProblem(node, index.targets);
          if (problem) fail(node, problem);
          const target = index.targets.get(attr(node, 'to')!);
          setAttr(node, 'href', href(target!.path));
          setAttr(node, 'label', target!.label);
          setAttr(node, 'title', target!.title);
          setAttr(node, 'preview', target!.preview);
          if (target!.titleLang) setAttr(node, 'titleLang', target!.titleLang);
          if (target!.previewLang) setAttr(node, 'previewLang', target!.previewLang);
          setAttr(node, 'uid', nextUid('ref'));
          break;
        }
        case 'Term': {
          const id = attr(node, 'id');
          const problem = termProblem(node, glossary, page.slug);
          if (problem) fail(node, problem);
          usedTerms.add(id!);
          if (hasAttr(node, 'define')) definedTerms.add(id!);
          setAttr(node, 'href', `${localHref('/glossary/')}#${id}`);
          setAttr(node, 'uid', nextUid('term'));
          break;
        }
        case 'Cite': {
          const numbers = citeNumbers(node);
          setAttr(node, 'numbers', numbers);
          setAttr(node, 'uid', nextUid('cite'));
          break;
        }
        case 'Quiz': {
          const id = attr(node, 'id');
          unwrapParagraphs(node);
          const problem = quizProblems(node, quizIds)[0];
          if (problem) fail(problem.node as JsxElement, problem.message);
          setAttr(node, 'storageKey', `${page.slug}/${id}`);
          let item = 0;
          for (const q of node.children) {
            if (!isJsx(q)) continue;
            item += 1;
            const opts = q.children.filter((o): o is JsxElement => isJsx(o));
            const multiple = String(opts.filter((o) => hasAttr(o, 'correct')).length > 1);
            const qid = `${page.slug}-${id}-${item}`;
            setAttr(q, 'multiple', multiple);
            setAttr(q, 'qid', qid);
            opts.forEach((o, i) => {
              // The value is the option's place in the source: it identifies the option whatever order it is shown in.
              setAttr(o, 'value', String(i));
              setAttr(o, 'name', qid);
              setAttr(o, 'multiple', multiple);
            });
            // Served (and read without JavaScript) in an order shuffled by the question's id, so the
            // right answer's position is balanced across the book; the browser reshuffles per reader.
            q.children = [...q.children.filter((c) => !isJsx(c)), ...seededShuffle(opts, `quiz:${qid}`)] as typeof q.children;
          }
          break;
        }
        case 'Question': {
          const problem = questionProblem(node);
          if (problem) fail(node, problem);
          break;
        }
      }
    });

    if (citeOrder.length) {
      tree.children.push(
        { type: 'heading', depth: 2, data: { hProperties: { id: 'references' } }, children: [{ type: 'text', value: m.references }] },
        jsx('ChapterReferences', { keys: citeOrder.join(',') }),
      );
    }
    if (page.kind === 'chapter') tree.children.push(jsx('MarkRead', { chapter: page.id }));

    // The terms this page teaches, as Pagefind metadata ("defines"), which the search ranks with a
    // weight of its own: the chapter that defines a term comes before pages that only use it.
    // A term of several words is written as one ("type1hypervisor"), so that a page that defines
    // "type 1 hypervisor" does not also count as defining "hypervisor"; its words still weigh
    // heavily through the defining <Term>. (Pagefind separates metadata fields with commas.)
    // English pages only: the Chinese index segments a joined name again (基础设施即服务 → 基础设施,
    // 即, 服务), so every defined term containing 服务 counted as defining 服务网格, and a page that
    // defines many terms (Chapter 1) ranked first for terms it only mentions. Chinese pages rank
    // well on their headings and prose alone (tests/browser/i18n.test.ts).
    if (definedTerms.size && locale === 'en') {
      const names = [...definedTerms].flatMap((id) => {
        const e = glossary.get(id)!;
        return [e.term, e.zh, ...(e.aliases ?? [])];
      });
      tree.children.push({
        type: 'paragraph',
        data: { hName: 'span', hProperties: { hidden: true, dataPagefindMeta: `defines:${names.map((n) => n.replace(/[\s,:;]+/g, '')).join(' ')}` } },
        children: [],
      });
    }

    // Chinese search tokens from the text and from the glossary terms the page shows (on Chinese
    // pages too: they let 页表 find 影子页表 in the zh-cn index whatever Pagefind's segmentation does).
    let text = toString(tree);
    for (const id of usedTerms) text += ` ${glossary.get(id)?.zh ?? ''}`;
    const tokens = locale === 'en' ? chineseSearchTokens(text) : zhSearchTokens(text);
    if (tokens.length) {
      tree.children.push({
        type: 'paragraph',
        // Weighted low: they let a search for 页表 find 影子页表, but should not rank a page by themselves.
        data: { hName: 'div', hProperties: { hidden: true, className: ['bk-search-tokens'], dataPagefindWeight: '0.2' } },
        children: [{ type: 'text', value: tokens.join(' ') }],
      });
    }
  };
}
