/**
 * Types and filtering for <FeatureMatrix />: which OS-level virtualization technologies provide
 * which isolation and resource-control features. Data in src/data/os-virtualization-features.ts.
 */

import { fill } from '../i18n/format';
import type { FeatureMatrixMessages } from '../i18n/demos/feature-matrix';

export type Support = 'yes' | 'partial' | 'no';

export const SUPPORT_LABEL: Record<Support, string> = { yes: 'Yes', partial: 'Partial', no: 'No' };

export interface Feature {
  id: string;
  label: string;
  /** The slide table's column heading, for readers who know the Chinese table. */
  zh: string;
}

export interface SourceLink {
  label: string;
  url: string;
}

export interface FeatureCell {
  /** The book's value. */
  value: Support;
  /** The value in the slide table of source article 003 (before correction). */
  slides: Support;
  /** What "partial" means here, the version that brought a feature, or why the slide table is corrected. */
  note?: string;
  sources?: SourceLink[];
}

export interface OsTechnology {
  id: string;
  name: string;
  /** Years of active development, e.g. "2001–2018"; absent for ongoing projects. */
  years?: string;
  /** One or two sentences shown under the row: caveats that apply to the whole row. */
  note?: string;
  cells: Record<string, FeatureCell>;
}

/** A label in running text: "Disk quota" → "disk quota", but "CPU quota" and "I/O rate limiting" keep their capitals. */
export function lowerLabel(label: string): string {
  return /^.[A-Z/]/.test(label) ? label : label.charAt(0).toLowerCase() + label.slice(1);
}

/** True when the book's value differs from the slide table's: the cell is a correction. */
export function isCorrected(cell: FeatureCell): boolean {
  return cell.value !== cell.slides;
}

export interface MatrixFilter {
  /** Features the reader needs. */
  required: readonly string[];
  /** Count "partial" support as meeting a need. */
  acceptPartial: boolean;
}

export interface MatrixFilterResult {
  shown: OsTechnology[];
  hidden: { technology: OsTechnology; lacking: string[] }[];
}

/** Keep the technologies that provide every required feature (fully, or partly if accepted). */
export function filterMatrix(technologies: readonly OsTechnology[], filter: MatrixFilter): MatrixFilterResult {
  const shown: OsTechnology[] = [];
  const hidden: MatrixFilterResult['hidden'] = [];
  for (const technology of technologies) {
    const lacking = filter.required.filter((id) => {
      const v = technology.cells[id]?.value ?? 'no';
      return !(v === 'yes' || (v === 'partial' && filter.acceptPartial));
    });
    if (lacking.length) hidden.push({ technology, lacking });
    else shown.push(technology);
  }
  return { shown, hidden };
}

/** One sentence saying what the filter kept, for a live region, in the language of `m` (features named by their `label`). */
export function describeFilter(result: MatrixFilterResult, features: readonly Feature[], filter: MatrixFilter, m: FeatureMatrixMessages): string {
  if (!filter.required.length) return fill(m.showingAll, { n: result.shown.length });
  const label = (id: string) => lowerLabel(features.find((f) => f.id === id)?.label ?? id);
  const need = filter.required.map(label).join(m.listSeparator);
  const how = filter.acceptPartial ? m.partialCounts : '';
  if (!result.shown.length) return fill(m.noneProvides, { need, how });
  const names = result.shown.map((t) => t.name).join(m.listSeparator);
  return fill(m.provide, { n: result.shown.length, total: result.shown.length + result.hidden.length, need, how, names });
}

/** Data checks: every technology rates every feature; every partial or corrected cell explains itself. */
export function findMatrixProblems(features: readonly Feature[], technologies: readonly OsTechnology[]): string[] {
  const problems: string[] = [];
  const ids = new Set(features.map((f) => f.id));
  for (const t of technologies) {
    for (const f of features) {
      const c = t.cells[f.id];
      if (!c) {
        problems.push(`${t.id}: no value for ${f.id}`);
        continue;
      }
      if (c.value === 'partial' && !c.note) problems.push(`${t.id} / ${f.id}: "partial" needs a note saying what is partial`);
      if (isCorrected(c) && !c.note) problems.push(`${t.id} / ${f.id}: differs from the slide table (${c.slides}) without a note saying why`);
      if (isCorrected(c) && !c.sources?.length) problems.push(`${t.id} / ${f.id}: a correction needs a source`);
    }
    for (const id of Object.keys(t.cells)) if (!ids.has(id)) problems.push(`${t.id}: unknown feature ${id}`);
  }
  return problems;
}
