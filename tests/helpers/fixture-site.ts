/**
 * Builds a throwaway copy of the site with the given content files, to test what the build says
 * about bad input. The copy shares node_modules and the real config, components and logic.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

const ROOT = process.cwd();
const SHARED = ['astro.config.mjs', 'content.config.ts', 'route-data.ts', 'tsconfig.json', 'package.json', 'src', 'components', 'public'];

export function buildFixture(files: Record<string, string>): { ok: boolean; output: string } {
  // Inside the project (git-ignored .cache/), so Node finds node_modules by walking up; a
  // symlinked node_modules confuses Astro's compiler about module paths.
  mkdirSync(join(ROOT, '.cache'), { recursive: true });
  const dir = mkdtempSync(join(ROOT, '.cache', 'fixture-'));
  try {
    for (const name of SHARED) {
      try {
        cpSync(join(ROOT, name), join(dir, name), { recursive: true });
      } catch {
        /* optional entries may not exist yet */
      }
    }
    for (const [path, text] of Object.entries(files)) {
      const full = join(dir, 'content', 'docs', path);
      mkdirSync(dirname(full), { recursive: true });
      writeFileSync(full, text);
    }
    const r = spawnSync('npx', ['astro', 'build'], { cwd: dir, encoding: 'utf8', env: { ...process.env, NODE_ENV: 'production', GITHUB_ACTIONS: '', BOOK_BASE: '/course-test/' } });
    // Strip terminal colours so messages can be matched.
    const output = `${r.stdout}\n${r.stderr}`.replace(/\x1b\[[0-9;]*m/g, '');
    return { ok: r.status === 0, output };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export const MINIMAL_HOME = `---
title: Home
description: The home page of a fixture copy of the book.
---

Home.
`;
