/**
 * A throwaway copy of the site whose one page holds every demo and every simulator, built once and
 * reused while nothing it is built from changes. The page is English; the Chinese edition serves it
 * under /zh-cn/ (Starlight's fallback), where each widget takes the page's language from the URL —
 * as on a translated chapter, which keeps the demo tags unchanged.
 */
import { TEST_BASE } from './build-site';
import { fixtureSiteDist, MINIMAL_HOME } from './fixture-site';

export const WIDGETS_PAGE = `---
title: Contributing
description: A fixture page that shows every demo and simulator, for the tests of their languages.
---
import WTrap from '../../components/simulators/TrapStepper.astro';
import WExit from '../../components/simulators/ExitCost.astro';
import WWalk from '../../components/simulators/PageWalk.astro';
import WCold from '../../components/simulators/ColdStart.astro';
import WMigration from '../../components/simulators/Migration.astro';
import WBoot from '../../components/demos/BootComparison.astro';
import WDensity from '../../components/demos/DensityCalculator.astro';
import WFeatures from '../../components/demos/FeatureMatrix.astro';
import WTimeline from '../../components/demos/Timeline.astro';

<WTrap />

<WExit />

<WWalk />

<WCold />

<WMigration />

<WBoot />

<WDensity />

<WFeatures />

<WTimeline />
`;

/** The page's path in each edition. */
export const WIDGETS_PATH = { en: 'contributing/', 'zh-cn': 'zh-cn/contributing/' } as const;

/** The custom elements on the page, one per widget. */
export const WIDGET_TAGS = ['trap-stepper', 'exit-cost', 'page-walk', 'cold-start', 'pre-copy-migration', 'boot-comparison', 'density-calculator', 'feature-matrix', 'history-timeline'] as const;

/** Build (or reuse) the fixture site and return its dist directory, built with base /course-test/. */
export function widgetsFixtureDist(): string {
  return fixtureSiteDist('widgets', { 'index.mdx': MINIMAL_HOME, 'contributing.mdx': WIDGETS_PAGE }, TEST_BASE);
}
