/**
 * axe-core on a page: the WCAG 2.2 A/AA rules and axe's best practices, none disabled. Returns the
 * violations as readable lines (rule, impact, what to fix, where) so a failing test says what broke.
 */
import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';

export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

export async function axeViolations(page: Page): Promise<string[]> {
  // Only violations are collected: listing every passing node makes axe several times slower on long pages.
  const results = await new AxeBuilder({ page }).withTags(AXE_TAGS).options({ resultTypes: ['violations'] }).analyze();
  return results.violations.flatMap((v) =>
    v.nodes.slice(0, 5).map((n) => `${v.id} (${v.impact}): ${v.help} — ${n.target.join(' ')}: ${n.failureSummary?.replace(/\s+/g, ' ').slice(0, 300) ?? ''}`)
      .concat(v.nodes.length > 5 ? [`${v.id}: … and ${v.nodes.length - 5} more`] : []),
  );
}
