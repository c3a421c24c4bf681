/**
 * Throwaway copies of the site with content files of their own, built by the real config,
 * components and logic (node_modules is found by walking up from .cache/, which git ignores; a
 * symlinked node_modules confuses Astro's compiler about module paths).
 *
 * - buildFixture: build once and report what the build said (tests of bad input).
 * - fixtureSiteDist: build a named fixture site once and reuse it until anything it is built from
 *   changes (its pages, the project files it copies, the lockfile, this helper). A lock directory
 *   makes test files that ask at the same time, in different workers, wait for one build.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { plainOutput, TEST_BASE, TEST_SITE, withoutViteEnv } from './build-site';


const ROOT = process.cwd();
const CACHE = join(ROOT, '.cache');
/** What a copy takes from the project; content/docs is the fixture's own. */
const SHARED = ['astro.config.mjs', 'content.config.ts', 'route-data.ts', 'tsconfig.json', 'package.json', 'src', 'components', 'public'];

export const MINIMAL_HOME = `---
title: Home
description: The home page of a fixture copy of the book.
---

Home.
`;

/** Copy the project into `dir` with `files` (paths under content/docs) and build it into `outDir`. */
function copyAndBuild(dir: string, files: Record<string, string>, base: string, outDir = join(dir, 'dist'), env: Record<string, string> = {}): { ok: boolean; output: string } {
  for (const name of SHARED) if (existsSync(join(ROOT, name))) cpSync(join(ROOT, name), join(dir, name), { recursive: true });
  for (const [path, text] of Object.entries(files)) {
    const full = join(dir, 'content', 'docs', path);
    mkdirSync(dirname(full), { recursive: true });
    writeFileSync(full, text);
  }
  const r = spawnSync('npx', ['astro', 'build', '--outDir', outDir], {
    cwd: dir,
    encoding: 'utf8',
    // A production build even under Vitest, which sets NODE_ENV=test (Astro would bundle for development).
    // Without Vite's variables that Vitest puts into a worker (BASE_URL=/ would win over the base).
    // No BOOK_REPO: a fixture site is also the build "where no repository is known" (no edit links).
    env: { ...withoutViteEnv(process.env), NODE_ENV: 'production', GITHUB_ACTIONS: '', BOOK_REPO: '', BOOK_BASE: base, BOOK_SITE: TEST_SITE, ...env },
  });
  return { ok: r.status === 0, output: plainOutput(r) };
}

/** Build a copy of the site with these content files once, uncached; says whether it built and what the build printed. */
export function buildFixture(files: Record<string, string>, base = TEST_BASE): { ok: boolean; output: string } {
  mkdirSync(CACHE, { recursive: true });
  const dir = mkdtempSync(join(CACHE, 'fixture-'));
  try {
    return copyAndBuild(dir, files, base);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function filesUnder(path: string): string[] {
  if (!existsSync(path)) return [];
  if (statSync(path).isFile()) return [path];
  return readdirSync(path, { withFileTypes: true })
    .filter((d) => d.name !== 'node_modules' && !d.name.startsWith('.'))
    .flatMap((d) => filesUnder(join(path, d.name)));
}

/** A hash of everything a fixture site is built from. */
function inputHash(files: Record<string, string>, base: string): string {
  const h = createHash('sha256').update(base).update(JSON.stringify(Object.entries(files).sort()));
  const inputs = [...SHARED, 'package-lock.json', 'tests/helpers/fixture-site.ts', 'tests/helpers/build-site.ts'];
  for (const f of inputs.flatMap((i) => filesUnder(join(ROOT, i))).sort()) h.update(f).update(readFileSync(f));
  return h.digest('hex').slice(0, 16);
}

const sleep = (ms: number) => Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);

/**
 * The dist directory of the fixture site `name` with these content files, built with `base`:
 * built on first use and reused while its inputs are unchanged. Throws with the build's output
 * if it fails.
 */
export function fixtureSiteDist(name: string, files: Record<string, string>, base = TEST_BASE): string {
  const cache = join(CACHE, 'fixtures', name);
  const hash = inputHash(files, base);
  const dir = join(cache, hash);
  const done = join(dir, 'done');
  const lock = `${dir}.lock`;
  mkdirSync(cache, { recursive: true });
  const started = Date.now();
  while (!existsSync(done)) {
    try {
      mkdirSync(lock); // atomic: only one process builds
    } catch {
      // Another worker is building; a lock older than five minutes is left over from a crash.
      if (existsSync(lock) && Date.now() - statSync(lock).mtimeMs > 300_000) rmSync(lock, { recursive: true, force: true });
      if (Date.now() - started > 300_000) throw new Error(`waited too long for ${lock}`);
      sleep(500);
      continue;
    }
    try {
      if (existsSync(done)) break;
      // Earlier builds of this fixture are stale.
      for (const old of readdirSync(cache)) if (!old.startsWith(hash)) rmSync(join(cache, old), { recursive: true, force: true });
      rmSync(dir, { recursive: true, force: true });
      const site = join(dir, 'site');
      mkdirSync(site, { recursive: true });
      // A named fixture is a test harness whose "chapters" hold one demo each, not book chapters:
      // the chapter rules (src/lib/chapter-rules.ts) do not apply; every other check does.
      const r = copyAndBuild(site, files, base, join(dir, 'dist'), { BOOK_SKIP_CHAPTER_RULES: '1' });
      if (!r.ok) throw new Error(`fixture site "${name}" did not build:\n${r.output.slice(-6000)}`);
      rmSync(site, { recursive: true, force: true });
      writeFileSync(done, new Date().toISOString());
    } finally {
      rmSync(lock, { recursive: true, force: true });
    }
  }
  return join(dir, 'dist');
}
