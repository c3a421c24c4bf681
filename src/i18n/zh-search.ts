/**
 * Search tokens for a page of the Chinese edition. Pagefind's zh-cn index splits a run of Han
 * characters into words, while a query typed as one run (影子页表) stays one word; so besides the
 * shorter word runs the English edition adds (src/lib/chinese-tokens.ts: 页表, 影子页, …), a
 * Chinese page also lists each whole run of two or more words, which the query then matches.
 */
import { chineseSearchTokens, segmentChinese } from '../lib/chinese-tokens';

const HAN_RUN = /[\p{Script=Han}]+/gu;

export function zhSearchTokens(text: string): string[] {
  const tokens = new Set(chineseSearchTokens(text));
  for (const [run] of text.matchAll(HAN_RUN)) if (segmentChinese(run).length > 1 && [...run].length <= 12) tokens.add(run);
  return [...tokens];
}
