/**
 * Reproducible builds: building the same commit again gives byte-identical files in dist/, so a
 * deployed book can be checked against its source and a diff of two builds shows only real
 * changes. Compares the shared test build with one more build made now.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, sep } from 'node:path';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { buildSite } from '../helpers/build-site';

/**
 * Files allowed to differ between two builds of one commit, because they carry the time of the
 * build. None does today: "last updated" dates come from each file's last commit, not the clock,
 * and neither the sitemap (no <lastmod>) nor the Pagefind index records a build time. Add an entry
 * here only with the reason, e.g. { path: /^feed\.xml$/, why: 'the feed states its build date' }.
 */
const DATED: { path: RegExp; why: string }[] = [];

function listFiles(root: string): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const d of readdirSync(dir, { withFileTypes: true })) {
      const full = join(dir, d.name);
      if (d.isDirectory()) walk(full);
      else out.push(relative(root, full).split(sep).join('/'));
    }
  };
  walk(root);
  return out.sort();
}

/** Where two byte strings first differ, with a little context: for a readable failure. */
function firstDifference(a: Buffer, b: Buffer): string {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  const show = (buf: Buffer) => JSON.stringify(buf.subarray(Math.max(0, i - 40), i + 40).toString('utf8'));
  return `at byte ${i}: ${show(a)} vs ${show(b)}`;
}

const shared = inject('distDir');
const temp = mkdtempSync(join(tmpdir(), 'book-repro-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

describe('reproducible build', () => {
  it('builds the same files, byte for byte, a second time', { timeout: 600_000 }, () => {
    // A reused build (BOOK_TEST_DIST) may come from another tree: then build both copies here.
    let first = shared;
    if (process.env.BOOK_TEST_DIST) {
      first = join(temp, 'first');
      buildSite(first);
    }
    const second = join(temp, 'second');
    buildSite(second);

    const allowed = (file: string) => DATED.some((d) => d.path.test(file));
    const a = listFiles(first);
    const b = listFiles(second);
    expect(b, 'the same file names').toEqual(a);
    expect(a.length).toBeGreaterThan(10);
    const differing: string[] = [];
    for (const file of a) {
      if (allowed(file)) continue;
      const x = readFileSync(join(first, file));
      const y = readFileSync(join(second, file));
      if (!x.equals(y)) differing.push(`${file} ${firstDifference(x, y)}`);
    }
    expect(differing, 'files that differ between two builds of one commit').toEqual([]);
  });
});
