/** Escape text for HTML element content and attribute values. */
export function esc(value: unknown): string {
  return String(value)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

let counter = 0;
/** A page-unique id prefix for one widget instance (deterministic in build order). */
export function nextId(prefix: string): string {
  counter += 1;
  return `${prefix}-${counter}`;
}
