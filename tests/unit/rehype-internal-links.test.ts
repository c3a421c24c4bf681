import type { Root } from 'hast';
import { describe, expect, it } from 'vitest';
import rehypeInternalLinks, { splitLink, withBase } from '../../src/lib/rehype-internal-links';

const pages = new Set(['/', '/preface/', '/glossary/', '/system/cpu/']);
const file = { path: `${process.cwd()}/content/docs/system/01-cpu.mdx` };

function link(href: string, tagName = 'a'): Root {
  const attr = tagName === 'a' ? 'href' : 'src';
  return {
    type: 'root',
    children: [{ type: 'element', tagName, properties: { [attr]: href }, children: [], position: { start: { line: 7, column: 3, offset: 0 }, end: { line: 7, column: 20, offset: 0 } } }],
  };
}
function run(tree: Root, base = '/course/') {
  rehypeInternalLinks({ base, pages })(tree, file);
  const el = tree.children[0] as { properties: Record<string, unknown> };
  return el.properties.href ?? el.properties.src;
}

describe('rehypeInternalLinks', () => {
  it('prefixes root-relative links with the base, keeping the hash', () => {
    expect(run(link('/glossary/#hypervisor'))).toBe('/course/glossary/#hypervisor');
    expect(run(link('/system/cpu'))).toBe('/course/system/cpu/');
    expect(run(link('/'))).toBe('/course/');
  });

  it('leaves external links, hashes and a root base alone', () => {
    expect(run(link('https://doi.org/10.1145/361011.361073'))).toBe('https://doi.org/10.1145/361011.361073');
    expect(run(link('#summary'))).toBe('#summary');
    expect(run(link('/preface/'), '/')).toBe('/preface/');
  });

  it('prefixes images too', () => {
    expect(run(link('/images/x.png', 'img'))).toBe('/course/images/x.png');
  });

  it('fails on a relative link, naming file and line', () => {
    expect(() => run(link('../glossary/'))).toThrow('content/docs/system/01-cpu.mdx:7:3: relative link "../glossary/"');
  });

  it('fails on a link to a page that does not exist', () => {
    expect(() => run(link('/system/gpu/'))).toThrow('content/docs/system/01-cpu.mdx:7:3: link to "/system/gpu/": no page has the path /system/gpu/');
  });
});

describe('splitLink and withBase', () => {
  it('splits a link and adds the trailing slash pages have', () => {
    expect(splitLink('/a/b?x=1#y')).toEqual({ path: '/a/b/', hash: '?x=1#y' });
    expect(splitLink('/favicon.svg')).toEqual({ path: '/favicon.svg', hash: '' });
  });
  it('joins base and path without a double slash', () => {
    expect(withBase('/x/', '/course/')).toBe('/course/x/');
    expect(withBase('/x/', '/')).toBe('/x/');
  });
});
