/**
 * npm run diagrams: renders every ```mermaid fence under content/ to content/diagrams/<hash>.svg.
 *
 *   npm run diagrams              render what is missing, delete SVGs no fence uses
 *   npm run diagrams -- --force   render everything again
 *   npm run diagrams -- --check   render nothing; exit 1 if an SVG is missing or orphaned
 *   … -- --keep-unused            render what is missing, delete nothing (what `npm run build` runs)
 *
 * Needs Chromium ($CHROMIUM_PATH, Debian's /usr/bin/chromium or /usr/bin/google-chrome). The build
 * runs it with --keep-unused when a diagram has no SVG and a Chromium exists
 * (src/lib/book-check-integration.ts); it then inlines the SVGs (src/lib/remark-mermaid.ts).
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { diagramUses, inventoryProblems, renderedHashes, type DiagramUse } from '../lib/diagram-inventory.ts';
import { accessibilityMessage, missingAccessibility } from '../lib/mermaid-fences.ts';
import { createRenderer } from './diagrams/renderer.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const diagramsDir = path.join(root, 'content', 'diagrams');
const args = new Set(process.argv.slice(2));
const force = args.has('--force');
const checkOnly = args.has('--check');
const keepUnused = args.has('--keep-unused');

let uses: DiagramUse[];
try {
  uses = diagramUses(root);
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
}
const errors: string[] = [];
for (const use of uses) {
  const missing = missingAccessibility(use.source);
  if (missing.length > 0) errors.push(accessibilityMessage(`${use.file}:${use.line}`, missing));
}

const rendered = renderedHashes(diagramsDir);
const problems = inventoryProblems(uses, rendered);

if (checkOnly) {
  for (const u of problems.missing) errors.push(`${u.file}:${u.line}: content/diagrams/${u.hash}.svg is missing or stale`);
  for (const h of problems.orphaned) errors.push(`content/diagrams/${h}.svg is not used by any mermaid fence`);
  if (errors.length > 0) {
    console.error(errors.join('\n'));
    console.error('Run `npm run diagrams` and commit content/diagrams/.');
    process.exit(1);
  }
  console.log(`${uses.length} diagrams, all rendered and none orphaned.`);
  process.exit(0);
}

// One render per distinct diagram, even if it appears on several pages.
const todo = new Map<string, DiagramUse>();
for (const use of uses) {
  if (missingAccessibility(use.source).length > 0) continue;
  if ((force || !rendered.has(use.hash)) && !todo.has(use.hash)) todo.set(use.hash, use);
}

const rows: string[] = [];
if (todo.size > 0) {
  mkdirSync(diagramsDir, { recursive: true });
  const renderer = await createRenderer();
  try {
    for (const use of todo.values()) {
      const outcome = await renderer.render(use);
      if (!outcome.ok) {
        errors.push(outcome.message);
        continue;
      }
      writeFileSync(path.join(diagramsDir, `${use.hash}.svg`), outcome.svg);
      rendered.add(use.hash);
      const c = (n: number) => (Number.isFinite(n) ? n.toFixed(1) : '-');
      rows.push(
        `${`${use.file}:${use.line}`.padEnd(48)} ${use.hash}  ${String(outcome.bytes).padStart(6)} B  ` +
          `${String(outcome.gzipBytes).padStart(5)} B gz  contrast ${c(outcome.contrast.light)}/${c(outcome.contrast.dark)}  ` +
          `differs ${(outcome.pixelDifference.light * 100).toFixed(2)}%/${(outcome.pixelDifference.dark * 100).toFixed(2)}%`,
      );
    }
  } finally {
    await renderer.close();
  }
}

// SVGs no fence uses any more (the diagram changed or was deleted).
const removed: string[] = [];
for (const hash of keepUnused ? [] : inventoryProblems(uses, rendered).orphaned) {
  rmSync(path.join(diagramsDir, `${hash}.svg`));
  removed.push(hash);
}

if (rows.length > 0) {
  console.log(`Rendered ${rows.length} diagram${rows.length === 1 ? '' : 's'} (bytes, gzipped bytes, lowest label contrast light/dark, pixels differing from Mermaid's own SVG light/dark):`);
  console.log(rows.join('\n'));
}
if (removed.length > 0) console.log(`Deleted ${removed.length} unused SVG(s): ${removed.map((h) => `content/diagrams/${h}.svg`).join(', ')}`);
console.log(`${uses.length} mermaid fence(s) in content/, ${rows.length} rendered now.`);
if (errors.length > 0) {
  console.error(`\n${errors.length} problem(s):\n${errors.join('\n\n')}`);
  process.exit(1);
}
