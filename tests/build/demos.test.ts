/**
 * Build tests for the demos: each one's full content is in the page without JavaScript (tables with
 * every technology and value, notes with conditions and sources), its controls wait for the custom
 * element, and it adds at most 8 KB of gzipped JavaScript to its page and none to other pages.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import { figures, technologies } from '../../src/data/virtualization-figures';
import { features, osTechnologies } from '../../src/data/os-virtualization-features';
import { milestones } from '../../src/data/timeline';
import { computeDensity, DEFAULT_DENSITY_INPUTS } from '../../src/lib/density';
import { comparableMetrics, densityTechnologies, METRICS, selectChart } from '../../src/lib/figures';
import { SUPPORT_LABEL } from '../../src/lib/feature-matrix';
import { formatCount, formatFigure } from '../../src/lib/units';
import { DEMO_BASE, demoPageFile, demoSiteDist } from '../helpers/demo-site';
import { pageJs } from '../helpers/page-js';

let dist = '';
const pages: Record<string, HTMLElement> = {};
const text = (el: HTMLElement | null | undefined) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();

beforeAll(async () => {
  dist = await demoSiteDist();
  for (const id of ['lightweight/boot', 'lightweight/density', 'lightweight/features', 'foundations/timeline', 'preface'])
    pages[id] = parse(readFileSync(join(dist, demoPageFile(id)), 'utf8'));
});

// The demo site is built with no repository known (no BOOK_REPO, not in GitHub Actions): the
// "edit" and "report" links of the main test build (tests/build/site.test.ts) must not appear.
describe('a build that knows no repository', () => {
  it('shows no "Edit this page" or "Report a problem" link', () => {
    for (const [id, page] of Object.entries(pages)) {
      expect(page.querySelector('.sl-markdown-content, main'), id).toBeTruthy();
      // (The demos' sources may link to GitHub; an edit or new-issue link may not.)
      expect(page.querySelectorAll('a.bk-edit-link, a.bk-report-link, a[href*="/edit/"], a[href*="/issues/new"]').length, id).toBe(0);
    }
  });
});

describe('BootComparison without JavaScript', () => {
  const demo = () => pages['lightweight/boot']!.querySelector('boot-comparison')!;

  it('has a table row for every technology and the value of every figure of the measures it compares', () => {
    const table = demo().querySelector('table.dm-figures')!;
    const rows = table.querySelectorAll('tbody tr');
    expect(rows.map((r) => text(r.querySelector('th')))).toEqual(technologies.map((t) => t.name));
    const metrics = comparableMetrics(figures, technologies);
    expect(table.querySelectorAll('thead th').slice(2).map(text)).toEqual(metrics.map((m) => METRICS[m].label));
    // A missing figure is said to be missing, never shown as “none” (read as zero).
    expect(table.querySelectorAll('td').map(text)).not.toContain('none');
    // Its caption is outside the scroller.
    expect(demo().querySelector('.dm-table-wrap .dm-caption, .dm-table-wrap caption')).toBeNull();
    for (const f of figures.filter((x) => metrics.includes(x.metric))) {
      const row = rows.find((r) => text(r.querySelector('th')) === technologies.find((t) => t.id === f.technology)!.name)!;
      expect(text(row), f.id).toContain(formatFigure(f));
    }
  });

  it('lists the conditions and source of every figure, open for printing', () => {
    const notes = demo().querySelector('details.dm-sources')!;
    expect(notes.hasAttribute('open')).toBe(true);
    const items = notes.querySelectorAll('ol.dm-notes > li');
    expect(items).toHaveLength(figures.length);
    const all = text(notes);
    for (const f of figures) {
      expect(all, f.id).toContain(f.conditions.replace(/\s+/g, ' '));
      if (f.source.kind === 'reference') expect(notes.querySelector(`a[href="${f.source.url}"]`), f.id).not.toBeNull();
      else expect(all).toContain(f.source.text);
    }
    // Every number in the table leads to its note.
    for (const a of demo().querySelectorAll('table a.dm-fn')) expect(demo().querySelector(a.getAttribute('href')!)).not.toBeNull();
  });

  it('draws the default chart: sourced start-up times, smallest first', () => {
    const expected = selectChart(figures, technologies, 'startup-time', 'sourced', 'value').rows;
    const rows = demo().querySelectorAll('.dm-chart .dm-row');
    expect(rows.map((r) => r.getAttribute('data-figure'))).toEqual(expected.map((r) => r.figure.id));
    expect(rows.map((r) => text(r.querySelector('.dm-row__value')))).toEqual(expected.map((r) => formatFigure(r.figure)));
    expect(text(demo().querySelector('.dm-chart__title'))).toMatch(/^Start-up time: sourced figures, logarithmic scale/);
  });

  it('keeps its controls for the custom element', () => {
    const controls = demo().querySelector('.dm-controls')!;
    expect(controls.classList.contains('dm-js')).toBe(true);
    expect(controls.querySelectorAll('select')).toHaveLength(2);
    expect(controls.querySelectorAll('input')).toHaveLength(4);
  });
});

describe('DensityCalculator without JavaScript', () => {
  it('shows the result for the default host, one sentence per technology', () => {
    const demo = pages['lightweight/density']!.querySelector('density-calculator')!;
    const list = densityTechnologies(figures, technologies);
    const { rows } = computeDensity(DEFAULT_DENSITY_INPUTS, list);
    const trs = demo.querySelectorAll('tbody tr');
    expect(trs).toHaveLength(rows.length);
    rows.forEach((r, i) => {
      expect(text(trs[i]!.querySelector('th'))).toBe(r.technology.name);
      expect(text(trs[i]!.querySelector('.dm-count'))).toBe(r.instances === 0 ? 'none fit' : `${r.technology.partial ? '≤ ' : ''}${formatCount(r.instances)}`);
      expect(text(trs[i])).toContain(r.sentence);
    });
    expect(text(demo.querySelector('.dm-caption'))).toMatch(/256 GiB of memory and 64 cores/);
    expect(demo.querySelector('form')!.classList.contains('dm-js')).toBe(true);
    // Every field is labelled and points at its hint and message.
    for (const input of demo.querySelectorAll('input')) {
      expect(demo.querySelector(`label[for="${input.id}"]`), input.id).not.toBeNull();
      expect(input.getAttribute('aria-describedby')).toBe(`${input.id}-hint ${input.id}-msg`);
    }
  });
});

describe('FeatureMatrix without JavaScript', () => {
  it('has every technology (one per column), every feature (one per row) and every value, with the slide table’s value where corrected', () => {
    const demo = pages['lightweight/features']!.querySelector('feature-matrix')!;
    const heads = demo.querySelectorAll('thead th[data-technology]').map(text);
    expect(heads.map((h, i) => h.startsWith(osTechnologies[i]!.name))).toEqual(osTechnologies.map(() => true));
    for (const f of features) {
      const row = demo.querySelector(`tbody tr[data-feature="${f.id}"]`)!;
      expect(text(row.querySelector('th'))).toBe(`${f.label} ${f.zh}`);
      for (const t of osTechnologies) {
        const cell = row.querySelector(`td[data-technology="${t.id}"]`)!;
        const c = t.cells[f.id]!;
        expect(text(cell), `${t.id}/${f.id}`).toContain(SUPPORT_LABEL[c.value]);
        if (c.value !== c.slides) expect(text(cell)).toContain(`slide table: ${SUPPORT_LABEL[c.slides]}`);
        if (c.note) expect(text(demo.querySelector(cell.querySelector('a.dm-fn')!.getAttribute('href')!))).toContain(c.note.slice(0, 40));
      }
    }
  });
});

describe('Timeline without JavaScript', () => {
  it('lists every milestone in date order with its sources', () => {
    const demo = pages['foundations/timeline']!.querySelector('history-timeline')!;
    const items = demo.querySelectorAll('li[data-milestone]');
    expect(items).toHaveLength(milestones.length);
    const years = items.map((li) => Number(li.querySelector('time')!.getAttribute('datetime')));
    expect(years).toEqual([...years].sort((a, b) => a - b));
    for (const m of milestones) {
      const li = demo.querySelector(`li[data-milestone="${m.id}"]`)!;
      expect(text(li.querySelector('time'))).toBe(m.date);
      expect(text(li)).toContain(m.title);
      expect(li.querySelectorAll('.dm-sources-line a')).toHaveLength(m.sources.length);
    }
  });
});

describe('weight and hiding of the controls', () => {
  const demoTags = ['boot-comparison', 'density-calculator', 'feature-matrix', 'history-timeline'];
  const ids = ['lightweight/boot', 'lightweight/density', 'lightweight/features', 'foundations/timeline'];

  it('adds at most 8 KB of gzipped JavaScript to each demo’s page', () => {
    const baseline = pageJs(dist, demoPageFile('preface'), DEMO_BASE).gzipBytes;
    const added: Record<string, number> = {};
    for (const id of ids) added[id] = pageJs(dist, demoPageFile(id), DEMO_BASE).gzipBytes - baseline;
    console.log('gzipped JavaScript added per demo page (bytes):', JSON.stringify(added));
    const scripts = ['BootComparison', 'DensityCalculator', 'FeatureMatrix', 'Timeline'];
    ids.forEach((id, i) => {
      // The demo's own script is counted (its words come as data-messages, so it can be small: the
      // feature matrix's adds about 130 bytes to a page that already has the book's scripts).
      expect([...pageJs(dist, demoPageFile(id), DEMO_BASE).parts.keys()].some((f) => f.includes(`${scripts[i]}.astro_astro_type_script`)), id).toBe(true);
      expect(added[id], id).toBeGreaterThan(0);
      expect(added[id], id).toBeLessThanOrEqual(8192);
    });
  });

  it('adds no demo JavaScript to a page without a demo', () => {
    const js = [...pageJs(dist, demoPageFile('preface'), DEMO_BASE).parts.values()].join('\n');
    for (const tag of demoTags) expect(js, tag).not.toContain(tag);
    // …while each demo page defines its element.
    ids.forEach((id, i) => expect([...pageJs(dist, demoPageFile(id), DEMO_BASE).parts.values()].join('\n')).toContain(demoTags[i]));
  });

  it('marks every JavaScript-only part hidden in the HTML, for pages that copy it without its stylesheet', () => {
    ids.forEach((id, i) => {
      const parts = pages[id]!.querySelector(demoTags[i]!)!.querySelectorAll('.dm-js');
      expect(parts.length, id).toBeGreaterThan(0);
      for (const el of parts) expect(el.hasAttribute('hidden'), `${id} ${el.classNames}`).toBe(true);
    });
  });

  it('hides the controls until the element is defined', () => {
    const css = pages['lightweight/boot']!.querySelectorAll('link[rel="stylesheet"]').map((l) => readFileSync(join(dist, l.getAttribute('href')!.slice(DEMO_BASE.length)), 'utf8')).join('\n');
    for (const tag of demoTags) expect(css).toMatch(new RegExp(`${tag}:not\\(:defined\\) \\.dm-js`));
  });
});
