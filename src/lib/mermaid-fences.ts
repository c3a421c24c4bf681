import type { Code, Root } from 'mdast';
import { visit } from 'unist-util-visit';

/** A ```mermaid fence found in a page. */
export interface MermaidFence {
  /** The diagram text (the fence's content). */
  source: string;
  /** 1-based line of the opening ``` in the page. */
  line: number;
  node: Code;
}

export function isMermaidFence(node: Code): boolean {
  return (node.lang ?? '').toLowerCase() === 'mermaid';
}

/** Every ```mermaid fence in an mdast tree, in document order. */
export function collectMermaidFences(tree: Root): MermaidFence[] {
  const found: MermaidFence[] = [];
  visit(tree, 'code', (node: Code) => {
    if (!isMermaidFence(node)) return;
    found.push({ source: node.value, line: node.position?.start.line ?? 0, node });
  });
  return found;
}

const ACC_TITLE = /^[ \t]*accTitle[ \t]*:[ \t]*\S/m;
const ACC_DESCR = /^[ \t]*accDescr[ \t]*(?::[ \t]*\S|\{)/m;

/**
 * What a diagram lacks for screen readers: Mermaid turns `accTitle:` into the SVG's <title> and
 * `accDescr:` (or a multi-line `accDescr { … }`) into its <desc>. Empty when both are present.
 */
export function missingAccessibility(source: string): Array<'accTitle' | 'accDescr'> {
  // Mermaid comments (%% …) do not count.
  const text = source
    .split(/\r?\n/)
    .filter((line) => !/^\s*%%/.test(line))
    .join('\n');
  const missing: Array<'accTitle' | 'accDescr'> = [];
  if (!ACC_TITLE.test(text)) missing.push('accTitle');
  if (!ACC_DESCR.test(text)) missing.push('accDescr');
  return missing;
}

/** The message for a fence that lacks accTitle/accDescr; `where` is "path:line". */
export function accessibilityMessage(where: string, missing: readonly string[]): string {
  const lines = missing.map((m) => (m === 'accTitle' ? '  accTitle: <a short name>' : '  accDescr: <one or two sentences>'));
  return (
    `${where}: this Mermaid diagram has no ${missing.join(' and no ')}. ` +
    `Every diagram needs both (they become the SVG's title and description for screen readers); ` +
    `add after the first line:\n${lines.join('\n')}`
  );
}

/** A diagram's accessible name and description, and its text with those lines commented out. */
export interface AccessibleSource {
  title?: string;
  description?: string;
  /** The diagram with the accTitle/accDescr lines turned into `%%` comments. */
  body: string;
}

/**
 * Takes accTitle and accDescr (one-line or `accDescr { … }`) out of a diagram. The renderer
 * writes them into the SVG itself, because several Mermaid diagram kinds (block, mindmap,
 * timeline) reject or ignore them. The lines become comments (not blank lines, which some kinds,
 * such as mindmap, reject); sourceLineOfMermaidLine() maps Mermaid's line numbers back.
 */
const COMMENT = '%% (accessibility text, written into the SVG)';

export function splitAccessibility(source: string): AccessibleSource {
  const lines = source.split(/\r?\n/);
  const out: AccessibleSource = { body: '' };
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const title = /^[ \t]*accTitle[ \t]*:[ \t]*(.*)$/.exec(line);
    const descr = /^[ \t]*accDescr[ \t]*:[ \t]*(.*)$/.exec(line);
    const block = /^[ \t]*accDescr[ \t]*\{(.*)$/.exec(line);
    if (title) {
      out.title = title[1]!.trim();
      lines[i] = COMMENT;
    } else if (descr) {
      out.description = descr[1]!.trim();
      lines[i] = COMMENT;
    } else if (block) {
      const parts: string[] = [];
      let rest = block[1]!;
      let j = i;
      for (;;) {
        const close = rest.indexOf('}');
        parts.push(close >= 0 ? rest.slice(0, close) : rest);
        lines[j] = COMMENT;
        if (close >= 0 || j + 1 >= lines.length) break;
        j += 1;
        rest = lines[j]!;
      }
      out.description = parts.map((p) => p.trim()).filter(Boolean).join(' ');
      i = j;
    }
  }
  out.body = lines.join('\n');
  return out;
}

/**
 * The line of the diagram text that Mermaid's "line N" refers to: Mermaid first drops comment
 * lines (%% …, but not %%{ directives }) and leading blank lines.
 */
export function sourceLineOfMermaidLine(source: string, mermaidLine: number): number {
  const lines = source.split(/\r?\n/);
  let seen = 0;
  let started = false;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (/^\s*%%(?!\{).+/.test(line)) continue;
    if (!started && line.trim() === '') continue;
    started = true;
    seen += 1;
    if (seen === mermaidLine) return i + 1;
  }
  return mermaidLine;
}
