/**
 * WCAG 2.2 AA with axe-core on every built page, in the light and the dark theme, at desktop and
 * phone width: zero violations, no rule disabled (axe's best-practice rules included).
 *
 * Fast without losing any of that: one shared browser; one test per page, width and theme, run
 * several at a time (each page in its own renderer process, the largest first); axe run inside the
 * page (tests/helpers/axe.ts). Each check waits for the page to settle (fonts, idle callbacks), so
 * axe never judges a page while a script is still adjusting it.
 */
import { statSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContextOptions } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { axeViolations, settle } from '../helpers/axe';
import { useBrowser } from '../helpers/browser';
import { htmlFiles } from '../helpers/dist';

const siteUrl = inject('siteUrl');
const dist = inject('distDir');
// Largest first (the whole book), so the longest check does not start last.
const files = htmlFiles(dist).sort((a, b) => statSync(join(dist, b)).size - statSync(join(dist, a)).size);
let browser: Browser;

useBrowser((b) => (browser = b));

const sizes: Record<string, BrowserContextOptions> = {
  desktop: { viewport: { width: 1280, height: 900 } },
  phone: { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true },
};

async function check(file: string, size: string, theme: 'light' | 'dark'): Promise<string[]> {
  const context = await browser.newContext({ ...sizes[size], colorScheme: theme, reducedMotion: 'reduce' });
  // Starlight reads the reader's choice from localStorage before the first paint.
  await context.addInitScript((t) => localStorage.setItem('starlight-theme', t), theme);
  const page = await context.newPage();
  try {
    await page.goto(`${siteUrl}${file.replace(/index\.html$/, '')}`, { waitUntil: 'networkidle' });
    expect(await page.evaluate(() => document.documentElement.dataset.theme), `${file} theme`).toBe(theme);
    await settle(page);
    return (await axeViolations(page)).map((v) => `[${theme}, ${size}] ${v}`);
  } finally {
    await context.close();
  }
}

describe('accessibility (axe, WCAG 2.2 AA and best practices)', () => {
  it('finds the pages to check', () => {
    expect(files.length).toBeGreaterThan(5);
    expect(files).toContain('index.html');
  });

  // Concurrent: several pages at once on the shared browser (vitest's maxConcurrency bounds it).
  describe.concurrent('every page', () => {
    for (const file of files) {
      for (const size of Object.keys(sizes)) {
        for (const theme of ['light', 'dark'] as const) {
          it(`${file}: no violations, ${theme} theme, ${size}`, { timeout: 300_000 }, async () => {
            expect(await check(file, size, theme)).toEqual([]);
          });
        }
      }
    }
  });
});
