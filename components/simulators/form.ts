/**
 * Numeric fields shared by the simulators: the build-time markup and the client-side checking.
 * A field shows its own message beside it; while any field is wrong the widget keeps its last good
 * result.
 */
import { esc } from '../../src/lib/html';
import { parseNumber, type RequiredNumberRule } from '../../src/lib/number-input';

export interface FieldView {
  /** Widget-unique id prefix. */
  id: string;
  name: string;
  spec: RequiredNumberRule;
  value: number;
  hint?: string;
}

/** The markup of one labelled text field with its hint and (empty) error slot. */
export function renderField({ id, name, spec, value, hint }: FieldView): string {
  const fid = `${id}-${name}`;
  const unit = spec.unit ? ` (${spec.unit})` : '';
  const described = `${hint ? `${fid}-hint ` : ''}${fid}-err`;
  return (
    `<div class="sim-field"><label for="${fid}">${esc(spec.label)}${esc(unit)}</label>` +
    `<input type="text" inputmode="decimal" autocomplete="off" spellcheck="false" id="${fid}" name="${esc(name)}" value="${esc(value)}" aria-describedby="${described}">` +
    (hint ? `<span class="sim-hint" id="${fid}-hint">${esc(hint)}</span>` : '') +
    `<span class="sim-error" id="${fid}-err" aria-live="polite"></span></div>`
  );
}

/**
 * Read every named field under `root`, mark the bad ones and write their messages.
 * Returns the values when all are good, else null.
 */
export function readFields<K extends string>(root: ParentNode, specs: Record<K, RequiredNumberRule>): Record<K, number> | null {
  const values = {} as Record<K, number>;
  let ok = true;
  for (const name of Object.keys(specs) as K[]) {
    const input = root.querySelector<HTMLInputElement>(`input[name="${name}"]`);
    if (!input) continue;
    const result = parseNumber(input.value, specs[name]);
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
