import { describe, expect, it } from 'vitest';
import { computeDensity, DEFAULT_DENSITY_INPUTS, GiB, MiB, validateDensity, validateDensityInputs, type DensityTechnology } from '../../src/lib/density';
import { densityRowsHtml, type DensityViewTechnology } from '../../src/lib/density-view';
import { DENSITY_EN, DENSITY_ZH } from '../../src/i18n/demos/density';
import { densityTechnologies } from '../../src/lib/figures';
import { figures, technologies } from '../../src/data/virtualization-figures';

const tech = (name: string, overhead: number, extra: Partial<DensityTechnology> = {}): DensityTechnology => ({
  id: name.toLowerCase(),
  name,
  overhead: { value: overhead, unit: 'B', qualifier: 'approx' },
  partial: false,
  slides: false,
  ...extra,
});

const fields = { hostMemoryGiB: '256', cores: '64', appMiB: '128', headroomPercent: '10', perCoreLimit: '' };

describe('validateDensityInputs', () => {
  it('accepts the defaults', () => {
    expect(validateDensityInputs(fields)).toEqual({ ok: true, inputs: DEFAULT_DENSITY_INPUTS });
  });
  it('reports every bad field at once', () => {
    const r = validateDensityInputs({ hostMemoryGiB: '1e12', cores: '0', appMiB: 'abc', headroomPercent: '-5', perCoreLimit: '0' });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(Object.keys(r.errors).sort()).toEqual(['appMiB', 'cores', 'headroomPercent', 'hostMemoryGiB', 'perCoreLimit']);
    expect(r.errors.cores).toBe('Cores must be at least 1.');
    expect(r.errors.headroomPercent).toBe('Headroom cannot be negative.');
  });
  it('rejects an application footprint of 0 MiB, in the page’s language, but accepts 0% headroom', () => {
    const zero = { ...fields, appMiB: '0' };
    expect(validateDensityInputs(zero)).toEqual({ ok: false, errors: { appMiB: 'Application footprint must be more than 0 MiB.' } });
    expect(validateDensity(zero, DENSITY_EN)).toEqual({ ok: false, errors: { appMiB: 'Application footprint must be more than 0 MiB.' } });
    expect(validateDensity(zero, DENSITY_ZH)).toEqual({ ok: false, errors: { appMiB: '“应用内存占用”必须大于 0 MiB。' } });
    expect(validateDensity({ ...fields, appMiB: '0.5' }, DENSITY_ZH).ok).toBe(true);
    // Headroom only scales the usable memory (nothing is divided by it): 0% is a real choice.
    const noHeadroom = validateDensity({ ...fields, headroomPercent: '0' }, DENSITY_ZH);
    expect(noHeadroom).toEqual({ ok: true, inputs: { ...DEFAULT_DENSITY_INPUTS, headroomPercent: 0 } });
  });
});

describe('computeDensity', () => {
  it('divides usable memory by footprint plus overhead', () => {
    const { usableBytes, rows } = computeDensity({ hostMemoryGiB: 1, cores: 8, appMiB: 100, headroomPercent: 0, perCoreLimit: null }, [tech('Tiny', 0.5 * MiB)]);
    expect(usableBytes).toBe(GiB);
    // 1024 MiB / 100.5 MiB = 10.19 → 10
    expect(rows[0]!.instances).toBe(10);
    expect(rows[0]!.binding).toBe('memory');
    // Both terms of the sum in MiB.
    expect(rows[0]!.sentence).toBe('Tiny: 10 instances; memory binds: 1 GiB usable ÷ (100 MiB + ≈ 0.5 MiB overhead).');
  });
  it('applies headroom before dividing', () => {
    const r = computeDensity({ hostMemoryGiB: 10, cores: 8, appMiB: 1024, headroomPercent: 50, perCoreLimit: null }, [tech('VM', 0)]);
    expect(r.usableBytes).toBe(5 * GiB);
    expect(r.rows[0]!.instances).toBe(5);
  });
  it('counts exact fits despite floating-point error', () => {
    const r = computeDensity({ hostMemoryGiB: 0.3, cores: 1, appMiB: 102.4, headroomPercent: 0, perCoreLimit: null }, [tech('X', 0)]);
    expect(r.rows[0]!.instances).toBe(3);
  });
  it('lets a per-core limit bind, and says so', () => {
    const r = computeDensity({ hostMemoryGiB: 256, cores: 4, appMiB: 64, headroomPercent: 0, perCoreLimit: 2.5 }, [tech('Container', 4e6)]);
    expect(r.rows[0]!.coreLimit).toBe(10);
    expect(r.rows[0]!.instances).toBe(10);
    expect(r.rows[0]!.binding).toBe('cores');
    expect(r.rows[0]!.sentence).toMatch(/^Container: 10 instances; cores bind: 4 cores × 2.5 per core, while memory would allow 3,[0-9]{3}\.$/);
  });
  it('reports a tie between the limits', () => {
    const r = computeDensity({ hostMemoryGiB: 1, cores: 2, appMiB: 256, headroomPercent: 0, perCoreLimit: 2 }, [tech('Tie', 0)]);
    expect(r.rows[0]!.binding).toBe('both');
    expect(r.rows[0]!.sentence).toMatch(/exactly the core limit too/);
  });
  it('says when nothing fits', () => {
    const r = computeDensity({ hostMemoryGiB: 1, cores: 2, appMiB: 4096, headroomPercent: 0, perCoreLimit: null }, [tech('Big', 1e6)]);
    expect(r.rows[0]!.instances).toBe(0);
    expect(r.rows[0]!.sentence).toBe('Big: none fit; one instance needs 4,096 MiB + ≈ 0.954 MiB overhead, more than the 1 GiB usable.');
  });
  it('marks partial overheads as upper bounds and slide-table figures as such', () => {
    const r = computeDensity(DEFAULT_DENSITY_INPUTS, [tech('Kata', 18e6, { partial: true }), tech('Old', 1e8, { slides: true })]);
    expect(r.rows[0]!.sentence).toMatch(/^Kata: at most [0-9,]+ instances;.*fewer fit in practice\.$/);
    expect(r.rows[1]!.sentence).toBe('Old: 1,056 instances; memory binds: 230 GiB usable ÷ (128 MiB + ≈ 95.4 MiB overhead). The overhead is the slide table’s figure.');
  });
  it('never produces NaN or Infinity, even at the extremes of the allowed inputs', () => {
    const extremes = [
      { hostMemoryGiB: 65536, cores: 4096, appMiB: 1e-9, headroomPercent: 0, perCoreLimit: 1000 },
      { hostMemoryGiB: 1e-9, cores: 1, appMiB: 1048576, headroomPercent: 95, perCoreLimit: null },
    ];
    for (const inputs of extremes) {
      for (const row of computeDensity(inputs, [tech('A', 3e6)]).rows) {
        expect(Number.isFinite(row.instances)).toBe(true);
        expect(row.sentence).not.toMatch(/NaN|Infinity/);
      }
    }
  });
});

describe('sums in one unit, in both languages', () => {
  const mb = (name: string, bytes: number, extra: Partial<DensityTechnology> = {}) => tech(name, bytes, { overhead: { value: bytes, unit: 'B', qualifier: 'measured' }, ...extra });
  it('converts a decimal overhead to MiB before adding it to the footprint', () => {
    const [en] = computeDensity(DEFAULT_DENSITY_INPUTS, [mb('Container', 4.09e6)]).rows;
    expect(en!.sentence).toBe('Container: 1,788 instances; memory binds: 230 GiB usable ÷ (128 MiB + 3.9 MiB overhead).');
    const [zh] = computeDensity(DEFAULT_DENSITY_INPUTS, [mb('容器', 4.09e6)], DENSITY_ZH.words).rows;
    expect(zh!.sentence).toBe('容器：1,788 个实例；受内存限制：可用 230 GiB ÷（128 MiB + 开销 3.9 MiB）。');
    for (const s of [en!.sentence, zh!.sentence]) expect(s).not.toMatch(/\bMB\b/);
  });
  it('keeps the slide-table note out of the Chinese formula, with no stray space or nested bracket', () => {
    const [row] = computeDensity(DEFAULT_DENSITY_INPUTS, [tech('全发行版虚拟机', 1e8, { slides: true })], DENSITY_ZH.words).rows;
    expect(row!.sentence).toBe('全发行版虚拟机：1,056 个实例；受内存限制：可用 230 GiB ÷（128 MiB + 开销 ≈ 95.4 MiB）。这个开销是幻灯片表格中的数值。');
    expect(row!.sentence).not.toMatch(/） 开销|））|[。，；：（）] /);
  });
});

describe('the overhead cell shows the source’s figure and its value in MiB', () => {
  const list: DensityViewTechnology[] = [
    { ...tech('Container', 4.09e6), overhead: { value: 4.09e6, unit: 'B', qualifier: 'measured' }, source: { label: 'Someone (2020)', href: 'https://e.org/' } },
    { ...tech('Kata', 18e6, { partial: true }), source: { label: 'Other (2023)' } },
    { ...tech('Binary', 5 * MiB), source: { label: 'Spec' } },
  ];
  const cells = (m: typeof DENSITY_EN) =>
    [...densityRowsHtml(DEFAULT_DENSITY_INPUTS, list, m).matchAll(/<th scope="row">[^<]*<\/th><td>(.*?)<br>/g)].map((x) => x[1]!.replace(/<[^>]+>/g, ''));
  it('in English', () => {
    expect(cells(DENSITY_EN)).toEqual(['4.09 MB = 3.9 MiB', '≈ 18 MB = 17.2 MiB only part of the cost', '≈ 5 MiB']);
  });
  it('in Chinese, where “partial” reads as a note, not a unit', () => {
    expect(cells(DENSITY_ZH)).toEqual(['4.09 MB = 3.9 MiB', '≈ 18 MB = 17.2 MiB 仅计部分开销', '≈ 5 MiB']);
    expect(densityRowsHtml(DEFAULT_DENSITY_INPUTS, list, DENSITY_ZH)).toContain('<span class="dm-tag">仅计部分开销</span>');
  });
});

describe('densityTechnologies from the data', () => {
  it('charges each technology its sourced overhead, else the slide table’s', () => {
    const list = densityTechnologies(figures, technologies);
    const byId = new Map(list.map((t) => [t.id, t]));
    expect(byId.get('firecracker')?.overhead.value).toBe(3e6);
    expect(byId.get('full-vm')?.slides).toBe(true);
    expect(byId.get('kata')?.partial).toBe(true);
    expect(byId.has('process')).toBe(false);
  });
  it('ranks Firecracker above QEMU on the default host', () => {
    const list = densityTechnologies(figures, technologies);
    const rows = computeDensity(DEFAULT_DENSITY_INPUTS, list).rows;
    const n = (id: string) => rows.find((r) => r.technology.id === id)!.instances;
    expect(n('firecracker')).toBeGreaterThan(n('qemu-minimal'));
    expect(n('container')).toBeGreaterThan(n('gvisor'));
  });
});
