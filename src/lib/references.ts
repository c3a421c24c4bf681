/** The bibliography's types, checks and formatting. Entries live in src/data/references/<part>.ts. */
import { z } from 'zod';
import { assertNoProblems, parseEntry } from './data-checks';

export const referenceSchema = z
  .object({
    key: z.string().regex(/^[a-z][a-z0-9-]*[0-9]{4}[a-z]?$/, 'key must look like authorYEAR (e.g. popek1974)'),
    type: z.enum(['article', 'inproceedings', 'book', 'thesis', 'report', 'web', 'software', 'spec']),
    authors: z.array(z.string().min(1)).min(1),
    title: z.string().min(1),
    venue: z.string().optional(),
    publisher: z.string().optional(),
    year: z.number().int().min(1900).max(2100),
    doi: z.string().regex(/^10\.\d{4,9}\/\S+$/, 'doi must look like 10.xxxx/...').optional(),
    url: z.url().optional(),
    note: z.string().optional(),
  })
  .refine((r) => r.doi || r.url, { message: 'a reference needs a doi or a url' });

export type Reference = z.input<typeof referenceSchema>;

/** Validate the bibliography: shape of each entry and unique keys. Throws listing every problem. */
export function checkReferences(refs: readonly Reference[]): Reference[] {
  const problems: string[] = [];
  const seen = new Set<string>();
  for (const [i, raw] of refs.entries()) {
    const label = `reference ${i} (${(raw as { key?: string }).key ?? '?'})`;
    const ref = parseEntry(referenceSchema, raw, label, problems);
    if (!ref) continue;
    if (seen.has(ref.key)) problems.push(`${label}: duplicate key "${ref.key}"`);
    seen.add(ref.key);
  }
  assertNoProblems('bibliography', problems);
  return [...refs];
}

/** "A", "A and B", "A, B and C"; more than three authors: "A et al." */
export function formatAuthors(authors: readonly string[]): string {
  if (authors.length <= 1) return authors[0] ?? '';
  if (authors.length > 3) return `${authors[0]} et al.`;
  return `${authors.slice(0, -1).join(', ')} and ${authors[authors.length - 1]}`;
}

/** The link target of an entry: its DOI resolver URL, else its URL. */
export function referenceHref(r: Reference): string {
  return r.doi ? `https://doi.org/${r.doi}` : (r.url as string);
}

/** One line of plain text for previews and the print edition. */
export function formatReference(r: Reference): string {
  const parts = [`${formatAuthors(r.authors)} (${r.year}).`, `${r.title}.`];
  if (r.venue) parts.push(`${r.venue}.`);
  if (r.publisher) parts.push(`${r.publisher}.`);
  return parts.join(' ');
}
