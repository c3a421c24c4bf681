import { describe, expect, it } from 'vitest';
import {
  MAX_REQUESTS,
  generateArrivals,
  percentile,
  serve,
  simulateColdStarts,
  type ColdStartInput,
} from '../../src/lib/cold-start';
import { mulberry32 } from '../../src/lib/prng';
import { COLD_START_EN } from '../../src/i18n/demos/cold-start';

const timing = { startupMs: 100, execMs: 100, keepWarmS: 10 };

describe('serve: hand-computed cases', () => {
  it('one cold start, then warm starts while the instance is kept warm', () => {
    const r = serve([0, 1, 2], timing);
    expect(r.requests.map((q) => q.cold)).toEqual([true, false, false]);
    expect(r.requests.map((q) => q.latency)).toEqual([0.2, 0.1, 0.1]);
    expect(r.cold).toBe(1);
    expect(r.coldShare).toBeCloseTo(1 / 3, 12);
    expect(r.p50).toBe(0.1); // sorted [0.1, 0.1, 0.2]; rank ⌈1.5⌉ = 2
    expect(r.p99).toBe(0.2); // rank ⌈2.97⌉ = 3
    expect(r.instances).toHaveLength(1);
    expect(r.instances[0]).toMatchObject({ created: 0, ready: 0.1, expired: 12.1 });
    expect(r.instances[0]?.busy).toEqual([[0.1, 0.2], [1, 1.1], [2, 2.1]]);
    expect(r.peakInstances).toBe(1);
  });

  it('every request is cold when the keep-warm time is shorter than the gaps', () => {
    const r = serve([0, 1, 2], { ...timing, keepWarmS: 0.5 });
    expect(r.cold).toBe(3);
    expect(r.instances.map((i) => i.created)).toEqual([0, 1, 2]);
    [0.7, 1.7, 2.7].forEach((t, i) => expect(r.instances[i]?.expired).toBeCloseTo(t, 12));
    expect(r.peakInstances).toBe(1);
    expect(r.p50).toBe(0.2);
  });

  it('an instance expires exactly at free time + keep-warm', () => {
    // Free at 0.2, keep-warm 0.5: warm for t < 0.7.
    expect(serve([0, 0.69], { ...timing, keepWarmS: 0.5 }).cold).toBe(1);
    expect(serve([0, 0.7], { ...timing, keepWarmS: 0.5 }).cold).toBe(2);
  });

  it('a burst needs one instance per concurrent request, and reuses them later', () => {
    const r = serve([0, 0, 0, 5, 5], timing);
    expect(r.requests.map((q) => q.cold)).toEqual([true, true, true, false, false]);
    expect(r.requests.map((q) => q.instance)).toEqual([0, 1, 2, 0, 1]);
    expect(r.peakInstances).toBe(3);
    expect(r.coldShare).toBeCloseTo(0.6, 12);
  });

  it('picks the most recently used warm instance', () => {
    const r = serve([0, 0.05, 3], { startupMs: 0, execMs: 1000, keepWarmS: 10 });
    expect(r.requests.map((q) => q.instance)).toEqual([0, 1, 1]);
  });

  it('never keeps an instance warm with keep-warm 0', () => {
    const r = serve([0, 0.2, 0.2, 5], { ...timing, keepWarmS: 0 });
    expect(r.cold).toBe(4);
  });

  it('handles no requests and rejects unsorted arrivals', () => {
    expect(serve([], timing)).toMatchObject({ cold: 0, coldShare: 0, p50: null, p99: null, peakInstances: 0 });
    expect(() => serve([1, 0], timing)).toThrow(/ascending/);
  });
});

describe('percentile', () => {
  it('uses the nearest rank', () => {
    const xs = Array.from({ length: 100 }, (_, i) => i + 1);
    expect(percentile(xs, 50)).toBe(50);
    expect(percentile(xs, 99)).toBe(99);
    expect(percentile(xs, 100)).toBe(100);
    expect(percentile([7], 99)).toBe(7);
    expect(() => percentile(xs, 0)).toThrow(RangeError);
  });
});

describe('generateArrivals', () => {
  it('is reproducible from the seed and differs between seeds', () => {
    const a = generateArrivals({ rate: 5, burst: 1, durationS: 60, seed: 42 });
    const b = generateArrivals({ rate: 5, burst: 1, durationS: 60, seed: 42 });
    const c = generateArrivals({ rate: 5, burst: 1, durationS: 60, seed: 43 });
    expect(a).toEqual(b);
    expect(a).not.toEqual(c);
  });

  it('gives sorted times inside the window, in groups of the burst size', () => {
    const a = generateArrivals({ rate: 6, burst: 3, durationS: 100, seed: 7 });
    expect(a.length % 3).toBe(0);
    for (let i = 0; i < a.length; i += 3) {
      expect(a[i + 1]).toBe(a[i]);
      expect(a[i + 2]).toBe(a[i]);
    }
    expect([...a].sort((x, y) => x - y)).toEqual(a);
    expect(a.every((t) => t >= 0 && t < 100)).toBe(true);
  });

  it('averages about the requested rate over a long run', () => {
    const a = generateArrivals({ rate: 10, burst: 1, durationS: 1000, seed: 1 });
    expect(a.length).toBeGreaterThan(9_500);
    expect(a.length).toBeLessThan(10_500);
  });

  it('mulberry32 yields numbers in [0, 1) with a mean near 0.5', () => {
    const random = mulberry32(123);
    let sum = 0;
    for (let i = 0; i < 10_000; i++) {
      const x = random();
      expect(x >= 0 && x < 1).toBe(true);
      sum += x;
    }
    expect(sum / 10_000).toBeCloseTo(0.5, 1);
  });
});

describe('simulateColdStarts', () => {
  const input: ColdStartInput = { rate: 2, burst: 1, keepWarmS: 5, startupMs: 125, execMs: 50, durationS: 120, seed: 2024 };

  it('gives the same result for the same seed', () => {
    expect(simulateColdStarts(input, COLD_START_EN)).toEqual(simulateColdStarts(input, COLD_START_EN));
    expect(simulateColdStarts({ ...input, seed: 2025 }, COLD_START_EN)).not.toEqual(simulateColdStarts(input, COLD_START_EN));
  });

  it('is consistent: one instance per cold start, latencies of exec or start-up + exec', () => {
    const out = simulateColdStarts(input, COLD_START_EN);
    if (!out.ok) throw new Error('unexpected error');
    const r = out.result;
    expect(r.instances).toHaveLength(r.cold);
    expect(r.requests).toHaveLength(out.arrivals);
    expect(r.cold).toBe(Math.round(r.coldShare * r.requests.length));
    for (const q of r.requests) expect(q.latency).toBeCloseTo(q.cold ? 0.175 : 0.05, 12);
    expect(r.cold).toBeGreaterThan(0);
  });

  it('a longer keep-warm time never raises the cold-start count', () => {
    const counts = [0, 1, 5, 30, 120].map((k) => {
      const out = simulateColdStarts({ ...input, keepWarmS: k }, COLD_START_EN);
      return out.ok ? out.result.cold : -1;
    });
    for (let i = 1; i < counts.length; i++) expect(counts[i]).toBeLessThanOrEqual(counts[i - 1] as number);
    const none = simulateColdStarts({ ...input, keepWarmS: 0 }, COLD_START_EN);
    expect(none.ok && counts[0] === none.result.requests.length).toBe(true);
  });

  it('rejects bad input with a message per field', () => {
    const bad = simulateColdStarts({ ...input, rate: 0, burst: 1.5, seed: Number.NaN }, COLD_START_EN);
    expect(bad.ok).toBe(false);
    if (!bad.ok) {
      expect(bad.errors.rate).toMatch(/more than 0/);
      expect(bad.errors.burst).toMatch(/whole number/);
      expect(bad.errors.seed).toMatch(/finite/);
    }
  });

  it('refuses runs that would exceed the request limit', () => {
    const big = simulateColdStarts({ ...input, rate: 1000, durationS: 3600 }, COLD_START_EN);
    expect(big.ok).toBe(false);
    if (!big.ok) expect(big.errors.durationS).toMatch(/rate × time/);
    expect(MAX_REQUESTS).toBeGreaterThan(10_000);
  });
});

/** The obvious quadratic algorithm, to check the heap-and-stack one against. */
function naive(arrivals: number[], t: { startupMs: number; execMs: number; keepWarmS: number }) {
  const inst: { id: number; freeAt: number }[] = [];
  return arrivals.map((a) => {
    let best: { id: number; freeAt: number } | undefined;
    for (const i of inst) if (i.freeAt <= a && a < i.freeAt + t.keepWarmS && (!best || i.freeAt > best.freeAt)) best = i;
    if (best) {
      best.freeAt = a + t.execMs / 1000;
      return { cold: false, instance: best.id };
    }
    inst.push({ id: inst.length, freeAt: a + (t.startupMs + t.execMs) / 1000 });
    return { cold: true, instance: inst.length - 1 };
  });
}

describe('serve agrees with a brute-force reference', () => {
  for (const seed of [1, 2, 3, 4, 5, 6]) {
    it(`seed ${seed}`, () => {
      const random = mulberry32(seed);
      const params = { rate: 1 + 20 * random(), burst: 1 + Math.floor(4 * random()), durationS: 30, seed };
      const timing = { startupMs: 500 * random(), execMs: 1 + 2000 * random(), keepWarmS: 3 * random() };
      const arrivals = generateArrivals(params);
      const got = serve(arrivals, timing).requests.map(({ cold, instance }) => ({ cold, instance }));
      expect(got).toEqual(naive(arrivals, timing));
    });
  }
});
