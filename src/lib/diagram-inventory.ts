import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { diagramHash } from './mermaid-hash.ts';
import { collectMermaidFences } from './mermaid-fences.ts';
import { parseMdx } from './mdx-parse.ts';

/** One ```mermaid fence in the book, with the file it must be rendered to. */
export interface DiagramUse {
  /** Page path relative to the project root, with forward slashes. */
  file: string;
  /** 1-based line of the fence's opening ```. */
  line: number;
  source: string;
  hash: string;
}

/** All .md/.mdx files under `dir`, sorted, as absolute paths. */
export function pageFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && /\.mdx?$/.test(e.name))
    .map((e) => path.join(e.parentPath, e.name))
    .sort();
}

/** Every mermaid fence under `contentDir`, in file and line order. */
export function diagramUses(projectRoot: string, contentDir = path.join(projectRoot, 'content'), mermaidVersion?: string): DiagramUse[] {
  const uses: DiagramUse[] = [];
  for (const abs of pageFiles(contentDir)) {
    const file = path.relative(projectRoot, abs).split(path.sep).join('/');
    let tree;
    try {
      tree = parseMdx(readFileSync(abs, 'utf8'), abs.endsWith('.mdx'));
    } catch (error) {
      throw new Error(`${file}: cannot be parsed (${error instanceof Error ? error.message : String(error)})`);
    }
    for (const fence of collectMermaidFences(tree)) {
      uses.push({ file, line: fence.line, source: fence.source, hash: diagramHash(fence.source, mermaidVersion) });
    }
  }
  return uses;
}

/** Hashes of the SVGs present in `diagramsDir` (content/diagrams/<hash>.svg). */
export function renderedHashes(diagramsDir: string): Set<string> {
  if (!existsSync(diagramsDir)) return new Set();
  return new Set(
    readdirSync(diagramsDir)
      .filter((n) => n.endsWith('.svg'))
      .map((n) => n.slice(0, -'.svg'.length)),
  );
}

export interface InventoryProblems {
  /** Fences with no SVG (new, or changed since the last render: stale). */
  missing: DiagramUse[];
  /** SVGs no fence uses any more. */
  orphaned: string[];
}

export function inventoryProblems(uses: readonly DiagramUse[], rendered: ReadonlySet<string>): InventoryProblems {
  const used = new Set(uses.map((u) => u.hash));
  return {
    missing: uses.filter((u) => !rendered.has(u.hash)),
    orphaned: [...rendered].filter((h) => !used.has(h)).sort(),
  };
}
