/**
 * Two accessibility repairs on the HTML made from Markdown, so authors need not think of them:
 * - Starlight's asides (:::note, :::caution[Common misconception] …) become role="note". An <aside>
 *   is a complementary landmark, and a chapter with three "Common misconception" asides would have
 *   three landmarks of the same name (axe: landmark-unique). A callout inside the text is what
 *   ARIA's "note" role is for: "a section whose content is parenthetic or ancillary to the main
 *   content"; screen readers still announce it with its title.
 * - An empty header cell (the corner of a table whose first column holds row headers) becomes a
 *   <td>: a header with no text names nothing (axe: empty-table-header).
 * - Every other header cell says what it heads: scope="col" in the table head, scope="row" in the
 *   body (WCAG technique H63), so a screen reader reads each cell with its headers.
 */
import type { Element, ElementContent, Root } from 'hast';
import { visit } from 'unist-util-visit';

function text(node: ElementContent): string {
  if (node.type === 'text') return node.value;
  if (node.type === 'element') return node.children.map(text).join('');
  return '';
}

function classes(node: Element): string[] {
  const c = node.properties?.className;
  return Array.isArray(c) ? c.map(String) : String(c ?? '').split(/\s+/);
}

export default function rehypeA11y() {
  return (tree: Root) => {
    // Which section (thead, tbody, tfoot) each row is in; rows are visited after their section.
    const rowSection = new Map<Element, string>();
    visit(tree, 'element', (node: Element, _index, parent) => {
      if (node.tagName === 'aside' && classes(node).includes('starlight-aside') && node.properties.role === undefined) {
        node.properties.role = 'note';
      }
      if (node.tagName === 'th' && text(node).trim() === '' && !node.children.some((c) => c.type === 'element')) {
        node.tagName = 'td';
      } else if (node.tagName === 'th' && node.properties.scope === undefined) {
        const section = rowSection.get(parent as Element);
        if (section) node.properties.scope = section === 'thead' ? 'col' : 'row';
      }
      if (/^(thead|tbody|tfoot)$/.test(node.tagName)) {
        for (const row of node.children) if (row.type === 'element' && row.tagName === 'tr') rowSection.set(row, node.tagName);
      }
    });
  };
}
