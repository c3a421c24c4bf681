/**
 * Search excerpts that show prose only. Pagefind indexes an English page's run of Chinese as one
 * word, so each page carries a hidden block of Chinese sub-words (src/lib/chinese-tokens.ts) at its
 * end: 影子页表 → 影子, 页表, … . Pagefind builds its excerpt around the matches it finds, and a
 * block of sub-words is where matches are densest, so readers saw "第一类 第一类虚拟 第一类虚拟机…"
 * under the last heading of the page. These functions rebuild the excerpts from the matches in the
 * prose (or, when the term occurs in the prose only inside a longer word, from that word).
 *
 * Word positions are Pagefind's: the index of a word in the page content split on whitespace.
 */
const HAN_ONLY = /^[\p{Script=Han}]+$/u;
export const EXCERPT_WORDS = 30;

export interface PagefindLikeResult {
  content: string;
  excerpt: string;
  locations: number[];
  sub_results: { url: string; title: string; excerpt: string; locations: number[] }[];
}

/** Where the hidden block of Chinese sub-words begins: the trailing run of words written in Han only. */
export function hiddenTokensStart(words: readonly string[]): number {
  let i = words.length;
  // Pagefind ends each block of text with a full stop ("递中断.").
  while (i > 0 && HAN_ONLY.test(words[i - 1]!.replace(/[.。]$/u, ''))) i--;
  return i;
}

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** An excerpt of `length` words around the densest group of `marks`, each marked. */
export function excerptAround(words: readonly string[], marks: readonly number[], end = words.length, length = EXCERPT_WORDS): string {
  const sorted = [...new Set(marks)].filter((m) => m >= 0 && m < end).sort((a, b) => a - b);
  let start = 0;
  if (sorted.length) {
    let best = -1;
    for (const m of sorted) {
      const from = Math.max(0, m - Math.floor(length / 3));
      const count = sorted.filter((x) => x >= from && x < from + length).length;
      if (count > best) [best, start] = [count, from];
    }
  }
  start = Math.max(0, Math.min(start, end - length));
  const marked = new Set(sorted);
  const out: string[] = [];
  for (let i = start; i < Math.min(end, start + length); i++) {
    const w = escapeHtml(words[i]!);
    out.push(marked.has(i) ? `<mark>${w}</mark>` : w);
  }
  return out.join(' ');
}

/** Words before `end` that contain one of the query's terms (the term inside a longer Chinese word). */
export function containing(words: readonly string[], terms: readonly string[], end: number, from = 0, to = end): number[] {
  const wanted = terms.map((t) => t.toLocaleLowerCase()).filter(Boolean);
  const found: number[] = [];
  for (let i = from; i < Math.min(to, end); i++) if (wanted.some((t) => words[i]!.toLocaleLowerCase().includes(t))) found.push(i);
  return found;
}

/**
 * Rewrites a result's excerpts in place: page and sections get excerpts of their prose; a section
 * matched only in the hidden block is dropped (unless it is the only one).
 */
export function cleanExcerpts<T extends PagefindLikeResult>(result: T, query: string): T {
  const words = result.content.split(/\s+/).filter(Boolean);
  const end = hiddenTokensStart(words);
  if (end === words.length) return result;
  const terms = query.replace(/["“”]/g, ' ').split(/\s+/).filter(Boolean);
  const prose = (locations: readonly number[]) => locations.filter((l) => l < end);
  const marksFor = (locations: readonly number[], from = 0, to = end) => {
    const real = prose(locations).filter((l) => l >= from && l < to);
    return real.length ? real : containing(words, terms, end, from, to);
  };
  result.excerpt = excerptAround(words, marksFor(result.locations), end);
  if (result.sub_results.length) {
    const kept = result.sub_results.filter((s) => prose(s.locations).length > 0);
    const subs = kept.length ? kept : result.sub_results.slice(0, 1);
    for (const s of subs) {
      const real = prose(s.locations);
      const marks = real.length ? real : marksFor(result.locations);
      s.excerpt = excerptAround(words, marks, end);
    }
    result.sub_results = subs;
  }
  return result;
}
