/**
 * The JavaScript a built page loads: its module scripts, inline and external, and every chunk they
 * import statically, each gzipped as a server would send it.
 */
import { readFileSync } from 'node:fs';
import { dirname, join, posix } from 'node:path';
import { gzipSync } from 'node:zlib';
import { parse } from 'node-html-parser';

export interface PageJs {
  /** Files under dist (paths relative to it) and inline scripts ("inline:N"), with their text. */
  parts: Map<string, string>;
  /** Sum of the gzipped sizes of all parts, in bytes. */
  gzipBytes: number;
}

const IMPORT = /(?:\bimport|\bexport)\s*(?:[\w*{}\s,$]*?\bfrom\s*)?["']([^"']+\.js)["']/g;

export function pageJs(dist: string, pageFile: string, base: string): PageJs {
  const parts = new Map<string, string>();
  const root = parse(readFileSync(join(dist, pageFile), 'utf8'));
  const pending: string[] = [];
  let inline = 0;
  for (const s of root.querySelectorAll('script')) {
    const type = s.getAttribute('type');
    if (type && type !== 'module' && type !== 'text/javascript') continue;
    const src = s.getAttribute('src');
    if (src) pending.push(src.startsWith(base) ? src.slice(base.length) : src.replace(/^\//, ''));
    else parts.set(`inline:${inline++}`, s.text);
  }
  for (const [file, text] of moduleClosure(dist, pending, base)) parts.set(file, text);
  return { parts, gzipBytes: gzipTotal(parts.values()) };
}

/**
 * The JavaScript files (paths relative to dist) reached from `start` by static imports, with
 * their text. Imports are resolved against the importing file or, if absolute, against `base`.
 */
export function moduleClosure(dist: string, start: readonly string[], base: string): Map<string, string> {
  const parts = new Map<string, string>();
  const pending = [...start];
  while (pending.length) {
    const file = pending.pop()!;
    if (parts.has(file)) continue;
    const text = readFileSync(join(dist, file), 'utf8');
    parts.set(file, text);
    for (const m of text.matchAll(IMPORT)) {
      const spec = m[1]!;
      const next = spec.startsWith('.') ? posix.normalize(posix.join(dirname(file), spec)) : spec.startsWith(base) ? spec.slice(base.length) : spec.replace(/^\//, '');
      if (!parts.has(next)) pending.push(next);
    }
  }
  return parts;
}

/** Sum of the gzipped sizes of each text, as a server sends each file separately. */
export function gzipTotal(texts: Iterable<string>): number {
  let total = 0;
  for (const text of texts) total += gzipSync(Buffer.from(text), { level: 9 }).length;
  return total;
}
