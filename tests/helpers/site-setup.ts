/**
 * Global setup for build and browser tests: build the site once per run under a non-root base into
 * a temporary directory, serve it on localhost, and start the one Chromium the browser tests share. Set BOOK_TEST_DIST to reuse an existing build
 * made with base /course-test/ (handy while writing tests; CI always builds afresh).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { launchBrowserServer } from './browser';
import { buildSite, TEST_BASE } from './build-site';
import { serveStatic } from './static-server';

declare module 'vitest' {
  export interface ProvidedContext {
    distDir: string;
    siteUrl: string;
    base: string;
    /** Where the shared Chromium listens (playwright's chromium.connect). */
    browserWSEndpoint: string;
    /** What the build printed (colours removed), or null when BOOK_TEST_DIST reuses a build. */
    buildOutput: string | null;
  }
}

export default async function setup(project: TestProject) {
  let dist = process.env.BOOK_TEST_DIST;
  let temp: string | undefined;
  let output: string | null = null;
  if (!dist) {
    temp = mkdtempSync(join(tmpdir(), 'book-dist-'));
    dist = join(temp, 'dist');
    output = buildSite(dist).output;
  }
  project.provide('buildOutput', output);
  const server = await serveStatic(dist, TEST_BASE);
  const browser = await launchBrowserServer();
  project.provide('browserWSEndpoint', browser.wsEndpoint());
  project.provide('distDir', dist);
  project.provide('siteUrl', server.url);
  project.provide('base', TEST_BASE);
  return async () => {
    await browser.close();
    await server.close();
    if (temp) rmSync(temp, { recursive: true, force: true });
  };
}
