/**
 * A throwaway copy of the site whose pages each hold one demo, built once per test run and shared
 * by the build tests and the browser tests of the demos (they run in different workers, so the
 * first to arrive builds under a lock and the other waits). The demos are tested on their own
 * pages, whether or not a chapter uses them yet; the preface is the page without any demo.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { MINIMAL_HOME } from './fixture-site';

const ROOT = process.cwd();
const SHARED = ['astro.config.mjs', 'content.config.ts', 'route-data.ts', 'tsconfig.json', 'package.json', 'src', 'components', 'public', 'diagrams'];
export const DEMO_BASE = '/demo-test/';

const page = (title: string, body: string) => `---
title: ${title}
description: A test page holding the ${title} on its own.
---

${body}
`;

/** Page id → MDX. Components are imported under local names so auto-import cannot clash. */
export const DEMO_PAGES: Record<string, string> = {
  'lightweight/boot': page(
    'boot comparison demo',
    `import DemoBoot from '../../../components/demos/BootComparison.astro';

<Figure id="fig:boot" caption="Start-up time and overhead.">

<DemoBoot />

</Figure>`,
  ),
  'lightweight/density': page(
    'density calculator demo',
    `import DemoDensity from '../../../components/demos/DensityCalculator.astro';

<Figure id="fig:density" caption="Instances per host.">

<DemoDensity />

</Figure>`,
  ),
  'lightweight/features': page(
    'feature matrix demo',
    `import DemoFeatures from '../../../components/demos/FeatureMatrix.astro';

<Figure id="tab:features" caption="Features of OS-level virtualization.">

<DemoFeatures />

</Figure>`,
  ),
  'foundations/timeline': page(
    'timeline demo',
    `import DemoTimeline from '../../../components/demos/Timeline.astro';

<Figure id="fig:timeline" caption="Milestones.">

<DemoTimeline />

</Figure>`,
  ),
};

const FILES: Record<string, string> = {
  'index.mdx': MINIMAL_HOME,
  // The baseline: a page with a numbered figure (the apparatus) but no demo.
  'preface.mdx': page(
    'preface without a demo',
    `A page with no demo on it.

<Figure id="tab:plain" caption="A plain table.">

| a | b |
| - | - |
| 1 | 2 |

</Figure>`,
  ),
  'lightweight/01-boot.mdx': DEMO_PAGES['lightweight/boot']!,
  'lightweight/02-density.mdx': DEMO_PAGES['lightweight/density']!,
  'lightweight/03-features.mdx': DEMO_PAGES['lightweight/features']!,
  'foundations/01-timeline.mdx': DEMO_PAGES['foundations/timeline']!,
};

const CACHE = join(ROOT, '.cache', 'demo-site');
const LOCK = join(ROOT, '.cache', 'demo-site.lock');
const MARK = join(CACHE, 'built-for');

/** The vitest run this worker belongs to: workers of one run share their parent process. */
function runKey(): string {
  return String(process.env.VITEST_DEMO_RUN ?? process.ppid);
}

function build(): void {
  rmSync(CACHE, { recursive: true, force: true });
  const src = join(CACHE, 'src-copy');
  mkdirSync(src, { recursive: true });
  for (const name of SHARED) if (existsSync(join(ROOT, name))) cpSync(join(ROOT, name), join(src, name), { recursive: true });
  for (const [path, text] of Object.entries(FILES)) {
    const full = join(src, 'content', 'docs', path);
    mkdirSync(join(full, '..'), { recursive: true });
    writeFileSync(full, text);
  }
  const r = spawnSync('npx', ['astro', 'build', '--outDir', join(CACHE, 'dist')], {
    cwd: src,
    encoding: 'utf8',
    // NODE_ENV=test (set by Vitest) changes what Astro bundles: build as production does.
    env: { ...process.env, NODE_ENV: 'production', GITHUB_ACTIONS: '', BOOK_BASE: DEMO_BASE, BOOK_SITE: 'https://example.github.io' },
  });
  if (r.status !== 0) throw new Error(`demo site build failed:\n${r.stdout.slice(-4000)}\n${r.stderr.slice(-4000)}`);
  writeFileSync(MARK, runKey());
}

/** Build the demo site unless this run already has; returns the dist directory. */
export async function demoSiteDist(): Promise<string> {
  const dist = join(CACHE, 'dist');
  const fresh = () => existsSync(MARK) && readFileSync(MARK, 'utf8') === runKey();
  mkdirSync(join(ROOT, '.cache'), { recursive: true });
  for (let waited = 0; waited < 300_000; waited += 500) {
    if (fresh()) return dist;
    try {
      mkdirSync(LOCK);
    } catch {
      // Another worker is building; a lock older than five minutes is left over from a crash.
      if (Date.now() - statSync(LOCK).mtimeMs > 300_000) rmSync(LOCK, { recursive: true, force: true });
      await sleep(500);
      continue;
    }
    try {
      if (!fresh()) build();
      return dist;
    } finally {
      rmSync(LOCK, { recursive: true, force: true });
    }
  }
  throw new Error('timed out waiting for the demo site build');
}

/** The dist file of a page id. */
export function demoPageFile(id: string): string {
  return `${id}/index.html`;
}
