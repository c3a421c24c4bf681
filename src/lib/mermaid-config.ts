/**
 * How the book's Mermaid diagrams are rendered. Everything here feeds the diagram hash
 * (src/lib/mermaid-hash.ts), so changing any value marks every SVG under diagrams/ stale and
 * `npm run diagrams` renders them again.
 */

/** Mermaid theme for Starlight's light theme and for its dark theme. This pair passes contrast. */
export const MERMAID_THEMES = { light: 'redux-color', dark: 'redux-dark-color' } as const;

/**
 * The font Mermaid measures text with while laying out. Wide fonts on purpose: a reader's
 * system font (San Francisco, Segoe UI, Roboto) is narrower, so labels always fit their boxes.
 */
export const MEASURE_FONT = 'DejaVu Sans, Verdana, sans-serif';

/**
 * The font the SVG asks for: Starlight's system stack (--sl-font-system), unquoted so the CSS
 * needs no quote characters. No web fonts, nothing fetched.
 */
export const PAGE_FONT =
  '-apple-system, BlinkMacSystemFont, Segoe UI, Roboto, Helvetica Neue, Noto Sans, Arial, sans-serif';

/**
 * Fonts for a diagram with Chinese labels (the Chinese edition's diagrams). Mermaid measures with
 * Noto Sans CJK SC (Debian: fonts-noto-cjk), which is at least as wide as the CJK fonts readers have;
 * the SVG asks for the fonts readers in China have (PingFang SC on Apple systems, Microsoft YaHei on
 * Windows, Noto Sans CJK SC on Linux and Android) after the Latin system stack. Only diagrams whose
 * source holds Han characters use these (and hash them), so English diagrams keep their SVGs.
 */
export const MEASURE_FONT_CJK = 'DejaVu Sans, Noto Sans CJK SC, sans-serif';
export const PAGE_FONT_CJK =
  '-apple-system, BlinkMacSystemFont, Segoe UI, Roboto, PingFang SC, Microsoft YaHei, Noto Sans CJK SC, Noto Sans, Arial, sans-serif';

const HAN = /\p{Script=Han}/u;

/** The measuring and page fonts for a diagram's source. */
export function diagramFonts(source: string): { measure: string; page: string; cjk: boolean } {
  return HAN.test(source)
    ? { measure: MEASURE_FONT_CJK, page: PAGE_FONT_CJK, cjk: true }
    : { measure: MEASURE_FONT, page: PAGE_FONT, cjk: false };
}

/** Page backgrounds of Starlight's themes (--sl-color-black in each), for the contrast check. */
export const PAGE_BACKGROUNDS = { light: '#ffffff', dark: 'hsl(224, 10%, 10%)' } as const;

/** Bump when src/scripts/diagrams/bake-in-page.ts changes what it writes. */
export const BAKE_VERSION = 7;

/** Minimum contrast of every label against what is behind it (WCAG 2 AA, normal text). */
export const MIN_TEXT_CONTRAST = 4.5;

export type ThemeName = keyof typeof MERMAID_THEMES;

/** The options passed to mermaid.initialize() for one theme. */
export function mermaidConfig(theme: ThemeName, measureFont: string = MEASURE_FONT) {
  return {
    startOnLoad: false,
    theme: MERMAID_THEMES[theme],
    securityLevel: 'strict',
    // SVG <text> rather than HTML in <foreignObject>: prints, scales and never clips.
    htmlLabels: false,
    fontFamily: measureFont,
    deterministicIds: true,
    // Some shapes are drawn with roughjs; a fixed seed makes their paths the same every time
    // (and the same in both themes).
    handDrawnSeed: 1,
    // Mermaid draws edge-label backgrounds at 50% opacity, so an edge running under a label
    // shows through its text; opaque backgrounds keep labels legible.
    themeCSS: '.edgeLabel rect{opacity:1}',
  } as const;
}
