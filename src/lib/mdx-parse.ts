import type { Root } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';

const mdxParser = unified().use(remarkParse).use(remarkMdx).use(remarkGfm);
const mdParser = unified().use(remarkParse).use(remarkGfm);

/** A leading YAML front matter block, found as Astro finds it (after a BOM or blank lines). */
const FRONTMATTER = /^(\uFEFF?|\s*\n)(---[\s\S]*?\n---)/;

/**
 * The page with its front matter turned into spaces, as @astrojs/mdx does before parsing, so every
 * line, column and offset in the tree is still true of the file (and the YAML is not read as
 * Markdown: a heading, or an MDX expression where it holds a brace).
 */
export function blankFrontmatter(text: string): string {
  const m = FRONTMATTER.exec(text);
  return m ? m[1]! + m[2]!.replace(/[^\r\n]/g, ' ') + text.slice(m[0].length) : text;
}

/**
 * Parse a page's text to mdast as the build does before any plugin of ours runs: front matter
 * blanked, GitHub-flavoured Markdown (tables, footnotes…), and MDX unless `mdx` is false (a `.md`
 * page, where a brace is only a brace).
 */
export function parseMdx(text: string, mdx = true): Root {
  const parser = mdx ? mdxParser : mdParser;
  return parser.runSync(parser.parse(blankFrontmatter(text))) as Root;
}
