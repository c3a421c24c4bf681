/** Builds the site into a directory with a given base path (used by tests and the benchmark). */
import { spawnSync } from 'node:child_process';

export const TEST_BASE = '/course-test/';
export const TEST_SITE = 'https://example.github.io';

export function buildSite(outDir: string, base = TEST_BASE): { seconds: number } {
  const started = Date.now();
  const r = spawnSync('npx', ['astro', 'build', '--outDir', outDir], {
    // NODE_ENV: Vitest sets it to "test", which would make Astro build a development bundle.
    env: { ...process.env, NODE_ENV: 'production', BOOK_BASE: base, BOOK_SITE: TEST_SITE, GITHUB_ACTIONS: '' },
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  if (r.status !== 0) {
    throw new Error(`astro build failed (exit ${r.status}):\n${r.stdout.slice(-4000)}\n${r.stderr.slice(-4000)}`);
  }
  return { seconds: (Date.now() - started) / 1000 };
}
