/**
 * Parsing of numbers typed into a demo's text field, with a clear message for every bad input
 * (empty, not a number, negative, too small, too large, not whole) and never NaN or Infinity.
 */
import { formatNumber } from './units';

export interface NumberRule {
  /** The field's name as the message should say it, e.g. "Host memory". */
  label: string;
  min: number;
  max: number;
  /** Is the lower bound itself allowed? (Memory may not be 0; headroom may.) */
  minInclusive?: boolean;
  integer?: boolean;
  /** An empty field is allowed and means "no value" (returns value: null). */
  optional?: boolean;
  /** Unit written after numbers in messages, e.g. "GiB", "%". */
  unit?: string;
  /** A typical value, quoted when the input is not a number at all. */
  example?: number;
}

export type Parsed = { ok: true; value: number | null } | { ok: false; message: string };

const DECIMAL = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;

function withUnit(n: number, unit?: string): string {
  const text = formatNumber(n, 12);
  return unit ? (unit === '%' ? `${text}%` : `${text} ${unit}`) : text;
}

/** Read one field. Accepts plain decimal numbers, with "," as a thousands separator. */
export function parseNumber(raw: string, rule: NumberRule): Parsed {
  const text = raw.trim().replace(/(\d),(?=\d{3}\b)/g, '$1');
  if (text === '') return rule.optional ? { ok: true, value: null } : { ok: false, message: `${rule.label} is empty: enter a number.` };
  if (!DECIMAL.test(text)) return { ok: false, message: `${rule.label} must be a number${rule.example === undefined ? '' : `, such as ${withUnit(rule.example, rule.unit)}`}.` };
  const value = Number(text);
  if (!Number.isFinite(value)) return { ok: false, message: `${rule.label} is too large.` };
  if (value < 0 && rule.min >= 0) return { ok: false, message: `${rule.label} cannot be negative.` };
  const inclusive = rule.minInclusive ?? true;
  if (inclusive ? value < rule.min : value <= rule.min)
    return { ok: false, message: inclusive ? `${rule.label} must be at least ${withUnit(rule.min, rule.unit)}.` : `${rule.label} must be more than ${withUnit(rule.min, rule.unit)}.` };
  if (value > rule.max) return { ok: false, message: `${rule.label} must be at most ${withUnit(rule.max, rule.unit)}.` };
  if (rule.integer && !Number.isInteger(value)) return { ok: false, message: `${rule.label} must be a whole number.` };
  return { ok: true, value };
}
