/**
 * Expressive Code plugin: every code block's <pre> is focusable (tabindex="0") in the HTML itself.
 *
 * Why: a code block wider than the column scrolls sideways, and a keyboard user can scroll it only
 * if it takes focus (WCAG 2.1.1; axe's scrollable-region-focusable). Expressive Code adds the
 * tabindex with a script in an idle callback, so until that callback runs (late on a long page
 * such as the whole book) the scroller is not focusable: axe saw 3 such nodes on the whole-book
 * page in one run of 3 and none in the next. With the attribute in the HTML the page is right from
 * the first paint; Expressive Code's script still removes it from blocks that do not scroll.
 */
import type { Element } from 'hast';
import { visit } from 'unist-util-visit';

export function pluginFocusableCode() {
  return {
    name: 'book-focusable-code',
    hooks: {
      postprocessRenderedBlock: ({ renderData }: { renderData: { blockAst: Element } }) => {
        visit(renderData.blockAst, 'element', (node: Element) => {
          if (node.tagName === 'pre' && node.properties.tabIndex === undefined) node.properties.tabIndex = 0;
        });
      },
    },
  };
}

/**
 * Shiki transformer: no time limit on tokenizing a line. Shiki stops tokenizing a line after
 * 500 ms by default and leaves the rest uncoloured, so on a loaded machine one build coloured
 * `int a, b` in a Java block differently from the next (tests/build/reproducible.test.ts caught
 * it: #C792EA against #82AAFF). Without the limit the colours depend only on the source.
 */
export const shikiNoTimeLimit = {
  name: 'book-shiki-no-time-limit',
  preprocess(_code: string, options: { tokenizeTimeLimit?: number }) {
    options.tokenizeTimeLimit = 0;
  },
};
