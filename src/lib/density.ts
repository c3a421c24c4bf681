/**
 * Host density arithmetic for <DensityCalculator />: how many instances of each technology fit on one
 * host, limited by memory (the application's footprint plus the technology's per-instance overhead,
 * after headroom) and, if the reader sets one, by a per-core instance limit.
 */
import { parseNumber, readNumber, withLabels, type NumberLimits, type NumberRule } from './number-input';
import { formatBytes, formatCount, formatNumber, QUALIFIER_PREFIX, type FormattableFigure } from './units';
import { fill } from '../i18n/format';
import { DENSITY_EN, DENSITY_WORDS_EN, type DensityWords } from '../i18n/demos/density';
import type { NumberInputMessages } from '../i18n/demos/number-input';

export const GiB = 2 ** 30;
export const MiB = 2 ** 20;

export interface DensityInputs {
  hostMemoryGiB: number;
  cores: number;
  appMiB: number;
  headroomPercent: number;
  /** Instances allowed per core; null when the reader sets no such limit. */
  perCoreLimit: number | null;
}

export type DensityField = keyof DensityInputs;

export const DENSITY_FIELDS: DensityField[] = ['hostMemoryGiB', 'cores', 'appMiB', 'headroomPercent', 'perCoreLimit'];

/** The fields' limits; their names are in the catalogue (src/i18n/demos/density.ts). */
export const DENSITY_LIMITS: Record<DensityField, NumberLimits> = {
  hostMemoryGiB: { min: 0, exclusiveMin: true, max: 65_536, unit: 'GiB', example: 256 },
  cores: { min: 1, max: 4096, integer: true, example: 64 },
  // An application needs some memory: 0 MiB would count instances of nothing but overhead.
  appMiB: { min: 0, exclusiveMin: true, max: 1_048_576, unit: 'MiB', example: 128 },
  // Headroom only scales the usable memory (nothing is divided by it): 0% is a real choice.
  headroomPercent: { min: 0, max: 95, unit: '%', example: 10 },
  perCoreLimit: { min: 0, exclusiveMin: true, max: 1000, optional: true, example: 4 },
};

/** The rules with the fields' English names, for the server's and the tests' checks. */
export function densityRules(): Record<DensityField, NumberRule> {
  return withLabels(DENSITY_LIMITS, DENSITY_EN.fields);
}

export const DEFAULT_DENSITY_INPUTS: DensityInputs = { hostMemoryGiB: 256, cores: 64, appMiB: 128, headroomPercent: 10, perCoreLimit: null };

export type DensityValidation =
  | { ok: true; inputs: DensityInputs }
  | { ok: false; errors: Partial<Record<DensityField, string>> };

/**
 * Parse the five fields as typed; every bad field gets its own message, in the language of `m`
 * (field names from m.fields), English when no messages are given.
 */
export function validateDensityInputs(raw: Record<DensityField, string>): DensityValidation {
  const rules = densityRules();
  return validate(raw, (field) => parseNumber(raw[field] ?? '', rules[field]));
}

/** validateDensityInputs with a page's messages and field names, no default (the widget's script uses this one). */
export function validateDensity(raw: Record<DensityField, string>, m: { number: NumberInputMessages; fields: Record<DensityField, string> }): DensityValidation {
  return validate(raw, (field) => readNumber(raw[field] ?? '', { ...DENSITY_LIMITS[field], label: m.fields[field] }, m.number));
}

function validate(raw: Record<DensityField, string>, read: (field: DensityField) => ReturnType<typeof readNumber>): DensityValidation {
  const errors: Partial<Record<DensityField, string>> = {};
  const values: Partial<Record<DensityField, number | null>> = {};
  for (const field of DENSITY_FIELDS) {
    const r = read(field);
    if (r.ok) values[field] = r.value;
    else errors[field] = r.message;
  }
  if (Object.keys(errors).length) return { ok: false, errors };
  return { ok: true, inputs: values as DensityInputs };
}

/** A technology as the calculator needs it: its name and the overhead figure it charges. */
export interface DensityTechnology {
  id: string;
  name: string;
  overhead: FormattableFigure & { unit: 'B' };
  /** The figure covers only part of the per-instance cost: the count is an upper bound. */
  partial: boolean;
  /** Slide-table figures are labelled as such in the sentence. */
  slides: boolean;
}

export type Binding = 'memory' | 'cores' | 'both';

export interface DensityRow {
  technology: DensityTechnology;
  perInstanceBytes: number;
  memoryLimit: number;
  coreLimit: number | null;
  instances: number;
  binding: Binding;
  sentence: string;
}

export interface DensityResult {
  usableBytes: number;
  rows: DensityRow[];
}

/**
 * Bytes in MiB, the unit the per-instance sum is written in: "3.9 MiB" for a source's 4.09 MB, so
 * the footprint (MiB) and the overhead (often decimal MB in its source) are added in one unit.
 */
export function formatMiB(bytes: number, lang: string, significant = 3): string {
  return `${formatNumber(bytes / MiB, significant, lang)} MiB`;
}

/** An overhead figure in MiB, with its source's qualifier: "≈ 17.2 MiB" for "≈ 18 MB". */
export function overheadInMiB(overhead: FormattableFigure, lang: string): string {
  return `${QUALIFIER_PREFIX[overhead.qualifier]}${formatMiB(overhead.value, lang)}`;
}

/** Whole instances that fit, robust to floating-point error (0.9999999 of a slot is still 1). */
function fits(available: number, each: number): number {
  return Math.floor(available / each + 1e-9);
}

function sentenceFor(r: Omit<DensityRow, 'sentence'>, inputs: DensityInputs, usableBytes: number, w: DensityWords): string {
  const t = r.technology;
  const lang = w.lang;
  // Both terms in MiB (the footprint as typed, up to 6 digits); the usable memory stays in GiB.
  const each = fill(w.each, { app: formatMiB(inputs.appMiB * MiB, lang, 6), overhead: overheadInMiB(t.overhead, lang) });
  const usable = formatBytes(usableBytes, 'binary', lang);
  const bound = t.partial ? w.atMost : '';
  // Notes after the sentence, not inside the formula.
  const caveat = (t.slides ? w.slideFigure : '') + (t.partial ? w.caveat : '');
  const row = (rest: string) => fill(w.row, { name: t.name, rest }) + caveat;
  if (r.instances === 0) return row(fill(w.none, { why: r.memoryLimit === 0 ? fill(w.noneMemory, { each, usable }) : w.noneCores }));
  const n = fill(r.instances === 1 ? w.instancesOne : w.instancesMany, { n: formatCount(r.instances, lang) });
  if (r.binding === 'cores') {
    return row(fill(w.coresBind, { bound, n, cores: formatCount(inputs.cores, lang), perCore: formatNumber(inputs.perCoreLimit ?? 0, 6, lang), memory: formatCount(r.memoryLimit, lang) }));
  }
  const coreNote = r.binding === 'both' ? w.exactlyCores : r.coreLimit !== null ? fill(w.belowCores, { limit: formatCount(r.coreLimit, lang) }) : '';
  return row(fill(w.memoryBinds, { bound, n, usable, each, coreNote }));
}

/** How many instances of each technology fit on the host, and what limits them (sentences in the words of `w`). */
export function computeDensity(inputs: DensityInputs, technologies: readonly DensityTechnology[], w: DensityWords = DENSITY_WORDS_EN): DensityResult {
  return densityIn(inputs, technologies, w);
}

/** computeDensity in the words of a page, no default (the widget's script uses this one). */
export function densityIn(inputs: DensityInputs, technologies: readonly DensityTechnology[], w: DensityWords): DensityResult {
  const usableBytes = inputs.hostMemoryGiB * GiB * (1 - inputs.headroomPercent / 100);
  const coreLimit = inputs.perCoreLimit === null ? null : Math.floor(inputs.cores * inputs.perCoreLimit + 1e-9);
  const rows = technologies.map((technology) => {
    const perInstanceBytes = inputs.appMiB * MiB + technology.overhead.value;
    const memoryLimit = fits(usableBytes, perInstanceBytes);
    const instances = coreLimit === null ? memoryLimit : Math.min(memoryLimit, coreLimit);
    const binding: Binding = coreLimit === null || memoryLimit < coreLimit ? 'memory' : coreLimit < memoryLimit ? 'cores' : 'both';
    const row = { technology, perInstanceBytes, memoryLimit, coreLimit, instances, binding };
    return { ...row, sentence: sentenceFor(row, inputs, usableBytes, w) };
  });
  return { usableBytes, rows };
}
