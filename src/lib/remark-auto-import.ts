/**
 * Authors use the book's components in MDX without import lines. This plugin adds, to each MDX
 * file, an import for each component the file actually uses.
 *
 * Why not import every component into every file (what astro-auto-import does): Astro puts the
 * CSS of every component a page imports on that page, so every page, the home page included,
 * loaded the demos' and simulators' stylesheets as an extra render-blocking request (found by the
 * benchmark's Lighthouse run). It runs last among the remark plugins, after the ones that add
 * components of their own (chapter references, "mark as read").
 */
import { resolve } from 'node:path';
import type { Root } from 'mdast';

/** Component name → module path (relative to the project root, or absolute). */
export type ComponentMap = Record<string, string>;

interface EstreeNode {
  type: string;
  [key: string]: unknown;
}

/** JSX element names inside JavaScript (expressions such as {cond && <Demo />}, or ESM). */
function jsxNames(node: unknown, into: Set<string>) {
  if (!node || typeof node !== 'object') return;
  if (Array.isArray(node)) {
    for (const n of node) jsxNames(n, into);
    return;
  }
  const n = node as EstreeNode;
  if (n.type === 'JSXOpeningElement') {
    const name = n.name as EstreeNode;
    if (name.type === 'JSXIdentifier') into.add(name.name as string);
    if (name.type === 'JSXMemberExpression') {
      let object = name.object as EstreeNode;
      while (object.type === 'JSXMemberExpression') object = object.object as EstreeNode;
      into.add(object.name as string);
    }
  }
  for (const [key, value] of Object.entries(n)) if (key !== 'type' && key !== 'position' && key !== 'loc') jsxNames(value, into);
}

/** Names the file's own import lines already bind (an author's import wins). */
function importedNames(tree: Root): Set<string> {
  const names = new Set<string>();
  for (const node of tree.children as unknown as EstreeNode[]) {
    if (node.type !== 'mdxjsEsm') continue;
    const body = ((node.data as { estree?: { body?: EstreeNode[] } } | undefined)?.estree?.body ?? []) as EstreeNode[];
    for (const statement of body) {
      if (statement.type !== 'ImportDeclaration') continue;
      for (const s of statement.specifiers as EstreeNode[]) names.add((s.local as EstreeNode).name as string);
    }
  }
  return names;
}

/** Every component name the document uses, as a JSX element in Markdown or inside an expression. */
export function usedComponents(tree: Root): Set<string> {
  const used = new Set<string>();
  const walk = (node: EstreeNode) => {
    if ((node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && typeof node.name === 'string') {
      used.add(node.name.split('.')[0]!);
    }
    if (node.type === 'mdxFlowExpression' || node.type === 'mdxTextExpression') jsxNames((node.data as { estree?: unknown } | undefined)?.estree, used);
    for (const child of (node.children as EstreeNode[] | undefined) ?? []) walk(child);
  };
  walk(tree as unknown as EstreeNode);
  return used;
}

export default function remarkAutoImport(options: { components: ComponentMap }) {
  return (tree: Root, file: { path?: string; basename?: string }) => {
    const name = file.basename ?? file.path ?? '';
    if (name && !name.endsWith('.mdx')) return; // plain Markdown cannot import
    const taken = importedNames(tree);
    const needed = [...usedComponents(tree)].filter((n) => n in options.components && !taken.has(n)).sort();
    if (!needed.length) return;
    const body = needed.map((n) => {
      const source = resolve(options.components[n]!);
      return {
        type: 'ImportDeclaration',
        specifiers: [{ type: 'ImportDefaultSpecifier', local: { type: 'Identifier', name: n } }],
        source: { type: 'Literal', value: source, raw: JSON.stringify(source) },
        attributes: [],
      };
    });
    const esm = {
      type: 'mdxjsEsm',
      value: needed.map((n) => `import ${n} from ${JSON.stringify(resolve(options.components[n]!))};`).join('\n'),
      data: { estree: { type: 'Program', sourceType: 'module', body, comments: [] } },
    };
    (tree.children as unknown[]).unshift(esm);
  };
}
