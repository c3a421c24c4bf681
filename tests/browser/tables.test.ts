/**
 * Tables on a phone: every table in every chapter, at 390 px, has its caption outside any sideways
 * scroller and unclipped (a student reads what the table is before scrolling it). The demos' own
 * tables are checked further (sticky first column) in demos.test.ts.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { useBrowser } from '../helpers/browser';
import { htmlFiles, isWholeBook } from '../helpers/dist';
import { tableProblems } from '../helpers/layout';
import { pathOf } from '../helpers/page-types';

const siteUrl = inject('siteUrl');
const dist = inject('distDir');
let browser: Browser;
useBrowser((b) => (browser = b));

const pages = htmlFiles(dist).filter((f) => !isWholeBook(f) && /<table/.test(readFileSync(join(dist, f), 'utf8')));

describe('tables at 390 px', () => {
  it('have their captions outside the scrollers and unclipped, on every page with a table', { timeout: 180_000 }, async () => {
    expect(pages.length, 'pages with tables').toBeGreaterThan(3);
    const context = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
    const page = await context.newPage();
    const problems: string[] = [];
    for (const file of pages) {
      await page.goto(`${siteUrl}${pathOf(file)}`);
      for (const p of await tableProblems(page, 'main', { stickyFirstColumn: false })) problems.push(`${file}: ${p}`);
    }
    expect(problems).toEqual([]);
    await context.close();
  });
});
