/**
 * mulberry32: a small, fast 32-bit seeded pseudo-random generator (public domain, by Tommy Ettinger).
 * The same seed always gives the same sequence, so a simulation run is reproducible from its seed.
 */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** An exponentially distributed gap with the given rate (events per unit time). */
export function exponential(random: () => number, rate: number): number {
  return -Math.log(1 - random()) / rate;
}
