/**
 * Numbering of one chapter's mdast tree: section numbers (4.2, 4.2.1) and ids for headings, and
 * figure/table numbers (4.3). Used both to build the book-wide index (from a fresh parse of every
 * file) and by the remark plugin on the tree being compiled, so the two always agree.
 */
import GithubSlugger from 'github-slugger';
import type { Heading, Root, RootContent } from 'mdast';
import type { MdxJsxAttribute, MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import { toString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';

export type JsxElement = MdxJsxFlowElement | MdxJsxTextElement;

/** End-of-chapter sections: they get ids but no numbers. */
export const UNNUMBERED_SECTIONS = new Set(['summary', 'review questions', 'self-check quiz', 'further reading', 'references']);
/** The same sections by id, which a translation keeps (its titles are in its own language). */
const UNNUMBERED_IDS = new Set([...UNNUMBERED_SECTIONS].map((t) => t.replace(/ /g, '-')));

/**
 * An explicit heading id, written as an MDX comment at the end of the heading:
 * `## 陷入与模拟 {/* #trap-and-emulate *\/}`. Translations use it to keep the English ids, so links
 * and the language switch land on the same section. (`{#id}` is not valid MDX.)
 */
const EXPLICIT_ID = /^\s*\/\*\s*#([a-z0-9]+(?:-[a-z0-9]+)*)\s*\*\/\s*$/;

export function explicitHeadingId(node: Heading): string | undefined {
  for (const c of node.children) {
    if ((c.type as string) === 'mdxTextExpression') {
      const m = EXPLICIT_ID.exec((c as unknown as { value: string }).value);
      if (m) return m[1];
    }
  }
  return undefined;
}

/** A heading's text without MDX expressions (an explicit id comment is not part of the title). */
export function headingText(node: Heading): string {
  return node.children
    .filter((c) => (c.type as string) !== 'mdxTextExpression')
    .map((c) => toString(c))
    .join('')
    .trim();
}

export interface SectionInfo {
  slug: string;
  title: string;
  depth: number;
  /** "4.2" or "4.2.1"; undefined for unnumbered sections. */
  number?: string;
  /** The first paragraph after the heading, as plain text, for link previews. */
  preview: string;
  node: Heading;
}

export interface FigureInfo {
  id: string;
  kind: 'figure' | 'table';
  number: string;
  caption: string;
  node: JsxElement;
}

export interface ChapterAnalysis {
  sections: SectionInfo[];
  figures: FigureInfo[];
}

export function attr(node: JsxElement, name: string): string | undefined {
  const a = node.attributes.find((x): x is MdxJsxAttribute => x.type === 'mdxJsxAttribute' && x.name === name);
  if (!a) return undefined;
  if (a.value === null || a.value === undefined) return '';
  return typeof a.value === 'string' ? a.value : undefined;
}

export function hasAttr(node: JsxElement, name: string): boolean {
  return node.attributes.some((x) => x.type === 'mdxJsxAttribute' && x.name === name);
}

export function setAttr(node: JsxElement, name: string, value: string): void {
  const existing = node.attributes.find((x): x is MdxJsxAttribute => x.type === 'mdxJsxAttribute' && x.name === name);
  if (existing) existing.value = value;
  else node.attributes.push({ type: 'mdxJsxAttribute', name, value });
}

export function isJsx(node: { type: string }, name?: string): node is JsxElement {
  return (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && (name === undefined || (node as JsxElement).name === name);
}

/** The reference keys a node cites: <Cite key="a,b"> or <Figure cite="a,b">; none for other nodes. */
export function citeKeys(node: { type: string }): string[] {
  const list = isJsx(node, 'Cite') ? attr(node, 'key') : isJsx(node, 'Figure') ? attr(node, 'cite') : undefined;
  return (list ?? '').split(',').map((k) => k.trim()).filter(Boolean);
}

/** The HTML id of a figure or table: "fig:cpu-trap" → "fig-cpu-trap". */
export function figureAnchor(id: string): string {
  return id.replace(':', '-');
}

/**
 * A paragraph as plain text. A self-closing <Term id="…" /> writes the term's name when the page is
 * rendered, so it has no text here: `termName` gives it, or "<Term id="canary-release" /> limits
 * the damage" would preview as " limits the damage".
 */
function plainText(paragraph: RootContent, termName?: (id: string) => string | undefined): string {
  const copy = structuredClone(paragraph);
  visit(copy, (node, i, parent) => {
    if (!parent || i === undefined || !isJsx(node, 'Term') || (node as MdxJsxTextElement).children.length) return;
    const id = attr(node, 'id');
    parent.children.splice(i, 1, { type: 'text', value: (id && termName?.(id)) || '' } as never);
  });
  return toString(copy);
}

function firstParagraphAfter(children: RootContent[], index: number, termName?: (id: string) => string | undefined): string {
  for (let i = index + 1; i < children.length; i++) {
    const c = children[i]!;
    if (c.type === 'heading') return '';
    // A citation or other component leaves no text, only the space before it: "两组 <Cite/>：" would
    // read "两组 ：" and "a version <Cite/>." "a version .", so a space before punctuation goes.
    if (c.type === 'paragraph') return plainText(c, termName).replace(/\s+/g, ' ').replace(/(?<=[\p{Script=Han}。，、；：！？）”]) (?=[。，、；：！？）”])/gu, '').replace(/ (?=[.,;:!?)](?:\s|$))/g, '').trim();
  }
  return '';
}

export function truncate(text: string, max = 220): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max);
  return `${cut.slice(0, cut.lastIndexOf(' ') > 0 ? cut.lastIndexOf(' ') : max)}…`;
}

/**
 * Number a chapter. `chapter` is the chapter number, or undefined for front/back matter (whose
 * sections are not numbered and whose figures are numbered 1, 2, …).
 */
export function analyzeChapter(tree: Root, chapter: number | undefined, termName?: (id: string) => string | undefined): ChapterAnalysis {
  const slugger = new GithubSlugger();
  const sections: SectionInfo[] = [];
  let h2 = 0;
  let h3 = 0;
  tree.children.forEach((node, index) => {
    if (node.type !== 'heading' || node.depth < 2 || node.depth > 3) return;
    const title = headingText(node);
    const explicit = explicitHeadingId(node);
    const slug = explicit ?? slugger.slug(title);
    if (explicit) slugger.slug(explicit);
    let number: string | undefined;
    if (chapter !== undefined && !UNNUMBERED_SECTIONS.has(title.toLowerCase()) && !UNNUMBERED_IDS.has(slug)) {
      if (node.depth === 2) {
        h2 += 1;
        h3 = 0;
        number = `${chapter}.${h2}`;
      } else if (h2 > 0) {
        h3 += 1;
        number = `${chapter}.${h2}.${h3}`;
      }
    }
    sections.push({ slug, title, depth: node.depth, number, preview: truncate(firstParagraphAfter(tree.children, index, termName)), node });
  });

  const figures: FigureInfo[] = [];
  const counters = { figure: 0, table: 0 };
  visit(tree, (node) => {
    if (!isJsx(node, 'Figure')) return;
    const id = attr(node, 'id') ?? '';
    const kind = id.startsWith('tab:') ? 'table' : 'figure';
    counters[kind] += 1;
    figures.push({
      id,
      kind,
      number: chapter !== undefined ? `${chapter}.${counters[kind]}` : String(counters[kind]),
      caption: attr(node, 'caption') ?? '',
      node,
    });
  });
  return { sections, figures };
}
