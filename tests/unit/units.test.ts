import { describe, expect, it } from 'vitest';
import { formatBytes, formatCount, formatDuration, formatFigure, formatNumber, formatQuantity, formatRange } from '../../src/lib/units';

describe('formatNumber', () => {
  it('keeps three significant digits and drops trailing zeros', () => {
    expect(formatNumber(125)).toBe('125');
    expect(formatNumber(0.05)).toBe('0.05');
    expect(formatNumber(1.939)).toBe('1.94');
    expect(formatNumber(38.219)).toBe('38.2');
    expect(formatNumber(2.3)).toBe('2.3');
  });
  it('groups thousands', () => {
    expect(formatNumber(1234.5)).toBe('1,230');
    expect(formatNumber(65536, 6)).toBe('65,536');
  });
  it('refuses NaN and Infinity instead of printing them', () => {
    expect(() => formatNumber(Number.NaN)).toThrow(RangeError);
    expect(() => formatNumber(Number.POSITIVE_INFINITY)).toThrow(RangeError);
  });
});

describe('formatDuration', () => {
  it.each([
    [0.125, '125 ms'],
    [0.0023, '2.3 ms'],
    [1939e-9, '1.94 µs'],
    [38_219e-9, '38.2 µs'],
    [763e-9, '763 ns'],
    [0.85, '850 ms'],
    [1.6, '1.6 s'],
    [5, '5 s'],
    [90, '1.5 min'],
  ])('%s s → %s', (seconds, text) => {
    expect(formatDuration(seconds)).toBe(text);
  });
  it('moves to the next unit when rounding reaches 1,000', () => {
    expect(formatDuration(0.99995)).toBe('1 s');
  });
});

describe('formatBytes', () => {
  it('uses binary units for whole numbers of KiB, as sources stating MiB do', () => {
    expect(formatBytes(5 * 2 ** 20)).toBe('5 MiB');
    expect(formatBytes(128 * 2 ** 20)).toBe('128 MiB');
    expect(formatBytes(256 * 2 ** 30)).toBe('256 GiB');
  });
  it('uses decimal units for figures stated in MB', () => {
    expect(formatBytes(3e6)).toBe('3 MB');
    expect(formatBytes(131e6)).toBe('131 MB');
    expect(formatBytes(4_092_150)).toBe('4.09 MB');
    expect(formatBytes(1e9)).toBe('1 GB');
  });
  it('can be forced to one system', () => {
    expect(formatBytes(3e6, 'binary')).toBe('2.86 MiB');
    expect(formatBytes(2 ** 20, 'decimal')).toBe('1.05 MB');
  });
});

describe('formatQuantity and formatRange', () => {
  it('formats rates', () => {
    expect(formatQuantity(150, '1/s')).toBe('150/s');
  });
  it('puts both ends of a range in the unit of the lower end', () => {
    expect(formatRange(0.8, 1.0, 's')).toBe('800–1,000 ms');
    expect(formatRange(0.003, 0.04, 's')).toBe('3–40 ms');
    expect(formatRange(5, 10, 's')).toBe('5–10 s');
    expect(formatRange(1.6, 1.8, 's')).toBe('1.6–1.8 s');
  });
});

describe('formatFigure', () => {
  it('prefixes the qualifier the source uses', () => {
    expect(formatFigure({ value: 0.125, unit: 's', qualifier: 'at-most' })).toBe('≤ 125 ms');
    expect(formatFigure({ value: 3e6, unit: 'B', qualifier: 'approx' })).toBe('≈ 3 MB');
    expect(formatFigure({ value: 0.05, unit: 's', qualifier: 'under' })).toBe('< 50 ms');
    expect(formatFigure({ value: 0.234, unit: 's', qualifier: 'measured' })).toBe('234 ms');
  });
  it('shows a range instead of the value when there is one', () => {
    expect(formatFigure({ value: 0.85, unit: 's', qualifier: 'approx', range: { min: 0.85, max: 0.95 } })).toBe('≈ 850–950 ms');
  });
});

describe('formatCount', () => {
  it('truncates and groups', () => {
    expect(formatCount(12345.9)).toBe('12,345');
    expect(formatCount(0)).toBe('0');
  });
});
