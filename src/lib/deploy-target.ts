/**
 * Where the site is deployed: Astro's `site` and `base`. Explicit variables win (BOOK_SITE,
 * BOOK_BASE); in GitHub Actions both are derived from the repository so a fork deploys with no
 * edit; locally the base is "/".
 */
export interface DeployTarget {
  site: string | undefined;
  base: string;
}

export function normalizeBase(base: string): string {
  const trimmed = base.trim();
  if (!/^[A-Za-z0-9/_.~-]*$/.test(trimmed)) throw new Error(`BOOK_BASE "${base}" may hold only URL path characters`);
  const parts = trimmed.split('/').filter(Boolean);
  return parts.length ? `/${parts.join('/')}/` : '/';
}

export function deployTarget(env: Record<string, string | undefined>): DeployTarget {
  let site = env.BOOK_SITE?.trim() || undefined;
  let base = env.BOOK_BASE !== undefined && env.BOOK_BASE.trim() !== '' ? normalizeBase(env.BOOK_BASE) : undefined;
  const repo = env.GITHUB_REPOSITORY;
  if (env.GITHUB_ACTIONS === 'true' && repo && repo.includes('/')) {
    const [owner, name] = repo.split('/') as [string, string];
    const userSite = name.toLowerCase() === `${owner.toLowerCase()}.github.io`;
    site ??= `https://${owner.toLowerCase()}.github.io`;
    base ??= userSite ? '/' : `/${name}/`;
  }
  if (site !== undefined) {
    try {
      const u = new URL(site);
      if (u.protocol !== 'https:' && u.protocol !== 'http:') throw new Error();
    } catch {
      throw new Error(`BOOK_SITE "${site}" is not an http(s) URL`);
    }
  }
  return { site, base: base ?? '/' };
}
