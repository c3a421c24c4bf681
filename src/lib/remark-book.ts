/**
 * The textbook apparatus at compile time: numbers sections and figures, resolves <Ref> ids into
 * numbered links with previews, checks <Term> ids against the glossary and <Cite> keys against the
 * bibliography (numbering citations per chapter), checks quizzes and review questions, appends the
 * chapter's reference list, and adds Chinese search tokens. Every author mistake fails the build
 * with the file and line.
 */
import { relative, sep } from 'node:path';
import type { Root, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';
import { glossaryById } from '../data/glossary';
import { referencesByKey } from '../data/references';
import { DOCS_DIR } from './book-files';
import { getBookIndex, type BookIndex } from './book-index';
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

/**
 * Elements written on consecutive lines (<Option>…</Option> under <QuizItem>) are parsed as inline
 * elements inside a paragraph; lift them out so they render as blocks, not inside a <p>.
 */
function unwrapParagraphs(parent: JsxElement): void {
  const out: RootContent[] = [];
  for (const child of parent.children) {
    const onlyElements =
      child.type === 'paragraph' &&
      child.children.every((c) => c.type === 'mdxJsxTextElement' || (c.type === 'text' && c.value.trim() === ''));
    if (!onlyElements) {
      out.push(child as RootContent);
      continue;
    }
    for (const c of child.children) if (c.type === 'mdxJsxTextElement') out.push({ ...c, type: 'mdxJsxFlowElement' } as never);
  }
  parent.children = out as typeof parent.children;
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
      if (!attr(f.node, 'caption')) fail(f.node, `<Figure id="${f.id}"> needs a caption`);
      setAttr(f.node, 'anchor', figureAnchor(f.id));
      setAttr(f.node, 'label', f.kind === 'table' ? m.table(f.number) : m.figure(f.number));
    }

    const citeOrder: string[] = [];
    /** Number a node's reference keys in order of first use on the page ("2,1"); `what` names the attribute in messages. */
    const citeNumbers = (node: JsxElement, what: string): string => {
      const keys = citeKeys(node);
      for (const k of keys) {
        if (!references.has(k)) fail(node, `<${node.name} ${what}="${k}">: no reference has this key (add it to src/data/references/)`);
        if (!citeOrder.includes(k)) citeOrder.push(k);
      }
      return keys.map((k) => String(citeOrder.indexOf(k) + 1)).join(',');
    };
    const usedTerms = new Set<string>();
    const quizIds = new Set<string>();

    visit(tree, (node) => {
      if (!isJsx(node)) return;
      switch (node.name) {
        case 'Figure': {
          // Sources credited in a caption are citations like any other.
          const numbers = citeNumbers(node, 'cite');
          if (numbers) {
            setAttr(node, 'citeNumbers', numbers);
            setAttr(node, 'uid', nextUid('fig'));
          }
          break;
        }
        case 'Ref': {
          const to = attr(node, 'to');
          if (!to) fail(node, '<Ref> needs a to="…" id, e.g. to="sec:cpu-virtualization/trap-and-emulate"');
          const target = index.targets.get(to!);
          if (!target) {
            const hint = to!.startsWith('sec:') ? ' (section ids are sec:<chapter slug>/<heading slug>; check the heading text)' : '';
            fail(node, `<Ref to="${to}">: no chapter, section, figure or table has this id${hint}`);
          }
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
          const entry = id ? glossary.get(id) : undefined;
          if (!entry) fail(node, `<Term id="${id ?? ''}">: no glossary entry has this id (add it to src/data/glossary/)`);
          if (hasAttr(node, 'define') && entry!.introducedIn !== page.slug) {
            fail(node, `<Term id="${id}" define>: the glossary says this term is introduced in "${entry!.introducedIn}", not here; drop "define" or fix introducedIn`);
          }
          usedTerms.add(id!);
          setAttr(node, 'href', `${localHref('/glossary/')}#${id}`);
          setAttr(node, 'uid', nextUid('term'));
          break;
        }
        case 'Cite': {
          const numbers = citeNumbers(node, 'key');
          if (!numbers) fail(node, '<Cite> needs key="…"');
          setAttr(node, 'numbers', numbers);
          setAttr(node, 'uid', nextUid('cite'));
          break;
        }
        case 'Quiz': {
          const id = attr(node, 'id');
          if (!id) fail(node, '<Quiz> needs an id (it keys the reader’s saved answers)');
          if (quizIds.has(id!)) fail(node, `<Quiz id="${id}"> is used twice on this page`);
          quizIds.add(id!);
          setAttr(node, 'storageKey', `${page.slug}/${id}`);
          let item = 0;
          unwrapParagraphs(node);
          for (const q of node.children) {
            if (!isJsx(q)) continue;
            unwrapParagraphs(q);
            if (q.name !== 'QuizItem') fail(q, `<Quiz> may contain only <QuizItem> elements, not <${q.name}>`);
            item += 1;
            if (!attr(q, 'prompt')) fail(q, '<QuizItem> needs a prompt="…"');
            const opts = q.children.filter((o): o is JsxElement => isJsx(o));
            if (opts.some((o) => o.name !== 'Option')) fail(q, '<QuizItem> may contain only <Option> elements');
            if (opts.length < 2) fail(q, '<QuizItem> needs at least two <Option>s');
            if (!opts.some((o) => hasAttr(o, 'correct'))) fail(q, '<QuizItem>: mark at least one <Option correct>');
            for (const o of opts) if (!attr(o, 'explain')) fail(o, '<Option> needs explain="…" saying why it is right or wrong');
            const multiple = String(opts.filter((o) => hasAttr(o, 'correct')).length > 1);
            const qid = `${page.slug}-${id}-${item}`;
            setAttr(q, 'multiple', multiple);
            setAttr(q, 'qid', qid);
            opts.forEach((o, i) => {
              setAttr(o, 'value', String(i));
              setAttr(o, 'name', qid);
              setAttr(o, 'multiple', multiple);
            });
          }
          break;
        }
        case 'Question': {
          if (!node.children.some((c) => isJsx(c, 'Answer'))) fail(node, '<Question> needs an <Answer> with a worked answer');
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

    // Chinese search tokens from the text and from the glossary terms the page shows (on Chinese
    // pages too: they let 页表 find 影子页表 in the zh-cn index whatever Pagefind's segmentation does).
    let text = toString(tree);
    for (const id of usedTerms) text += ` ${glossary.get(id)?.zh ?? ''}`;
    const tokens = locale === 'en' ? chineseSearchTokens(text) : zhSearchTokens(text);
    if (tokens.length) {
      tree.children.push({
        type: 'paragraph',
        data: { hName: 'div', hProperties: { hidden: true, className: ['bk-search-tokens'] } },
        children: [{ type: 'text', value: tokens.join(' ') }],
      });
    }
  };
}
