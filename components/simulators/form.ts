/**
 * Numeric fields shared by the simulators: the build-time markup, the client-side checking and (from
 * ./wiring.ts, which simulators without fields import directly) the wiring of a simulator's form. A field shows its own message beside it; while any field is wrong
 * the widget keeps its last good result. Labels and messages come from the page's language: the
 * server writes the simulator's part of the catalogue into data-messages (messagesOf reads it).
 */
import { esc } from '../../src/lib/html';
import { readNumber, withLabels, type NumberLimits, type RequiredNumberRule } from '../../src/lib/number-input';
import type { NumberInputMessages } from '../../src/i18n/demos/number-input';

/** The rules with each field's label in the page's language (messages name the field as its label does). */
export function localizeRules<K extends string>(limits: Record<K, NumberLimits & { optional?: false }>, labels: Record<K, string>, units: Partial<Record<K, string>> = {}): Record<K, RequiredNumberRule> {
  return withLabels(limits, labels, units);
}

export { messagesOf, wireForm } from './wiring';

export interface FieldView {
  /** Widget-unique id prefix. */
  id: string;
  name: string;
  spec: RequiredNumberRule;
  value: number;
  hint?: string;
  /** How the label shows its unit, "{label} ({unit})" (NumberInputMessages.labelWithUnit). */
  withUnit?: string;
}

/** The markup of one labelled text field with its hint and (empty) error slot. */
export function renderField({ id, name, spec, value, hint, withUnit = '{label} ({unit})' }: FieldView): string {
  const fid = `${id}-${name}`;
  const label = spec.unit ? withUnit.replace('{label}', spec.label).replace('{unit}', spec.unit) : spec.label;
  const described = `${hint ? `${fid}-hint ` : ''}${fid}-err`;
  return (
    `<div class="sim-field"><label for="${fid}">${esc(label)}</label>` +
    `<input type="text" inputmode="decimal" autocomplete="off" spellcheck="false" id="${fid}" name="${esc(name)}" value="${esc(value)}" aria-describedby="${described}">` +
    (hint ? `<span class="sim-hint" id="${fid}-hint">${esc(hint)}</span>` : '') +
    `<span class="sim-error" id="${fid}-err" aria-live="polite"></span></div>`
  );
}

/**
 * The markup of every field of a simulator's form, by name (in the order of its rules), with the
 * page's hints and unit style: what each simulator's component writes, in one place.
 */
export function renderFields<K extends string>(
  id: string,
  rules: Record<K, RequiredNumberRule>,
  input: Record<K, number>,
  m: { hints: Partial<Record<K, string>>; number: { labelWithUnit: string } },
): Record<K, string> {
  const names = Object.keys(rules) as K[];
  return Object.fromEntries(names.map((name) => [name, renderField({ id, name, spec: rules[name], value: input[name], hint: m.hints[name], withUnit: m.number.labelWithUnit })])) as Record<K, string>;
}

/**
 * Read every named field under `root`, mark the bad ones and write their messages.
 * Returns the values when all are good, else null.
 */
export function readFields<K extends string>(root: ParentNode, specs: Record<K, RequiredNumberRule>, m: NumberInputMessages): Record<K, number> | null {
  const values = {} as Record<K, number>;
  let ok = true;
  for (const name of Object.keys(specs) as K[]) {
    const input = root.querySelector<HTMLInputElement>(`input[name="${name}"]`);
    if (!input) continue;
    const result = readNumber(input.value, specs[name], m);
    showError(root, name, result.ok ? '' : result.message);
    if (result.ok) values[name] = result.value;
    else ok = false;
  }
  return ok ? values : null;
}

/** Show (or clear, with '') the message beside a field. */
export function showError(root: ParentNode, name: string, message: string): void {
  const input = root.querySelector<HTMLInputElement>(`input[name="${name}"]`);
  if (!input) return;
  const slot = root.querySelector<HTMLElement>(`#${CSS.escape(input.id)}-err`);
  if (message) input.setAttribute('aria-invalid', 'true');
  else input.removeAttribute('aria-invalid');
  if (slot && slot.textContent !== message) slot.textContent = message;
}
