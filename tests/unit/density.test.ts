import { describe, expect, it } from 'vitest';
import { computeDensity, DEFAULT_DENSITY_INPUTS, GiB, MiB, validateDensityInputs, type DensityTechnology } from '../../src/lib/density';
import { densityTechnologies } from '../../src/lib/figures';
import { figures, technologies } from '../../src/data/virtualization-figures';

const tech = (name: string, overhead: number, extra: Partial<DensityTechnology> = {}): DensityTechnology => ({
  id: name.toLowerCase(),
  name,
  overhead: { value: overhead, unit: 'B', qualifier: 'approx' },
  partial: false,
  seed: false,
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
});

describe('computeDensity', () => {
  it('divides usable memory by footprint plus overhead', () => {
    const { usableBytes, rows } = computeDensity({ hostMemoryGiB: 1, cores: 8, appMiB: 100, headroomPercent: 0, perCoreLimit: null }, [tech('Tiny', 0.5 * MiB)]);
    expect(usableBytes).toBe(GiB);
    // 1024 MiB / 100.5 MiB = 10.19 → 10
    expect(rows[0]!.instances).toBe(10);
    expect(rows[0]!.binding).toBe('memory');
    expect(rows[0]!.sentence).toBe('Tiny: 10 instances; memory binds: 1 GiB usable ÷ (100 MiB + ≈ 512 KiB overhead).');
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
    expect(r.rows[0]!.sentence).toBe('Big: none fit; one instance needs 4 GiB + ≈ 1 MB overhead, more than the 1 GiB usable.');
  });
  it('marks partial overheads as upper bounds and seed figures as seed', () => {
    const r = computeDensity(DEFAULT_DENSITY_INPUTS, [tech('Kata', 18e6, { partial: true }), tech('Old', 1e8, { seed: true })]);
    expect(r.rows[0]!.sentence).toMatch(/^Kata: at most [0-9,]+ instances;.*fewer fit in practice\.$/);
    expect(r.rows[1]!.sentence).toMatch(/\(slide-table figure\) overhead/);
  });
  it('never produces NaN or Infinity, even at the extremes of the allowed inputs', () => {
    const extremes = [
      { hostMemoryGiB: 65536, cores: 4096, appMiB: 0, headroomPercent: 0, perCoreLimit: 1000 },
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

describe('densityTechnologies from the data', () => {
  it('charges each technology its sourced overhead, else the seed one', () => {
    const list = densityTechnologies(figures, technologies);
    const byId = new Map(list.map((t) => [t.id, t]));
    expect(byId.get('firecracker')?.overhead.value).toBe(3e6);
    expect(byId.get('full-vm')?.seed).toBe(true);
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
