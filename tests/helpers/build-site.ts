/** Builds the site into a directory with a given base path (used by tests and the benchmark). */
import { spawnSync } from 'node:child_process';

export const TEST_BASE = '/course-test/';
export const TEST_SITE = 'https://example.github.io';
/** The repository the test build links to ("Edit this page", "Report a problem"). */
export const TEST_REPO = 'example/virtualization-book';

/**
 * Variables Vitest puts into a test worker's environment from Vite's import.meta.env. A build must
 * not see them: with BASE_URL=/ inherited, Starlight wrote the sitemap link without the base path
 * (found by tests/build/reproducible.test.ts, whose second build runs in a worker).
 */
const VITE_ENV = ['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR'];
export const withoutViteEnv = (env: NodeJS.ProcessEnv) => Object.fromEntries(Object.entries(env).filter(([k]) => !VITE_ENV.includes(k)));

/** What a build printed, without terminal colours, so messages can be matched. */
export const plainOutput = (r: { stdout: string; stderr: string }) => `${r.stdout}\n${r.stderr}`.replace(/\x1b\[[0-9;]*m/g, '');

export function buildSite(outDir: string, base = TEST_BASE, site = TEST_SITE): { seconds: number; output: string } {
  const started = Date.now();
  const env = withoutViteEnv(process.env);
  const r = spawnSync('npx', ['astro', 'build', '--outDir', outDir], {
    // NODE_ENV: Vitest sets it to "test", which would make Astro build a development bundle.
    env: { ...env, NODE_ENV: 'production', BOOK_BASE: base, BOOK_SITE: site, BOOK_REPO: TEST_REPO, GITHUB_ACTIONS: '' },
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  if (r.status !== 0) {
    throw new Error(`astro build failed (exit ${r.status}):\n${r.stdout.slice(-4000)}\n${r.stderr.slice(-4000)}`);
  }
  return { seconds: (Date.now() - started) / 1000, output: plainOutput(r) };
}
