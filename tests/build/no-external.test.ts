/**
 * Nothing in the built site loads a file from another origin: no script, stylesheet, font or image
 * URL that starts with http(s):// or //, in HTML, CSS or SVG. Readers behind networks that block
 * foreign CDNs get the whole book, and no third party learns who reads it. Links a reader follows
 * (<a href>) and metadata that browsers do not fetch (canonical URL, Open Graph) are not loads.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { parse } from 'node-html-parser';
import { describe, expect, inject, it } from 'vitest';

const dist = inject('distDir');
const EXTERNAL = /^\s*(?:https?:)?\/\//i;

function filesEnding(ext: string): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const d of readdirSync(dir, { withFileTypes: true })) {
      const full = join(dir, d.name);
      if (d.isDirectory()) walk(full);
      else if (d.name.endsWith(ext)) out.push(relative(dist, full).split(sep).join('/'));
    }
  };
  walk(dist);
  return out.sort();
}

/** External loads in CSS text: url(http…) (fonts, images) and @import of a remote sheet. */
export function cssLoads(css: string): string[] {
  const found: string[] = [];
  for (const m of css.matchAll(/url\(\s*(['"]?)([^'")]*)\1\s*\)/gi)) if (EXTERNAL.test(m[2]!)) found.push(`url(${m[2]})`);
  for (const m of css.matchAll(/@import\s+(['"])([^'"]*)\1/gi)) if (EXTERNAL.test(m[2]!)) found.push(`@import ${m[2]}`);
  return found;
}

/** Attributes whose URL the browser fetches as it renders the page. */
const LOADING: [string, string][] = [
  ['script[src]', 'src'],
  ['img[src]', 'src'],
  ['img[srcset]', 'srcset'],
  ['source[src]', 'src'],
  ['source[srcset]', 'srcset'],
  ['video[src]', 'src'],
  ['video[poster]', 'poster'],
  ['audio[src]', 'src'],
  ['track[src]', 'src'],
  ['iframe[src]', 'src'],
  ['embed[src]', 'src'],
  ['object[data]', 'data'],
  ['input[src]', 'src'],
  ['image[href]', 'href'],
  ['use[href]', 'href'],
  ['feImage[href]', 'href'],
];
/** <link rel> values that make the browser fetch or connect to the URL. */
const FETCHING_REL = /\b(?:stylesheet|preload|modulepreload|prefetch|preconnect|dns-prefetch|icon|apple-touch-icon|manifest|mask-icon)\b/i;

export function markupLoads(html: string): string[] {
  const root = parse(html, { blockTextElements: { script: true, noscript: true, style: true } });
  const found: string[] = [];
  for (const [selector, attr] of LOADING) {
    for (const el of root.querySelectorAll(selector)) {
      const value = el.getAttribute(attr) ?? '';
      const urls = attr.endsWith('srcset') ? value.split(',').map((c) => c.trim().split(/\s+/)[0] ?? '') : [value];
      for (const url of urls) if (EXTERNAL.test(url)) found.push(`<${el.rawTagName} ${attr}="${url}">`);
    }
  }
  // SVG's older xlink:href (a colon cannot be written in a selector here).
  for (const el of root.querySelectorAll('image, use, feImage')) {
    const url = el.getAttribute('xlink:href') ?? '';
    if (EXTERNAL.test(url)) found.push(`<${el.rawTagName} xlink:href="${url}">`);
  }
  for (const el of root.querySelectorAll('link[href]')) {
    const href = el.getAttribute('href') ?? '';
    if (FETCHING_REL.test(el.getAttribute('rel') ?? '') && EXTERNAL.test(href)) found.push(`<link rel="${el.getAttribute('rel')}" href="${href}">`);
  }
  for (const el of root.querySelectorAll('style')) found.push(...cssLoads(el.text).map((u) => `<style>: ${u}`));
  for (const el of root.querySelectorAll('[style]')) found.push(...cssLoads(el.getAttribute('style') ?? '').map((u) => `style="…${u}…"`));
  return found;
}

describe('no third-party loads in dist/', () => {
  it('recognises the loads it looks for (so a clean result means something)', () => {
    const sample = `<html><head><link rel="stylesheet" href="https://cdn.example/x.css"><link rel="canonical" href="https://book.example/">
      <script src="//cdn.example/x.js"></script><style>@import "https://fonts.example/a.css"; a{background:url(/ok.png)}</style></head>
      <body><img src="https://img.example/a.png" alt=""><img srcset="/a.png 1x, https://img.example/b.png 2x" alt="">
      <a href="https://doi.org/10.1145/361011.361073">paper</a><svg xmlns="http://www.w3.org/2000/svg"><image href="https://img.example/c.png"/><use xlink:href="http://x.example/s.svg#i"/></svg>
      <div style="background:url('https://img.example/d.png')"></div></body></html>`;
    expect(markupLoads(sample)).toEqual([
      '<script src="//cdn.example/x.js">',
      '<img src="https://img.example/a.png">',
      '<img srcset="https://img.example/b.png">',
      '<image href="https://img.example/c.png">',
      '<use xlink:href="http://x.example/s.svg#i">',
      '<link rel="stylesheet" href="https://cdn.example/x.css">',
      '<style>: @import https://fonts.example/a.css',
      `style="…url(https://img.example/d.png)…"`,
    ]);
    expect(cssLoads(`@font-face{src:url("https://fonts.example/f.woff2")} @import url(http://x.example/y.css);`)).toEqual([
      'url(https://fonts.example/f.woff2)',
      'url(http://x.example/y.css)',
    ]);
  });

  it('has pages, stylesheets and SVGs to check', () => {
    expect(filesEnding('.html').length).toBeGreaterThan(5);
    expect(filesEnding('.css').length).toBeGreaterThan(0);
    expect(filesEnding('.svg').length).toBeGreaterThan(0);
  });

  it('loads no script, stylesheet, font or image from another origin in any HTML, CSS or SVG file', () => {
    const found: string[] = [];
    for (const file of filesEnding('.html')) found.push(...markupLoads(readFileSync(join(dist, file), 'utf8')).map((l) => `${file}: ${l}`));
    for (const file of filesEnding('.svg')) found.push(...markupLoads(readFileSync(join(dist, file), 'utf8')).map((l) => `${file}: ${l}`));
    for (const file of filesEnding('.css')) found.push(...cssLoads(readFileSync(join(dist, file), 'utf8')).map((l) => `${file}: ${l}`));
    expect(found).toEqual([]);
  });
});
