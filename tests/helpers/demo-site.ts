/**
 * A throwaway copy of the site whose pages each hold one demo, shared by the build tests and the
 * browser tests of the demos (built once by fixtureSiteDist and reused while nothing it is built
 * from changes). The demos are tested on their own pages, whether or not a chapter uses them yet;
 * the preface is the page without any demo.
 */
import { fixtureSiteDist, MINIMAL_HOME } from './fixture-site';

export const DEMO_BASE = '/demo-test/';

const page = (title: string, body: string) => `---
title: ${title}
description: A test page holding the ${title} on its own.
---

${body}
`;

/** Page id → MDX. Components are imported under local names so auto-import cannot clash. */
const DEMO_PAGES: Record<string, string> = {
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

/** Build the demo site unless it is built already; returns the dist directory. */
export async function demoSiteDist(): Promise<string> {
  return fixtureSiteDist('demo-site', FILES, DEMO_BASE);
}

/** The dist file of a page id. */
export function demoPageFile(id: string): string {
  return `${id}/index.html`;
}
