/**
 * Host density arithmetic for <DensityCalculator />: how many instances of each technology fit on one
 * host, limited by memory (the application's footprint plus the technology's per-instance overhead,
 * after headroom) and, if the reader sets one, by a per-core instance limit.
 */
import { parseNumber, type NumberRule } from './number-input';
import { formatBytes, formatCount, formatFigure, formatNumber, type FormattableFigure } from './units';

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

export const DENSITY_RULES: Record<DensityField, NumberRule> = {
  hostMemoryGiB: { label: 'Host memory', min: 0, exclusiveMin: true, max: 65_536, unit: 'GiB', example: 256 },
  cores: { label: 'Cores', min: 1, max: 4096, integer: true, example: 64 },
  appMiB: { label: 'Application footprint', min: 0, max: 1_048_576, unit: 'MiB', example: 128 },
  headroomPercent: { label: 'Headroom', min: 0, max: 95, unit: '%', example: 10 },
  perCoreLimit: { label: 'Instances per core', min: 0, exclusiveMin: true, max: 1000, optional: true, example: 4 },
};

export const DEFAULT_DENSITY_INPUTS: DensityInputs = { hostMemoryGiB: 256, cores: 64, appMiB: 128, headroomPercent: 10, perCoreLimit: null };

export type DensityValidation =
  | { ok: true; inputs: DensityInputs }
  | { ok: false; errors: Partial<Record<DensityField, string>> };

/** Parse the five fields as typed; every bad field gets its own message. */
export function validateDensityInputs(raw: Record<DensityField, string>): DensityValidation {
  const errors: Partial<Record<DensityField, string>> = {};
  const values: Partial<Record<DensityField, number | null>> = {};
  for (const field of DENSITY_FIELDS) {
    const r = parseNumber(raw[field] ?? '', DENSITY_RULES[field]);
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
  /** Seed figures are labelled as such in the sentence. */
  seed: boolean;
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

/** Whole instances that fit, robust to floating-point error (0.9999999 of a slot is still 1). */
function fits(available: number, each: number): number {
  return Math.floor(available / each + 1e-9);
}

function sentenceFor(r: Omit<DensityRow, 'sentence'>, inputs: DensityInputs, usableBytes: number): string {
  const t = r.technology;
  const overhead = `${formatFigure(t.overhead)}${t.seed ? ' (slide-table figure)' : ''}`;
  const each = `${formatBytes(inputs.appMiB * MiB, 'binary')} + ${overhead} overhead`;
  const usable = formatBytes(usableBytes, 'binary');
  const bound = t.partial ? ' at most' : '';
  const caveat = t.partial ? ' The overhead counts only part of the per-instance cost, so fewer fit in practice.' : '';
  if (r.instances === 0) {
    const why = r.memoryLimit === 0 ? `one instance needs ${each}, more than the ${usable} usable` : `the core limit allows none`;
    return `${t.name}: none fit; ${why}.${caveat}`;
  }
  const n = `${formatCount(r.instances)} instance${r.instances === 1 ? '' : 's'}`;
  if (r.binding === 'cores') {
    return `${t.name}:${bound} ${n}; cores bind: ${formatCount(inputs.cores)} cores × ${formatNumber(inputs.perCoreLimit ?? 0, 6)} per core, while memory would allow ${formatCount(r.memoryLimit)}.${caveat}`;
  }
  const coreNote = r.binding === 'both' ? ', exactly the core limit too' : r.coreLimit !== null ? `, below the core limit of ${formatCount(r.coreLimit)}` : '';
  return `${t.name}:${bound} ${n}; memory binds: ${usable} usable ÷ (${each})${coreNote}.${caveat}`;
}

/** How many instances of each technology fit on the host, and what limits them. */
export function computeDensity(inputs: DensityInputs, technologies: readonly DensityTechnology[]): DensityResult {
  const usableBytes = inputs.hostMemoryGiB * GiB * (1 - inputs.headroomPercent / 100);
  const coreLimit = inputs.perCoreLimit === null ? null : Math.floor(inputs.cores * inputs.perCoreLimit + 1e-9);
  const rows = technologies.map((technology) => {
    const perInstanceBytes = inputs.appMiB * MiB + technology.overhead.value;
    const memoryLimit = fits(usableBytes, perInstanceBytes);
    const instances = coreLimit === null ? memoryLimit : Math.min(memoryLimit, coreLimit);
    const binding: Binding = coreLimit === null || memoryLimit < coreLimit ? 'memory' : coreLimit < memoryLimit ? 'cores' : 'both';
    const row = { technology, perInstanceBytes, memoryLimit, coreLimit, instances, binding };
    return { ...row, sentence: sentenceFor(row, inputs, usableBytes) };
  });
  return { usableBytes, rows };
}
