/**
 * The exit-cost calculator's arithmetic. A workload that runs for T seconds natively triggers r
 * sensitive events per second (each one a VM exit under hardware assistance, or a call into the VMM
 * from translated code under binary translation). Each event costs c microseconds:
 *
 *   hardware-assisted   T + r·T·c_exit
 *   binary translation  T + r·T·c_bt
 *   interpretive emulation  T · s        (s = the slowdown factor the reader sets)
 *
 * The model ignores everything else (translation time, cache and TLB pollution beyond what the
 * per-event cost includes, I/O waiting). All defaults are illustrative; the widget says so.
 */
import { checkAll, checkValues, withLabels, type NumberLimits, type RequiredNumberRule } from './number-input';
import { EXIT_COST_EN } from '../i18n/demos/exit-cost';
import type { NumberInputMessages } from '../i18n/demos/number-input';
import { fill, percent } from '../i18n/format';
import type { ExitCostMessages } from '../i18n/demos/exit-cost';

export type CostTechnique = 'native' | 'hardware' | 'binary-translation' | 'emulation';

/** The techniques in the order the bars show them; their names are in the catalogue (src/i18n/demos/exit-cost.ts). */
export const COST_TECHNIQUES: readonly { id: CostTechnique }[] = [{ id: 'native' }, { id: 'hardware' }, { id: 'binary-translation' }, { id: 'emulation' }];

export interface ExitCostInput {
  /** Native run time of the workload, seconds. */
  workloadSeconds: number;
  /** Sensitive events (VM exits under hardware assistance) per second of native run time. */
  exitsPerSecond: number;
  /** Cost of one VM exit, round trip plus handling, microseconds. */
  exitCostMicros: number;
  /** Cost of one sensitive event handled by translated code, microseconds. */
  btCostMicros: number;
  /** How many times slower than native an interpreter runs the workload. */
  emulationSlowdown: number;
}

/**
 * Illustrative defaults: the book has not verified a primary measurement to use here, so every
 * default is labelled as illustrative in the widget and the reader is asked to set their own.
 */
export const EXIT_COST_DEFAULTS: ExitCostInput = {
  workloadSeconds: 60,
  exitsPerSecond: 10_000,
  exitCostMicros: 1,
  btCostMicros: 1,
  emulationSlowdown: 10,
};

/** The fields' limits; their names are in the catalogue (src/i18n/demos/exit-cost.ts). */
export const EXIT_COST_LIMITS: Record<keyof ExitCostInput, NumberLimits & { optional?: false }> = {
  workloadSeconds: { min: 0, exclusiveMin: true, max: 1_000_000, unit: 's', example: EXIT_COST_DEFAULTS.workloadSeconds },
  exitsPerSecond: { min: 0, max: 10_000_000, example: EXIT_COST_DEFAULTS.exitsPerSecond },
  exitCostMicros: { min: 0, max: 10_000, unit: 'µs', example: EXIT_COST_DEFAULTS.exitCostMicros },
  btCostMicros: { min: 0, max: 10_000, unit: 'µs', example: EXIT_COST_DEFAULTS.btCostMicros },
  emulationSlowdown: { min: 1, max: 10_000, unit: '×', example: EXIT_COST_DEFAULTS.emulationSlowdown },
};

/** The rules with the fields' English names, for the server's and the tests' checks. */
export function exitCostRules(): Record<keyof ExitCostInput, RequiredNumberRule> {
  return withLabels(EXIT_COST_LIMITS, EXIT_COST_EN.fields);
}

export interface CostRow {
  technique: CostTechnique;
  /** Total run time, seconds. */
  seconds: number;
  /** Time added over native, seconds. */
  overheadSeconds: number;
  /** Overhead as a percentage of native run time. */
  overheadPercent: number;
}

export interface ExitCostResult {
  /** Number of sensitive events in the whole run. */
  events: number;
  rows: CostRow[];
}

export type ExitCostOutcome =
  | { ok: true; result: ExitCostResult }
  | { ok: false; errors: Partial<Record<keyof ExitCostInput, string>> };

/** Check the input and compute every technique's run time (messages for bad input in English). */
export function exitCost(input: ExitCostInput): ExitCostOutcome {
  const checked = checkAll(input as unknown as Record<keyof ExitCostInput, number>, exitCostRules());
  return checked.ok ? { ok: true, result: runTimes(input) } : checked;
}

/** exitCost with a page's messages and field names, no default (the widget's script uses this one). */
export function computeExitCost(input: ExitCostInput, m: NumberInputMessages, labels: Record<keyof ExitCostInput, string>): ExitCostOutcome {
  const rules = withLabels(EXIT_COST_LIMITS, labels);
  const checked = checkValues(input as unknown as Record<keyof ExitCostInput, number>, rules, m);
  return checked.ok ? { ok: true, result: runTimes(input) } : checked;
}

function runTimes(input: ExitCostInput): ExitCostResult {
  const { workloadSeconds: t, exitsPerSecond: r, exitCostMicros: ce, btCostMicros: cb, emulationSlowdown: s } = input;
  const events = r * t;
  const seconds: Record<CostTechnique, number> = {
    native: t,
    hardware: t + (events * ce) / 1e6,
    'binary-translation': t + (events * cb) / 1e6,
    emulation: t * s,
  };
  const rows = COST_TECHNIQUES.map(({ id }) => ({
    technique: id,
    seconds: seconds[id],
    overheadSeconds: seconds[id] - t,
    overheadPercent: ((seconds[id] - t) / t) * 100,
  }));
  return { events, rows };
}

/** "0.5 ms", "1.2 s", "3 min 20 s", "2 h 5 min": a duration in the largest sensible unit. */
export function formatDuration(seconds: number, lang = 'en-US'): string {
  if (!Number.isFinite(seconds) || seconds < 0) throw new Error(`Not a duration: ${seconds}`);
  if (seconds === 0) return '0 s';
  if (seconds < 1e-3) return `${trim(seconds * 1e6, lang)} µs`;
  if (seconds < 1) return `${trim(seconds * 1e3, lang)} ms`;
  if (seconds < 120) return `${trim(seconds, lang)} s`;
  if (seconds < 7200) {
    const min = Math.floor(seconds / 60);
    const s = Math.round(seconds - min * 60);
    return s === 60 ? `${min + 1} min` : s ? `${min} min ${s} s` : `${min} min`;
  }
  const h = Math.floor(seconds / 3600);
  const min = Math.round((seconds - h * 3600) / 60);
  return min === 60 ? `${h + 1} h` : min ? `${h} h ${min} min` : `${h} h`;
}

/** Three significant figures, no trailing zeros, thousands separated (in the locale `lang`). */
export function trim(n: number, lang = 'en-US'): string {
  const digits = n === 0 ? 1 : Math.floor(Math.log10(Math.abs(n))) + 1;
  const decimals = Math.max(0, 3 - digits);
  return Number(n.toFixed(decimals)).toLocaleString(lang, { maximumFractionDigits: decimals });
}

export function formatPercent(p: number, lang = 'en-US'): string {
  if (p === 0) return percent('0', lang);
  if (p < 0.01) return `< ${percent((0.01).toLocaleString(lang), lang)}`;
  return percent(trim(p, lang), lang);
}

/** One sentence about the chosen technique, for the widget and its text alternative, in the language of `m`. */
export function describe(result: ExitCostResult, technique: CostTechnique, input: ExitCostInput, m: ExitCostMessages): string {
  const row = result.rows.find((r) => r.technique === technique);
  if (!row) throw new Error(`Unknown technique "${technique}"`);
  const lang = m.number.lang;
  const values = {
    native: formatDuration(input.workloadSeconds, lang),
    events: Math.round(result.events).toLocaleString(lang),
    total: formatDuration(row.seconds, lang),
    added: formatDuration(row.overheadSeconds, lang),
    percent: formatPercent(row.overheadPercent, lang),
    cost: trim(technique === 'binary-translation' ? input.btCostMicros : input.exitCostMicros, lang),
    slowdown: trim(input.emulationSlowdown, lang),
  };
  const template = { native: m.describeNative, hardware: m.describeHardware, 'binary-translation': m.describeTranslation, emulation: m.describeEmulation }[technique];
  return fill(template, values);
}
