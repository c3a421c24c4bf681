/**
 * "Seed" is the project's private word for its source articles: no reader-facing text may show it.
 * Scans every page in dist/ (visible text, and the attributes a reader sees or hears: title,
 * aria-label, alt, placeholder, the value of options and buttons) and names page and snippet. No page
 * is exempt: the contributors' guide, which documents the data, names its fields `article` and
 * `slides` (the data files' own identifiers are not pages).
 */
import { parse, type HTMLElement, type Node } from 'node-html-parser';
import { describe, expect, inject, it } from 'vitest';
import { htmlFiles, readPage } from '../helpers/dist';

const dist = inject('distDir');
const WORD = /\bseeds?\b/i;
/**
 * The ordinary technical sense, which the book needs in its chapter on snapshots: a random-number
 * generator's seed, the files that keep one, and code. Removed before looking for the word.
 */
const ORDINARY = /random[-\s.]?(?:number\s+)?seeds?|seed\s+files?|\bseeds?\s+(?:(?:a|the|its|their)\s+)?(?:random|generators?|PRNGs?)\b/gi;
const ATTRIBUTES = ['title', 'aria-label', 'alt', 'placeholder', 'aria-description', 'aria-roledescription'];
/** Elements whose content a reader never sees as text, or reads as code (`random.seed()`). */
const SKIP = new Set(['script', 'style', 'template', 'noscript']);

/** Where the word appears on a page: "text: …snippet…" or "attribute on <tag>: …". */
function internalWords(html: string): string[] {
  const found: string[] = [];
  const snippet = (text: string) => {
    const m = WORD.exec(text)!;
    return text.slice(Math.max(0, m.index - 40), m.index + 40).replace(/\s+/g, ' ').trim();
  };
  const walk = (node: Node) => {
    if (node.nodeType === 3) {
      const t = node.rawText.replace(ORDINARY, '');
      if (WORD.test(t)) found.push(`text: “…${snippet(t)}…”`);
      return;
    }
    if (node.nodeType !== 1) return;
    const el = node as HTMLElement;
    const tag = el.rawTagName?.toLowerCase() ?? '';
    if (SKIP.has(tag)) return;
    for (const a of ATTRIBUTES) {
      const v = el.getAttribute(a);
      if (v && WORD.test(v)) found.push(`${a} on <${tag}>: “${snippet(v)}”`);
    }
    const value = el.getAttribute('value');
    const shown = tag === 'option' || (tag === 'input' && /^(button|submit|reset|radio|checkbox)$/i.test(el.getAttribute('type') ?? '')) || tag === 'button';
    if (shown && value && WORD.test(value)) found.push(`value of <${tag}>: “${snippet(value)}”`);
    for (const c of el.childNodes) walk(c);
  };
  walk(parse(html));
  return found;
}

describe('reader-facing text', () => {
  it('finds the word when it is there (the check is not vacuous)', () => {
    expect(internalWords('<p>From the seed table</p>')).toHaveLength(1);
    expect(internalWords('<select><option value="seed">Slides</option></select>')).toHaveLength(1);
    expect(internalWords('<img alt="Seeds">')).toHaveLength(1);
    expect(internalWords('<script>const seed = 1</script><p data-seed="x">Seedling, seeded</p>')).toEqual([]);
    // The ordinary sense stays allowed: a generator's seed, seed files, code.
    expect(internalWords('<p>random-number seeds, a random seed, saved seed files, <code>random.seed(1)</code></p>')).toEqual([]);
    expect(internalWords('<p>the seed article says, and random seeds too</p>')).toHaveLength(1);
  });

  it('never shows the internal word “seed” on any page, the Sources page and the contributors’ guide included', () => {
    const problems: string[] = [];
    for (const file of htmlFiles(dist)) {
      for (const f of internalWords(readPage(dist, file))) problems.push(`${file}: ${f}`);
    }
    expect(problems, `${problems.length} uses:\n${problems.slice(0, 60).join('\n')}`).toEqual([]);
  });
});
