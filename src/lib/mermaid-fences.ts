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
