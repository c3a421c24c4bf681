/** Reads content/docs into the book order (the impure half of book-order.ts). */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import { buildBook, type Book, type SourceFile } from './book-order';

export const DOCS_DIR = join(process.cwd(), 'content', 'docs');

/** Top-level folders of content/docs that hold translations, not the English book. */
export const LOCALE_FOLDERS: ReadonlySet<string> = new Set(['zh-cn']);

function walk(dir: string, top = true): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) => {
    const full = join(dir, d.name);
    if (d.isDirectory()) return top && LOCALE_FOLDERS.has(d.name) ? [] : walk(full, false);
    return /\.mdx?$/.test(d.name) && !d.name.startsWith('_') ? [full] : [];
  });
}

export function readSourceFiles(docsDir = DOCS_DIR): SourceFile[] {
  return walk(docsDir)
    .sort()
    .map((full) => {
      const { frontmatter } = parseFrontmatter(readFileSync(full, 'utf8'));
      const path = relative(docsDir, full).split(sep).join('/');
      const title = typeof frontmatter.title === 'string' ? frontmatter.title : '';
      if (!title) throw new Error(`content/docs/${path}: frontmatter field "title" is missing`);
      return { path, title };
    });
}

export function readBook(docsDir = DOCS_DIR): Book {
  return buildBook(readSourceFiles(docsDir));
}
