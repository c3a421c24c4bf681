import type { Root } from 'mdast';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';

/** Parse a page's text to mdast, as the build does before any plugin runs (MDX unless `.md`). */
export function parseMdx(text: string, mdx = true): Root {
  const processor = mdx ? unified().use(remarkParse).use(remarkMdx) : unified().use(remarkParse);
  return processor.parse(text) as Root;
}
