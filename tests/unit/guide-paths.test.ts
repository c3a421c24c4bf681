/**
 * The README and the contributors' guide (English and Chinese) name only commands and files that exist: every
 * `npm run X` is a script in package.json, and every repository path they name (in `code` or as
 * a link target) is a file or folder of the repository.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = process.cwd();
const scripts = Object.keys((JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts);
// The guide in each language (a translation keeps the commands and paths of the English guide).
const DOCS = ['README.md', 'content/docs/contributing.mdx', 'content/docs/zh-cn/contributing.mdx', 'src/scripts/diagrams/README.md'];

/** Written like paths but not paths: an html-validate rule, an example GitHub repository. */
const NOT_PATHS = new Set(['wcag/h32', 'dept/virt-book']);
/** Folders the build or the tools write (git ignores them): named in the docs, absent in a clone. */
const GENERATED = readFileSync(join(ROOT, '.gitignore'), 'utf8').split('\n').map((l) => l.trim()).filter((l) => l.endsWith('/'));

/**
 * Inline code spans and link targets that look like repository paths: at least one slash, no
 * placeholder (<part>, NN, …), not a URL or a site path (/glossary/).
 */
export function namedPaths(text: string): string[] {
  const candidates = [...text.matchAll(/`([^`\n]+)`/g), ...text.matchAll(/\]\(([^)\s]+)\)/g)].map((m) => m[1]!.trim());
  return candidates.filter(
    (c) =>
      !/[<>…*{}$ ]|NN|^\/|^[a-z]+:|^\.\.\/|#/.test(c) &&
      /^\.?[\w-]+(\/[\w.-]+)+\/?$/.test(c) &&
      !NOT_PATHS.has(c) &&
      !GENERATED.some((g) => c.startsWith(g)),
  );
}

describe('README and the contributors’ guide', () => {
  for (const doc of DOCS) {
    const text = readFileSync(join(ROOT, doc), 'utf8');
    it(`${doc}: every \`npm run X\` is a script`, () => {
      const named = [...text.matchAll(/npm run ([\w:-]+)/g)].map((m) => m[1]!);
      expect(named.length).toBeGreaterThan(0);
      expect(named.filter((n) => !scripts.includes(n))).toEqual([]);
    });
    it(`${doc}: every repository path it names exists`, () => {
      const paths = namedPaths(text);
      expect(paths.length).toBeGreaterThan(0);
      // A link is relative to the document; a path in code is relative to the repository (or, for
      // page files like system/02-x.mdx, to content/docs).
      const dir = doc.includes('/') ? doc.slice(0, doc.lastIndexOf('/')) : '.';
      const missing = paths.filter((p) => ![join(ROOT, p), join(ROOT, 'content/docs', p), join(ROOT, dir, p)].some((f) => existsSync(f)));
      expect(missing).toEqual([]);
    });
  }

  it('the Chinese guide names the same commands and repository paths as the English one', () => {
    const named = (doc: string) => {
      const text = readFileSync(join(ROOT, doc), 'utf8');
      return { scripts: [...new Set([...text.matchAll(/npm run ([\w:-]+)/g)].map((m) => m[1]!))].sort(), paths: [...new Set(namedPaths(text))].sort() };
    };
    expect(named('content/docs/zh-cn/contributing.mdx')).toEqual(named('content/docs/contributing.mdx'));
  });

  it('recognises paths and skips placeholders and URLs', () => {
    expect(namedPaths('run `npm run diagrams`, see `src/scripts/diagrams/README.md` and [x](content/diagrams/)')).toEqual(['src/scripts/diagrams/README.md', 'content/diagrams/']);
    expect(namedPaths('`content/docs/<part>/NN-slug.mdx` `/glossary/` `https://a.b/c` `a b/c`')).toEqual([]);
  });
});
