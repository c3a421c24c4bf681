/**
 * Scales for horizontal bar charts: map a value to a position between 0 (the axis origin) and 1
 * (the far end), with "nice" tick values. Log scales span whole decades; linear scales start at 0.
 */

export type ScaleKind = 'log' | 'linear';

export interface Scale {
  kind: ScaleKind;
  /** Lowest and highest values on the axis. */
  domain: [number, number];
  /** Values at which to draw grid lines and labels, ascending, inside the domain. */
  ticks: number[];
  /** 0 at the axis origin, 1 at the far end; always finite and clamped to [0, 1]. */
  position(value: number): number;
}

function clamp01(x: number): number {
  return Number.isNaN(x) ? 0 : Math.min(1, Math.max(0, x));
}

function usable(values: readonly number[]): number[] {
  return values.filter((v) => Number.isFinite(v) && v > 0);
}

/**
 * A log scale over whole decades that contains every positive value. The lower end is the decade
 * below the smallest value, so the shortest bar still has a visible length.
 */
export function logScale(values: readonly number[]): Scale {
  const vs = usable(values);
  const min = vs.length ? Math.min(...vs) : 1;
  const max = vs.length ? Math.max(...vs) : 10;
  let lo = Math.floor(Math.log10(min) + 1e-9);
  // A value sitting exactly on the lowest decade would have a bar of length zero.
  if (Math.abs(Math.log10(min) - lo) < 1e-9) lo -= 1;
  let hi = Math.ceil(Math.log10(max) - 1e-9);
  if (hi <= lo) hi = lo + 1;
  const span = hi - lo;
  const step = Math.max(1, Math.ceil(span / 6));
  const ticks: number[] = [];
  for (let e = lo; e <= hi; e += step) ticks.push(Number(`1e${e}`));
  if (ticks[ticks.length - 1] !== Number(`1e${hi}`)) ticks.push(Number(`1e${hi}`));
  return {
    kind: 'log',
    domain: [Number(`1e${lo}`), Number(`1e${hi}`)],
    ticks,
    position: (v) => (v > 0 ? clamp01((Math.log10(v) - lo) / span) : 0),
  };
}

/** 1, 2 or 5 times a power of ten, the smallest such step giving at most `maxTicks` intervals. */
export function niceStep(max: number, maxTicks = 5): number {
  if (!(max > 0) || !Number.isFinite(max)) return 1;
  const raw = max / maxTicks;
  const p = 10 ** Math.floor(Math.log10(raw));
  for (const m of [1, 2, 5, 10]) if (m * p >= raw) return m * p;
  return 10 * p;
}

/** A linear scale from 0 to a round number at or above the largest value. */
export function linearScale(values: readonly number[]): Scale {
  const vs = usable(values);
  const max = vs.length ? Math.max(...vs) : 1;
  const step = niceStep(max);
  const hi = Math.ceil(max / step - 1e-9) * step;
  const ticks: number[] = [];
  for (let i = 0; i * step <= hi + step * 1e-9; i++) ticks.push(Number((i * step).toPrecision(12)));
  return {
    kind: 'linear',
    domain: [0, hi],
    ticks,
    position: (v) => clamp01(v / hi),
  };
}

export function makeScale(kind: ScaleKind, values: readonly number[]): Scale {
  return kind === 'log' ? logScale(values) : linearScale(values);
}
