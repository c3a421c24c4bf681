/**
 * Screenshots of built pages for a person to look at: desktop and phone width, light and dark.
 * Usage: node tests/helpers/screenshot.ts <dist> <base> <outdir> <page path>...
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { launchBrowser } from './browser.ts';
import { serveStatic } from './static-server.ts';

const [dist, base, out, ...paths] = process.argv.slice(2);
if (!dist || !base || !out || !paths.length) throw new Error('usage: screenshot.ts <dist> <base> <outdir> <path>...');
mkdirSync(out, { recursive: true });
const server = await serveStatic(dist, base);
const browser = await launchBrowser();
const sizes = { desktop: { width: 1280, height: 900 }, phone: { width: 390, height: 844 } };
for (const path of paths) {
  for (const [size, viewport] of Object.entries(sizes)) {
    for (const theme of ['light', 'dark'] as const) {
      const page = await browser.newPage({ viewport, colorScheme: theme, deviceScaleFactor: 1 });
      await page.addInitScript((t) => localStorage.setItem('starlight-theme', t), theme);
      await page.goto(`${server.url}${path.replace(/^\//, '')}`);
      await page.waitForLoadState('networkidle');
      const name = `${path.replace(/[^a-z0-9]+/gi, '_') || 'home'}-${size}-${theme}.png`;
      await page.screenshot({ path: join(out, name), fullPage: process.env.FULL === '1' });
      await page.close();
    }
  }
}
await browser.close();
await server.close();
