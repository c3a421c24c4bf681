/**
 * Offline reading: after the build (and again after `npm run pdf`, which changes pages), write
 * into the site
 *
 * - offline.json: every file a reader can save, with its size and a content hash, grouped as
 *   page, asset, search (the Pagefind index) or lab (the lab machine image, saved only on request);
 *   its `version` is a hash of the list, so any change to any file makes a new version;
 * - sw.js: the service worker (src/offline/sw.js) stamped with that version, so the browser sees a
 *   new worker exactly when the book changed;
 * - manifest.webmanifest and PNG icons made from public/favicon.svg with sharp, so the book can be
 *   installed as an app. Addresses in them are relative, so any base path works.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import sharp from 'sharp';

export type OfflineGroup = 'page' | 'asset' | 'search' | 'lab';

export interface OfflineFile {
  /** Relative to the base: "system/cpu-virtualization/" for a page, "_astro/x.css" for a file. */
  url: string;
  bytes: number;
  /** First 16 hex digits of the SHA-256 of the file. */
  hash: string;
  group: OfflineGroup;
}

export interface OfflineManifest {
  version: string;
  files: OfflineFile[];
  bytes: Record<OfflineGroup, number>;
}

/** Files the worker must not cache as part of a version, or that a reader never reads. */
const NOT_SAVED = [/^sw\.js$/, /^offline\.json$/, /^sitemap.*\.xml$/, /^book\.pdf$/, /^robots\.txt$/];

export const hash16 = (data: Buffer | string) => createHash('sha256').update(data).digest('hex').slice(0, 16);

function walk(dir: string, root = dir, out: string[] = []): string[] {
  for (const d of readdirSync(dir, { withFileTypes: true })) {
    const full = join(dir, d.name);
    if (d.isDirectory()) walk(full, root, out);
    else out.push(relative(root, full).split(sep).join('/'));
  }
  return out;
}

export function groupOf(path: string): OfflineGroup {
  if (path.startsWith('lab/')) return 'lab';
  if (path.startsWith('pagefind/')) return 'search';
  if (path.endsWith('.html') && path !== '404.html') return 'page';
  return 'asset';
}

/** The address a file is read at: a page by its directory. */
export function urlOf(path: string): string {
  if (path === 'index.html') return '';
  if (path.endsWith('/index.html')) return path.slice(0, -'index.html'.length);
  return path;
}

export function offlineManifest(dist: string): OfflineManifest {
  const files: OfflineFile[] = walk(dist)
    .filter((p) => !NOT_SAVED.some((re) => re.test(p)))
    .sort()
    .map((p) => {
      const body = readFileSync(join(dist, p));
      return { url: urlOf(p), bytes: body.length, hash: hash16(body), group: groupOf(p) };
    });
  const bytes = { page: 0, asset: 0, search: 0, lab: 0 };
  for (const f of files) bytes[f.group] += f.bytes;
  return { version: hash16(JSON.stringify(files)), files, bytes };
}

const ROOT = process.cwd();
export const ICON_SIZES = [192, 512] as const;

/** The web app manifest: relative addresses, so it works under any base path. */
export function webManifest(): object {
  return {
    name: 'Virtualization, from trap-and-emulate to serverless',
    short_name: 'Virtualization',
    description: 'An open textbook on virtualization, readable offline.',
    start_url: './',
    scope: './',
    display: 'standalone',
    background_color: '#ffffff',
    theme_color: '#1f3b73',
    icons: [
      ...ICON_SIZES.map((n) => ({ src: `icons/icon-${n}.png`, sizes: `${n}x${n}`, type: 'image/png', purpose: 'any' })),
      { src: 'favicon.svg', sizes: 'any', type: 'image/svg+xml' },
    ],
  };
}

/** Icons from the favicon (once per build; sharp's PNGs are the same for the same input). */
export async function writeIcons(dist: string): Promise<void> {
  const svg = readFileSync(join(ROOT, 'public', 'favicon.svg'));
  mkdirSync(join(dist, 'icons'), { recursive: true });
  for (const n of ICON_SIZES) {
    const png = await sharp(svg, { density: Math.ceil((72 * n) / 32) }).resize(n, n).png({ compressionLevel: 9 }).toBuffer();
    writeFileSync(join(dist, 'icons', `icon-${n}.png`), png);
  }
}

/** Write offline.json and sw.js for the site in `dist` (call after anything changes a file). */
export function writeOfflineFiles(dist: string): OfflineManifest {
  writeFileSync(join(dist, 'manifest.webmanifest'), `${JSON.stringify(webManifest(), null, 2)}\n`);
  const m = offlineManifest(dist);
  writeFileSync(join(dist, 'offline.json'), JSON.stringify(m));
  const template = readFileSync(join(ROOT, 'src', 'offline', 'sw.js'), 'utf8');
  if (!template.includes('__BOOK_VERSION__')) throw new Error('src/offline/sw.js: no __BOOK_VERSION__ to fill in');
  writeFileSync(join(dist, 'sw.js'), template.replace('__BOOK_VERSION__', m.version));
  return m;
}

export const hasOfflineFiles = (dist: string) => existsSync(join(dist, 'offline.json'));
