/**
 * The site's stylesheets as the book PDF uses them (src/scripts/make-pdf.ts): without the rules
 * whose :has() can only match on a screen (an open popover, a pointer hovering) or that the print
 * stylesheet overrides (a diagram figure's wide-screen gutters).
 *
 * Why: Paged.js measures the book thousands of times while it adds content, and each measurement
 * recalculates the styles the additions invalidated. A rule like `body:has(#starlight__sidebar:popover-open)`
 * makes every addition invalidate the whole document: with all the site's :has() rules the whole
 * book's layout took 95–98 s (70–91 s of it recalculating styles), without these 42–59 s (load 4–7
 * on the 2-core machine). The :has() rules kept are frozen to marks by print-dom.ts's preparePrint.
 */

/** A :has() rule is dropped when its selector mentions one of these. */
const SCREEN_ONLY = /:popover-open|:hover|\.mermaid-diagram/;

/**
 * Remove the style rules (selector { declarations }, also inside @media blocks) whose selector has a
 * :has() that mentions a screen-only state. Other rules, and other :has() rules, are kept as they are.
 */
export function printableCss(css: string): string {
  return css.replace(/(^|[{};])([^{}@;]*:has\([^{}]*)\{[^{}]*\}/g, (rule, before: string, selector: string) => (SCREEN_ONLY.test(selector) ? before : rule));
}
