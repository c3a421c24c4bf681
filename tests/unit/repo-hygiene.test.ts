/**
 * Supply-chain hygiene of the repository itself: Dependabot watches both the npm packages and the
 * GitHub Actions; every action is pinned to a major version or a commit; every workflow starts
 * from read-only permissions and grants more only to the job that needs it.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const dir = '.github/workflows';
const workflows = readdirSync(dir)
  .filter((f) => /\.ya?ml$/.test(f))
  .map((f) => ({ file: f, text: readFileSync(join(dir, f), 'utf8') }));

/** Permissions a job may be granted beyond read, and why. */
const ALLOWED_WRITE: Record<string, string> = {
  pages: 'publishing to GitHub Pages (deploy job only)',
  'id-token': 'the OIDC token actions/deploy-pages uses to prove who deploys',
};

describe('repository hygiene', () => {
  it('has Dependabot updates for npm and for GitHub Actions', () => {
    const config = readFileSync('.github/dependabot.yml', 'utf8');
    const ecosystems = [...config.matchAll(/package-ecosystem:\s*["']?([\w-]+)/g)].map((m) => m[1]);
    expect(ecosystems).toEqual(expect.arrayContaining(['npm', 'github-actions']));
    expect(config).toMatch(/interval:\s*["']?(daily|weekly|monthly)/);
  });

  it('finds the workflows', () => {
    expect(workflows.map((w) => w.file)).toEqual(expect.arrayContaining(['deploy.yml', 'test.yml']));
  });

  for (const { file, text } of workflows) {
    it(`${file}: pins every action to a major version or a commit`, () => {
      const uses = [...text.matchAll(/^\s*(?:-\s*)?uses:\s*["']?([^\s"'#]+)/gm)].map((m) => m[1]!);
      expect(uses.length).toBeGreaterThan(0);
      const loose = uses.filter((u) => !u.startsWith('./') && !/@(v\d+(\.\d+){0,2}|[0-9a-f]{40})$/.test(u));
      expect(loose, 'actions on a branch or with no version').toEqual([]);
    });

    it(`${file}: reads only, unless a job needs a named write permission`, () => {
      // Top-level permissions come before "jobs:" at column 0.
      const top = text.slice(0, text.search(/^jobs:/m));
      expect(top, 'a top-level permissions block').toMatch(/^permissions:\s*\n(\s+[\w-]+:\s*(read|none)\s*\n)+/m);
      expect(text).not.toMatch(/permissions:\s*(write-all|read-all)/);
      const writes = [...text.matchAll(/^\s+([\w-]+):\s*write\s*$/gm)].map((m) => m[1]!);
      expect(writes.filter((w) => !(w in ALLOWED_WRITE)), 'write permissions with no reason here').toEqual([]);
    });
  }
});
