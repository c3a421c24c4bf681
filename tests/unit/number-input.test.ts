import { describe, expect, it } from 'vitest';
import { checkAll, checkNumber, normalizeNumberText, parseNumber } from '../../src/lib/number-input';

describe('parseNumber', () => {
  const memory = { label: 'Host memory', min: 0, exclusiveMin: true, max: 65536, unit: 'GiB', example: 256 };
  const cost = { label: 'Cost per exit', min: 0, max: 100, unit: 'µs' };

  it('reads full-width digits, point, minus and grouping as typed by a Chinese input method', () => {
    expect(parseNumber('１０', memory)).toEqual({ ok: true, value: 10 });
    expect(parseNumber('０．５', memory)).toEqual({ ok: true, value: 0.5 });
    expect(parseNumber('１，０２４', memory)).toEqual({ ok: true, value: 1024 });
    expect(parseNumber('１ｅ３', memory)).toEqual({ ok: true, value: 1000 });
    expect(parseNumber('　２５６　', memory)).toEqual({ ok: true, value: 256 });
    expect(parseNumber('－５', memory)).toEqual({ ok: false, message: 'Host memory cannot be negative.' });
    expect(parseNumber('−５', memory)).toEqual({ ok: false, message: 'Host memory cannot be negative.' });
    expect(normalizeNumberText('１２３。５')).toBe('123.5');
    // Still not a number: full-width letters other than e.
    expect(parseNumber('１０ｘ', memory).ok).toBe(false);
  });

  it('reads plain, decimal, exponent and grouped numbers', () => {
    expect(parseNumber(' 256 ', memory)).toEqual({ ok: true, value: 256 });
    expect(parseNumber('1,024', memory)).toEqual({ ok: true, value: 1024 });
    expect(parseNumber('0.5', memory)).toEqual({ ok: true, value: 0.5 });
    expect(parseNumber('1.5', cost)).toEqual({ ok: true, value: 1.5 });
    expect(parseNumber(' 2e1 ', cost)).toEqual({ ok: true, value: 20 });
    expect(parseNumber('.5', cost)).toEqual({ ok: true, value: 0.5 });
    expect(parseNumber('10,000', { ...cost, max: 1e6 })).toEqual({ ok: true, value: 10_000 });
  });

  it('reads thousands grouped by commas, spaces, thin spaces or underscores, one kind at a time', () => {
    const big = { label: 'Rate', min: 0, max: 1e9 };
    expect(parseNumber('1,234,567.5', big)).toEqual({ ok: true, value: 1_234_567.5 });
    expect(parseNumber('10 000 000', big)).toEqual({ ok: true, value: 10_000_000 });
    expect(parseNumber('10\u2009000', big)).toEqual({ ok: true, value: 10_000 });
    expect(parseNumber('10\u202f000', big)).toEqual({ ok: true, value: 10_000 });
    expect(parseNumber('1_000', big)).toEqual({ ok: true, value: 1000 });
    // A decimal comma, misplaced or mixed separators are reported, never read as another number.
    for (const t of ['1,5', '1234,567', '1,0000', '1,000 000', '0.123,456', '1 2', ',5', '1,'])
      expect(parseNumber(t, big), t).toEqual({ ok: false, message: 'Rate must be a number.' });
  });

  it('explains each kind of bad input, naming the field', () => {
    expect(parseNumber('', memory)).toEqual({ ok: false, message: 'Host memory is empty: enter a number.' });
    expect(parseNumber('lots', memory)).toEqual({ ok: false, message: 'Host memory must be a number, such as 256 GiB.' });
    expect(parseNumber('-4', memory)).toEqual({ ok: false, message: 'Host memory cannot be negative.' });
    expect(parseNumber('0', memory)).toEqual({ ok: false, message: 'Host memory must be more than 0 GiB.' });
    expect(parseNumber('1e12', memory)).toEqual({ ok: false, message: 'Host memory must be at most 65,536 GiB.' });
    expect(parseNumber('1e400', memory)).toEqual({ ok: false, message: 'Host memory is too large.' });
    expect(parseNumber('', cost)).toEqual({ ok: false, message: 'Cost per exit is empty: enter a number.' });
    expect(parseNumber('abc', cost)).toEqual({ ok: false, message: 'Cost per exit must be a number.' });
    expect(parseNumber('1e400', cost)).toEqual({ ok: false, message: 'Cost per exit is too large.' });
    expect(parseNumber('101', cost)).toEqual({ ok: false, message: 'Cost per exit must be at most 100 µs.' });
    expect(parseNumber('0', cost)).toEqual({ ok: true, value: 0 });
  });

  it('rejects hexadecimal, Infinity and NaN spelled out', () => {
    for (const t of ['0x10', 'Infinity', 'NaN', '1/2', '12GiB']) {
      expect(parseNumber(t, memory).ok, t).toBe(false);
      expect(parseNumber(t, cost).ok, t).toBe(false);
    }
  });

  it('checks whole numbers and optional fields', () => {
    expect(parseNumber('2.5', { label: 'Cores', min: 1, max: 10, integer: true })).toEqual({ ok: false, message: 'Cores must be a whole number.' });
    expect(parseNumber('1.5', { ...cost, integer: true })).toEqual({ ok: false, message: 'Cost per exit must be a whole number.' });
    const limit = { label: 'Limit', min: 0, max: 10, optional: true };
    expect(parseNumber('', limit)).toEqual({ ok: true, value: null });
    expect(parseNumber('  ', limit)).toEqual({ ok: true, value: null });
    // An optional field that is filled in is checked like any other.
    expect(parseNumber('11', limit)).toEqual({ ok: false, message: 'Limit must be at most 10.' });
  });

  it('writes percentages and factors against their number', () => {
    expect(parseNumber('100', { label: 'Headroom', min: 0, max: 95, unit: '%' })).toEqual({ ok: false, message: 'Headroom must be at most 95%.' });
    expect(parseNumber('x', { label: 'Slowdown', min: 1, max: 10, unit: '×', example: 10 })).toEqual({ ok: false, message: 'Slowdown must be a number, such as 10×.' });
  });
});

describe('checkNumber and checkAll', () => {
  const rate = { label: 'Request rate', min: 0, exclusiveMin: true, max: 1000, unit: 'requests/s' };

  it('checks numbers that arrive already parsed', () => {
    expect(checkNumber(0.2, rate)).toEqual({ ok: true, value: 0.2 });
    expect(checkNumber(0, rate)).toEqual({ ok: false, message: 'Request rate must be more than 0 requests/s.' });
    expect(checkNumber(Number.NaN, rate)).toEqual({ ok: false, message: 'Request rate must be a finite number.' });
    expect(checkNumber(Number.POSITIVE_INFINITY, rate)).toEqual({ ok: false, message: 'Request rate must be a finite number.' });
    expect(checkNumber(-3, { label: 'Offset', min: -5, max: 5 })).toEqual({ ok: true, value: -3 });
    expect(checkNumber(-6, { label: 'Offset', min: -5, max: 5 })).toEqual({ ok: false, message: 'Offset must be at least -5.' });
  });

  it('reports every bad field of a record at once', () => {
    const rules = { rate, seed: { label: 'Seed', min: 0, max: 10, integer: true } };
    expect(checkAll({ rate: 1, seed: 2 }, rules)).toEqual({ ok: true, values: { rate: 1, seed: 2 } });
    expect(checkAll({ rate: 0, seed: 2.5 }, rules)).toEqual({
      ok: false,
      errors: { rate: 'Request rate must be more than 0 requests/s.', seed: 'Seed must be a whole number.' },
    });
  });
});

describe('rules named in the page’s language', async () => {
  const { withLabels, readNumber } = await import('../../src/lib/number-input');
  const { NUMBER_INPUT_ZH } = await import('../../src/i18n/demos/number-input');
  it('names each field and its word unit, and reads numbers with the page’s messages', () => {
    const rules = withLabels({ rate: { min: 0, exclusiveMin: true, max: 10, example: 2 }, time: { min: 0, max: 5, unit: 's' } }, { rate: '请求速率', time: '时长' }, { rate: '个请求/s' });
    expect(rules).toEqual({ rate: { min: 0, exclusiveMin: true, max: 10, example: 2, label: '请求速率', unit: '个请求/s' }, time: { min: 0, max: 5, unit: 's', label: '时长' } });
    expect(readNumber('abc', rules.rate, NUMBER_INPUT_ZH)).toEqual({ ok: false, message: '“请求速率”必须是一个数，例如 2 个请求/s。' });
    expect(readNumber('6', rules.time, NUMBER_INPUT_ZH)).toEqual({ ok: false, message: '“时长”不能大于 5 s。' });
    expect(readNumber('0', rules.rate, NUMBER_INPUT_ZH)).toEqual({ ok: false, message: '“请求速率”必须大于 0 个请求/s。' });
    expect(readNumber('１２３４５', { ...rules.rate, max: 1e6 }, NUMBER_INPUT_ZH)).toEqual({ ok: true, value: 12345 });
    expect(readNumber('2e7', { label: '速率', min: 0, max: 1e7 }, NUMBER_INPUT_ZH)).toEqual({ ok: false, message: '“速率”不能大于 10,000,000。' });
  });
});
