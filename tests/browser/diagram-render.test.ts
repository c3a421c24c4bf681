/**
 * The renderer behind `npm run diagrams` (src/scripts/diagrams/), on small diagrams in headless
 * Chromium: what the baked SVG contains, that it switches theme and prints in black on white,
 * that bad syntax is reported with file and line, and that the pixel check can fail.
 */
import { parse } from 'node-html-parser';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PAGE_FONT } from '../../src/lib/mermaid-config';
import { diagramHash, diagramSvgId } from '../../src/lib/mermaid-hash';
import { createRenderer, MAX_PIXEL_DIFFERENCE, type Renderer } from '../../src/scripts/diagrams/renderer';
import { pixelDifferenceInPage, showInPage } from '../../src/scripts/diagrams/verify-in-page';
import { connectBrowser } from '../helpers/browser';

const FLOW = `flowchart TB
  accTitle: Trap and emulate
  accDescr: A privileged guest instruction traps to the hypervisor, which emulates it and resumes the guest.
  G[Guest kernel] -->|privileged instruction| T{Trap}
  T --> H[Hypervisor emulates it]
  H -->|resume| G`;

const SEQUENCE = `sequenceDiagram
  accTitle: KVM_RUN loop
  accDescr: QEMU calls KVM_RUN; KVM enters the guest; on an exit it returns to QEMU.
  participant Q as QEMU
  participant K as KVM
  Q->>K: ioctl(KVM_RUN)
  K-->>Q: exit reason`;

let renderer: Renderer;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  renderer = await createRenderer();
  browser = await connectBrowser();
  page = await browser.newPage();
});
afterAll(async () => {
  await renderer?.close();
  await browser?.close();
});

async function render(source: string, line = 5) {
  const hash = diagramHash(source);
  const outcome = await renderer.render({ file: 'content/docs/x.mdx', line, source, hash });
  if (!outcome.ok) throw new Error(outcome.message);
  return { ...outcome, id: diagramSvgId(hash) };
}

/** Computed fill of the first element matching `selector` inside the shown SVG. */
function fillOf(selector: string) {
  return page.evaluate((s) => {
    const el = document.querySelector(`#verify-host svg ${s}`);
    if (!el) throw new Error(`no ${s}`);
    return getComputedStyle(el).fill;
  }, selector);
}

describe('a baked flowchart', () => {
  let svg: string;
  let id: string;
  beforeAll(async () => {
    ({ svg, id } = await render(FLOW));
  });

  it('is an image named by accTitle and described by accDescr', () => {
    const root = parse(svg).querySelector('svg')!;
    expect(root.getAttribute('role')).toBe('img');
    const title = root.querySelector(`#${root.getAttribute('aria-labelledby')}`);
    const desc = root.querySelector(`#${root.getAttribute('aria-describedby')}`);
    expect(title?.tagName.toLowerCase()).toBe('title');
    expect(title?.text).toBe('Trap and emulate');
    expect(desc?.tagName.toLowerCase()).toBe('desc');
    expect(desc?.text).toMatch(/^A privileged guest instruction traps/);
  });

  it('keeps only ids that start with its own id, each referenced', () => {
    const ids = [...svg.matchAll(/ id="([^"]+)"/g)].map((m) => m[1]!);
    expect(ids[0]).toBe(id);
    for (const other of ids.slice(1)) {
      expect(other.startsWith(`${id}-`), other).toBe(true);
      expect(svg.includes(`#${other}`) || svg.includes(`"${other}"`), `${other} is referenced`).toBe(true);
    }
  });

  it('uses the system font stack and nothing from the network', () => {
    expect(svg).toContain(`font-family:${PAGE_FONT}`);
    expect(svg).not.toMatch(/@import|@font-face|https?:\/\/(?!www\.w3\.org\/)/);
    expect(svg).not.toContain('<foreignObject');
    expect(svg).not.toMatch(/ data-|<script/);
  });

  it('has one small stylesheet instead of Mermaid\u2019s', () => {
    expect(svg.match(/<style>/g)).toHaveLength(1);
    expect(svg).not.toMatch(/edge-animation|swimlane|error-icon/);
  });

  it('switches colours with [data-theme] and prints black on white', async () => {
    await page.emulateMedia({ media: 'screen' });
    await page.evaluate(showInPage, { svg, theme: 'light' as const, background: '#fff' });
    const light = { text: await fillOf('text'), node: await fillOf('rect') };
    await page.evaluate(showInPage, { svg, theme: 'dark' as const, background: '#17181c' });
    const dark = { text: await fillOf('text'), node: await fillOf('rect') };
    expect(dark.text).not.toBe(light.text);
    expect(dark.node).not.toBe(light.node);

    await page.emulateMedia({ media: 'print' });
    const texts = await page.evaluate(() =>
      [...document.querySelectorAll('#verify-host svg text, #verify-host svg tspan')]
        .filter((t) => !t.querySelector('tspan') && (t.textContent ?? '').trim() !== '')
        .map((t) => getComputedStyle(t).fill),
    );
    expect(new Set(texts)).toEqual(new Set(['rgb(0, 0, 0)']));
    expect(await fillOf('rect')).toBe('rgb(255, 255, 255)');
    await page.emulateMedia({ media: 'screen' });
  });

  it('reports its size and the contrast of its labels', async () => {
    const outcome = await render(FLOW);
    expect(outcome.bytes).toBe(Buffer.byteLength(outcome.svg));
    expect(outcome.gzipBytes).toBeLessThan(outcome.bytes);
    expect(outcome.contrast.light).toBeGreaterThanOrEqual(4.5);
    expect(outcome.contrast.dark).toBeGreaterThanOrEqual(4.5);
    expect(outcome.pixelDifference.light).toBeLessThanOrEqual(MAX_PIXEL_DIFFERENCE);
  });
});

describe('other diagram kinds and errors', () => {
  it('bakes a sequence diagram', async () => {
    const { svg } = await render(SEQUENCE);
    expect(svg).toContain('>KVM_RUN loop</title>');
    expect(svg).toContain('ioctl(KVM_RUN)');
  });

  it('writes <title> and <desc> for diagram kinds that Mermaid gives none (block)', async () => {
    const block = 'block-beta\n  accTitle: A type 1 stack\n  accDescr: Guests on a hypervisor on hardware.\n  columns 2\n  A["Guest"] B["Guest"]\n  H["Hypervisor"]:2';
    const { svg, id } = await render(block);
    expect(svg).toContain(`<title id="${id}-t">A type 1 stack</title><desc id="${id}-d">Guests on a hypervisor on hardware.</desc>`);
    expect(svg).toContain('>Hypervisor<');
  });

  it('reports invalid syntax with the page line and Mermaid\u2019s message', async () => {
    const bad = `flowchart TB\n  accTitle: Bad\n  accDescr: Bad.\n  A -->> -->`;
    const outcome = await renderer.render({ file: 'content/docs/x.mdx', line: 20, source: bad, hash: diagramHash(bad) });
    expect(outcome.ok).toBe(false);
    if (outcome.ok) return;
    // The bad line is diagram line 4, page line 24 (the fence opens on line 20); Mermaid counts
    // lines without the accTitle/accDescr lines (line 2), and the renderer maps that back.
    expect(outcome.message).toMatch(/^content\/docs\/x\.mdx:24: Mermaid cannot parse the diagram whose fence opens at content\/docs\/x\.mdx:20/);
    expect(outcome.message).toMatch(/Parse error on line \d+:/);
  });
});

describe('the pixel comparison', () => {
  it('ignores sub-pixel shifts and catches a missing stroke', async () => {
    const { svg } = await render(FLOW);
    const shot = async (markup: string) => {
      await page.evaluate(showInPage, { svg: markup, theme: 'light' as const, background: '#fff' });
      return (await page.locator('#verify-host').screenshot()).toString('base64');
    };
    const original = await shot(svg);
    const same = await shot(svg);
    // Everything moved by 0.02 px, as rounding coordinates to 0.01 px may do.
    const shifted = await shot(svg.replace(/viewBox="([\d.-]+) /, (_m, x: string) => `viewBox="${Number(x) + 0.02} `));
    expect(shifted).not.toBe(original);
    // Edges and arrowheads drawn in the background colour: a visible change.
    const broken = await shot(svg.replace('</style>', '#verify-host path{stroke:#fff!important;fill:#fff!important}</style>'));
    expect(await page.evaluate(pixelDifferenceInPage, { a: original, b: same })).toBe(0);
    expect(await page.evaluate(pixelDifferenceInPage, { a: original, b: shifted })).toBeLessThanOrEqual(MAX_PIXEL_DIFFERENCE);
    expect(await page.evaluate(pixelDifferenceInPage, { a: original, b: broken })).toBeGreaterThan(MAX_PIXEL_DIFFERENCE * 3);
  });
});
