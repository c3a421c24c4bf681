/**
 * WCAG 2.2 AA with axe-core on every built page, in the light and the dark theme, at desktop and
 * phone width: zero violations, no rule disabled (axe's best-practice rules included).
 */
import type { Browser, BrowserContextOptions } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { axeViolations } from '../helpers/axe';
import { useBrowser } from '../helpers/browser';
import { htmlFiles } from '../helpers/dist';
import { inPool } from '../helpers/pool';

const siteUrl = inject('siteUrl');
const dist = inject('distDir');
const files = htmlFiles(dist);
let browser: Browser;

useBrowser((b) => (browser = b));

const sizes: Record<string, BrowserContextOptions> = {
  desktop: { viewport: { width: 1280, height: 900 } },
  phone: { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true },
};
const combos = (['light', 'dark'] as const).flatMap((theme) => Object.keys(sizes).map((size) => ({ theme, size })));

describe('accessibility (axe, WCAG 2.2 AA and best practices)', () => {
  it('finds the pages to check', () => {
    expect(files.length).toBeGreaterThan(5);
    expect(files).toContain('index.html');
  });

  for (const file of files) {
    it(`${file}: no violations in light and dark theme, desktop and phone`, { timeout: 240_000 }, async () => {
      const found = await inPool(combos, 2, async ({ theme, size }) => {
        const context = await browser.newContext({ ...sizes[size], colorScheme: theme, reducedMotion: 'reduce' });
        // Starlight reads the reader's choice from localStorage before the first paint.
        await context.addInitScript((t) => localStorage.setItem('starlight-theme', t), theme);
        const page = await context.newPage();
        try {
          await page.goto(`${siteUrl}${file.replace(/index\.html$/, '')}`, { waitUntil: 'networkidle' });
          expect(await page.evaluate(() => document.documentElement.dataset.theme), `${file} theme`).toBe(theme);
          return (await axeViolations(page)).map((v) => `[${theme}, ${size}] ${v}`);
        } finally {
          await context.close();
        }
      });
      expect(found.flat()).toEqual([]);
    });
  }
});
