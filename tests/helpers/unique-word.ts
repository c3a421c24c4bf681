/**
 * Finds a word that occurs in the searchable text of exactly one built page. Search stems words,
 * so the word's first five letters must be unique to that page too.
 */
import { parse } from 'node-html-parser';
import { htmlFiles, readPage } from './dist';

export function uniqueWord(dist: string): { word: string; file: string } {
  const pagesByWord = new Map<string, Set<string>>();
  const words = new Map<string, string>();
  for (const file of htmlFiles(dist)) {
    const root = parse(readPage(dist, file));
    const body = root.querySelector('[data-pagefind-body]');
    if (!body) continue;
    // Diagram labels are split into <tspan>s whose text runs together here ("manyphysical").
    for (const svg of body.querySelectorAll('svg')) svg.remove();
    // Pagefind indexes the body and the page title.
    const text = `${root.querySelector('title')?.text ?? ''} ${body.structuredText}`;
    for (const w of text.toLowerCase().match(/[a-z]+/g) ?? []) {
      if (w.length < 5) continue;
      const stem = w.slice(0, 5);
      const set = pagesByWord.get(stem) ?? new Set<string>();
      set.add(file);
      pagesByWord.set(stem, set);
      if (w.length >= 9) words.set(w, stem);
    }
  }
  const unique = [...words].filter(([, stem]) => pagesByWord.get(stem)!.size === 1).sort(([a], [b]) => a.localeCompare(b));
  if (!unique.length) throw new Error('no word occurs on exactly one page');
  const [word, stem] = unique[Math.floor(unique.length / 2)]!;
  return { word, file: [...pagesByWord.get(stem)!][0]! };
}
