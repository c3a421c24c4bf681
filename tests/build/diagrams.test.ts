/** Build tests for Mermaid diagrams: inlined as SVG, no Mermaid JavaScript, unique ids. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'node-html-parser';
import { describe, expect, inject, it } from 'vitest';
import { diagramUses } from '../../src/lib/diagram-inventory';
import { diagramSvgId } from '../../src/lib/mermaid-hash';
import { htmlFiles, readPage } from '../helpers/dist';

const dist = inject('distDir');
const pages = htmlFiles(dist).map((file) => ({ file, html: readPage(dist, file) }));
const diagramPages = pages.filter((p) => p.html.includes('class="mermaid-diagram"'));
const uses = diagramUses(process.cwd());

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name));
}

describe('Mermaid diagrams in the built site', () => {
  it('inlines every mermaid fence in content/ as an SVG', () => {
    expect(uses.length).toBeGreaterThan(0);
    for (const use of uses) {
      const id = diagramSvgId(use.hash);
      const found = diagramPages.some((p) => p.html.includes(`<svg id="${id}-`));
      expect(found, `${use.file}:${use.line} (${id}) is on some page`).toBe(true);
    }
    for (const p of diagramPages) expect(p.html, p.file).not.toContain('language-mermaid');
  });

  it('ships no Mermaid JavaScript at all', () => {
    const scripts = filesUnder(dist).filter((f) => /\.(m?js)$/.test(f));
    expect(scripts.length).toBeGreaterThan(0);
    for (const f of scripts) expect(readFileSync(f, 'utf8'), f).not.toMatch(/mermaid/i);
    for (const p of diagramPages) {
      const root = parse(p.html);
      for (const s of root.querySelectorAll('script')) {
        expect(s.getAttribute('src') ?? '', p.file).not.toMatch(/mermaid/i);
        expect(s.text, `${p.file} inline script`).not.toMatch(/mermaid/i);
      }
    }
  });

  it('gives every element on a diagram page a unique id', () => {
    for (const p of diagramPages) {
      const ids = parse(p.html).querySelectorAll('[id]').map((el) => el.id);
      const duplicates = ids.filter((id, i) => ids.indexOf(id) !== i);
      expect(duplicates, p.file).toEqual([]);
    }
  });

  it('makes each diagram an image with a title and a description, and nothing external', () => {
    for (const p of diagramPages) {
      for (const svg of parse(p.html).querySelectorAll('.mermaid-diagram > svg')) {
        expect(svg.getAttribute('role'), p.file).toBe('img');
        const title = svg.querySelector(`title#${svg.getAttribute('aria-labelledby')}`);
        const desc = svg.querySelector(`desc#${svg.getAttribute('aria-describedby')}`);
        expect(title?.text.trim().length, `${p.file} ${svg.id} title`).toBeGreaterThan(3);
        expect(desc?.text.trim().length, `${p.file} ${svg.id} desc`).toBeGreaterThan(10);
        const markup = svg.outerHTML;
        expect(markup, svg.id).not.toMatch(/@import|@font-face|https?:\/\/(?!www\.w3\.org\/)/);
        // The stylesheet reached the page unescaped (MDX would break CSS with &quot; etc.).
        const css = svg.querySelector('style')?.innerHTML ?? '';
        expect(css, svg.id).toContain(`#${svg.id}{`);
        expect(css, svg.id).not.toMatch(/&(?:quot|amp|lt|gt|#\d+);/);
      }
    }
  });
});
