/** Astro integration: after the build (and after the whole-book page is assembled), write the
 * offline files: icons, manifest.webmanifest, offline.json and sw.js (see offline.ts). */
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { writeIcons, writeOfflineFiles } from './offline';

export default function offline(): AstroIntegration {
  return {
    name: 'book-offline',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const dist = fileURLToPath(dir);
        await writeIcons(dist);
        const m = writeOfflineFiles(dist);
        const mb = (n: number) => `${(n / 1e6).toFixed(1)} MB`;
        logger.info(`offline: version ${m.version}, ${m.files.length} files (pages ${mb(m.bytes.page)}, assets ${mb(m.bytes.asset)}, search ${mb(m.bytes.search)}, lab ${mb(m.bytes.lab)})`);
      },
    },
  };
}
