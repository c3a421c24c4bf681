/**
 * Chinese search support. Pagefind indexes an English page's run of Han characters as a single
 * token, so 页表 would not find 影子页表. We segment each run into words with Intl.Segmenter and
 * emit every run of up to MAX_SPAN consecutive words (2+ characters), which the build adds to the
 * page's searchable text. 影子页表 → 影子, 影子页, 影子页表, 页表, …
 */
const HAN_RUN = /[\p{Script=Han}]+/gu;
const MAX_SPAN = 4;

let segmenter: Intl.Segmenter | undefined;

export function segmentChinese(run: string): string[] {
  segmenter ??= new Intl.Segmenter('zh', { granularity: 'word' });
  return [...segmenter.segment(run)].map((s) => s.segment).filter((s) => s.trim() !== '');
}

/** Every search token for the Han runs in a text, deduplicated, in order of first appearance. */
export function chineseSearchTokens(text: string): string[] {
  const tokens = new Set<string>();
  for (const [run] of text.matchAll(HAN_RUN)) {
    const words = segmentChinese(run);
    for (let i = 0; i < words.length; i++) {
      let token = '';
      for (let j = i; j < Math.min(words.length, i + MAX_SPAN); j++) {
        token += words[j];
        if ([...token].length >= 2 && token !== run) tokens.add(token);
      }
    }
  }
  return [...tokens];
}
