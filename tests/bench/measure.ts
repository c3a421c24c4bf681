/**
 * Pure measuring functions for the benchmark: byte sizes, resource kinds, executed bytes from V8
 * coverage, and the imports of built JavaScript (to tell a demo's own code from the code every
 * page shares; the closure itself is moduleClosure in tests/helpers/page-js.ts). Unit-tested in
 * tests/unit/bench-measure.test.ts.
 */
import { gzipSync } from 'node:zlib';

/** Gzip level 6: what common servers (and GitHub Pages' CDN by default) use for text. */
export function gzipSize(body: Buffer | string): number {
  return gzipSync(typeof body === 'string' ? Buffer.from(body) : body, { level: 6 }).length;
}

export type Kind = 'html' | 'css' | 'js' | 'svg' | 'font' | 'image' | 'other';

/** The kind of a response, from its content type, else its file extension. */
export function kindOf(url: string, contentType = ''): Kind {
  const ct = contentType.toLowerCase();
  const path = new URL(url).pathname.toLowerCase();
  if (ct.includes('svg') || path.endsWith('.svg')) return 'svg';
  if (ct.includes('html') || path.endsWith('/') || path.endsWith('.html')) return 'html';
  if (ct.includes('css') || path.endsWith('.css')) return 'css';
  if (ct.includes('javascript') || /\.m?js$/.test(path)) return 'js';
  if (ct.startsWith('font/') || /\.(woff2?|ttf|otf)$/.test(path)) return 'font';
  if (ct.startsWith('image/') || /\.(png|jpe?g|gif|webp|avif|ico)$/.test(path)) return 'image';
  return 'other';
}

export interface CoverageRange {
  startOffset: number;
  endOffset: number;
  count: number;
}

/**
 * Bytes of a script that ran, from V8 block coverage: each byte takes the count of the innermost
 * range that contains it (ranges nest; a function that never ran has count 0 inside its caller).
 */
export function executedBytes(length: number, functions: { ranges: CoverageRange[] }[]): number {
  const ranges = functions.flatMap((f) => f.ranges).sort((a, b) => b.endOffset - b.startOffset - (a.endOffset - a.startOffset));
  const counts = new Uint8Array(length);
  // Widest first, so narrower (inner) ranges overwrite the outer ones they sit in.
  for (const r of ranges) counts.fill(r.count > 0 ? 1 : 0, Math.max(0, r.startOffset), Math.min(length, r.endOffset));
  let used = 0;
  for (const c of counts) used += c;
  return used;
}

/** Static and dynamic imports of relative or root-relative modules in built JavaScript. */
export function importsOf(code: string): { static: string[]; dynamic: string[] } {
  const found = { static: new Set<string>(), dynamic: new Set<string>() };
  for (const m of code.matchAll(/(?:^|[;\s}])(?:import|export)\s*(?:[\w$*{},\s]*?from\s*)?(["'`])((?:\.{1,2}\/|\/)[^"'`]+?\.m?js)\1/g)) found.static.add(m[2]!);
  for (const m of code.matchAll(/\bimport\(\s*(["'`])((?:\.{1,2}\/|\/)[^"'`]+?\.m?js)\1\s*\)/g)) found.dynamic.add(m[2]!);
  return { static: [...found.static], dynamic: [...found.dynamic] };
}

/** Custom element names a script defines: customElements.define('cold-start', …). */
export function definedElements(code: string): string[] {
  return [...code.matchAll(/customElements\.define\(\s*(["'`])([a-z][a-z0-9]*-[a-z0-9-]*)\1/g)].map((m) => m[2]!);
}

/**
 * Mermaid's own code, recognised by names only its library uses. A page's selector such as
 * ".mermaid-diagram" (the baked SVG's wrapper) is not Mermaid code and does not match.
 */
export const MERMAID_CODE = /mermaidAPI|flowchart-v2|@mermaid-js|mermaid\.initialize|securityLevel/;

export const KiB = 1024;
export const kib = (bytes: number) => `${(bytes / KiB).toFixed(1)} KiB`;
