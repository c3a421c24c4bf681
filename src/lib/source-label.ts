/** Short source labels for the demos: "Authors (year), Title", from the bibliography. */
import { formatAuthors, referenceHref, type Reference } from './references';

export function sourceLabel(r: Reference): string {
  return `${formatAuthors(r.authors)} (${r.year}), ${r.title}`;
}

/** Labels and links for a set of keys; throws on an unknown key so the build fails loudly. */
export function sourceLabels(keys: Iterable<string>, byKey: ReadonlyMap<string, Reference>): Record<string, { label: string; href: string }> {
  const out: Record<string, { label: string; href: string }> = {};
  for (const k of keys) {
    const r = byKey.get(k);
    if (!r) throw new Error(`demo source "${k}" is not in the bibliography (src/data/references/)`);
    out[k] = { label: sourceLabel(r), href: referenceHref(r) };
  }
  return out;
}
