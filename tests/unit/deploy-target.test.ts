import { describe, expect, it } from 'vitest';
import { deployTarget, editBaseUrl, missingPageReportUrl, normalizeBase, reportIssueUrl } from '../../src/lib/deploy-target';

describe('deployTarget', () => {
  it('serves from the root locally', () => {
    expect(deployTarget({})).toEqual({ site: undefined, base: '/', repo: undefined });
  });

  it('derives a project-pages site and base in GitHub Actions', () => {
    expect(deployTarget({ GITHUB_ACTIONS: 'true', GITHUB_REPOSITORY: 'Prof-Li/virt-book' })).toEqual({
      site: 'https://prof-li.github.io',
      base: '/virt-book/',
      repo: { slug: 'Prof-Li/virt-book', branch: 'main' },
    });
  });

  it('deploys user or organization pages at the root', () => {
    expect(deployTarget({ GITHUB_ACTIONS: 'true', GITHUB_REPOSITORY: 'os-course/OS-Course.github.io' })).toEqual({
      site: 'https://os-course.github.io',
      base: '/',
      repo: { slug: 'os-course/OS-Course.github.io', branch: 'main' },
    });
  });

  it('lets explicit variables win over the repository', () => {
    expect(
      deployTarget({ GITHUB_ACTIONS: 'true', GITHUB_REPOSITORY: 'a/b', BOOK_SITE: 'https://book.example.edu', BOOK_BASE: 'virt' }),
    ).toEqual({ site: 'https://book.example.edu', base: '/virt/', repo: { slug: 'a/b', branch: 'main' } });
  });

  it('rejects a site that is not an http(s) URL', () => {
    expect(() => deployTarget({ BOOK_SITE: 'book.example.edu' })).toThrow(/BOOK_SITE "book.example.edu" is not an http\(s\) URL/);
  });
});

describe('normalizeBase', () => {
  it('adds the slashes and folds repeated ones', () => {
    expect(normalizeBase('course')).toBe('/course/');
    expect(normalizeBase('//a//b/')).toBe('/a/b/');
    expect(normalizeBase('/')).toBe('/');
  });
  it('rejects characters that do not belong in a path', () => {
    expect(() => normalizeBase('/a b/')).toThrow(/only URL path characters/);
  });

  it('knows no repository outside GitHub Actions unless BOOK_REPO says', () => {
    expect(deployTarget({ GITHUB_REPOSITORY: 'a/b' }).repo).toBeUndefined();
    expect(deployTarget({ BOOK_REPO: 'dept/virt-book' }).repo).toEqual({ slug: 'dept/virt-book', branch: 'main' });
    expect(deployTarget({ BOOK_REPO: 'dept/virt-book', BOOK_REPO_BRANCH: 'fall-2027' }).repo).toEqual({ slug: 'dept/virt-book', branch: 'fall-2027' });
    expect(() => deployTarget({ BOOK_REPO: 'https://github.com/dept/virt-book' })).toThrow(/BOOK_REPO .* owner\/name/);
  });

  it('edits the branch a fork pushed, in GitHub Actions', () => {
    const env = { GITHUB_ACTIONS: 'true', GITHUB_REPOSITORY: 'ta/virt', GITHUB_REF_TYPE: 'branch', GITHUB_REF_NAME: 'spring' };
    expect(deployTarget(env).repo).toEqual({ slug: 'ta/virt', branch: 'spring' });
    expect(editBaseUrl(deployTarget(env).repo!)).toBe('https://github.com/ta/virt/edit/spring/');
  });

  it('prefills a new issue with the page title and URL', () => {
    const url = new URL(reportIssueUrl({ slug: 'ta/virt' }, 'CPU virtualization', 'https://ta.github.io/virt/system/cpu-virtualization/'));
    expect(url.origin + url.pathname).toBe('https://github.com/ta/virt/issues/new');
    expect(url.searchParams.get('title')).toContain('CPU virtualization');
    expect(url.searchParams.get('body')).toContain('https://ta.github.io/virt/system/cpu-virtualization/');
  });
});

describe('missingPageReportUrl', () => {
  const report = reportIssueUrl({ slug: 'someone/book' }, '404', 'https://someone.github.io/book/404/');
  it('reports the address that was not found, and the page that linked to it', () => {
    const url = new URL(missingPageReportUrl(report, 'https://someone.github.io/book/zh-cn/old-chapter/', 'https://someone.github.io/book/preface/'));
    expect(url.origin + url.pathname).toBe('https://github.com/someone/book/issues/new');
    expect(url.searchParams.get('title')).toBe('Missing page: /book/zh-cn/old-chapter/');
    expect(url.searchParams.get('body')).toBe('Address not found: https://someone.github.io/book/zh-cn/old-chapter/\nLinked from: https://someone.github.io/book/preface/\n\nWhat you were looking for:\n\n');
  });
  it('leaves out the referrer when the browser gives none', () => {
    const body = new URL(missingPageReportUrl(report, 'https://someone.github.io/book/x/')).searchParams.get('body');
    expect(body).toBe('Address not found: https://someone.github.io/book/x/\n\nWhat you were looking for:\n\n');
  });
});
