/**
 * Internal links under any base path. Authors write root-relative links ("/glossary/"); this
 * plugin prefixes the deployment's base (Astro leaves Markdown links alone) and fails the build on
 * a relative link or a link to a page that does not exist, naming the file and line.
 */
import type { Element, Root } from 'hast';
import { visit } from 'unist-util-visit';
import { AuthorError } from './source-location';
import { didYouMean } from './suggest';

export interface InternalLinkOptions {
  base: string;
  /** URL paths of every page without the base, e.g. "/", "/preface/", "/system/cpu-virtualization/". */
  pages: ReadonlySet<string>;
}

const EXTERNAL = /^(?:[a-z][a-z0-9+.-]*:|\/\/)/i;

/** Split "/a/b/#x" into the page path "/a/b/" and the hash "#x"; add a missing trailing slash. */
export function splitLink(href: string): { path: string; hash: string } {
  const i = href.search(/[?#]/);
  const path = i === -1 ? href : href.slice(0, i);
  const rest = i === -1 ? '' : href.slice(i);
  const withSlash = path.endsWith('/') || /\.[a-z0-9]+$/i.test(path) ? path : `${path}/`;
  return { path: withSlash, hash: rest };
}

export function withBase(path: string, base: string): string {
  const b = base.endsWith('/') ? base.slice(0, -1) : base;
  return `${b}${path}`;
}

/**
 * What is wrong with an internal link an author wrote, or undefined: the rule shared by this plugin
 * and the pre-build check (book-check.ts). `kind` is "href" for links, "src" for images.
 */
export function linkProblem(value: string, pages: ReadonlySet<string>, kind: 'href' | 'src' = 'href'): string | undefined {
  if (value === '' || value.startsWith('#') || EXTERNAL.test(value)) return undefined;
  if (!value.startsWith('/')) {
    return `relative link "${value}": write internal links from the site root, e.g. "/glossary/" (the base path is added for you)`;
  }
  const { path } = splitLink(value);
  if (kind === 'href' && !/\.[a-z0-9]+$/i.test(path) && !pages.has(path)) {
    return `link to "${value}": no page has the path ${path}${didYouMean(path, pages)}`;
  }
  return undefined;
}

export default function rehypeInternalLinks(options: InternalLinkOptions) {
  return (tree: Root, file: { path?: string; history?: string[] }) => {
    visit(tree, 'element', (node: Element) => {
      const attr = node.tagName === 'a' ? 'href' : node.tagName === 'img' ? 'src' : undefined;
      if (!attr) return;
      const value = node.properties?.[attr];
      if (typeof value !== 'string' || value === '' || value.startsWith('#') || EXTERNAL.test(value)) return;
      if (node.properties?.dataBase === 'done') return;
      const problem = linkProblem(value, options.pages, attr);
      if (problem) throw new AuthorError(file, node, problem);
      const { path, hash } = splitLink(value);
      node.properties[attr] = withBase(path, options.base) + hash;
    });
  };
}
