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
  /** Pagefind's count of the words it indexed (segmented words on a Chinese page). */
  word_count?: number;
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
  // A Chinese page: Pagefind counts segmented words (服务, 网格), so its locations do not index
  // these whitespace-separated words; find the query in the text instead.
  if (result.word_count !== undefined && result.word_count > words.length) return excerptsByText(result, query, words);
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

const HAN = /\p{Script=Han}/u;
/** Characters of text shown around a match in a Chinese excerpt. */
export const EXCERPT_CHARS = { before: 24, after: 72 };

let segmenter: Intl.Segmenter | undefined;
/**
 * What to look for in the text: the typed terms; where the prose has none of them, their Chinese
 * words of two or more characters (热迁移 → 迁移), never single characters (服, 网, 格), which
 * occur everywhere.
 */
export function searchPieces(prose: string, query: string): string[] {
  const terms = query.replace(/["“”]/g, ' ').split(/\s+/).filter(Boolean);
  const lower = prose.toLocaleLowerCase();
  const found = terms.filter((t) => lower.includes(t.toLocaleLowerCase()));
  if (found.length) return found;
  segmenter ??= new Intl.Segmenter('zh', { granularity: 'word' });
  const words = terms.flatMap((t) => (HAN.test(t) ? [...segmenter!.segment(t)].map((x) => x.segment) : [t])).filter((w) => [...w].length >= 2);
  return [...new Set(words)].filter((w) => lower.includes(w.toLocaleLowerCase()));
}

/** Sections shown under a result (as many as Pagefind's interface shows). */
export const MAX_SECTIONS = 3;

/** Occurrences of the pieces in a lower-cased text. */
function countHits(lower: string, pieces: readonly string[]): number {
  return pieces.reduce((n, p) => n + (p ? lower.split(p.toLocaleLowerCase()).length - 1 : 0), 0);
}

/** Escaped text with each occurrence of a piece (only the piece, not its sentence) marked. */
export function markPieces(text: string, pieces: readonly string[]): string {
  const wanted = pieces.filter(Boolean).sort((a, b) => b.length - a.length);
  if (!wanted.length) return escapeHtml(text);
  const lower = text.toLocaleLowerCase();
  let out = '';
  let i = 0;
  while (i < text.length) {
    const piece = wanted.find((p) => lower.startsWith(p.toLocaleLowerCase(), i));
    if (piece) {
      out += `<mark>${escapeHtml(text.slice(i, i + piece.length))}</mark>`;
      i += piece.length;
    } else {
      out += escapeHtml(text[i]!);
      i++;
    }
  }
  return out;
}

/** A window of the text around `at` (a character offset), cut at word or sentence boundaries where it can. */
function windowAround(text: string, at: number, from: number, to: number): string {
  let start = Math.max(from, at - EXCERPT_CHARS.before);
  const end = Math.min(to, at + EXCERPT_CHARS.after);
  const cut = text.slice(start, at).search(/[。；！？.\s][^。；！？.\s]*$/u);
  if (cut >= 0 && start > from) start += cut + 1;
  return text.slice(start, end).trim() + (end < to ? '…' : '');
}

/**
 * Excerpts of a Chinese page, found in its text: the page's excerpt shows the first place the
 * prose has the query (or its words of two or more characters), each section's the first place in
 * that section; only the query is marked. Sections that do not contain it are dropped (unless
 * none does).
 */
export function excerptsByText<T extends PagefindLikeResult>(result: T, query: string, words = result.content.split(/\s+/).filter(Boolean)): T {
  const prose = words.slice(0, hiddenTokensStart(words)).join(' ');
  const pieces = searchPieces(prose, query);
  const lower = prose.toLocaleLowerCase();
  const firstHit = (from: number, to: number): number => {
    let best = -1;
    for (const p of pieces) {
      const i = lower.indexOf(p.toLocaleLowerCase(), from);
      if (i >= 0 && i < to && (best < 0 || i < best)) best = i;
    }
    return best;
  };
  const excerpt = (from: number, to: number, at: number) => markPieces(windowAround(prose, at, from, to), pieces);
  const pageHit = firstHit(0, prose.length);
  result.excerpt = excerpt(0, prose.length, Math.max(pageHit, 0));
  if (result.sub_results.length) {
    // Each section starts at its heading (which Pagefind's text ends with a full stop, unless it
    // is a glossary entry's term) and ends where the next section found starts.
    let cursor = 0;
    const starts = result.sub_results.map((s) => {
      const at = (from: number) => [`${s.title}.`, `${s.title} `].map((t) => prose.indexOf(t, from)).find((i) => i >= 0) ?? -1;
      let i = at(cursor);
      if (i < 0) i = at(0);
      if (i >= 0) cursor = i;
      return i >= 0 ? i : cursor;
    });
    const found = result.sub_results.map((s, k) => {
      const from = starts[k]!;
      const to = Math.min(prose.length, ...starts.filter((x) => x > from));
      return { s, k, from, to, hit: firstHit(from, to), hits: countHits(lower.slice(from, to), pieces) };
    });
    // The sections that use the query most, in page order (Pagefind's interface shows three, the
    // ones with most matches of its own sub-words if it is given more).
    const kept = found
      .filter((f) => f.hit >= 0)
      .sort((a, b) => b.hits - a.hits || a.k - b.k)
      .slice(0, MAX_SECTIONS)
      .sort((a, b) => a.k - b.k);
    const shown = kept.length ? kept : found.slice(0, 1);
    for (const f of shown) f.s.excerpt = f.hit >= 0 ? excerpt(f.from, f.to, f.hit) : result.excerpt;
    result.sub_results = shown.map((f) => f.s);
  }
  return result;
}

/**
 * A result link's highlight parameters for a Chinese query: the typed terms (服务网格), not the
 * pieces Pagefind segmented the query into (服务, 网, 格), which made the target page mark every
 * 网 and 格 it has. Other queries keep Pagefind's parameters.
 */
export function highlightTyped(url: string, query: string, param = 'highlight'): string {
  const terms = query.replace(/["“”]/g, ' ').split(/\s+/).filter(Boolean);
  if (!terms.length || !terms.some((t) => HAN.test(t))) return url;
  const hash = url.indexOf('#');
  const [path, fragment] = hash >= 0 ? [url.slice(0, hash), url.slice(hash)] : [url, ''];
  const q = path.indexOf('?');
  const params = new URLSearchParams(q >= 0 ? path.slice(q + 1) : '');
  if (!params.has(param)) return url;
  params.delete(param);
  for (const t of terms) params.append(param, t);
  return `${q >= 0 ? path.slice(0, q) : path}?${params.toString()}${fragment}`;
}
