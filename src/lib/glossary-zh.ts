/**
 * The Chinese glossary's order: by the Chinese name in pinyin order (Intl.Collator with the
 * zh-u-co-pinyin collation), filed under the pinyin initial, as Chinese glossaries are. A name that
 * starts with a Latin letter or digit ("API 网关", "Dom0（特权域）") is filed under that letter.
 */

const collator = new Intl.Collator('zh-u-co-pinyin', { sensitivity: 'base', numeric: true });

/**
 * The first Han character (in pinyin collation) of each initial: a name is filed under the last
 * initial whose boundary sorts at or before it. (No syllable starts with I, U or V in pinyin.)
 */
const BOUNDARIES: ReadonlyArray<readonly [string, string]> = [
  ['A', '阿'], ['B', '八'], ['C', '嚓'], ['D', '哒'], ['E', '妸'], ['F', '发'], ['G', '旮'], ['H', '哈'],
  ['J', '讥'], ['K', '咔'], ['L', '垃'], ['M', '妈'], ['N', '拏'], ['O', '噢'], ['P', '妑'], ['Q', '七'],
  ['R', '呥'], ['S', '仨'], ['T', '他'], ['W', '屲'], ['X', '夕'], ['Y', '丫'], ['Z', '帀'],
];

/** The letter a Chinese name is filed under ("#" for what is neither Latin nor Han). */
export function pinyinLetter(name: string): string {
  const c = name.trim().charAt(0);
  if (/[A-Za-z]/.test(c)) return c.toUpperCase();
  if (!/\p{Script=Han}/u.test(c)) return '#';
  let letter = 'A';
  for (const [l, boundary] of BOUNDARIES) if (collator.compare(boundary, c) <= 0) letter = l;
  return letter;
}

/** Entries by letter (A–Z, then "#"), and in pinyin order inside a letter. */
export function sortGlossaryZh<T extends { zh: string }>(entries: readonly T[]): T[] {
  const rank = (l: string) => (l === '#' ? 'ZZ' : l);
  return [...entries].sort((a, b) => rank(pinyinLetter(a.zh)).localeCompare(rank(pinyinLetter(b.zh))) || collator.compare(a.zh, b.zh));
}
