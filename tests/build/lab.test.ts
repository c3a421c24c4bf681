/**
 * The lab machine in the built site: pages with a lab ship only the small starter element until
 * the reader presses Start, the machine's files are served, and the licences page lists them.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { parse } from 'node-html-parser';
import { gzipTotal, moduleClosure } from '../helpers/page-js';

const dist = inject('distDir');
const base = inject('base');
const LAB_PAGES = ['lightweight/containers', 'lightweight/lightweight-virtualization', 'cloud-native/serverless', 'foundations/layers-of-abstraction'];

describe('the lab machine in the built site', () => {
  for (const id of LAB_PAGES) {
    it(`${id}: ships at most 3 KB gzipped of lab JavaScript before Start, and no emulator or terminal`, () => {
      const root = parse(readFileSync(join(dist, id, 'index.html'), 'utf8'));
      expect(root.querySelectorAll('linux-lab').length, 'a lab on the page').toBeGreaterThan(0);
      const labScripts = root
        .querySelectorAll('script[type="module"][src]')
        .map((s) => s.getAttribute('src')!.slice(base.length))
        .filter((src) => src.includes('LinuxLab'));
      expect(labScripts).toHaveLength(1);
      const closure = moduleClosure(dist, labScripts, base);
      const text = [...closure.values()].join('\n');
      expect(gzipTotal(closure.values())).toBeLessThanOrEqual(3 * 1024);
      expect(text).not.toMatch(/xterm-accessibility|serial0_send|WebAssembly\.instantiate/);
      // The guided steps are in the HTML, so they can be read (and printed) without JavaScript.
      const steps = root.querySelectorAll('linux-lab .lab-step code');
      expect(steps.length).toBeGreaterThan(2);
    });
  }

  it('serves the machine’s files under the base path, and names the download size on the button', () => {
    for (const f of ['bios.bin', 'bzimage', 'initrd.gz', 'state.bin.zst', 'LICENSE.v86.txt']) expect(existsSync(join(dist, 'lab', f)), f).toBe(true);
    const page = parse(readFileSync(join(dist, 'lightweight/containers/index.html'), 'utf8'));
    expect(page.querySelector('linux-lab')!.getAttribute('data-base')).toBe(base);
    expect(page.querySelector('[data-part="start"]')!.text).toMatch(/downloads \d+\.\d MB/);
    expect(page.querySelector('.lab-about')!.getAttribute('href')).toBe(`${base}lab-machine/`);
  });

  it('lists every component with its licence and every file with its checksum on the licences page', () => {
    const page = parse(readFileSync(join(dist, 'lab-machine/index.html'), 'utf8'));
    const text = page.text;
    for (const s of ['BSD-2-Clause', 'LGPL-3.0', 'GPL-2.0', '6.1.176-1', '1.16.2-1', 'snapshot.debian.org', 'src/scripts/lab-image/']) expect(text).toContain(s);
    const manifest = JSON.parse(readFileSync('public/lab/manifest.json', 'utf8')) as { files: { sha256: string }[] };
    for (const f of manifest.files) expect(text).toContain(f.sha256);
  });
});
