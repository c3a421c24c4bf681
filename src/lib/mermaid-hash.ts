import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { BAKE_VERSION, MEASURE_FONT, PAGE_FONT, PAGE_BACKGROUNDS, diagramFonts, mermaidConfig } from './mermaid-config.ts';

/** Length of the hex hash that names content/diagrams/<hash>.svg. */
export const HASH_LENGTH = 16;

let cachedVersion: string | undefined;

/** The installed Mermaid version (from node_modules/mermaid/package.json). */
export function installedMermaidVersion(): string {
  if (cachedVersion === undefined) {
    const require = createRequire(import.meta.url);
    const pkg = JSON.parse(readFileSync(require.resolve('mermaid/package.json'), 'utf8')) as {
      version?: unknown;
    };
    if (typeof pkg.version !== 'string') throw new Error('mermaid/package.json has no version');
    cachedVersion = pkg.version;
  }
  return cachedVersion;
}

/**
 * The diagram text as hashed: line endings unified, trailing spaces and surrounding blank lines
 * dropped. Edits that cannot change the picture do not make the SVG stale.
 */
export function normalizeDiagramSource(source: string): string {
  return source
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) => line.replace(/\s+$/, ''))
    .join('\n')
    .replace(/^\n+|\n+$/g, '');
}

/** Everything besides the diagram text that decides the SVG. */
export function renderSettings(mermaidVersion: string) {
  return {
    mermaid: mermaidVersion,
    bake: BAKE_VERSION,
    light: mermaidConfig('light'),
    dark: mermaidConfig('dark'),
    measureFont: MEASURE_FONT,
    pageFont: PAGE_FONT,
    backgrounds: PAGE_BACKGROUNDS,
  };
}

/** Hash of diagram source + theme config + Mermaid version: the SVG's file name in content/diagrams/. */
export function diagramHash(source: string, mermaidVersion: string = installedMermaidVersion()): string {
  // A diagram with Chinese labels is measured and shown with CJK fonts: they are part of its hash.
  const fonts = diagramFonts(source);
  const settings = fonts.cjk
    ? { ...renderSettings(mermaidVersion), light: mermaidConfig('light', fonts.measure), dark: mermaidConfig('dark', fonts.measure), measureFont: fonts.measure, pageFont: fonts.page }
    : renderSettings(mermaidVersion);
  const input = JSON.stringify({ settings, source: normalizeDiagramSource(source) });
  return createHash('sha256').update(input).digest('hex').slice(0, HASH_LENGTH);
}

/** The id of the diagram's root <svg>; every other id inside it starts with this. */
export function diagramSvgId(hash: string): string {
  return `mmd-${hash.slice(0, 8)}`;
}
