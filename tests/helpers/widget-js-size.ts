/**
 * Gzipped JavaScript each simulator ships: the entry chunk Astro builds for the component's <script>
 * plus every chunk it imports, followed transitively. Each file travels separately, so the total is
 * the sum of per-file gzip sizes. Usage: node tests/helpers/widget-js-size.ts <dist>
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gzipTotal, moduleClosure } from './page-js.ts';

export const SIMULATORS = ['TrapStepper', 'ExitCost', 'PageWalk', 'ColdStart'] as const;

export interface JsSize {
  files: string[];
  raw: number;
  gzip: number;
}

/** Sizes of the widgets found in dist/_astro (a widget no page uses, or whose script Astro inlined, is absent). */
export function widgetJsSizes(dist: string, widgets: readonly string[] = SIMULATORS): Record<string, JsSize> {
  const all = readdirSync(join(dist, '_astro')).filter((f) => f.endsWith('.js'));
  const out: Record<string, JsSize> = {};
  for (const widget of widgets) {
    const entry = all.find((f) => f.startsWith(`${widget}.astro_astro_type_script`));
    if (!entry) continue;
    const parts = moduleClosure(dist, [`_astro/${entry}`], '/');
    out[widget] = {
      files: [...parts.keys()].map((f) => f.replace(/^_astro\//, '')),
      raw: [...parts.values()].reduce((n, text) => n + Buffer.byteLength(text), 0),
      gzip: gzipTotal(parts.values()),
    };
  }
  return out;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const dist = process.argv[2];
  if (!dist) throw new Error('usage: node tests/helpers/widget-js-size.ts <dist>');
  for (const [w, s] of Object.entries(widgetJsSizes(dist))) console.log(`${w}: ${s.gzip} B gzipped, ${s.raw} B raw (${s.files.join(', ')})`);
}
