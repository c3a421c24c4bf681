/**
 * axe-core on a page: the WCAG 2.2 A/AA rules and axe's best practices, none disabled. Returns the
 * violations as readable lines (rule, impact, what to fix, where) so a failing test says what broke.
 *
 * axe runs in the page itself (axe.run), as @axe-core/playwright's "legacy mode" does. Its default
 * mode runs axe in parts and finishes in a second, blank page so that it can cross into iframes
 * from other origins; the book has no iframes, and that round trip made a run on a chapter take
 * three times as long (13 s against 4.5 s, measured on the whole-book and chapter pages).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

interface AxeViolation {
  id: string;
  impact?: string | null;
  help: string;
  nodes: { target: unknown[]; failureSummary?: string }[];
}

/**
 * Wait until the page is as a reader sees it: web fonts loaded and idle callbacks run (scripts such
 * as Expressive Code's adjust the page in one), so that axe does not judge a page mid-change.
 */
export async function settle(page: Page): Promise<void> {
  await page.evaluate(
    () =>
      new Promise<void>((resolve) => {
        const idle = (f: () => void) => (window.requestIdleCallback ? window.requestIdleCallback(f, { timeout: 2000 }) : setTimeout(f, 50));
        void document.fonts.ready.then(() => idle(() => idle(resolve)));
      }),
  );
}

/**
 * axe's violations on the page, or only inside the elements matching `include` (a CSS selector;
 * the page's other parts still count for rules such as duplicate ids).
 */
export async function axeViolations(page: Page, include?: string): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE_SOURCE);
  // Only violations are collected: listing every passing node makes axe several times slower on long pages.
  const violations = (await page.evaluate(
    async ({ tags, include }) => {
      const axe = (window as unknown as { axe: { run: (ctx: unknown, opts: object) => Promise<{ violations: unknown[] }> } }).axe;
      if (include && !document.querySelector(include)) throw new Error(`axe: nothing matches ${include}`);
      return (await axe.run(include ? { include: [include] } : document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] })).violations;
    },
    { tags: AXE_TAGS, include },
  )) as AxeViolation[];
  return violations.flatMap((v) =>
    v.nodes
      .slice(0, 5)
      .map((n) => `${v.id} (${v.impact}): ${v.help} — ${n.target.join(' ')}: ${n.failureSummary?.replace(/\s+/g, ' ').slice(0, 300) ?? ''}`)
      .concat(v.nodes.length > 5 ? [`${v.id}: … and ${v.nodes.length - 5} more`] : []),
  );
}
