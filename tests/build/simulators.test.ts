/**
 * Build tests for the simulators: what a reader without JavaScript gets, and how much JavaScript
 * each simulator ships. Uses a fixture copy of the site with one page that shows every simulator.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import { FIXTURE_PATH, simulatorFixtureDist } from '../helpers/simulator-fixture';
import { SIMULATORS, widgetJsSizes } from '../helpers/widget-js-size';

let dist = '';
let page: HTMLElement;
const text = (el: HTMLElement | null | undefined) => (el?.structuredText ?? '').replace(/\s+/g, ' ').trim();

beforeAll(() => {
  dist = simulatorFixtureDist();
  page = parse(readFileSync(join(dist, FIXTURE_PATH, 'index.html'), 'utf8'));
}, 180_000);

describe('simulators without JavaScript', () => {
  it('render every simulator with its no-JS content and its JS-only controls marked', () => {
    for (const tag of ['trap-stepper', 'exit-cost', 'page-walk', 'cold-start']) {
      const els = page.querySelectorAll(tag);
      expect(els.length, tag).toBeGreaterThan(0);
      for (const el of els) {
        expect(el.classList.contains('sim'), `${tag} has class sim`).toBe(true);
        // Every form control lives inside a .sim-js block, hidden until the element is defined.
        for (const control of el.querySelectorAll('input, select, button')) {
          expect(control.closest('.sim-js'), `${tag} ${control.tagName} inside .sim-js`).not.toBeNull();
        }
      }
    }
  });

  it('ship the CSS that hides JS-only controls until the element is defined', () => {
    const css = readdirSync(join(dist, '_astro'))
      .filter((f) => f.endsWith('.css'))
      .map((f) => readFileSync(join(dist, '_astro', f), 'utf8'))
      .join('\n');
    expect(css).toMatch(/\.sim:not\(:defined\) \.sim-js\{display:none!important\}/);
    expect(css).toMatch(/\.sim:defined \.sim-nojs\{display:none!important\}/);
  });

  it('trap stepper: lists every step of all five techniques, the chosen one open', () => {
    const [classic, x86] = page.querySelectorAll('trap-stepper');
    const details = classic!.querySelectorAll('.sim-nojs details');
    expect(details.map((d) => text(d.querySelector('summary')))).toEqual([
      'Classically virtualizable CPU, trap-and-emulate',
      'x86 before VT-x, plain trap-and-emulate',
      'x86 before VT-x, binary translation',
      'x86 before VT-x, paravirtualization',
      'x86 with VT-x, hardware-assisted',
    ]);
    expect(details.map((d) => d.hasAttribute('open'))).toEqual([true, false, false, false, false]);
    expect(details[0]!.querySelectorAll('ol.sim-steplist > li')).toHaveLength(10);
    expect(text(details[0])).toContain('Totals: traps 3, VM exits 0, translations 0, hypercalls 1.');
    expect(text(details[1])).toMatch(/Silent failure.*Wrong result: the guest asked for IF=0, but IF is still 1/);
    expect(text(details[4])).toContain('Totals: traps 0, VM exits 2, translations 0, hypercalls 1.');
    // technique="x86-trap" opens that technique's list and preselects it.
    const x86Details = x86!.querySelectorAll('.sim-nojs details');
    expect(x86Details.map((d) => d.hasAttribute('open'))).toEqual([false, true, false, false, false]);
    expect(x86!.querySelector('option[selected]')?.getAttribute('value')).toBe('x86-trap');
  });

  it('exit cost: shows the default bars and the sentence, and says the defaults are illustrative', () => {
    const el = page.querySelector('exit-cost')!;
    const bars = el.querySelectorAll('.sim-bars li').map((li) => text(li));
    expect(bars).toEqual([
      'Native 60 s',
      'Hardware-assisted (VM exits) 60.6 s (+1 %)',
      'Binary translation 60.6 s (+1 %)',
      'Interpretive emulation 10 min (+900 %)',
    ]);
    expect(text(el.querySelector('[data-part="sentence"]'))).toBe(
      'With hardware assistance the 60 s workload takes 60.6 s: 600,000 VM exits at 1 µs each add 600 ms (1 %).',
    );
    expect(text(el.querySelector('.sim-nojs'))).toMatch(/illustrative values, not measurements/);
  });

  it('page walk: shows the whole 24-reference nested walk in its grid, with its source', () => {
    const el = page.querySelector('page-walk')!;
    const numbers = el.querySelectorAll('.sim-walk td b').map((b) => Number(b.text));
    expect(numbers.sort((a, b) => a - b)).toEqual(Array.from({ length: 24 }, (_, i) => i + 1));
    expect(el.querySelectorAll('.sim-walk tbody tr')).toHaveLength(5);
    expect(text(el.querySelector('[data-part="summary"]'))).toMatch(/^24 memory references .* \(4\+1\)\(4\+1\) − 1 = 24, against 4 natively/);
    expect(el.querySelector('a[href="https://doi.org/10.1145/1346281.1346286"]')).not.toBeNull();
  });

  it('cold start: shows the replayable run, a described SVG timeline and the start-up figure’s source', () => {
    const [fc, container] = page.querySelectorAll('cold-start');
    expect(text(fc!.querySelector('[data-part="sentence"]'))).toMatch(/^\d+ of \d+ requests \([\d.]+ %\) were cold starts\. Half finished within 100 ms \(p50\) and 99 % within 293 ms \(p99\)\.$/);
    const svg = fc!.querySelector('svg')!;
    expect(svg.getAttribute('role')).toBe('img');
    const [titleId, descId] = (svg.getAttribute('aria-labelledby') ?? '').split(' ');
    expect(text(svg.querySelector(`title#${titleId}`))).toBe('Timeline of sandbox instances');
    expect(text(svg.querySelector(`desc#${descId}`))).toMatch(/^\d+ instances? w(as|ere) started over 300 s;/);
    expect(svg.querySelectorAll('rect.sim-tl-busy').length).toBeGreaterThan(0);
    expect(text(fc!.querySelector('.sim-nojs'))).toMatch(/Firecracker microVM, 193 ms: Median of 1,000 serial boots/);
    expect(fc!.querySelector('.sim-nojs a')?.getAttribute('href')).toMatch(/^https:\/\/github\.com\/firecracker-microvm\/nsdi2020-data\//);
    // A container starts from its own sourced figure, never Firecracker's.
    expect(text(container!.querySelector('.sim-nojs'))).toMatch(/Container \(runc, through Docker\) start-up of 1,193 ms/);
    expect(text(container!.querySelector('.sim-nojs'))).not.toMatch(/193 ms: Median/);
    expect(text(container!.querySelector('[data-part="sentence"]'))).not.toBe(text(fc!.querySelector('[data-part="sentence"]')));
    expect(JSON.parse(container!.getAttribute('data-sandboxes') ?? '[]').map((s: { id: string; startupMs: number }) => [s.id, s.startupMs])).toEqual([
      ['container', 1193],
      ['gvisor', 1144],
      ['kata', 850],
      ['firecracker', 193],
      ['vm', 234],
    ]);
  });

  it('never print NaN, Infinity or undefined', () => {
    for (const el of page.querySelectorAll('.sim')) expect(text(el)).not.toMatch(/NaN|Infinity|undefined/);
  });
});

describe('simulator scripts', () => {
  it('each ship at most 8 KB of gzipped JavaScript', () => {
    const sizes = widgetJsSizes(dist);
    expect(Object.keys(sizes).sort()).toEqual([...SIMULATORS].sort());
    for (const [widget, size] of Object.entries(sizes)) {
      expect(size.gzip, `${widget}: ${size.files.join(', ')}`).toBeLessThanOrEqual(8 * 1024);
      expect(size.gzip, `${widget} has real code`).toBeGreaterThan(500);
    }
  });

  it('load only on pages that use a simulator', () => {
    const scripts = (file: string) =>
      parse(readFileSync(join(dist, file), 'utf8'))
        .querySelectorAll('script[src]')
        .map((s) => s.getAttribute('src') ?? '')
        .filter((src) => SIMULATORS.some((w) => src.includes(`/${w}.astro_astro_type_script`)));
    expect(scripts(join(FIXTURE_PATH, 'index.html'))).toHaveLength(4);
    expect(scripts('index.html')).toEqual([]);
  });
});
