import { describe, expect, it } from 'vitest';
import {
  EXIT_COST_DEFAULTS,
  describe as describeResult,
  exitCost,
  formatDuration,
  formatPercent,
  trim,
  type ExitCostInput,
} from '../../src/lib/exit-cost';
import { EXIT_COST_EN } from '../../src/i18n/demos/exit-cost';

const ok = (input: ExitCostInput) => {
  const out = exitCost(input);
  if (!out.ok) throw new Error(JSON.stringify(out.errors));
  return out.result;
};
const secondsOf = (input: ExitCostInput) => Object.fromEntries(ok(input).rows.map((r) => [r.technique, r.seconds]));

describe('exitCost arithmetic', () => {
  it('adds exits × cost to the native time', () => {
    // 60 s × 10 000 exits/s = 600 000 exits; × 1 µs = 0.6 s; × 2.5 µs = 1.5 s.
    const input = { workloadSeconds: 60, exitsPerSecond: 10_000, exitCostMicros: 1, btCostMicros: 2.5, emulationSlowdown: 10 };
    const result = ok(input);
    expect(result.events).toBe(600_000);
    const s = secondsOf(input);
    expect(s.native).toBe(60);
    expect(s.hardware).toBeCloseTo(60.6, 12);
    expect(s['binary-translation']).toBeCloseTo(61.5, 12);
    expect(s.emulation).toBe(600);
    const hw = result.rows.find((r) => r.technique === 'hardware');
    expect(hw?.overheadSeconds).toBeCloseTo(0.6, 12);
    expect(hw?.overheadPercent).toBeCloseTo(1, 12);
    expect(result.rows.find((r) => r.technique === 'emulation')?.overheadPercent).toBeCloseTo(900, 9);
  });

  it('has no overhead with no exits, and exits can cost more than the work itself', () => {
    const none = secondsOf({ ...EXIT_COST_DEFAULTS, exitsPerSecond: 0 });
    expect(none.hardware).toBe(EXIT_COST_DEFAULTS.workloadSeconds);
    // 1 s × 500 000 exits/s × 4 µs = 2 s of exits on 1 s of work.
    const heavy = ok({ ...EXIT_COST_DEFAULTS, workloadSeconds: 1, exitsPerSecond: 500_000, exitCostMicros: 4 });
    expect(heavy.rows.find((r) => r.technique === 'hardware')?.overheadPercent).toBeCloseTo(200, 9);
  });

  it('scales linearly with workload length', () => {
    const a = secondsOf({ ...EXIT_COST_DEFAULTS, workloadSeconds: 10 });
    const b = secondsOf({ ...EXIT_COST_DEFAULTS, workloadSeconds: 20 });
    expect(b.hardware).toBeCloseTo(2 * (a.hardware as number), 9);
  });
});

describe('exitCost bad input', () => {
  const cases: [Partial<ExitCostInput>, keyof ExitCostInput, RegExp][] = [
    [{ workloadSeconds: 0 }, 'workloadSeconds', /more than 0/],
    [{ workloadSeconds: Number.NaN }, 'workloadSeconds', /finite/],
    [{ exitsPerSecond: -1 }, 'exitsPerSecond', /cannot be negative/],
    [{ exitCostMicros: Number.POSITIVE_INFINITY }, 'exitCostMicros', /finite/],
    [{ exitCostMicros: 1e9 }, 'exitCostMicros', /at most 10,000 µs/],
    [{ emulationSlowdown: 0.5 }, 'emulationSlowdown', /at least 1/],
  ];
  for (const [patch, field, message] of cases) {
    it(`rejects ${field} = ${Object.values(patch)[0]}`, () => {
      const out = exitCost({ ...EXIT_COST_DEFAULTS, ...patch });
      expect(out.ok).toBe(false);
      if (!out.ok) {
        expect(out.errors[field]).toMatch(message);
        expect(Object.keys(out.errors)).toEqual([field]);
      }
    });
  }

  it('reports every bad field at once', () => {
    const out = exitCost({ ...EXIT_COST_DEFAULTS, workloadSeconds: -5, emulationSlowdown: 0 });
    expect(out.ok).toBe(false);
    if (!out.ok) expect(Object.keys(out.errors).sort()).toEqual(['emulationSlowdown', 'workloadSeconds']);
  });
});

describe('formatting', () => {
  it('formats durations in a sensible unit', () => {
    expect(formatDuration(0)).toBe('0 s');
    expect(formatDuration(0.0000025)).toBe('2.5 µs');
    expect(formatDuration(0.6)).toBe('600 ms');
    expect(formatDuration(60.6)).toBe('60.6 s');
    expect(formatDuration(600)).toBe('10 min');
    expect(formatDuration(200)).toBe('3 min 20 s');
    expect(formatDuration(7500)).toBe('2 h 5 min');
    expect(() => formatDuration(Number.NaN)).toThrow();
  });
  it('rounds to three significant figures and formats percentages', () => {
    expect(trim(1.23456)).toBe('1.23');
    expect(trim(1234567)).toBe('1,234,567');
    expect(formatPercent(1)).toBe('1 %');
    expect(formatPercent(0.001)).toBe('< 0.01 %');
    // Chinese puts no space between a number and %.
    expect(formatPercent(14.2, 'zh-CN')).toBe('14.2%');
    expect(formatPercent(0, 'zh-CN')).toBe('0%');
    expect(formatPercent(0.001, 'zh-CN')).toBe('< 0.01%');
  });
  it('describes the chosen technique in one sentence', () => {
    const r = ok(EXIT_COST_DEFAULTS);
    expect(describeResult(r, 'hardware', EXIT_COST_DEFAULTS, EXIT_COST_EN)).toBe(
      'With hardware assistance the 60 s workload takes 60.6 s: 600,000 VM exits at 1 µs each add 600 ms (1 %).',
    );
    expect(describeResult(r, 'emulation', EXIT_COST_DEFAULTS, EXIT_COST_EN)).toBe(
      'Interpreted 10× slower, the 60 s workload takes 10 min (900 % overhead).',
    );
  });
});
