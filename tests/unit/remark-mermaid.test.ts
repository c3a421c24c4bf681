import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { compile } from '@mdx-js/mdx';
import rehypeStringify from 'rehype-stringify';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseMdx } from '../../src/lib/mdx-parse';
import { collectMermaidFences, missingAccessibility, sourceLineOfMermaidLine, splitAccessibility } from '../../src/lib/mermaid-fences';
import { diagramHash, diagramSvgId, normalizeDiagramSource } from '../../src/lib/mermaid-hash';
import { remarkMermaid, type RemarkMermaidOptions } from '../../src/lib/remark-mermaid';

// The installed Mermaid's version, read independently of mermaid-hash.ts (whose default it checks).
const VERSION = (JSON.parse(readFileSync(path.join(process.cwd(), 'node_modules', 'mermaid', 'package.json'), 'utf8')) as { version: string }).version;
const PROJECT = mkdtempSync(path.join(tmpdir(), 'remark-mermaid-'));
const DIAGRAMS = path.join(PROJECT, 'content', 'diagrams');
const PAGE = path.join(PROJECT, 'content', 'docs', 'system', '01-cpu.mdx');

const SOURCE = `flowchart LR
  accTitle: Trap and emulate
  accDescr: A guest instruction traps to the hypervisor, which emulates it.
  G[Guest] --> H[Hypervisor]`;

/** A small SVG shaped like the ones npm run diagrams writes (all ids start with the root id). */
function fakeSvg(source: string): string {
  const id = diagramSvgId(diagramHash(source, VERSION));
  return (
    `<svg id="${id}" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 100 40" width="100" height="40" role="img" ` +
    `aria-labelledby="${id}-t" aria-describedby="${id}-d"><title id="${id}-t">Trap and emulate</title>` +
    `<desc id="${id}-d">A guest instruction traps.</desc><style>#${id}{fill:var(--a);--a:#222}[data-theme=dark] #${id}{--a:#ddd}</style>` +
    `<defs><marker id="${id}-0"><path d="M0 0L10 5z"/></marker></defs>` +
    `<path d="M0 20H90" marker-end="url(#${id}-0)" class="A"/><text x="5" y="15">Guest</text></svg>`
  );
}

function page(body: string): string {
  return `---\ntitle: CPU\ndescription: A test page.\n---\n\nSome text.\n\n${body}\n`;
}

function figure(source: string): string {
  return `<Figure id="fig:trap" caption="Trap and emulate.">\n\n\`\`\`mermaid\n${source}\n\`\`\`\n\n</Figure>`;
}

/** Markdown → HTML through remark-rehype, with the plugin. */
function toHtml(text: string, options: RemarkMermaidOptions = {}) {
  const file = new VFile({ path: PAGE, value: text });
  const html = unified()
    .use(remarkParse)
    .use(remarkMdx)
    .use(remarkMermaid, { projectRoot: PROJECT, mermaidVersion: VERSION, ...options })
    .use(remarkRehype)
    .use(rehypeStringify)
    .processSync(file);
  return { html: String(html), messages: file.messages.map((m) => m.reason) };
}

function writeSvg(source: string, svg = fakeSvg(source)) {
  writeFileSync(path.join(DIAGRAMS, `${diagramHash(source, VERSION)}.svg`), svg);
}

beforeAll(() => {
  mkdirSync(DIAGRAMS, { recursive: true });
  writeSvg(SOURCE);
});
afterAll(() => rmSync(PROJECT, { recursive: true, force: true }));

describe('finding mermaid fences', () => {
  it('finds every mermaid fence, inside JSX too, with the line of its opening fence', () => {
    const text = page(`${figure(SOURCE)}\n\n\`\`\`js\nlet x = 1;\n\`\`\`\n\n\`\`\`Mermaid\n${SOURCE}\n\`\`\``);
    const fences = collectMermaidFences(parseMdx(text));
    expect(fences.map((f) => f.line)).toEqual([10, 23]);
    expect(fences[0]!.source).toBe(SOURCE);
  });
});

describe('the diagram hash', () => {
  it('is 16 hex digits and ignores edits that cannot change the picture', () => {
    const hash = diagramHash(SOURCE, VERSION);
    expect(hash).toMatch(/^[0-9a-f]{16}$/);
    expect(diagramHash(`\n${SOURCE.replace(/\n/g, '  \r\n')}\n\n`, VERSION)).toBe(hash);
    expect(normalizeDiagramSource('  a  \r\n\r\nb\t\n\n')).toBe('  a\n\nb');
  });

  it('changes with the diagram text and with the Mermaid version', () => {
    const hash = diagramHash(SOURCE, VERSION);
    expect(diagramHash(SOURCE.replace('Guest', 'Guest VM'), VERSION)).not.toBe(hash);
    expect(diagramHash(SOURCE, `${VERSION}-other`)).not.toBe(hash);
  });

  it('uses the installed Mermaid by default', () => {
    expect(diagramHash(SOURCE)).toBe(diagramHash(SOURCE, VERSION));
  });
});

describe('accTitle and accDescr', () => {
  it('accepts one-line and block descriptions', () => {
    expect(missingAccessibility(SOURCE)).toEqual([]);
    expect(missingAccessibility('graph TD\n accTitle: T\n accDescr {\n long\n }\n A-->B')).toEqual([]);
  });

  it('reports what is missing, and does not count comments or empty values', () => {
    expect(missingAccessibility('graph TD\n A-->B')).toEqual(['accTitle', 'accDescr']);
    expect(missingAccessibility('graph TD\n %% accTitle: T\n accDescr: D')).toEqual(['accTitle']);
    expect(missingAccessibility('graph TD\n accTitle: T\n accDescr:\n A-->B')).toEqual(['accDescr']);
  });
});

describe('splitAccessibility', () => {
  it('takes out the title and a one-line or block description, keeping the line count', () => {
    const block = 'mindmap\n  accTitle: Kinds\n  accDescr {\n    Three kinds\n    of virtualization.\n  }\n  root((V))';
    const split = splitAccessibility(block);
    expect(split.title).toBe('Kinds');
    expect(split.description).toBe('Three kinds of virtualization.');
    expect(split.body.split('\n')).toHaveLength(7);
    expect(split.body).not.toMatch(/accTitle|accDescr|Three kinds/);
    expect(split.body.split('\n')[6]).toBe('  root((V))');
    expect(splitAccessibility(SOURCE).description).toBe('A guest instruction traps to the hypervisor, which emulates it.');
  });

  it('maps the line Mermaid reports (comments dropped) back to the diagram line', () => {
    const { body } = splitAccessibility(SOURCE);
    // Mermaid sees "flowchart LR" (1) and "G[Guest] --> H[Hypervisor]" (2); the latter is line 4.
    expect(sourceLineOfMermaidLine(body, 1)).toBe(1);
    expect(sourceLineOfMermaidLine(body, 2)).toBe(4);
    expect(sourceLineOfMermaidLine('\n%% note\ngraph TD\n%% x\nA-->', 2)).toBe(5);
  });
});

describe('remarkMermaid', () => {
  it('replaces the fence with the rendered SVG', () => {
    const { html } = toHtml(page(figure(SOURCE)));
    expect(html).not.toContain('language-mermaid');
    expect(html).not.toContain('accTitle');
    expect(html).toMatch(/<div class="mermaid-diagram" style="overflow-x:auto" tabindex="0" data-diagram=""><svg id="mmd-[0-9a-f]{8}-[0-9a-f]{4}"/);
    expect(html).toContain('<title id="');
    expect(html).toContain('>Trap and emulate</title>');
    expect(html).toContain('role="img"');
    expect(html).toContain('[data-theme=dark]');
  });

  it('gives each use of a diagram on a page its own ids, references included', () => {
    const { html } = toHtml(page(`${figure(SOURCE)}\n\n${figure(SOURCE)}`));
    const ids = [...html.matchAll(/ id="([^"]+)"/g)].map((m) => m[1]);
    expect(ids.length).toBe(8);
    expect(new Set(ids).size).toBe(ids.length);
    for (const ref of html.matchAll(/url\(#([^)]+)\)|aria-labelledby="([^"]+)"/g)) {
      expect(ids).toContain(ref[1] ?? ref[2]);
    }
  });

  it('fails naming the file and line when the SVG is missing', () => {
    const other = SOURCE.replace('Hypervisor', 'VMM');
    expect(() => toHtml(page(figure(other)))).toThrow(
      /content\/docs\/system\/01-cpu\.mdx:10: .*no rendered SVG.*missing or stale.*npm run diagrams/s,
    );
  });

  it('fails when the diagram changed since it was rendered (stale SVG)', () => {
    const edited = `${SOURCE}\n  H --> G`;
    writeSvg(SOURCE);
    expect(() => toHtml(page(`text\n\n${figure(edited)}`))).toThrow(/01-cpu\.mdx:12: .*missing or stale/s);
  });

  it('fails naming the file and line when accTitle or accDescr is missing', () => {
    const noTitle = SOURCE.replace(/ *accTitle:.*\n/, '');
    writeSvg(noTitle);
    expect(() => toHtml(page(figure(noTitle)))).toThrow(/content\/docs\/system\/01-cpu\.mdx:10: .*no accTitle/s);
    const noDescr = SOURCE.replace(/ *accDescr:.*\n/, '');
    expect(() => toHtml(page(figure(noDescr)))).toThrow(/01-cpu\.mdx:10: .*no accDescr/s);
  });

  it('fails when the SVG on disk was not rendered from this diagram', () => {
    const other = `${SOURCE}\n  G --> X`;
    writeSvg(other, fakeSvg(SOURCE));
    expect(() => toHtml(page(figure(other)))).toThrow(/01-cpu\.mdx:10: .*was not rendered from this diagram/s);
  });

  it('in placeholder mode shows the source and a note instead of failing', () => {
    const other = SOURCE.replace('Guest', 'Another guest');
    const { html, messages } = toHtml(page(figure(other)), { onMissing: 'placeholder' });
    expect(html).toContain('<div class="mermaid-missing" role="note">');
    expect(html).toContain('Another guest');
    expect(messages.join('\n')).toMatch(/01-cpu\.mdx:10: .*npm run diagrams/s);
  });

  it('survives the MDX compiler (no raw HTML nodes)', async () => {
    const code = String(
      await compile(new VFile({ path: PAGE, value: page(figure(SOURCE)) }), {
        remarkPlugins: [[remarkMermaid, { projectRoot: PROJECT, mermaidVersion: VERSION }]],
      }),
    );
    expect(code).toMatch(/_jsx\(_components\.svg|"svg"/);
    expect(code).toContain('Trap and emulate');
    expect(code).not.toContain('language-mermaid');
  });
});
