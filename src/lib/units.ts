/**
 * Human-readable formatting of figures stored in base units: seconds, bytes and events per second.
 * Pure functions shared by the build-time tables and the browser widgets; they never return "NaN" or
 * "Infinity" (a value that is not a finite number is a programming error and throws).
 */

export type BaseUnit = 's' | 'B' | '1/s';

/** How the source states a figure: a measurement, an approximation or a bound. */
export type Qualifier = 'measured' | 'approx' | 'at-most' | 'under';

export const QUALIFIER_PREFIX: Record<Qualifier, string> = { measured: '', approx: '≈ ', 'at-most': '≤ ', under: '< ' };

function assertFinite(value: number, what: string): void {
  if (typeof value !== 'number' || !Number.isFinite(value)) throw new RangeError(`${what} must be a finite number, got ${String(value)}`);
}

const numberFormats = new Map<string, Intl.NumberFormat>();

/**
 * Significant digits (3 by default), trailing zeros dropped, thousands separated: 1234.5 → "1,230",
 * 0.0500 → "0.05". `lang` is the locale's BCP 47 tag (the Chinese edition passes "zh-CN").
 */
export function formatNumber(value: number, significant = 3, lang = 'en-US'): string {
  assertFinite(value, 'value');
  const key = `${lang} ${significant}`;
  let nf = numberFormats.get(key);
  if (!nf) {
    nf = new Intl.NumberFormat(lang, { maximumSignificantDigits: significant });
    numberFormats.set(key, nf);
  }
  return nf.format(value);
}

const TIME_UNITS: ReadonlyArray<[number, string]> = [
  [3600, 'h'],
  [60, 'min'],
  [1, 's'],
  [1e-3, 'ms'],
  [1e-6, 'µs'],
  [1e-9, 'ns'],
];

/** The time unit in which `seconds` reads as a number of at least 1 (ns for anything smaller). */
export function timeUnitFor(seconds: number): [number, string] {
  assertFinite(seconds, 'seconds');
  const a = Math.abs(seconds);
  // Round first so that 0.9999 s (→ "1,000 ms" at 3 digits) reads as 1 s instead.
  const r = Number(a.toPrecision(3));
  for (const u of TIME_UNITS) if (r >= u[0]) return u;
  return TIME_UNITS[TIME_UNITS.length - 1]!;
}

const BINARY_UNITS = ['B', 'KiB', 'MiB', 'GiB', 'TiB', 'PiB'];
const DECIMAL_UNITS = ['B', 'kB', 'MB', 'GB', 'TB', 'PB'];

/**
 * Bytes are shown in binary units (KiB, MiB…) when the value is a whole number of KiB, as figures
 * stated in MiB or GiB are; otherwise in decimal units (kB, MB…), as sources writing "MB" mean.
 * `system` forces one or the other.
 */
export function byteUnitFor(bytes: number, system?: 'binary' | 'decimal'): [number, string] {
  assertFinite(bytes, 'bytes');
  const a = Math.abs(bytes);
  const binary = system ? system === 'binary' : a >= 1024 && Number.isInteger(a / 1024);
  const base = binary ? 1024 : 1000;
  const names = binary ? BINARY_UNITS : DECIMAL_UNITS;
  let i = 0;
  while (i < names.length - 1 && Number((a / base ** (i + 1)).toPrecision(3)) >= 1) i++;
  return [base ** i, names[i]!];
}

/** The factor and unit name in which `value` (in `unit`) is displayed. */
export function displayUnit(value: number, unit: BaseUnit, system?: 'binary' | 'decimal'): [number, string] {
  if (unit === 's') return timeUnitFor(value);
  if (unit === 'B') return byteUnitFor(value, system);
  assertFinite(value, 'rate');
  return [1, '/s'];
}

function join(number: string, unit: string): string {
  return unit === '/s' ? `${number}/s` : `${number} ${unit}`;
}

/** "125 ms", "3 MB", "5 MiB", "1.94 µs", "150/s". */
export function formatQuantity(value: number, unit: BaseUnit, system?: 'binary' | 'decimal', lang = 'en-US'): string {
  const [factor, name] = displayUnit(value, unit, system);
  return join(formatNumber(value / factor, 3, lang), name);
}

export function formatDuration(seconds: number, lang = 'en-US'): string {
  return formatQuantity(seconds, 's', undefined, lang);
}

export function formatBytes(bytes: number, system?: 'binary' | 'decimal', lang = 'en-US'): string {
  return formatQuantity(bytes, 'B', system, lang);
}

/** "800–1,000 ms": both ends in the unit that suits the lower end. */
export function formatRange(min: number, max: number, unit: BaseUnit, lang = 'en-US'): string {
  assertFinite(min, 'min');
  assertFinite(max, 'max');
  const [factor, name] = displayUnit(min > 0 ? min : max, unit);
  return join(`${formatNumber(min / factor, 3, lang)}–${formatNumber(max / factor, 3, lang)}`, name);
}

/** A figure as stated by its source. */
export interface FormattableFigure {
  /** In base units: seconds, bytes or instances per second. For a range, its lower end. */
  value: number;
  unit: BaseUnit;
  qualifier: Qualifier;
  range?: { min: number; max: number };
}

/** A figure as a label: "≤ 125 ms", "≈ 3 MB", "850–950 ms", "< 50 ms". */
export function formatFigure(f: FormattableFigure, lang = 'en-US'): string {
  const body = f.range ? formatRange(f.range.min, f.range.max, f.unit, lang) : formatQuantity(f.value, f.unit, undefined, lang);
  return `${QUALIFIER_PREFIX[f.qualifier]}${body}`;
}

/** Whole numbers with thousands separators, for counts of instances: 12345 → "12,345". */
export function formatCount(n: number, lang = 'en-US'): string {
  assertFinite(n, 'count');
  return Math.trunc(n).toLocaleString(lang);
}
