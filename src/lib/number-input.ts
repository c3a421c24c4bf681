/**
 * Numbers typed into the demos' and simulators' fields, and numbers that reach an engine already
 * parsed. A field yields a finite number inside its range (or null, for an optional field left
 * empty) or a message that names the field and says what is wrong: empty, not a number, negative,
 * too small, too large, not whole. No widget ever computes with NaN or Infinity.
 */
import { fill } from '../i18n/format';
import { NUMBER_INPUT_EN, type NumberInputMessages } from '../i18n/demos/number-input';

export interface NumberRule {
  /** The field's name as the message should say it, e.g. "Host memory". */
  label: string;
  min: number;
  max: number;
  /** `min` itself is not allowed (memory or a request rate must be above 0; headroom may be 0). */
  exclusiveMin?: boolean;
  /** Require a whole number. */
  integer?: boolean;
  /** An empty field is allowed and means "no value" (the value is null). */
  optional?: boolean;
  /** Unit written after numbers in messages, e.g. "GiB", "µs", "%". */
  unit?: string;
  /** A typical value, quoted when the input is not a number at all. */
  example?: number;
}

/** A rule for a field that must hold a number: parsing it never yields null. */
export type RequiredNumberRule = NumberRule & { optional?: false };

/** A rule without its field's name: what a widget's script needs (the name comes from the page's messages). */
export type NumberLimits = Omit<NumberRule, 'label'>;

/** Rules from limits and the fields' names (and units that are words, in the page's language). */
export function withLabels<K extends string, R extends NumberLimits>(limits: Record<K, R>, labels: Record<K, string>, units: Partial<Record<K, string>> = {}): Record<K, R & { label: string }> {
  const out = {} as Record<K, R & { label: string }>;
  for (const k of Object.keys(limits) as K[]) out[k] = { ...limits[k], label: labels[k], ...(units[k] ? { unit: units[k] } : {}) };
  return out;
}

export type Parsed<T = number> = { ok: true; value: T } | { ok: false; message: string };

const DECIMAL = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;
/**
 * Thousands grouped in the whole part, with the same separator throughout: "1,024", "10 000 000"
 * (also no-break and thin spaces), "1_000". A comma anywhere else ("1,5") is not read as grouping,
 * so a decimal comma is reported instead of silently becoming 15.
 */
const GROUPED = /^[+-]?\d{1,3}([, _\u00a0\u2009\u202f])\d{3}(?:\1\d{3})*(?:\.\d*)?(?:[eE][+-]?\d+)?$/;

/** A bound or example as messages write it: "65,536 GiB", "95%", "10×". */
function withUnit(n: number, unit: string | undefined, lang: string): string {
  // Not units.ts's formatNumber: that module would then ride along in every simulator's bundle.
  const text = n.toLocaleString(lang, { maximumSignificantDigits: 12 });
  return unit ? (unit === '%' || unit === '×' ? `${text}${unit}` : `${text} ${unit}`) : text;
}

/**
 * Full-width forms, as a Chinese or Japanese input method types them, to ASCII: digits ０–９, the
 * full stop ．and the ideographic full stop 。 as a decimal point, the minus signs －, −, the plus ＋,
 * the comma ，, the letter ｅ／Ｅ and the ideographic space.
 */
export function normalizeNumberText(raw: string): string {
  return raw
    .replace(/[\uff10-\uff19]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xff10 + 48))
    .replace(/[\uff0e\u3002]/g, '.')
    .replace(/[\uff0d\u2212]/g, '-')
    .replace(/\uff0b/g, '+')
    .replace(/\uff0c/g, ',')
    .replace(/\uff45/g, 'e')
    .replace(/\uff25/g, 'E')
    .replace(/\u3000/g, ' ');
}

/**
 * Read one field: plain decimal numbers, with an exponent or grouped thousands; full-width characters
 * are accepted. Messages are in the language of `m` (English by default: tests and build-time checks;
 * widgets call readNumber with their page's messages, so their scripts carry no English).
 */
export function parseNumber(raw: string, rule: RequiredNumberRule, m?: NumberInputMessages): Parsed<number>;
export function parseNumber(raw: string, rule: NumberRule, m?: NumberInputMessages): Parsed<number | null>;
export function parseNumber(raw: string, rule: NumberRule, m: NumberInputMessages = NUMBER_INPUT_EN): Parsed<number | null> {
  return readNumber(raw, rule, m);
}

/** parseNumber with the messages of a page, no default. */
export function readNumber(raw: string, rule: RequiredNumberRule, m: NumberInputMessages): Parsed<number>;
export function readNumber(raw: string, rule: NumberRule, m: NumberInputMessages): Parsed<number | null>;
export function readNumber(raw: string, rule: NumberRule, m: NumberInputMessages): Parsed<number | null> {
  let text = normalizeNumberText(raw).trim();
  const grouped = GROUPED.exec(text);
  if (grouped) text = text.split(grouped[1]!).join('');
  const label = rule.label;
  if (text === '') return rule.optional ? { ok: true, value: null } : { ok: false, message: fill(m.empty, { label }) };
  if (!DECIMAL.test(text))
    return { ok: false, message: rule.example === undefined ? fill(m.notNumber, { label }) : fill(m.notNumberExample, { label, example: withUnit(rule.example, rule.unit, m.lang) }) };
  const value = Number(text);
  if (!Number.isFinite(value)) return { ok: false, message: fill(m.tooLarge, { label }) };
  return checkValue(value, rule, m);
}

/** Check a number that arrives already parsed (e.g. through an engine's typed input). */
export function checkNumber(value: number, rule: NumberRule, m: NumberInputMessages = NUMBER_INPUT_EN): Parsed<number> {
  return checkValue(value, rule, m);
}

/** checkNumber with the messages of a page, no default. */
export function checkValue(value: number, rule: NumberRule, m: NumberInputMessages): Parsed<number> {
  const { label, min, max, unit } = rule;
  const no = (template: string): Parsed<number> => ({ ok: false, message: fill(template, { label, min: withUnit(min, unit, m.lang), max: withUnit(max, unit, m.lang) }) });
  if (!Number.isFinite(value)) return no(m.notFinite);
  if (value < 0 && min >= 0) return no(m.negative);
  if (rule.exclusiveMin ? value <= min : value < min) return no(rule.exclusiveMin ? m.moreThan : m.atLeast);
  if (value > max) return no(m.atMost);
  if (rule.integer && !Number.isInteger(value)) return no(m.notWhole);
  return { ok: true, value };
}

/** Check every field of a record at once: the values, or a message for each bad field. */
export function checkAll<K extends string>(values: Record<K, number>, rules: Record<K, NumberRule>, m: NumberInputMessages = NUMBER_INPUT_EN): CheckedAll<K> {
  return checkValues(values, rules, m);
}

export type CheckedAll<K extends string> = { ok: true; values: Record<K, number> } | { ok: false; errors: Partial<Record<K, string>> };

/** checkAll with the messages of a page, no default. */
export function checkValues<K extends string>(values: Record<K, number>, rules: Record<K, NumberRule>, m: NumberInputMessages): CheckedAll<K> {
  const errors: Partial<Record<K, string>> = {};
  for (const key of Object.keys(rules) as K[]) {
    const r = checkValue(values[key], rules[key], m);
    if (!r.ok) errors[key] = r.message;
  }
  return Object.keys(errors).length ? { ok: false, errors } : { ok: true, values };
}
