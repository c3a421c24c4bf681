/**
 * Global setup for build and browser tests: build the site once per run under a non-root base into
 * a temporary directory, and serve it on localhost. Set BOOK_TEST_DIST to reuse an existing build
 * made with base /course-test/ (handy while writing tests; CI always builds afresh).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { buildSite, TEST_BASE } from './build-site';
import { serveStatic } from './static-server';

declare module 'vitest' {
  export interface ProvidedContext {
    distDir: string;
    siteUrl: string;
    base: string;
  }
}

export default async function setup(project: TestProject) {
  let dist = process.env.BOOK_TEST_DIST;
  let temp: string | undefined;
  if (!dist) {
    temp = mkdtempSync(join(tmpdir(), 'book-dist-'));
    dist = join(temp, 'dist');
    buildSite(dist);
  }
  const server = await serveStatic(dist, TEST_BASE);
  project.provide('distDir', dist);
  project.provide('siteUrl', server.url);
  project.provide('base', TEST_BASE);
  return async () => {
    await server.close();
    if (temp) rmSync(temp, { recursive: true, force: true });
  };
}
