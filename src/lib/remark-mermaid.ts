/**
 * remark plugin: replaces every ```mermaid fence with the SVG that `npm run diagrams` rendered
 * for it (content/diagrams/<hash>.svg), inlined into the page as hast, so readers get a finished picture
 * and no Mermaid JavaScript. The build needs no browser: it only reads files.
 *
 * The build fails, naming the file and line, when a fence lacks accTitle/accDescr, or when its
 * SVG is missing or stale (the diagram changed since it was rendered: its hash names no file).
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Element, ElementContent, Properties } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import type { Code, Root } from 'mdast';
import { SKIP, visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { accessibilityMessage, isMermaidFence, missingAccessibility } from './mermaid-fences.ts';
import { diagramHash, diagramSvgId } from './mermaid-hash.ts';

export interface RemarkMermaidOptions {
  /** Where the rendered SVGs are. Default: <projectRoot>/content/diagrams. */
  diagramsDir?: string;
  /** File names in messages are relative to this. Default: the working directory. */
  projectRoot?: string;
  /**
   * What a missing or stale SVG does: 'error' fails the build (default); 'placeholder' (for
   * `astro dev`) shows the diagram's source and the message in the page and only warns.
   */
  onMissing?: 'error' | 'placeholder';
  /** Where a placeholder's warning goes. Default: console.warn (the dev server's terminal). */
  warn?: (message: string) => void;
  /** The Mermaid version in the hash. Default: the installed one. For tests. */
  mermaidVersion?: string;
  /**
   * A component (its JSX name) added once at the end of a page that has a diagram: the book's
   * full-screen zoom (DiagramZoom.astro), so that pages without diagrams load none of its script.
   */
  zoomComponent?: string;
}

/** The mdast node that stands for an inlined diagram; mdast-util-to-hast emits data.hName etc. */
interface InlinedNode {
  type: 'mermaidDiagram';
  data: { hName: string; hProperties?: Properties; hChildren?: ElementContent[] };
}

const svgCache = new Map<string, string>();

function readSvg(file: string): string | undefined {
  const cached = svgCache.get(file);
  if (cached !== undefined) return cached;
  // Absence is not cached: `npm run diagrams` may write the file while `astro dev` runs.
  if (!existsSync(file)) return undefined;
  const text = readFileSync(file, 'utf8');
  svgCache.set(file, text);
  return text;
}

/** Drop a cached SVG (the dev server calls this when `npm run diagrams` rewrites it). */
export function forgetSvg(file: string): void {
  svgCache.delete(file);
}

/** The SVG markup as a hast <svg> element. */
export function svgToHast(svg: string): Element {
  const tree = fromHtml(svg, { fragment: true });
  const root = tree.children.find((n): n is Element => n.type === 'element');
  if (!root || root.tagName !== 'svg') throw new Error('not an <svg> document');
  return root;
}

/**
 * Renames the diagram's ids for one use on one page: every id inside a baked SVG starts with
 * its root id, so one replacement keeps the SVG's references (markers, filters, title, CSS) whole.
 */
export function withUniqueIds(svg: string, rootId: string, newRootId: string): string {
  return rootId === newRootId ? svg : svg.split(rootId).join(newRootId);
}

function displayPath(file: VFile, projectRoot: string): string {
  const p = file.path ? path.relative(projectRoot, file.path) : '<input>';
  return p.split(path.sep).join('/');
}

function placeholder(node: Code, message: string): InlinedNode {
  return {
    type: 'mermaidDiagram',
    data: {
      hName: 'div',
      hProperties: { className: ['mermaid-missing'], role: 'note' },
      hChildren: [
        { type: 'element', tagName: 'p', properties: {}, children: [{ type: 'text', value: message }] },
        { type: 'element', tagName: 'pre', properties: {}, children: [{ type: 'text', value: node.value }] },
      ],
    },
  };
}

export function remarkMermaid(options: RemarkMermaidOptions = {}) {
  const projectRoot = options.projectRoot ?? process.cwd();
  const diagramsDir = options.diagramsDir ?? path.join(projectRoot, 'content', 'diagrams');
  const onMissing = options.onMissing ?? 'error';

  return function transform(tree: Root, file: VFile) {
    const where = (node: Code) => `${displayPath(file, projectRoot)}:${node.position?.start.line ?? '?'}`;
    // A short tag of the page keeps ids unique even where pages are concatenated (whole book).
    const pageTag = createHash('sha256').update(displayPath(file, projectRoot)).digest('hex').slice(0, 4);
    const usesOnPage = new Map<string, number>();

    visit(tree, 'code', (node: Code, index, parent) => {
      if (!isMermaidFence(node) || !parent || index === undefined) return;

      const missing = missingAccessibility(node.value);
      if (missing.length > 0) {
        file.fail(accessibilityMessage(where(node), missing), node, 'remark-mermaid:accessibility');
      }

      const hash = diagramHash(node.value, options.mermaidVersion);
      const svgFile = path.join(diagramsDir, `${hash}.svg`);
      const svg = readSvg(svgFile);
      if (svg === undefined) {
        const message =
          `${where(node)}: this Mermaid diagram has no rendered SVG (content/diagrams/${hash}.svg is missing or stale: ` +
          `the diagram is new or changed since it was last rendered). Run \`npm run diagrams\` and commit content/diagrams/.`;
        if (onMissing === 'placeholder') {
          file.message(message, node, 'remark-mermaid:missing');
          // Astro does not print a plugin's vfile messages: say it in the dev server's terminal.
          (options.warn ?? console.warn)(`[diagrams] ${message}`);
          parent.children[index] = placeholder(node, message) as unknown as Code;
          return SKIP;
        }
        file.fail(message, node, 'remark-mermaid:missing');
      }

      const rootId = diagramSvgId(hash);
      if (!svg.includes(`id="${rootId}"`)) {
        file.fail(
          `${where(node)}: content/diagrams/${hash}.svg was not rendered from this diagram (its root id is not ${rootId}). ` +
            `Delete it and run \`npm run diagrams\`.`,
          node,
          'remark-mermaid:corrupt',
        );
      }
      const use = (usesOnPage.get(rootId) ?? 0) + 1;
      usesOnPage.set(rootId, use);
      const pageId = `${rootId}-${pageTag}${use > 1 ? `-${use}` : ''}`;

      let element: Element;
      try {
        element = svgToHast(withUniqueIds(svg, rootId, pageId));
      } catch (error) {
        file.fail(`${where(node)}: content/diagrams/${hash}.svg cannot be read as SVG (${String(error)})`, node, 'remark-mermaid:corrupt');
      }
      // The box scrolls sideways where the column is narrower than 3/4 of the diagram (phones); it
      // takes keyboard focus so that a keyboard user can scroll it too (WCAG 2.1.1), as code blocks do.
      const inlined: InlinedNode = {
        type: 'mermaidDiagram',
        data: {
          hName: 'div',
          hProperties: { className: ['mermaid-diagram'], style: 'overflow-x:auto', tabIndex: 0, dataDiagram: '' },
          hChildren: [element],
        },
      };
      parent.children[index] = inlined as unknown as Code;
      return SKIP;
    });

    if (options.zoomComponent && usesOnPage.size > 0) {
      tree.children.push({ type: 'mdxJsxFlowElement', name: options.zoomComponent, attributes: [], children: [] } as unknown as Root['children'][number]);
    }
  };
}
