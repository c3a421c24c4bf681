/**
 * Mermaid's sequence-diagram notes ask for `filter:url(#drop-shadow)`, an id its SVG never
 * defines. Chromium does not draw an element whose filter points at nothing, so the note's box
 * vanished and its text sat on the page background (unreadable in the dark theme). A reference to
 * an id the SVG does not contain is replaced with `none`.
 */
export function dropDanglingRefs(svg: string): string {
  const ids = new Set([...svg.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]));
  return svg.replace(/url\(["']?#([^)"']+)["']?\)/g, (m, id: string) => (ids.has(id) ? m : 'none'));
}
