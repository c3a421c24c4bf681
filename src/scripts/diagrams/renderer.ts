import { createRequire } from 'node:module';
import { gzipSync } from 'node:zlib';
import type { Browser, Page } from 'playwright-core';
import { MEASURE_FONT, MIN_TEXT_CONTRAST, PAGE_BACKGROUNDS, diagramFonts, mermaidConfig, type ThemeName } from '../../lib/mermaid-config.ts';
import { splitAccessibility, sourceLineOfMermaidLine } from '../../lib/mermaid-fences.ts';
import { diagramSvgId } from '../../lib/mermaid-hash.ts';
import { dropDanglingRefs } from '../../lib/svg-dangling-refs.ts';
import type { DiagramUse } from '../../lib/diagram-inventory.ts';
import { bakeInPage, type BakeInput } from './bake-in-page.ts';
import { launchChromium } from './chromium.ts';
import { labelContrastInPage, pixelDifferenceInPage, showInPage, type LabelContrast } from './verify-in-page.ts';

/**
 * Largest share of the inked pixels allowed to differ between Mermaid's SVG and the baked one
 * (coordinates are rounded to 0.01 px, which moves a few anti-aliased edge pixels).
 */
export const MAX_PIXEL_DIFFERENCE = 0.01;

export type RenderOutcome =
  | {
      ok: true;
      svg: string;
      bytes: number;
      gzipBytes: number;
      /** Lowest label contrast in each theme (Infinity if the diagram has no labels). */
      contrast: Record<ThemeName, number>;
      /** Share of pixels that differ from Mermaid's own rendering, per theme. */
      pixelDifference: Record<ThemeName, number>;
    }
  | { ok: false; message: string };

export interface Renderer {
  render(use: Pick<DiagramUse, 'file' | 'line' | 'source' | 'hash'>): Promise<RenderOutcome>;
  close(): Promise<void>;
}

/** Where Mermaid's error names a line of the diagram ("Parse error on line 3"), the page line. */
export function pageLineOfError(fenceLine: number, source: string, message: string): number | undefined {
  const m = /on line (\d+)/i.exec(message);
  return m ? fenceLine + sourceLineOfMermaidLine(source, Number(m[1])) : undefined;
}

async function preparePage(browser: Browser): Promise<Page> {
  const page = await browser.newPage({ deviceScaleFactor: 1 });
  // Nothing may be fetched: Mermaid comes from node_modules and fonts from the system.
  await page.route('**/*', (route) => route.abort());
  await page.setContent('<!doctype html><html><head><meta charset="utf-8"></head><body style="margin:0"></body></html>');
  const require = createRequire(import.meta.url);
  await page.addScriptTag({ path: require.resolve('mermaid/dist/mermaid.min.js') });
  const fontOk = await page.evaluate((families: string[]) => {
    const canvas = document.createElement('canvas').getContext('2d');
    if (!canvas) return false;
    const width = (font: string) => {
      canvas.font = `40px ${font}`;
      return canvas.measureText('Hypervisor QEMU /dev/kvm').width;
    };
    return families.some((f) => width(`${f}, monospace`) !== width('monospace'));
  }, MEASURE_FONT.split(',').map((f) => `"${f.trim()}"`).filter((f) => !f.includes('sans-serif')));
  if (!fontOk) {
    throw new Error(
      `None of the measuring fonts (${MEASURE_FONT}) is installed; on Debian: apt-get install fonts-dejavu-core`,
    );
  }
  return page;
}

export async function createRenderer(): Promise<Renderer> {
  const browser = await launchChromium();
  let page: Page;
  try {
    page = await preparePage(browser);
  } catch (error) {
    await browser.close();
    throw error;
  }

  const screenshot = async (svg: string, theme: ThemeName) => {
    await page.evaluate(showInPage, { svg, theme, background: PAGE_BACKGROUNDS[theme] });
    const png = await page.locator('#verify-host').screenshot();
    return png.toString('base64');
  };

  return {
    async render(use) {
      const where = `${use.file}:${use.line}`;
      const { title, description, body } = splitAccessibility(use.source);
      if (!title || !description) {
        return { ok: false, message: `${where}: the diagram needs accTitle and accDescr` };
      }
      const fonts = diagramFonts(use.source);
      const input: BakeInput = {
        id: diagramSvgId(use.hash),
        source: body,
        title,
        description,
        configs: { light: { ...mermaidConfig('light', fonts.measure) }, dark: { ...mermaidConfig('dark', fonts.measure) } },
        backgrounds: { ...PAGE_BACKGROUNDS },
        pageFont: fonts.page,
      };
      const result = await page.evaluate(bakeInPage, input);
      if (!result.ok) {
        if (result.stage === 'parse') {
          const line = pageLineOfError(use.line, body, result.message);
          return {
            ok: false,
            message: `${use.file}:${line ?? use.line}: Mermaid cannot parse the diagram whose fence opens at ${where}:\n${result.message}`,
          };
        }
        return { ok: false, message: `${where}: ${result.stage} error: ${result.message}` };
      }

      // Compared with Mermaid's own drawing first (which shares the flaw), then mended.
      const mend = dropDanglingRefs;
      const contrast = { light: Infinity, dark: Infinity };
      const pixelDifference = { light: 0, dark: 0 };
      const low: string[] = [];
      for (const theme of ['light', 'dark'] as const) {
        // Compare with Mermaid's own drawing, in the font it measured with.
        const comparable = result.svg.replace(fonts.page, fonts.measure);
        const original = await screenshot(result.originals[theme], theme);
        const baked = await screenshot(comparable, theme);
        pixelDifference[theme] = await page.evaluate(pixelDifferenceInPage, { a: original, b: baked });

        await page.evaluate(showInPage, { svg: mend(result.svg), theme, background: PAGE_BACKGROUNDS[theme] });
        const labels: LabelContrast[] = await page.evaluate(labelContrastInPage, '#verify-host > svg');
        for (const l of labels) {
          contrast[theme] = Math.min(contrast[theme], l.ratio);
          if (l.ratio < (l.required === 3 ? 3 : MIN_TEXT_CONTRAST)) {
            low.push(`  ${theme}: "${l.text}" ${l.foreground} on ${l.background} = ${l.ratio}:1 (needs ${l.required}:1)`);
          }
        }
      }
      if (low.length > 0) {
        return { ok: false, message: `${where}: labels with too little contrast:\n${low.join('\n')}` };
      }
      const worst = Math.max(pixelDifference.light, pixelDifference.dark);
      if (worst > MAX_PIXEL_DIFFERENCE) {
        return {
          ok: false,
          message:
            `${where}: the compacted SVG does not look like Mermaid's (${(worst * 100).toFixed(2)}% of pixels differ). ` +
            `This is a bug in src/scripts/diagrams/bake-in-page.ts, not in the diagram.`,
        };
      }
      const svg = mend(result.svg);
      const bytes = Buffer.byteLength(svg);
      return { ok: true, svg, bytes, gzipBytes: gzipSync(svg).length, contrast, pixelDifference };
    },
    async close() {
      await browser.close();
    },
  };
}
