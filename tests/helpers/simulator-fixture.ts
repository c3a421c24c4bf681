/**
 * A throwaway copy of the site whose one extra page shows every simulator (the chapters that will
 * hold them may not exist yet), built once and shared by the build and browser tests of the
 * simulators. The build is cached under .cache/ by a hash of everything it depends on, and guarded
 * by a lock directory so two test files running at once build it only once.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { TEST_BASE, TEST_SITE } from './build-site';
import { MINIMAL_HOME } from './fixture-site';

const ROOT = process.cwd();
const INPUTS = ['astro.config.mjs', 'content.config.ts', 'route-data.ts', 'tsconfig.json', 'package.json', 'src', 'components', 'public'];

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

function files(dir: string): string[] {
  if (!existsSync(dir)) return [];
  if (statSync(dir).isFile()) return [dir];
  return readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.name !== 'node_modules' && !d.name.startsWith('.'))
    .flatMap((d) => files(join(dir, d.name)));
}

function inputHash(): string {
  const h = createHash('sha256').update(FIXTURE_PAGE);
  // This file is hashed too: a change to how the fixture is built must rebuild it.
  const hashed = [...INPUTS, 'package-lock.json', 'tests/helpers/simulator-fixture.ts', 'tests/helpers/build-site.ts'];
  for (const f of hashed.flatMap((i) => files(join(ROOT, i))).sort()) h.update(f).update(readFileSync(f));
  return h.digest('hex').slice(0, 16);
}

const sleep = (ms: number) => Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);

/** Build (or reuse) the fixture site and return its dist directory, built with base /course-test/. */
export function simulatorFixtureDist(): string {
  const cache = join(ROOT, '.cache', 'sim-fixture');
  const dir = join(cache, inputHash());
  const dist = join(dir, 'dist');
  const done = join(dir, 'done');
  const lock = join(dir + '.lock');
  mkdirSync(cache, { recursive: true });
  const started = Date.now();
  while (!existsSync(done)) {
    try {
      mkdirSync(lock); // atomic: only one process builds
    } catch {
      if (Date.now() - started > 180_000) throw new Error(`waited too long for ${lock}`);
      sleep(500);
      continue;
    }
    try {
      for (const old of readdirSync(cache)) if (!old.startsWith(dir.split('/').pop() as string)) rmSync(join(cache, old), { recursive: true, force: true });
      const site = join(dir, 'site');
      rmSync(dir, { recursive: true, force: true });
      mkdirSync(join(site, 'content', 'docs'), { recursive: true });
      for (const name of INPUTS) if (existsSync(join(ROOT, name))) cpSync(join(ROOT, name), join(site, name), { recursive: true });
      // A minimal home page: the real one links to chapters this copy does not have.
      writeFileSync(join(site, 'content', 'docs', 'index.mdx'), MINIMAL_HOME);
      writeFileSync(join(site, 'content', 'docs', 'contributing.mdx'), FIXTURE_PAGE);
      const r = spawnSync('npx', ['astro', 'build', '--outDir', dist], {
        cwd: site,
        encoding: 'utf8',
        // A production build even under vitest, which sets NODE_ENV=test.
        env: { ...process.env, NODE_ENV: 'production', BOOK_BASE: TEST_BASE, BOOK_SITE: TEST_SITE, GITHUB_ACTIONS: '' },
      });
      if (r.status !== 0) throw new Error(`fixture build failed:\n${r.stdout.slice(-3000)}\n${r.stderr.slice(-3000)}`);
      rmSync(site, { recursive: true, force: true });
      writeFileSync(done, new Date().toISOString());
    } finally {
      rmSync(lock, { recursive: true, force: true });
    }
  }
  return dist;
}
