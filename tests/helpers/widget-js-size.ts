/**
 * Gzipped JavaScript each simulator ships: the entry chunk Astro builds for the component's <script>
 * plus every chunk it imports, followed transitively. Each file travels separately, so the total is
 * the sum of per-file gzip sizes. Usage: node tests/helpers/widget-js-size.ts <dist>
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export const SIMULATORS = ['TrapStepper', 'ExitCost', 'PageWalk', 'ColdStart'] as const;

export interface JsSize {
  files: string[];
  raw: number;
  gzip: number;
}

/** Sizes of the simulators found in dist/_astro (a simulator no page uses is absent). */
export function widgetJsSizes(dist: string, widgets: readonly string[] = SIMULATORS): Record<string, JsSize> {
  const dir = join(dist, '_astro');
  const all = readdirSync(dir).filter((f) => f.endsWith('.js'));
  const out: Record<string, JsSize> = {};
  for (const widget of widgets) {
    const entry = all.find((f) => f.startsWith(`${widget}.astro_astro_type_script`));
    if (!entry) continue;
    const seen = new Set<string>();
    const queue = [entry];
    while (queue.length) {
      const f = queue.pop() as string;
      if (seen.has(f)) continue;
      seen.add(f);
      const src = readFileSync(join(dir, f), 'utf8');
      for (const m of src.matchAll(/(?:import|from)\s*["']\.\/([^"']+\.js)["']/g)) queue.push(m[1] as string);
    }
    const bufs = [...seen].map((f) => readFileSync(join(dir, f)));
    out[widget] = {
      files: [...seen],
      raw: bufs.reduce((n, b) => n + b.length, 0),
      gzip: bufs.reduce((n, b) => n + gzipSync(b, { level: 9 }).length, 0),
    };
  }
  return out;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const dist = process.argv[2];
  if (!dist) throw new Error('usage: node tests/helpers/widget-js-size.ts <dist>');
  for (const [w, s] of Object.entries(widgetJsSizes(dist))) console.log(`${w}: ${s.gzip} B gzipped, ${s.raw} B raw (${s.files.join(', ')})`);
}
