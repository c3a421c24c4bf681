import { parse } from 'node-html-parser';
import { DENSITY_EN } from '../../src/i18n/demos/density';
import { BOOT_COMPARISON_EN as BOOT_EN } from '../../src/i18n/demos/boot-comparison';
import { describe, expect, it } from 'vitest';
import { figures, technologies } from '../../src/data/virtualization-figures';
import { references, referencesByKey } from '../../src/data/references';
import { chartHtml, chartTitle, DEFAULT_CHART_STATE, detailsHtml, figureNoteHtml, type BootChartData } from '../../src/lib/boot-chart';
import { densityCaption, densityRowsHtml, type DensityViewTechnology } from '../../src/lib/density-view';
import { DEFAULT_DENSITY_INPUTS } from '../../src/lib/density';
import { esc, jsonForScript, link, nextId } from '../../src/lib/html';
import { sourceLabel, sourceLabels } from '../../src/lib/source-label';
import { formatBytes } from '../../src/lib/units';
import { comparableMetrics, selectChart } from '../../src/lib/figures';

const data: BootChartData = {
  technologies: [...technologies],
  figures,
  sources: Object.fromEntries(references.map((r) => [r.key, sourceLabel(r)])),
};

describe('html helpers', () => {
  it('escapes markup and quotes', () => {
    expect(esc(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;');
    expect(esc(0.5)).toBe('0.5');
    expect(link('https://e.org/?a=1&b=2', 'A & B')).toBe('<a href="https://e.org/?a=1&amp;b=2" rel="noopener">A &amp; B</a>');
  });
  it('gives each widget instance its own id prefix', () => {
    const a = nextId('cold');
    const b = nextId('cold');
    expect(a).toMatch(/^cold-\d+$/);
    expect(b).not.toBe(a);
  });
  it('keeps JSON inside a script element from closing it', () => {
    const json = jsonForScript({ t: '</script><script>alert(1)</script>' });
    expect(json).not.toContain('</script>');
    expect(JSON.parse(json)).toEqual({ t: '</script><script>alert(1)</script>' });
  });
  it('labels sources from the bibliography and refuses unknown keys', () => {
    expect(sourceLabel(referencesByKey.get('agache2020')!)).toBe('Alexandru Agache et al. (2020), Firecracker: Lightweight Virtualization for Serverless Applications');
    expect(sourceLabels(['popek1974'], referencesByKey).popek1974!.href).toBe('https://doi.org/10.1145/361011.361073');
    expect(() => sourceLabels(['nobody1999'], referencesByKey)).toThrow(/nobody1999/);
  });
});

describe('the bar chart', () => {
  it('draws one bar per row, widths in order of value, and lists what has no figure', () => {
    const root = parse(chartHtml(data, DEFAULT_CHART_STATE, false, BOOT_EN));
    const rows = root.querySelectorAll('.dm-row');
    expect(rows.length).toBeGreaterThan(5);
    const widths = rows.map((r) => parseFloat(r.querySelector('.dm-row__bar')!.getAttribute('style')!.match(/width:([\d.]+)%/)![1]!));
    expect(widths).toEqual([...widths].sort((a, b) => a - b));
    for (const w of widths) expect(w).toBeGreaterThan(0);
    expect(root.querySelector('.dm-chart__missing')!.text).toMatch(/^No sourced figure for start-up time: .*Full-distribution VM/);
    expect(root.querySelector('.dm-chart__note')!.text).toMatch(/ten times/);
    expect(root.querySelectorAll('.dm-row[tabindex]')).toHaveLength(0);
    expect(parse(chartHtml(data, DEFAULT_CHART_STATE, true, BOOT_EN)).querySelectorAll('.dm-row[tabindex="-1"]')).toHaveLength(rows.length);
  });
  it('draws ranges as a lighter band inside the axis', () => {
    const root = parse(chartHtml(data, { ...DEFAULT_CHART_STATE, provenance: 'slides' }, false, BOOT_EN));
    const container = root.querySelector('.dm-row[data-figure="slides-container-startup"]')!;
    const style = container.querySelector('.dm-row__range')!.getAttribute('style')!;
    const [left, width] = [...style.matchAll(/([\d.]+)%/g)].map((m) => parseFloat(m[1]!));
    expect(left! + width!).toBeLessThanOrEqual(100.001);
    expect(container.querySelector('.dm-row__value')!.text).toBe('≈ 800–1,000 ms');
    expect(container.querySelector('.dm-tag')!.text).toBe('slide table');
  });
  it('labels a linear axis from zero, with no log note', () => {
    const root = parse(chartHtml(data, { ...DEFAULT_CHART_STATE, metric: 'memory-overhead', scale: 'linear' }, false, BOOT_EN));
    expect(root.querySelector('.dm-chart__axis span')!.text).toBe('0');
    expect(root.querySelector('.dm-chart__note')).toBeNull();
    expect(chartTitle({ ...DEFAULT_CHART_STATE, scale: 'linear', sort: 'isolation' }, BOOT_EN)).toBe('Start-up time: sourced figures, linear scale, strongest isolation first');
  });
  it('says so when no figure of a metric is in the chosen set', () => {
    expect(chartHtml(data, { ...DEFAULT_CHART_STATE, metric: 'creation-rate', provenance: 'slides' }, false, BOOT_EN)).toContain('No figure of this kind');
  });
  it('never prints NaN, Infinity or undefined in any state', () => {
    for (const metric of ['startup-time', 'memory-overhead', 'image-size', 'syscall-latency', 'creation-rate'] as const)
      for (const provenance of ['sourced', 'slides', 'both'] as const)
        for (const scale of ['log', 'linear'] as const) expect(chartHtml(data, { metric, provenance, scale, sort: 'isolation' }, true, BOOT_EN)).not.toMatch(/NaN|Infinity|undefined/);
  });
});

describe('details and notes', () => {
  it('give conditions, source link, other figures and isolation for a bar', () => {
    const html = detailsHtml(data, 'fc-spec-boot', BOOT_EN);
    expect(html).toContain('Firecracker microVM');
    expect(html).toContain('href="https://github.com/firecracker-microvm/firecracker/blob/main/SPECIFICATION.md"');
    expect(html).toContain('Other figures');
    expect(html).toContain('111 ms');
    expect(html).toContain('Isolation 4 of 4 (hardware virtualization)');
    expect(detailsHtml(data, 'no-such-figure', BOOT_EN)).toBe('');
  });
  it('show the slide table’s printed cell and the correction with its source', () => {
    const html = detailsHtml(data, 'slides-container-startup', BOOT_EN);
    expect(html).toContain('printed there as “~800/1000 微秒”');
    expect(html).toContain('Correction:');
    expect(html).toContain('Filipe Manco et al. (2017)');
    expect(figureNoteHtml(data, figures.find((f) => f.id === 'slides-container-startup')!, BOOT_EN)).toContain('Correction:');
  });
});

describe('the density table', () => {
  const list: DensityViewTechnology[] = [
    { id: 'a', name: 'Alpha <VM>', overhead: { value: 3e6, unit: 'B', qualifier: 'approx' }, partial: false, slides: false, source: { label: 'Someone (2020)', href: 'https://e.org/' } },
    { id: 'b', name: 'Beta', overhead: { value: 18e6, unit: 'B', qualifier: 'approx' }, partial: true, slides: true, source: { label: 'A widely copied course slide table' } },
  ];
  it('has one escaped row per technology with its count and sentence', () => {
    const root = parse(`<table><tbody>${densityRowsHtml(DEFAULT_DENSITY_INPUTS, list, DENSITY_EN)}</tbody></table>`);
    const rows = root.querySelectorAll('tr');
    expect(rows).toHaveLength(2);
    expect(rows[0]!.querySelector('th')!.text).toBe('Alpha <VM>');
    expect(rows[0]!.querySelector('a')!.getAttribute('href')).toBe('https://e.org/');
    expect(rows[1]!.querySelector('.dm-count')!.text).toMatch(/^≤ [\d,]+$/);
    expect(rows[1]!.text).toContain('only part of the cost');
    expect(rows[0]!.querySelector('td')!.text).toMatch(/^≈ 3 MB = 2\.86 MiB\s*Someone \(2020\)$/);
    expect(rows[1]!.text).toContain('slide table');
    expect(rows[1]!.text).not.toMatch(/\bseed/i);
  });
  it('says “none fit” rather than “≤ 0” when no instance fits', () => {
    const tiny = { hostMemoryGiB: 1, cores: 2, appMiB: 4096, headroomPercent: 0, perCoreLimit: null };
    const root = parse(`<table><tbody>${densityRowsHtml(tiny, list, DENSITY_EN)}</tbody></table>`);
    expect(root.querySelectorAll('.dm-count').map((c) => c.text)).toEqual(['none fit', 'none fit']);
  });
  it('describes the inputs in its caption', () => {
    expect(densityCaption(DEFAULT_DENSITY_INPUTS, DENSITY_EN)).toBe(
      'Instances that fit on a host with 256 GiB of memory and 64 cores, for an application of 128 MiB, keeping 10% of memory free, no per-core limit.',
    );
    expect(densityCaption({ ...DEFAULT_DENSITY_INPUTS, cores: 1, perCoreLimit: 0.5 }, DENSITY_EN)).toMatch(/1 core, .* at most 0.5 instances per core\.$/);
  });
  it('rounds a value just under a unit boundary up to the next unit', () => {
    expect(formatBytes(1023.99 * 2 ** 20, 'binary')).toBe('1 GiB');
  });
});

describe('the measures the boot chart offers', () => {
  it('are only those where two or more technologies have sourced figures', () => {
    const offered = comparableMetrics(figures, technologies);
    expect(offered).toEqual(['startup-time', 'memory-overhead', 'syscall-latency']);
    for (const m of offered) expect(selectChart(figures, technologies, m, 'sourced', 'value').rows.length, m).toBeGreaterThanOrEqual(2);
    // Image size and creation rate have one sourced technology each: a single bar compares nothing.
    expect(selectChart(figures, technologies, 'image-size', 'sourced', 'value').rows).toHaveLength(1);
    expect(selectChart(figures, technologies, 'creation-rate', 'sourced', 'value').rows).toHaveLength(1);
  });
  it('include a container bar in the default start-up view', () => {
    const rows = selectChart(figures, technologies, 'startup-time', 'sourced', 'value').rows.map((r) => r.technology.id);
    expect(rows).toEqual(expect.arrayContaining(['container', 'gvisor', 'firecracker']));
  });
});

describe('the lab machine’s measured start-up beside the chart', async () => {
  const { measuredText } = await import('../../src/lib/boot-chart');
  const { BOOT_COMPARISON_ZH } = await import('../../src/i18n/demos/boot-comparison');
  it('says nothing until a timing is known, then says it in the page’s language', () => {
    expect(measuredText({}, BOOT_EN)).toBe('');
    expect(measuredText({ restore: 2.04, cold: 31 }, BOOT_EN)).toMatch(/: restored from its snapshot in 2\.0 s; cold-booted in 31\.0 s\.$/);
    expect(measuredText({ cold: 1234.56 }, BOOT_COMPARISON_ZH)).toBe(
      '在这台设备上、本书仿真的实验机器中实测（一台用 WebAssembly 仿真的 x86 PC，比上面数值背后的硬件慢得多）：冷启动用了 1,234.6 s。',
    );
  });
});
