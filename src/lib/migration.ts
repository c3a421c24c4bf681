/**
 * The pre-copy live-migration simulator's arithmetic.
 *
 * A virtual machine with M MiB of memory is copied over a link that carries B MiB/s while the guest
 * keeps writing to its memory at D MiB/s (the dirty rate). Round 1 sends all M MiB and takes
 * t₁ = M / B seconds; meanwhile the guest dirties D·t₁ MiB. Round i sends the pages dirtied during
 * round i−1, so with D < B every round is D/B times the one before:
 *
 *   sᵢ = M · (D/B)^(i−1)        tᵢ = sᵢ / B
 *
 * Before each round the hypervisor checks what is still dirty. When it is no more than the
 * stop-and-copy threshold T, it pauses the guest and sends the rest: that final set divided by B is
 * the downtime. If D ≥ B the dirty set never shrinks, and no number of rounds helps; if D < B but
 * the rounds run out first, the migration has not converged either. In both cases the result still
 * says what stopping the guest at that point would cost.
 *
 * The model is deliberately simple: a constant dirty rate spread over distinct pages (a real
 * guest's writable working set re-dirties the same hot pages, so the dirty set saturates), a link
 * used at full rate by migration alone, and nothing for device state, CPU state or resuming at the
 * destination. Dirtying is capped at the VM's memory size.
 */
import { checkValues, withLabels, type NumberLimits, type RequiredNumberRule } from './number-input';
import { fill } from '../i18n/format';
import { MIGRATION_EN, type MigrationMessages } from '../i18n/demos/migration';

export interface MigrationInput {
  /** Guest memory size, MiB. */
  memoryMiB: number;
  /** Rate at which the running guest dirties memory, MiB/s. */
  dirtyRateMiBps: number;
  /** Bandwidth of the migration link, MiB/s. */
  bandwidthMiBps: number;
  /** Stop and copy once no more than this much memory is dirty, MiB. */
  thresholdMiB: number;
  /** Most pre-copy rounds before giving up. */
  maxRounds: number;
}

/** 1 Gbit/s in MiB/s: 10⁹ bits/s ÷ 8 bits per byte ÷ 2²⁰ bytes per MiB = 119.2 MiB/s. */
export const GIGABIT_MIBPS = 1e9 / 8 / 2 ** 20;

/**
 * Defaults: a 4 GiB guest on a 1 Gbit/s link (about 119.2 MiB/s of payload, ignoring protocol
 * overhead). The dirty rate, threshold and round limit are illustrative, and the widget says so.
 */
export const MIGRATION_DEFAULTS: MigrationInput = {
  memoryMiB: 4096,
  dirtyRateMiBps: 20,
  bandwidthMiBps: 119.2,
  thresholdMiB: 32,
  maxRounds: 30,
};

/** The fields' limits; their names are in the catalogue (src/i18n/demos/migration.ts). */
export const MIGRATION_LIMITS: Record<keyof MigrationInput, NumberLimits & { optional?: false }> = {
  memoryMiB: { min: 0, exclusiveMin: true, max: 16_777_216, unit: 'MiB', example: MIGRATION_DEFAULTS.memoryMiB },
  dirtyRateMiBps: { min: 0, max: 1_000_000, unit: 'MiB/s', example: MIGRATION_DEFAULTS.dirtyRateMiBps },
  bandwidthMiBps: { min: 0, exclusiveMin: true, max: 1_000_000, unit: 'MiB/s', example: MIGRATION_DEFAULTS.bandwidthMiBps },
  thresholdMiB: { min: 0, max: 16_777_216, unit: 'MiB', example: MIGRATION_DEFAULTS.thresholdMiB },
  maxRounds: { min: 1, max: 1000, integer: true, example: MIGRATION_DEFAULTS.maxRounds },
};

/** The rules with the fields' English names, for the server's and the tests' checks. */
export function migrationRules(): Record<keyof MigrationInput, RequiredNumberRule> {
  return withLabels(MIGRATION_LIMITS, MIGRATION_EN.fields);
}

export interface MigrationRound {
  /** 1-based round number. */
  round: number;
  /** Data sent in this round, MiB. */
  sentMiB: number;
  /** Time the round takes, seconds. */
  seconds: number;
  /** Memory the guest dirtied while the round ran, MiB (what the next round must send). */
  dirtiedMiB: number;
}

export type NonConvergence =
  /** The guest dirties memory at least as fast as the link sends it. */
  | 'dirty-rate'
  /** The dirty set was shrinking, but the round limit came first. */
  | 'max-rounds';

export interface MigrationResult {
  /** The live (pre-copy) rounds, in order. Empty when the threshold already covers all memory. */
  rounds: MigrationRound[];
  /** True when the dirty set fell to the threshold within the round limit. */
  converges: boolean;
  /** Why it did not converge (absent when it did). */
  reason?: NonConvergence;
  /**
   * With D < B, the number of pre-copy rounds that would be needed to reach the threshold (equal to
   * rounds.length when it converged); null when no number of rounds is enough.
   */
  roundsNeeded: number | null;
  /** Memory sent while the guest is paused (stop-and-copy), MiB: what was still dirty at the end. */
  finalMiB: number;
  /** Time the guest is paused, seconds: finalMiB / bandwidth. */
  downtimeSeconds: number;
  /** Everything sent, pre-copy rounds plus stop-and-copy, MiB. */
  totalSentMiB: number;
  /** Pre-copy rounds plus downtime, seconds. */
  totalSeconds: number;
}

export type MigrationOutcome =
  | { ok: true; result: MigrationResult }
  | { ok: false; errors: Partial<Record<keyof MigrationInput, string>> };

/** Check the input and run pre-copy round by round; messages (for bad input) in the language of `msg`. */
export function simulateMigration(input: MigrationInput, msg: MigrationMessages): MigrationOutcome {
  const rules = withLabels(MIGRATION_LIMITS, msg.fields);
  const checked = checkValues(input as unknown as Record<keyof MigrationInput, number>, rules, msg.number);
  if (!checked.ok) return checked;
  const { memoryMiB: m, dirtyRateMiBps: d, bandwidthMiBps: b, thresholdMiB: t, maxRounds } = input;
  if (t > m) {
    return { ok: false, errors: { thresholdMiB: fill(msg.thresholdTooLarge, { memory: `${m.toLocaleString(msg.number.lang)} MiB` }) } };
  }

  const rounds: MigrationRound[] = [];
  let dirty = m; // before round 1 every page still has to be sent
  while (dirty > t && rounds.length < maxRounds) {
    const seconds = dirty / b;
    const dirtied = Math.min(m, d * seconds);
    rounds.push({ round: rounds.length + 1, sentMiB: dirty, seconds, dirtiedMiB: dirtied });
    dirty = dirtied;
  }
  const converges = dirty <= t;
  const precopySent = rounds.reduce((sum, r) => sum + r.sentMiB, 0);
  const precopySeconds = rounds.reduce((sum, r) => sum + r.seconds, 0);
  const downtimeSeconds = dirty / b;
  const result: MigrationResult = {
    rounds,
    converges,
    roundsNeeded: converges ? rounds.length : roundsToThreshold(m, d, b, t),
    finalMiB: dirty,
    downtimeSeconds,
    totalSentMiB: precopySent + dirty,
    totalSeconds: precopySeconds + downtimeSeconds,
  };
  if (!converges) result.reason = d >= b ? 'dirty-rate' : 'max-rounds';
  return { ok: true, result };
}

/**
 * Pre-copy rounds needed before the dirty set is at most T: the least n with M·(D/B)ⁿ ≤ T (n = 0
 * when T ≥ M). Null when it never gets there (D ≥ B, or T = 0 with D > 0).
 */
export function roundsToThreshold(m: number, d: number, b: number, t: number): number | null {
  if (t >= m) return 0;
  if (d === 0) return 1;
  if (d >= b || t === 0) return null;
  const ratio = d / b;
  let n = Math.max(1, Math.ceil(Math.log(t / m) / Math.log(ratio)));
  // Guard the logarithm's rounding: step to the least n that really satisfies the inequality.
  while (n > 1 && m * ratio ** (n - 1) <= t) n--;
  while (m * ratio ** n > t) n++;
  return n;
}

/** Three significant figures, thousands separated (in the locale `lang`): "4,096", "687", "19.4", "0.967". */
export function formatMiB(n: number, lang = 'en-US'): string {
  if (n === 0) return '0';
  const digits = Math.floor(Math.log10(Math.abs(n))) + 1;
  const decimals = Math.min(6, Math.max(0, 3 - digits));
  return n.toLocaleString(lang, { maximumFractionDigits: decimals, minimumFractionDigits: 0 });
}

/** "162 ms", "2.5 s", "1.9 µs": a short time in the largest sensible unit. */
export function formatSeconds(s: number, lang = 'en-US'): string {
  if (!Number.isFinite(s) || s < 0) throw new Error(`Not a duration: ${s}`);
  if (s === 0) return '0 s';
  if (s < 1e-3) return `${formatMiB(s * 1e6, lang)} µs`;
  if (s < 1) return `${formatMiB(s * 1e3, lang)} ms`;
  return `${formatMiB(s, lang)} s`;
}

/** "3 rounds" / "1 round" ("3 轮"): a count with the template for one or for many. */
export function counted(n: number, one: string, many: string, lang: string): string {
  return fill(n === 1 ? one : many, { n: n.toLocaleString(lang) });
}

/** The verdict, one or two sentences a screen reader announces when the result changes, in the language of `m`. */
export function describeMigration(result: MigrationResult, input: MigrationInput, m: MigrationMessages): string {
  const lang = m.number.lang;
  const mib = (n: number) => `${formatMiB(n, lang)} MiB`;
  const down = formatSeconds(result.downtimeSeconds, lang);
  const total = formatSeconds(result.totalSeconds, lang);
  if (result.converges) {
    if (result.rounds.length === 0) return fill(m.noLiveRounds, { memory: mib(input.memoryMiB), down });
    return fill(m.converges, {
      rounds: counted(result.rounds.length, m.preCopyRoundsOne, m.preCopyRoundsMany, lang),
      down,
      final: mib(result.finalMiB),
      sent: mib(result.totalSentMiB),
      total,
    });
  }
  const forced = fill(m.forced, { n: result.rounds.length.toLocaleString(lang), down });
  if (result.reason === 'dirty-rate') {
    return fill(m.dirtyRate, { dirty: `${formatMiB(input.dirtyRateMiBps, lang)} MiB/s`, bandwidth: `${formatMiB(input.bandwidthMiBps, lang)} MiB/s`, forced });
  }
  const needed = result.roundsNeeded === null ? m.neverReached : fill(m.wouldNeed, { rounds: counted(result.roundsNeeded, m.roundsOne, m.roundsMany, lang) });
  return fill(m.maxRounds, { rounds: counted(input.maxRounds, m.roundsOne, m.roundsMany, lang), needed, forced });
}
