import { describe, expect, it } from 'vitest';
import { printableCss } from '../../src/lib/print-css';

describe('printableCss (the site CSS the book PDF uses)', () => {
  it('drops :has() rules that only match on a screen, also inside @media', () => {
    const css =
      'a{color:red}body:has(#starlight__sidebar:popover-open){overflow:hidden}@media (width>=50rem){body:has(#starlight__sidebar:popover-open){overflow:auto}.x{margin:0}}' +
      '.sl-markdown-content details:has(>summary:hover):not(:where(.not-content *)){color:blue}' +
      '@media (width>=50rem){.sl-markdown-content .bk-figure__body:has(>.mermaid-diagram){margin-inline:calc(-1*var(--p))}}';
    expect(printableCss(css)).toBe('a{color:red}@media (width>=50rem){.x{margin:0}}@media (width>=50rem){}');
  });

  it('keeps other :has() rules and everything else unchanged', () => {
    const css =
      '.sl-markdown-content :is(ol,ul):has(>li>:not(a,strong)) > li > :last-child{margin-bottom:1rem}.sim-controls:has(>.sim-field){display:grid}p{margin:0}';
    expect(printableCss(css)).toBe(css);
  });

  it('keeps a rule whose :has() is screen-only only in a neighbouring rule', () => {
    const css = '.a:hover{color:red}.b:has(>.c){color:blue}';
    expect(printableCss(css)).toBe(css);
  });
});
