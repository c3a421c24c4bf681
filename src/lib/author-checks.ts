/**
 * The checks on an author's use of the apparatus (<Term>, <Cite>, <Ref>, <Figure>, <Quiz>,
 * <Question>, links), as functions that return problems instead of throwing. One source for two
 * callers: the pre-build check (src/lib/book-check.ts), which collects every problem in the book
 * and reports them together, and the remark plugins, which stop at the first as a backstop.
 */
import type { RootContent } from 'mdast';
import { attr, citeKeys, hasAttr, isJsx, type JsxElement } from './chapter-analysis';
import { didYouMean } from './suggest';

/** A problem at a node (its position gives the line and column). */
export interface NodeProblem {
  node: { position?: { start: { line: number; column: number } } } | undefined;
  message: string;
}

/**
 * Elements written on consecutive lines (<Option>…</Option> under <QuizItem>) are parsed as inline
 * elements inside a paragraph; lift them out so they render as blocks, not inside a <p>.
 */
export function unwrapParagraphs(parent: JsxElement): void {
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

/** <Cite key="…"> or <Figure cite="…">: every key must be in the bibliography. */
export function citeProblems(node: JsxElement, references: { has(key: string): boolean; keys(): Iterable<string> }): string[] {
  const what = node.name === 'Figure' ? 'cite' : 'key';
  const keys = citeKeys(node);
  if (node.name === 'Cite' && keys.length === 0) return ['<Cite> needs key="…"'];
  return keys
    .filter((k) => !references.has(k))
    .map((k) => `<${node.name} ${what}="${k}">: no reference has this key${didYouMean(k, references.keys())} (add it to src/data/references/)`);
}

/** <Term id="…" [define]>: the id must be in the glossary; `define` only in the chapter that introduces it. */
export function termProblem(
  node: JsxElement,
  glossary: { get(id: string): { introducedIn: string } | undefined; keys(): Iterable<string> },
  pageSlug: string,
): string | undefined {
  const id = attr(node, 'id');
  const entry = id ? glossary.get(id) : undefined;
  if (!entry) return `<Term id="${id ?? ''}">: no glossary entry has this id${didYouMean(id ?? '', glossary.keys())} (add it to src/data/glossary/)`;
  if (hasAttr(node, 'define') && entry.introducedIn !== pageSlug) {
    return `<Term id="${id}" define>: the glossary says this term is introduced in "${entry.introducedIn}", not here; drop "define" or fix introducedIn`;
  }
  return undefined;
}

/** <Ref to="…">: the id must name a chapter, section, figure or table of the book. */
export function refProblem(node: JsxElement, targets: { has(id: string): boolean; keys(): Iterable<string> }): string | undefined {
  const to = attr(node, 'to');
  if (!to) return '<Ref> needs a to="…" id, e.g. to="sec:cpu-virtualization/trap-and-emulate"';
  if (targets.has(to)) return undefined;
  const prefix = to.slice(0, to.indexOf(':') + 1);
  const candidates = [...targets.keys()].filter((k) => !prefix || k.startsWith(prefix));
  const suggestion = didYouMean(to, candidates);
  const hint = !suggestion && to.startsWith('sec:') ? ' (section ids are sec:<chapter slug>/<heading slug>; check the heading text)' : '';
  return `<Ref to="${to}">: no chapter, section, figure or table has this id${suggestion}${hint}`;
}

export function figureProblem(node: JsxElement): string | undefined {
  return attr(node, 'caption') ? undefined : `<Figure id="${attr(node, 'id') ?? ''}"> needs a caption`;
}

export function questionProblem(node: JsxElement): string | undefined {
  return node.children.some((c) => isJsx(c, 'Answer')) ? undefined : '<Question> needs an <Answer> with a worked answer';
}

/** A quiz's structure. Call after unwrapParagraphs on the quiz and its items (as remark-book does). */
export function quizProblems(node: JsxElement, quizIdsOnPage: Set<string>): NodeProblem[] {
  const problems: NodeProblem[] = [];
  const id = attr(node, 'id');
  if (!id) problems.push({ node, message: '<Quiz> needs an id (it keys the reader’s saved answers)' });
  else if (quizIdsOnPage.has(id)) problems.push({ node, message: `<Quiz id="${id}"> is used twice on this page` });
  if (id) quizIdsOnPage.add(id);
  for (const q of node.children) {
    if (!isJsx(q)) continue;
    unwrapParagraphs(q);
    if (q.name !== 'QuizItem') {
      problems.push({ node: q, message: `<Quiz> may contain only <QuizItem> elements, not <${q.name}>` });
      continue;
    }
    if (!attr(q, 'prompt')) problems.push({ node: q, message: '<QuizItem> needs a prompt="…"' });
    const opts = q.children.filter((o): o is JsxElement => isJsx(o));
    if (opts.some((o) => o.name !== 'Option')) problems.push({ node: q, message: '<QuizItem> may contain only <Option> elements' });
    if (opts.length < 2) problems.push({ node: q, message: '<QuizItem> needs at least two <Option>s' });
    if (!opts.some((o) => hasAttr(o, 'correct'))) problems.push({ node: q, message: '<QuizItem>: mark at least one <Option correct>' });
    for (const o of opts) if (o.name === 'Option' && !attr(o, 'explain')) problems.push({ node: o, message: '<Option> needs explain="…" saying why it is right or wrong' });
  }
  return problems;
}
