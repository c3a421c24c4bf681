/**
 * The committed SVGs match the book: every mermaid fence under content/ has its SVG in diagrams/
 * (none missing or stale), and every SVG there is used by some fence (none orphaned).
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { diagramUses, inventoryProblems, renderedHashes } from '../../src/lib/diagram-inventory';
import { missingAccessibility } from '../../src/lib/mermaid-fences';

const ROOT = process.cwd();

describe('diagrams/ against the mermaid fences in content/', () => {
  const uses = diagramUses(ROOT);
  const problems = inventoryProblems(uses, renderedHashes(path.join(ROOT, 'content', 'diagrams')));

  it('has an SVG for every fence (run `npm run diagrams` if this fails)', () => {
    expect(problems.missing.map((u) => `${u.file}:${u.line} needs diagrams/${u.hash}.svg`)).toEqual([]);
  });

  it('has no SVG that no fence uses (run `npm run diagrams`, which deletes them)', () => {
    expect(problems.orphaned.map((h) => `diagrams/${h}.svg`)).toEqual([]);
  });

  it('gives every diagram accTitle and accDescr', () => {
    expect(uses.filter((u) => missingAccessibility(u.source).length > 0).map((u) => `${u.file}:${u.line}`)).toEqual([]);
  });
});

describe('inventoryProblems', () => {
  it('reports missing fences and orphaned files from a small fixture', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'inventory-'));
    try {
      const docs = path.join(dir, 'content', 'docs');
      mkdirSync(docs, { recursive: true });
      mkdirSync(path.join(dir, 'diagrams'));
      writeFileSync(path.join(docs, 'a.mdx'), '# A\n\n```mermaid\ngraph TD\n  A-->B\n```\n\n```mermaid\ngraph TD\n  C-->D\n```\n');
      // Plain Markdown is parsed as Markdown: a brace is not an MDX expression there.
      writeFileSync(path.join(docs, 'b.md'), '# B {x\n\n```mermaid\ngraph TD\n  E-->F\n```\n');
      const uses = diagramUses(dir, undefined, '12.3.0');
      expect(uses.map((u) => `${u.file}:${u.line}`)).toEqual(['content/docs/a.mdx:3', 'content/docs/a.mdx:8', 'content/docs/b.md:3']);
      writeFileSync(path.join(dir, 'diagrams', `${uses[0]!.hash}.svg`), '<svg/>');
      writeFileSync(path.join(dir, 'diagrams', '0123456789abcdef.svg'), '<svg/>');
      const problems = inventoryProblems(uses, renderedHashes(path.join(dir, 'diagrams')));
      expect(problems.missing.map((u) => `${u.file}:${u.line}`)).toEqual(['content/docs/a.mdx:8', 'content/docs/b.md:3']);
      expect(problems.orphaned).toEqual(['0123456789abcdef']);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('diagramUses', () => {
  it('names the file it cannot parse', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'inventory-'));
    try {
      mkdirSync(path.join(dir, 'content'));
      writeFileSync(path.join(dir, 'content', 'bad.mdx'), '# Bad\n\n<Figure>\n\nunclosed\n');
      expect(() => diagramUses(dir)).toThrow(/^content\/bad\.mdx: cannot be parsed/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
