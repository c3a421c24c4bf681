/** HTML strings for the demos and simulators, built at build time and in the browser alike. */
const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escape text for element content and attribute values. */
export function esc(text: string | number): string {
  return String(text).replace(/[&<>"']/g, (c) => ENTITIES[c]!);
}

/** A link that opens in the same tab, with rel="noopener" for external sites. */
export function link(href: string, text: string): string {
  const external = /^https?:\/\//.test(href);
  return `<a href="${esc(href)}"${external ? ' rel="noopener"' : ''}>${esc(text)}</a>`;
}

/** Serialize data for a <script type="application/json"> block: no "</script>" can end it early. */
export function jsonForScript(data: unknown): string {
  return JSON.stringify(data).replace(/</g, '\\u003c');
}

let counter = 0;
/** A page-unique id prefix for one widget instance, at build time (deterministic in build order). */
export function nextId(prefix: string): string {
  counter += 1;
  return `${prefix}-${counter}`;
}
