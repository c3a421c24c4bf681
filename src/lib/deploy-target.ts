/**
 * Where the site is deployed: Astro's `site` and `base`. Explicit variables win (BOOK_SITE,
 * BOOK_BASE); in GitHub Actions both are derived from the repository so a fork deploys with no
 * edit; locally the base is "/". The repository for edit and report links comes the same way.
 */
export interface DeployTarget {
  site: string | undefined;
  base: string;
  /**
   * The GitHub repository the book is built from, for "Edit this page" and "Report a problem":
   * BOOK_REPO ("owner/name") if set, else in GitHub Actions the repository being built (a fork's
   * own); undefined elsewhere, and then no such link is shown.
   */
  repo: { slug: string; branch: string } | undefined;
}

const REPO = /^[A-Za-z0-9-]+\/[A-Za-z0-9._-]+$/;

/** "Edit this page" base URL (Starlight appends the file's path) and a prefilled new-issue URL. */
export function editBaseUrl(repo: { slug: string; branch: string }): string {
  return `https://github.com/${repo.slug}/edit/${repo.branch}/`;
}

export function reportIssueUrl(repo: { slug: string }, title: string, pageUrl: string): string {
  const q = new URLSearchParams({
    title: `Problem on “${title}”`,
    body: `Page: ${pageUrl}\n\nWhat is wrong, and where on the page:\n\n`,
  });
  return `https://github.com/${repo.slug}/issues/new?${q.toString()}`;
}

/**
 * The 404 page's "Report a problem" link, rewritten in the reader's browser: the build can only
 * name the 404 page itself, while what the reader needs to report is the address that was not
 * found (and the page that linked to it, when the browser says).
 */
export function missingPageReportUrl(reportHref: string, address: string, referrer = ''): string {
  const url = new URL(reportHref);
  url.searchParams.set('title', `Missing page: ${new URL(address).pathname}`);
  url.searchParams.set('body', `Address not found: ${address}\n${referrer ? `Linked from: ${referrer}\n` : ''}\nWhat you were looking for:\n\n`);
  return url.toString();
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
  const actionsRepo = env.GITHUB_REPOSITORY;
  if (env.GITHUB_ACTIONS === 'true' && actionsRepo && actionsRepo.includes('/')) {
    const [owner, name] = actionsRepo.split('/') as [string, string];
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
  let repo: DeployTarget['repo'];
  const explicit = env.BOOK_REPO?.trim();
  const slug = explicit || (env.GITHUB_ACTIONS === 'true' ? env.GITHUB_REPOSITORY : undefined);
  if (slug) {
    if (!REPO.test(slug)) throw new Error(`BOOK_REPO "${slug}" must be a GitHub repository as owner/name`);
    // The branch the book is built from: BOOK_REPO_BRANCH, else the pushed branch in Actions, else main.
    const pushed = env.GITHUB_ACTIONS === 'true' && env.GITHUB_REF_TYPE === 'branch' && !env.GITHUB_BASE_REF ? env.GITHUB_REF_NAME : undefined;
    repo = { slug, branch: env.BOOK_REPO_BRANCH?.trim() || env.GITHUB_BASE_REF || pushed || 'main' };
  }
  return { site, base: base ?? '/', repo };
}
