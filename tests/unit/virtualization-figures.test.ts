import { describe, expect, it } from 'vitest';
import { figures, technologies } from '../../src/data/virtualization-figures';
import { references } from '../../src/data/references';
import { findFigureProblems } from '../../src/lib/figures-schema';
import { METRICS, figuresOf, metricsWithData, overheadFigure, selectChart, type VirtFigure } from '../../src/lib/figures';

const bibKeys = new Set(references.map((r) => r.key));
const byId = (id: string) => {
  const f = figures.find((x) => x.id === id);
  if (!f) throw new Error(`no figure ${id}`);
  return f;
};

describe('the figures data', () => {
  it('passes the schema and the cross checks', () => {
    expect(findFigureProblems(technologies, figures, bibKeys)).toEqual([]);
  });

  it('covers the technologies the comparison needs', () => {
    const ids = new Set(figures.map((f) => f.technology));
    for (const t of ['full-vm', 'qemu-minimal', 'container', 'gvisor', 'kata', 'unikraft', 'clickos', 'lightvm', 'firecracker']) expect(ids).toContain(t);
  });

  it('keeps every cell of the slide table, labelled as such', () => {
    const slides = figures.filter((f) => f.provenance === 'slides');
    expect(slides).toHaveLength(11);
    for (const f of slides) expect(f.source.kind).toBe('slides');
  });

  it('notes the slide’s “MBs” only on the sizes, in both languages', async () => {
    const { figureTextZh } = await import('../../src/data/virtualization-figures-zh');
    const slides = figures.filter((f) => f.provenance === 'slides');
    for (const f of slides) {
      const sized = f.unit === 'B';
      expect(f.conditions.includes('“MBs”'), f.id).toBe(sized);
      expect(figureTextZh.conditions[f.id]!.includes('“MBs”'), f.id).toBe(sized);
    }
    expect(slides.filter((f) => f.unit === 's').length).toBeGreaterThan(0);
  });

  it('stores the slide table’s container start-up time in milliseconds, with its correction', () => {
    const f = byId('slides-container-startup');
    expect(f.range).toEqual({ min: 0.8, max: 1 });
    expect(f.source.kind === 'slides' && f.source.text).toContain('微秒');
    expect(f.correction?.key).toBe('manco2017');
  });

  it('stores base units: the Firecracker specification in seconds and binary bytes', () => {
    expect(byId('fc-spec-boot').value).toBeCloseTo(0.125);
    expect(byId('fc-spec-memory').value).toBe(5 * 1024 * 1024);
    expect(byId('gvisor-perf-runc-syscall').value).toBeCloseTo(1.939e-6);
  });

  it('gives every technology a one-line isolation justification and an ordinal rank', () => {
    for (const t of technologies) {
      expect(t.isolation.rank).toBeGreaterThanOrEqual(1);
      expect(t.isolation.justification).not.toMatch(/\n/);
    }
    const rank = (id: string) => technologies.find((t) => t.id === id)!.isolation.rank;
    expect(rank('container')).toBeLessThan(rank('gvisor'));
    expect(rank('gvisor')).toBeLessThan(rank('firecracker'));
  });
});

describe('findFigureProblems rejects bad data', () => {
  // A headline figure: the checks below break it in one way each.
  const good = byId('nsdi20-data-fc-e2e');
  const check = (f: Partial<VirtFigure>) => findFigureProblems(technologies, [...figures.filter((x) => x.id !== good.id), { ...good, ...f } as VirtFigure], bibKeys);

  it('a unit that does not match the metric', () => {
    expect(check({ unit: 'B' }).join()).toMatch(/measured in "s"/);
  });
  it('a value in the wrong unit (milliseconds stored as seconds)', () => {
    expect(check({ value: 125 }).join()).toMatch(/outside the plausible span/);
  });
  it('a negative, zero or non-finite value', () => {
    expect(check({ value: -1 })).not.toEqual([]);
    expect(check({ value: 0 })).not.toEqual([]);
    expect(check({ value: Number.NaN })).not.toEqual([]);
  });
  it('an inverted range or a value outside it', () => {
    expect(check({ range: { min: 0.2, max: 0.1 }, value: 0.2 }).join()).toMatch(/below range.max/);
    expect(check({ range: { min: 0.1, max: 0.2 }, value: 0.15 }).join()).toMatch(/lower end/);
  });
  it('a missing or unknown bibliography key', () => {
    expect(check({ source: { kind: 'reference', key: 'nobody1999', url: 'https://example.org/' } }).join()).toMatch(/nobody1999/);
    expect(check({ source: { kind: 'reference', key: '', url: 'https://example.org/' } })).not.toEqual([]);
  });
  it('a sourced figure that cites the slide table', () => {
    expect(check({ source: { kind: 'slides', article: '003', locator: 'x', text: 'y' } }).join()).toMatch(/slide-table figures cite the slide table/);
  });
  it('two headlines in one group, or none', () => {
    expect(findFigureProblems(technologies, [...figures, { ...good, id: 'nsdi20-data-fc-e2e-copy' }], bibKeys).join()).toMatch(/2 headline figures/);
    expect(check({ headline: false }).join()).toMatch(/0 headline figures/);
  });
  it('an unknown technology', () => {
    expect(check({ technology: 'vmware-esx' }).join()).toMatch(/unknown technology/);
  });
});

describe('selectChart', () => {
  it('returns one bar per technology with a sourced start-up time, ascending', () => {
    const { rows, missing } = selectChart(figures, technologies, 'startup-time', 'sourced', 'value');
    const values = rows.map((r) => r.figure.value);
    expect(values).toEqual([...values].sort((a, b) => a - b));
    expect(rows.map((r) => r.technology.id)).toContain('firecracker');
    expect(rows.every((r) => r.figure.provenance === 'sourced' && r.figure.headline)).toBe(true);
    expect(missing.map((t) => t.id)).toContain('full-vm');
  });
  it('keeps the other figures of a technology as details', () => {
    const fc = selectChart(figures, technologies, 'startup-time', 'sourced', 'value').rows.find((r) => r.technology.id === 'firecracker')!;
    // The chart compares like with like: Firecracker end to end, as QEMU's bar is (same data set).
    expect(fc.figure.id).toBe('nsdi20-data-fc-e2e');
    expect(fc.others.map((f) => f.id)).toEqual(expect.arrayContaining(['nsdi20-data-fc-boot', 'fc-spec-boot']));
  });
  it('shows only the slide table in slides mode, and both side by side in both mode', () => {
    const slides = selectChart(figures, technologies, 'startup-time', 'slides', 'value');
    expect(slides.rows.map((r) => r.technology.id).sort()).toEqual(['container', 'firecracker', 'full-vm', 'unikernel']);
    const both = selectChart(figures, technologies, 'startup-time', 'both', 'value');
    expect(both.rows.filter((r) => r.technology.id === 'firecracker')).toHaveLength(2);
  });
  it('sorts by isolation strength, strongest first, then by value', () => {
    const { rows } = selectChart(figures, technologies, 'memory-overhead', 'sourced', 'isolation');
    const ranks = rows.map((r) => r.technology.isolation.rank);
    expect(ranks).toEqual([...ranks].sort((a, b) => b - a));
    expect(rows[rows.length - 1]!.technology.id).toBe('container');
    const top = rows.filter((r) => r.technology.isolation.rank === 4).map((r) => r.figure.value);
    expect(top).toEqual([...top].sort((a, b) => a - b));
  });
});

describe('helpers', () => {
  it('lists the metrics that have data for a provenance', () => {
    expect(metricsWithData(figures, 'slides')).toEqual(['startup-time', 'memory-overhead', 'image-size']);
    expect(metricsWithData(figures, 'sourced')).toEqual(Object.keys(METRICS));
  });
  it('orders one technology’s figures by metric, sourced first', () => {
    const fc = figuresOf(figures, 'firecracker');
    expect(fc[0]!.metric).toBe('startup-time');
    expect(fc[0]!.provenance).toBe('sourced');
    expect(fc[0]!.headline).toBe(true);
  });
  it('picks the sourced overhead, falling back to the slide table', () => {
    expect(overheadFigure(figures, 'firecracker')?.id).toBe('nsdi20-fc-memory');
    expect(overheadFigure(figures, 'full-vm')?.id).toBe('slides-full-vm-memory');
    expect(overheadFigure(figures, 'process')).toBeUndefined();
  });
});

describe('the figures in the Chinese edition', async () => {
  const { figureTextZh, figuresInChinese } = await import('../../src/data/virtualization-figures-zh');
  const { figures: all, technologies: techs } = await import('../../src/data/virtualization-figures');

  it('gives every technology, figure and correction, and only those, its Chinese text', () => {
    expect(Object.keys(figureTextZh.technologies).sort()).toEqual(techs.map((t) => t.id).sort());
    expect(Object.keys(figureTextZh.conditions).sort()).toEqual(all.map((f) => f.id).sort());
    expect(Object.keys(figureTextZh.corrections).sort()).toEqual(all.filter((f) => f.correction).map((f) => f.id).sort());
    // Every place in a cited source, and only those, says where in Chinese.
    const places = [...new Set(all.flatMap((f) => (f.source.kind === 'reference' && f.source.locator ? [f.source.locator] : [])))].sort();
    expect(Object.keys(figureTextZh.locators).sort()).toEqual(places);
    for (const text of Object.values(figureTextZh.locators)) expect(text).toMatch(/\p{Script=Han}/u);
    // Names may be product names only ("Cloud Hypervisor"); every sentence is Chinese.
    for (const text of [...Object.values(figureTextZh.technologies).map((t) => t.justification), ...Object.values(figureTextZh.conditions), figureTextZh.slideLocator]) {
      expect(text).toMatch(/\p{Script=Han}/u);
    }
  });

  it('changes only the words: values, units, provenance and sources stay those of the English file', () => {
    const zh = figuresInChinese(techs, all);
    expect(zh.figures.map(({ conditions: _c, correction: _k, source, ...rest }) => [rest, source.kind])).toEqual(all.map(({ conditions: _c, correction: _k, source, ...rest }) => [rest, source.kind]));
    // The same sources (key, address); only the place in them is said in Chinese.
    const cited = (figs: typeof all) => figs.flatMap((f) => (f.source.kind === 'reference' ? [{ key: f.source.key, url: f.source.url, located: f.source.locator !== undefined }] : []));
    expect(cited(zh.figures)).toEqual(cited(all));
    for (const f of zh.figures) if (f.source.kind === 'reference' && f.source.locator) expect(f.source.locatorTranslated, f.id).toBe(true);
    expect(zh.technologies.map((t) => [t.id, t.family, t.isolation.rank])).toEqual(techs.map((t) => [t.id, t.family, t.isolation.rank]));
    expect(zh.figures.find((f) => f.id === 'nsdi20-data-fc-e2e')!.conditions).toContain('1,000');
  });
});

describe('what the chart’s script uses instead of METRICS', async () => {
  const { METRIC_IDS, METRIC_UNITS } = await import('../../src/lib/figures');
  it('lists the same metrics with the same units', () => {
    expect([...METRIC_IDS]).toEqual(Object.keys(METRICS));
    for (const id of METRIC_IDS) expect(METRIC_UNITS[id], id).toBe(METRICS[id].unit);
  });
});
