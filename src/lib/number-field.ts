/**
 * Parsing and checking of numeric form fields for the simulators. A field either yields a finite
 * number inside its range or a message that says what is wrong, so no widget ever computes with
 * NaN or Infinity.
 */

export interface FieldSpec {
  /** What the reader calls this field, used in messages: "Exits per second". */
  label: string;
  min: number;
  max: number;
  /** Require a whole number. */
  integer?: boolean;
  /** If true, `min` itself is not allowed (e.g. a rate that must be above 0). */
  exclusiveMin?: boolean;
  /** Unit shown in messages: "s", "µs". */
  unit?: string;
}

export type FieldResult = { ok: true; value: number } | { ok: false; message: string };

const fmt = (n: number) => n.toLocaleString('en-US', { maximumFractionDigits: 6 });

/** Parse the text of an input. Accepts digits with an optional sign, decimals, exponent and thin or comma group separators. */
export function parseField(text: string, spec: FieldSpec): FieldResult {
  const unit = spec.unit ? ` ${spec.unit}` : '';
  const raw = text.trim().replace(/[\s,_\u2009\u202f]/g, '');
  if (raw === '') return { ok: false, message: `${spec.label}: enter a number.` };
  if (!/^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i.test(raw)) {
    return { ok: false, message: `${spec.label}: “${text.trim()}” is not a number.` };
  }
  const value = Number(raw);
  if (!Number.isFinite(value)) return { ok: false, message: `${spec.label}: the number is too large.` };
  return checkValue(value, spec, unit);
}

/** Check a number already parsed (e.g. from a typed API call). */
export function checkField(value: number, spec: FieldSpec): FieldResult {
  if (!Number.isFinite(value)) return { ok: false, message: `${spec.label}: enter a finite number.` };
  return checkValue(value, spec, spec.unit ? ` ${spec.unit}` : '');
}

function checkValue(value: number, spec: FieldSpec, unit: string): FieldResult {
  if (spec.integer && !Number.isInteger(value)) return { ok: false, message: `${spec.label}: enter a whole number.` };
  if (spec.exclusiveMin ? value <= spec.min : value < spec.min) {
    return {
      ok: false,
      message: `${spec.label}: must be ${spec.exclusiveMin ? 'more than' : 'at least'} ${fmt(spec.min)}${unit}.`,
    };
  }
  if (value > spec.max) return { ok: false, message: `${spec.label}: must be at most ${fmt(spec.max)}${unit}.` };
  return { ok: true, value };
}

/** Check every field of a record at once; returns the values or the messages keyed by field. */
export function checkAll<K extends string>(
  values: Record<K, number>,
  specs: Record<K, FieldSpec>,
): { ok: true; values: Record<K, number> } | { ok: false; errors: Partial<Record<K, string>> } {
  const errors: Partial<Record<K, string>> = {};
  for (const key of Object.keys(specs) as K[]) {
    const r = checkField(values[key], specs[key]);
    if (!r.ok) errors[key] = r.message;
  }
  return Object.keys(errors).length ? { ok: false, errors } : { ok: true, values };
}
