import { describe, expect, it } from 'vitest';
import { deployTarget, normalizeBase } from '../../src/lib/deploy-target';

describe('deployTarget', () => {
  it('serves from the root locally', () => {
    expect(deployTarget({})).toEqual({ site: undefined, base: '/' });
  });

  it('derives a project-pages site and base in GitHub Actions', () => {
    expect(deployTarget({ GITHUB_ACTIONS: 'true', GITHUB_REPOSITORY: 'Prof-Li/virt-book' })).toEqual({
      site: 'https://prof-li.github.io',
      base: '/virt-book/',
    });
  });

  it('deploys user or organization pages at the root', () => {
    expect(deployTarget({ GITHUB_ACTIONS: 'true', GITHUB_REPOSITORY: 'os-course/OS-Course.github.io' })).toEqual({
      site: 'https://os-course.github.io',
      base: '/',
    });
  });

  it('lets explicit variables win over the repository', () => {
    expect(
      deployTarget({ GITHUB_ACTIONS: 'true', GITHUB_REPOSITORY: 'a/b', BOOK_SITE: 'https://book.example.edu', BOOK_BASE: 'virt' }),
    ).toEqual({ site: 'https://book.example.edu', base: '/virt/' });
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
});
