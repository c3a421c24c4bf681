/**
 * Headings that components generate, for the pages whose sections come from data: the glossary
 * (one section per letter, GlossaryList.astro) and "Sources and coverage" (one per source article,
 * SourcesCoverage.astro). Astro collects a page's headings from its Markdown only, so without
 * these the "On this page" list of a 40 000 px page would hold only "Overview". The ids match
 * what the components render (the browser test checks every link lands on an element).
 */
import { glossaryLetter, sortGlossary } from './glossary.ts';
import { pinyinLetter, sortGlossaryZh } from './glossary-zh.ts';

export interface GeneratedHeading {
  depth: number;
  slug: string;
  text: string;
}

export const letterId = (letter: string) => `letter-${letter === '#' ? 'other' : letter}`;

/**
 * The glossary's letters: A–Z by English term, or (the Chinese edition, `zh`) by the pinyin initial
 * of the Chinese name, as GlossaryList.astro files them.
 */
export function glossaryHeadings(entries: readonly { term: string; zh: string }[], zh = false): GeneratedHeading[] {
  const letters = zh
    ? [...new Set(sortGlossaryZh(entries).map((e) => pinyinLetter(e.zh)))]
    : [...new Set(sortGlossary(entries).map((e) => glossaryLetter(e.term)))];
  return letters.map((l) => ({ depth: 2, slug: letterId(l), text: l === '#' ? (zh ? '其他' : 'Other') : l }));
}

export const sourceId = (id: string) => `source-${id}`;
/** The words of the headings, from the catalogue (src/i18n/messages.ts) of the page's language. */
export interface SourceHeadingWords {
  sourceHeading: (id: string, title: string) => string;
  sourceCorrects: string;
}
const ENGLISH: SourceHeadingWords = { sourceHeading: (id, title) => `Article ${id}: ${title}`, sourceCorrects: 'What the book corrects' };

/**
 * A source article's heading. English pages name it by its English title; other editions (`zh`)
 * by its original title, which is Chinese.
 */
export const sourceHeading = (s: { id: string; title?: string; titleEn: string }, m: SourceHeadingWords = ENGLISH, zh = false) =>
  m.sourceHeading(s.id, zh && s.title ? s.title : s.titleEn);

export function sourcesHeadings(
  sources: readonly { id: string; title?: string; titleEn: string }[],
  hasCorrections: (id: string) => boolean,
  m: SourceHeadingWords = ENGLISH,
  zh = false,
): GeneratedHeading[] {
  return sources.flatMap((s) => [
    { depth: 2, slug: sourceId(s.id), text: sourceHeading(s, m, zh) },
    ...(hasCorrections(s.id) ? [{ depth: 3, slug: `${sourceId(s.id)}-corrections`, text: m.sourceCorrects }] : []),
  ]);
}
