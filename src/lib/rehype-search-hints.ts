/**
 * rehype plugin: keeps the authoring guide's MDX examples out of the search index. The guide shows
 * source such as `<Term id="hypervisor" define />`; indexed, it made the guide the first result
 * for 虚拟机监视器, with raw markup in its excerpt. Its code blocks are wrapped in an element
 * marked data-pagefind-ignore (a wrapper, because Expressive Code replaces the <pre> with markup
 * of its own), and its inline code is marked directly. Other pages' code stays searchable.
 */
import type { Element, Root } from 'hast';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';

export interface SearchHintsOptions {
  /** Source files (path suffixes) whose code is not indexed. */
  ignoreCodeIn?: string[];
}

const isBlock = (node: Element) => node.tagName === 'pre' || (node.tagName === 'div' && String(node.properties?.className ?? '').includes('expressive-code'));

export default function rehypeSearchHints(options: SearchHintsOptions = {}) {
  const suffixes = options.ignoreCodeIn ?? ['content/docs/contributing.mdx'];
  return (tree: Root, file: VFile) => {
    const path = (file.path ?? '').split('\\').join('/');
    if (!suffixes.some((s) => path.endsWith(s))) return;
    visit(tree, 'element', (node: Element, index, parent) => {
      if (!parent || index === undefined) return;
      if (isBlock(node)) {
        const wrapped = parent.type === 'element' && parent.properties?.dataPagefindIgnore !== undefined;
        if (!wrapped) {
          parent.children[index] = { type: 'element', tagName: 'div', properties: { dataPagefindIgnore: '' }, children: [node] };
        }
        return 'skip';
      }
      if (node.tagName === 'code') node.properties = { ...node.properties, dataPagefindIgnore: '' };
      return undefined;
    });
  };
}
