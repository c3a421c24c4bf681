/** The glossary's types and checks. Entries live in src/data/glossary/<part>.ts. */
import { z } from 'zod';
import { assertNoProblems, parseEntry } from './data-checks';

const kebab = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const hanzi = /\p{Script=Han}/u;

export const glossaryEntrySchema = z.object({
  id: z.string().regex(kebab, 'id must be kebab-case'),
  term: z.string().min(1),
  zh: z.string().regex(hanzi, 'zh must contain Chinese characters'),
  aliases: z.array(z.string().min(1)).optional(),
  definition: z
    .string()
    .min(20, 'definition is too short: write one to three sentences')
    .max(600, 'definition is too long: keep it to one to three sentences'),
  // The definition in Chinese, shown on the Chinese edition's pages (glossary, term previews).
  definitionZh: z
    .string({
      error: (issue) =>
        issue.input === undefined
          ? 'definitionZh is missing: add the Chinese translation of the definition'
          : 'definitionZh must be a string',
    })
    .min(10, 'definitionZh is too short: translate the whole definition')
    .regex(hanzi, 'definitionZh must be the definition in Chinese (it has no Chinese characters)')
    .max(400, 'definitionZh is too long: keep it to one to three sentences'),
  related: z.array(z.string().regex(kebab)).default([]),
  introducedIn: z.string().regex(kebab, 'introducedIn must be a chapter slug'),
});

export type GlossaryEntry = z.input<typeof glossaryEntrySchema>;
export type CheckedGlossaryEntry = z.output<typeof glossaryEntrySchema>;

/**
 * Validate the whole glossary: each entry's shape, unique ids, related ids that exist, and chapter
 * slugs that exist (when the caller knows them). Throws one error listing every problem.
 */
export function checkGlossary(
  entries: readonly GlossaryEntry[],
  chapterSlugs?: ReadonlySet<string>,
): CheckedGlossaryEntry[] {
  const problems: string[] = [];
  const checked: CheckedGlossaryEntry[] = [];
  const seen = new Set<string>();
  for (const [i, raw] of entries.entries()) {
    const label = `glossary entry ${i} (${(raw as { id?: string }).id ?? '?'})`;
    const entry = parseEntry(glossaryEntrySchema, raw, label, problems);
    if (!entry) continue;
    if (seen.has(entry.id)) problems.push(`${label}: duplicate id "${entry.id}"`);
    seen.add(entry.id);
    checked.push(entry);
  }
  for (const e of checked) {
    for (const rel of e.related) {
      if (!seen.has(rel)) problems.push(`glossary entry "${e.id}": related term "${rel}" is not in the glossary`);
    }
    if (chapterSlugs && !chapterSlugs.has(e.introducedIn)) {
      problems.push(`glossary entry "${e.id}": introducedIn "${e.introducedIn}" is not a chapter`);
    }
  }
  assertNoProblems('glossary', problems);
  return checked;
}

/** The letter an entry is filed under on the A–Z page (digits and symbols under "#"). */
export function glossaryLetter(term: string): string {
  const c = term.trim().charAt(0).toUpperCase();
  return /[A-Z]/.test(c) ? c : '#';
}

/** Entries sorted A–Z by term, case-insensitively. */
export function sortGlossary<T extends { term: string }>(entries: readonly T[]): T[] {
  return [...entries].sort((a, b) => a.term.localeCompare(b.term, 'en', { sensitivity: 'base' }));
}
