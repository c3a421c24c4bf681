import { describe, expect, it } from 'vitest';
import {
  GIGABIT_MIBPS,
  MIGRATION_DEFAULTS,
  migrationRules,
  describeMigration,
  formatMiB,
  formatSeconds,
  roundsToThreshold,
  simulateMigration,
  type MigrationInput,
} from '../../src/lib/migration';
import { parseNumber } from '../../src/lib/number-input';
import { MIGRATION_EN as EN } from '../../src/i18n/demos/migration';

const run = (input: MigrationInput) => {
  const out = simulateMigration(input, EN);
  if (!out.ok) throw new Error(JSON.stringify(out.errors));
  return out.result;
};
const errorsOf = (input: MigrationInput) => {
  const out = simulateMigration(input, EN);
  if (out.ok) throw new Error('expected the input to be rejected');
  return out.errors;
};

describe('pre-copy arithmetic', () => {
  it('shrinks each round by D/B and stops at the threshold (hand calculation)', () => {
    // M = 1000 MiB, B = 100 MiB/s, D = 10 MiB/s, ratio 0.1, threshold 5 MiB.
    // Round 1: 1000 MiB in 10 s, 100 MiB dirtied. Round 2: 100 MiB in 1 s, 10 dirtied.
    // Round 3: 10 MiB in 0.1 s, 1 MiB dirtied ≤ 5: stop and copy 1 MiB in 0.01 s.
    const r = run({ memoryMiB: 1000, dirtyRateMiBps: 10, bandwidthMiBps: 100, thresholdMiB: 5, maxRounds: 30 });
    expect(r.converges).toBe(true);
    expect(r.reason).toBeUndefined();
    expect(r.rounds.map((x) => x.round)).toEqual([1, 2, 3]);
    const sent = r.rounds.map((x) => x.sentMiB);
    expect(sent[0]).toBe(1000);
    expect(sent[1]).toBeCloseTo(100, 9);
    expect(sent[2]).toBeCloseTo(10, 9);
    const secs = r.rounds.map((x) => x.seconds);
    expect(secs[0]).toBe(10);
    expect(secs[1]).toBeCloseTo(1, 9);
    expect(secs[2]).toBeCloseTo(0.1, 9);
    expect(r.rounds[2]!.dirtiedMiB).toBeCloseTo(1, 9);
    expect(r.finalMiB).toBeCloseTo(1, 9);
    expect(r.downtimeSeconds).toBeCloseTo(0.01, 9);
    expect(r.totalSentMiB).toBeCloseTo(1111, 9);
    expect(r.totalSeconds).toBeCloseTo(11.11, 9);
    expect(r.roundsNeeded).toBe(3);
  });

  it('matches the closed form M(D/B)^(i-1) for the defaults', () => {
    const { memoryMiB: m, dirtyRateMiBps: d, bandwidthMiBps: b } = MIGRATION_DEFAULTS;
    const r = run(MIGRATION_DEFAULTS);
    expect(r.converges).toBe(true);
    r.rounds.forEach((round, i) => {
      expect(round.sentMiB).toBeCloseTo(m * (d / b) ** i, 6);
      expect(round.seconds).toBeCloseTo((m * (d / b) ** i) / b, 9);
    });
    // 4096 · (20/119.2)^3 ≈ 19.35 MiB ≤ 32 after three rounds; 19.35 / 119.2 ≈ 162 ms.
    expect(r.rounds).toHaveLength(3);
    expect(r.finalMiB).toBeCloseTo(4096 * (20 / 119.2) ** 3, 6);
    expect(r.downtimeSeconds * 1000).toBeCloseTo(162.3, 1);
    // Geometric series: total sent = M (1 − q⁴) / (1 − q) with q = D/B.
    const q = d / b;
    expect(r.totalSentMiB).toBeCloseTo((m * (1 - q ** 4)) / (1 - q), 6);
    expect(r.totalSeconds).toBeCloseTo(r.totalSentMiB / b, 9);
  });

  it('finishes in one round when nothing is dirtied, with no downtime for memory', () => {
    const r = run({ memoryMiB: 2048, dirtyRateMiBps: 0, bandwidthMiBps: 128, thresholdMiB: 0, maxRounds: 5 });
    expect(r.converges).toBe(true);
    expect(r.rounds).toHaveLength(1);
    expect(r.rounds[0]!.seconds).toBe(16);
    expect(r.downtimeSeconds).toBe(0);
    expect(r.totalSentMiB).toBe(2048);
  });

  it('is a plain stop-and-copy when the threshold covers all memory', () => {
    const r = run({ memoryMiB: 1024, dirtyRateMiBps: 500, bandwidthMiBps: 100, thresholdMiB: 1024, maxRounds: 5 });
    expect(r.converges).toBe(true);
    expect(r.rounds).toHaveLength(0);
    expect(r.downtimeSeconds).toBeCloseTo(10.24, 12);
    expect(describeMigration(r, { memoryMiB: 1024, dirtyRateMiBps: 500, bandwidthMiBps: 100, thresholdMiB: 1024, maxRounds: 5 }, EN)).toMatch(
      /plain stop-and-copy.*10\.2 s/,
    );
  });

  it('a faster link means fewer rounds and a shorter pause', () => {
    const slow = run(MIGRATION_DEFAULTS);
    const fast = run({ ...MIGRATION_DEFAULTS, bandwidthMiBps: 10 * GIGABIT_MIBPS });
    expect(fast.rounds.length).toBeLessThan(slow.rounds.length);
    expect(fast.downtimeSeconds).toBeLessThan(slow.downtimeSeconds);
    expect(fast.totalSeconds).toBeLessThan(slow.totalSeconds);
  });

  it('converts 1 Gbit/s to MiB/s', () => {
    expect(GIGABIT_MIBPS).toBeCloseTo(119.209, 3);
  });
});

describe('non-convergence', () => {
  it('says the dirty rate is the problem when D ≥ B, and what a forced stop would cost', () => {
    const input = { memoryMiB: 4096, dirtyRateMiBps: 150, bandwidthMiBps: 119.2, thresholdMiB: 32, maxRounds: 5 };
    const r = run(input);
    expect(r.converges).toBe(false);
    expect(r.reason).toBe('dirty-rate');
    expect(r.roundsNeeded).toBeNull();
    expect(r.rounds).toHaveLength(5);
    // Dirtying is capped at the memory size: every round resends all 4096 MiB.
    for (const round of r.rounds) expect(round.sentMiB).toBe(4096);
    expect(r.finalMiB).toBe(4096);
    expect(r.downtimeSeconds).toBeCloseTo(4096 / 119.2, 9);
    expect(r.totalSentMiB).toBe(6 * 4096);
    const text = describeMigration(r, input, EN);
    expect(text).toMatch(/^Does not converge: the guest dirties memory \(150 MiB\/s\) at least as fast as the link/);
    expect(text).toContain('after round 5');
    expect(text).toContain('34.4 s');
  });

  it('D = B exactly does not converge either', () => {
    const r = run({ memoryMiB: 1000, dirtyRateMiBps: 100, bandwidthMiBps: 100, thresholdMiB: 10, maxRounds: 3 });
    expect(r.converges).toBe(false);
    expect(r.reason).toBe('dirty-rate');
    expect(r.rounds.every((x) => x.sentMiB === 1000)).toBe(true);
  });

  it('says the round limit is the problem when the set shrinks too slowly, and how many rounds it needs', () => {
    // Ratio 0.9: 1000 · 0.9^n ≤ 10 needs n ≥ log(0.01)/log(0.9) = 43.7, so 44 rounds; only 10 allowed.
    const input = { memoryMiB: 1000, dirtyRateMiBps: 90, bandwidthMiBps: 100, thresholdMiB: 10, maxRounds: 10 };
    const r = run(input);
    expect(r.converges).toBe(false);
    expect(r.reason).toBe('max-rounds');
    expect(r.rounds).toHaveLength(10);
    expect(r.roundsNeeded).toBe(44);
    expect(r.finalMiB).toBeCloseTo(1000 * 0.9 ** 10, 6);
    expect(describeMigration(r, input, EN)).toMatch(/^Does not converge within 10 rounds: the dirty set shrinks, but it would need 44 rounds\./);
    // With the limit raised it converges in exactly that many rounds.
    expect(run({ ...input, maxRounds: 44 }).converges).toBe(true);
    expect(run({ ...input, maxRounds: 44 }).rounds).toHaveLength(44);
    expect(run({ ...input, maxRounds: 43 }).converges).toBe(false);
  });

  it('a zero threshold is never reached while the guest writes', () => {
    const input = { memoryMiB: 1000, dirtyRateMiBps: 10, bandwidthMiBps: 100, thresholdMiB: 0, maxRounds: 8 };
    const r = run(input);
    expect(r.converges).toBe(false);
    expect(r.reason).toBe('max-rounds');
    expect(r.roundsNeeded).toBeNull();
    expect(describeMigration(r, input, EN)).toContain('can never be reached');
  });
});

describe('roundsToThreshold', () => {
  it('agrees with the simulation across ratios', () => {
    for (const d of [1, 5, 20, 50, 80, 99]) {
      const input = { memoryMiB: 4096, dirtyRateMiBps: d, bandwidthMiBps: 100, thresholdMiB: 16, maxRounds: 1000 };
      const r = run(input);
      expect(r.converges).toBe(true);
      expect(roundsToThreshold(4096, d, 100, 16)).toBe(r.rounds.length);
    }
  });
  it('handles the edges', () => {
    expect(roundsToThreshold(100, 50, 100, 100)).toBe(0);
    expect(roundsToThreshold(100, 0, 100, 0)).toBe(1);
    expect(roundsToThreshold(100, 100, 100, 10)).toBeNull();
    expect(roundsToThreshold(100, 10, 100, 0)).toBeNull();
  });
});

describe('bad input', () => {
  it('rejects a negative memory size, a zero bandwidth and NaN with messages naming the field', () => {
    const e = errorsOf({ ...MIGRATION_DEFAULTS, memoryMiB: -1, bandwidthMiBps: 0, dirtyRateMiBps: Number.NaN });
    expect(e.memoryMiB).toBe('Memory size cannot be negative.');
    expect(e.bandwidthMiBps).toBe('Link bandwidth must be more than 0 MiB/s.');
    expect(e.dirtyRateMiBps).toBe('Dirty rate must be a finite number.');
    expect(e.thresholdMiB).toBeUndefined();
  });

  it('rejects a negative dirty rate, infinite memory and a fractional round count', () => {
    const e = errorsOf({ ...MIGRATION_DEFAULTS, dirtyRateMiBps: -5, memoryMiB: Infinity, maxRounds: 2.5 });
    expect(e.dirtyRateMiBps).toBe('Dirty rate cannot be negative.');
    expect(e.memoryMiB).toBe('Memory size must be a finite number.');
    expect(e.maxRounds).toBe('Maximum rounds must be a whole number.');
  });

  it('rejects zero rounds and a threshold larger than memory', () => {
    expect(errorsOf({ ...MIGRATION_DEFAULTS, maxRounds: 0 }).maxRounds).toBe('Maximum rounds must be at least 1.');
    expect(errorsOf({ ...MIGRATION_DEFAULTS, thresholdMiB: 5000 }).thresholdMiB).toBe(
      'Stop-and-copy threshold cannot exceed the memory size (4,096 MiB).',
    );
  });

  it('typed text goes through the shared parser with the same rules', () => {
    const bad = parseNumber('fast', migrationRules().bandwidthMiBps);
    expect(bad).toEqual({ ok: false, message: 'Link bandwidth must be a number, such as 119.2 MiB/s.' });
    expect(parseNumber('', migrationRules().memoryMiB)).toEqual({ ok: false, message: 'Memory size is empty: enter a number.' });
    expect(parseNumber('4,096', migrationRules().memoryMiB)).toEqual({ ok: true, value: 4096 });
  });
});

describe('formatting', () => {
  it('writes sizes and times with three significant figures', () => {
    expect(formatMiB(4096)).toBe('4,096');
    expect(formatMiB(687.23)).toBe('687');
    expect(formatMiB(19.353)).toBe('19.4');
    expect(formatMiB(0.9672)).toBe('0.967');
    expect(formatSeconds(0.1624)).toBe('162 ms');
    expect(formatSeconds(34.36)).toBe('34.4 s');
    expect(formatSeconds(0)).toBe('0 s');
    expect(() => formatSeconds(Number.NaN)).toThrow();
  });

  it('describes the defaults as converging in three rounds', () => {
    const r = run(MIGRATION_DEFAULTS);
    expect(describeMigration(r, MIGRATION_DEFAULTS, EN)).toMatch(/^Converges in 3 pre-copy rounds: downtime 162 ms to send the last 19\.3 MiB; 4,918 MiB sent in 41\.3 s in all\.$/);
  });
});

describe('the simulator’s table', async () => {
  const { renderRounds, renderVerdict, MAX_ROWS } = await import('../../components/simulators/migration-view');

  it('has a row per round, the stop-and-copy row and the total', () => {
    const html = renderRounds(run(MIGRATION_DEFAULTS), MIGRATION_DEFAULTS.memoryMiB, EN);
    expect(html.match(/<tr><th scope="row">\d+<\/th>/g)).toHaveLength(3);
    // Each amount sent carries a decorative bar scaled to memory: 100% for round 1, 19.3/4096 for the last.
    expect(html).toContain('<th scope="row">1</th><td>4,096<span class="sim-bar" aria-hidden="true"><span style="width:100.00%"></span></span></td>');
    expect(html).toContain('<th scope="row">Stop-and-copy (guest paused)</th><td>19.3<span class="sim-bar" aria-hidden="true"><span style="width:0.50%"></span></span></td><td>162 ms</td>');
    expect(html).toContain('<th scope="row">2</th><td>687<span class="sim-bar" aria-hidden="true"><span style="width:16.78%"></span></span></td>');
    expect(html).toContain('<th scope="row">Total</th><td>4,918</td><td>41.3 s</td>');
    expect(html).toContain('<caption class="sim-visually-hidden">');
  });

  it('labels a forced stop and elides the middle of a long table', () => {
    const r = run({ memoryMiB: 1000, dirtyRateMiBps: 90, bandwidthMiBps: 100, thresholdMiB: 10, maxRounds: 40 });
    const html = renderRounds(r, 1000, EN);
    expect(html).toContain('Forced stop (guest paused)');
    expect(r.rounds.length).toBeGreaterThan(MAX_ROWS);
    expect(html).toContain('… 28 more rounds, each 0.9× the one before …');
    expect(html.match(/<tr><th scope="row">\d+<\/th>/g)).toHaveLength(12);
    expect(html).toContain('<th scope="row">40</th>');
  });

  it('escapes the verdict', () => {
    expect(renderVerdict(run(MIGRATION_DEFAULTS), MIGRATION_DEFAULTS, EN)).toMatch(/^Converges in 3 pre-copy rounds/);
  });
});
