import { describe, expect, it } from 'vitest';
import { definedElements, executedBytes, gzipSize, importsOf, kindOf, MERMAID_CODE } from '../bench/measure';

describe('benchmark measures', () => {
  it('gzips: repetitive text shrinks, and the size is of the compressed bytes', () => {
    const text = 'virtualization '.repeat(1000);
    expect(gzipSize(text)).toBeLessThan(200);
    expect(gzipSize(text)).toBeGreaterThan(20);
  });

  it('tells resource kinds apart by type, then by extension', () => {
    expect(kindOf('http://x/course-test/', 'text/html')).toBe('html');
    expect(kindOf('http://x/a/_astro/page.js', '')).toBe('js');
    expect(kindOf('http://x/a/favicon.svg', 'image/svg+xml')).toBe('svg');
    expect(kindOf('http://x/a/f.woff2', 'application/octet-stream')).toBe('font');
    expect(kindOf('http://x/a/common.css', 'text/css')).toBe('css');
    expect(kindOf('http://x/a/pagefind/pagefind-entry.json', 'application/json')).toBe('other');
  });

  it('counts executed bytes with inner ranges overriding outer ones', () => {
    // A 100-byte script ran; the function at 20..50 never did, but 30..40 inside it did (a count
    // cannot be higher inside a function that never ran in real coverage, but nesting must win).
    const functions = [
      { ranges: [{ startOffset: 0, endOffset: 100, count: 1 }] },
      { ranges: [{ startOffset: 20, endOffset: 50, count: 0 }] },
      { ranges: [{ startOffset: 60, endOffset: 70, count: 0 }] },
    ];
    expect(executedBytes(100, functions)).toBe(100 - 30 - 10);
    expect(executedBytes(100, [{ ranges: [{ startOffset: 0, endOffset: 100, count: 0 }] }])).toBe(0);
  });

  it('finds static and dynamic imports in minified output', () => {
    const code = 'import{t as e}from"./html.CKuHtFmo.js";import"./side.js";export{a}from"../x/y.js";const u=()=>import("./ui-core.CT4nq8aa.js");import(`/course-test/pagefind/pagefind-highlight.js`)';
    const found = importsOf(code);
    expect(found.static.sort()).toEqual(['../x/y.js', './html.CKuHtFmo.js', './side.js']);
    expect(found.dynamic.sort()).toEqual(['./ui-core.CT4nq8aa.js', '/course-test/pagefind/pagefind-highlight.js']);
    expect(importsOf('const s="import x from ./nope"').static).toEqual([]);
  });

  it('names the custom elements a script defines', () => {
    expect(definedElements('customElements.define(`cold-start`,x);customElements.define("bk-quiz",Q)')).toEqual(['cold-start', 'bk-quiz']);
  });

  it('recognises Mermaid’s code but not a selector naming the diagram wrapper', () => {
    expect(MERMAID_CODE.test('var e=`.sl-markdown-content table, .mermaid-diagram`')).toBe(false);
    expect(MERMAID_CODE.test('const t={securityLevel:"strict"};mermaidAPI.render()')).toBe(true);
  });
});
