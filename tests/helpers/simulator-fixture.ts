/**
 * A throwaway copy of the site whose one extra page shows every simulator (the chapters that will
 * hold them may not exist yet), shared by the build and browser tests of the simulators (built once
 * by fixtureSiteDist and reused while nothing it is built from changes).
 */
import { TEST_BASE } from './build-site';
import { fixtureSiteDist, MINIMAL_HOME } from './fixture-site';

/** The fixture page: each simulator with its defaults, plus variants set through props. */
export const FIXTURE_PAGE = `---
title: Contributing
description: A fixture page that shows every simulator, for the tests.
---
import SimTrap from '../../components/simulators/TrapStepper.astro';
import SimExit from '../../components/simulators/ExitCost.astro';
import SimWalk from '../../components/simulators/PageWalk.astro';
import SimCold from '../../components/simulators/ColdStart.astro';

## Trap stepper

<SimTrap />

## Trap stepper on x86 without VT-x

<SimTrap technique="x86-trap" />

## Exit cost

<SimExit />

## Page walk

<SimWalk />

## Cold start

<SimCold />

## Cold start in a container

<SimCold sandbox="container" />
`;

/** The page's path in the built site. */
export const FIXTURE_PATH = 'contributing/';

/** Build (or reuse) the fixture site and return its dist directory, built with base /course-test/. */
export function simulatorFixtureDist(): string {
  // A minimal home page: the real one links to chapters this copy does not have.
  return fixtureSiteDist('simulators', { 'index.mdx': MINIMAL_HOME, 'contributing.mdx': FIXTURE_PAGE }, TEST_BASE);
}
