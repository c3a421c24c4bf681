import { describe, expect, it } from 'vitest';
import { linearScale, logScale, makeScale, niceStep } from '../../src/lib/scale';

describe('logScale', () => {
  it('spans whole decades around the values', () => {
    const s = logScale([0.0023, 0.125, 5]);
    expect(s.domain).toEqual([0.001, 10]);
    expect(s.ticks).toEqual([0.001, 0.01, 0.1, 1, 10]);
  });
  it('maps each decade to an equal share of the axis', () => {
    const s = logScale([0.0023, 5]);
    expect(s.position(0.001)).toBeCloseTo(0);
    expect(s.position(0.01)).toBeCloseTo(0.25);
    expect(s.position(1)).toBeCloseTo(0.75);
    expect(s.position(10)).toBeCloseTo(1);
  });
  it('gives the smallest value a visible bar even when it is a power of ten', () => {
    const s = logScale([0.001, 0.5]);
    expect(s.domain[0]).toBeCloseTo(0.0001);
    expect(s.position(0.001)).toBeGreaterThan(0);
  });
  it('never returns NaN: zero, negative and non-finite values sit at the origin', () => {
    const s = logScale([1, 100]);
    for (const v of [0, -5, Number.NaN, Number.NEGATIVE_INFINITY]) expect(s.position(v)).toBe(0);
    expect(s.position(Number.POSITIVE_INFINITY)).toBe(1);
  });
  it('thins the ticks when the values span many decades', () => {
    const s = logScale([1e-9, 10]);
    expect(s.ticks.length).toBeLessThanOrEqual(7);
    expect(s.ticks[0]).toBe(s.domain[0]);
    expect(s.ticks[s.ticks.length - 1]).toBe(s.domain[1]);
  });
  it('handles a single value and an empty list', () => {
    const one = logScale([150]);
    expect(one.domain).toEqual([100, 1000]);
    const none = logScale([]);
    expect(Number.isFinite(none.position(5))).toBe(true);
  });
});

describe('linearScale', () => {
  it('starts at zero and ends on a round number', () => {
    const s = linearScale([0.125, 0.234, 0.9]);
    expect(s.domain).toEqual([0, 1]);
    expect(s.ticks).toEqual([0, 0.2, 0.4, 0.6, 0.8, 1]);
    expect(s.position(0.5)).toBeCloseTo(0.5);
  });
  it('clamps out-of-range values', () => {
    const s = linearScale([10]);
    expect(s.position(-1)).toBe(0);
    expect(s.position(1e9)).toBe(1);
  });
});

describe('niceStep and makeScale', () => {
  it('chooses 1, 2 or 5 times a power of ten', () => {
    expect(niceStep(10)).toBe(2);
    expect(niceStep(131e6)).toBe(50e6);
    expect(niceStep(0.95)).toBe(0.2);
  });
  it('dispatches on the kind', () => {
    expect(makeScale('log', [1, 10]).kind).toBe('log');
    expect(makeScale('linear', [1, 10]).kind).toBe('linear');
  });
});
