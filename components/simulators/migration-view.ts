/** HTML for the pre-copy migration simulator, shared by the build-time render and the custom element. */
import { esc } from '../../src/lib/html';
import { describeMigration, formatMiB, formatSeconds, type MigrationInput, type MigrationResult, type MigrationRound } from '../../src/lib/migration';

/** Tables longer than this show their first and last rounds with the middle elided. */
export const MAX_ROWS = 16;
const EDGE = 6;

function roundRow(r: MigrationRound): string {
  return `<tr><th scope="row">${r.round}</th><td>${formatMiB(r.sentMiB)}</td><td>${formatSeconds(r.seconds)}</td><td>${formatMiB(r.dirtiedMiB)}</td></tr>`;
}

/** One row per pre-copy round, then the stop-and-copy row (the downtime), then the totals. */
export function renderRounds(result: MigrationResult): string {
  const { rounds } = result;
  let body: string;
  if (rounds.length > MAX_ROWS) {
    const hidden = rounds.length - 2 * EDGE;
    body =
      rounds.slice(0, EDGE).map(roundRow).join('') +
      `<tr><td colspan="4">… ${hidden.toLocaleString('en-US')} more rounds, each ${esc(formatMiB(rounds[EDGE]!.sentMiB / rounds[EDGE - 1]!.sentMiB))}× the one before …</td></tr>` +
      rounds.slice(-EDGE).map(roundRow).join('');
  } else {
    body = rounds.map(roundRow).join('');
  }
  const stopLabel = result.converges ? 'Stop-and-copy (guest paused)' : 'Forced stop (guest paused)';
  const stop = `<tr><th scope="row">${stopLabel}</th><td>${formatMiB(result.finalMiB)}</td><td>${formatSeconds(result.downtimeSeconds)}</td><td>—</td></tr>`;
  const total = `<tr><th scope="row">Total</th><td>${formatMiB(result.totalSentMiB)}</td><td>${formatSeconds(result.totalSeconds)}</td><td></td></tr>`;
  return (
    `<table class="sim-migration"><caption class="sim-visually-hidden">Pre-copy rounds: data sent, time taken and memory dirtied meanwhile</caption>` +
    `<thead><tr><th scope="col">Round</th><th scope="col">Sent (MiB)</th><th scope="col">Time</th><th scope="col">Dirtied meanwhile (MiB)</th></tr></thead>` +
    `<tbody>${body}${stop}</tbody><tfoot>${total}</tfoot></table>`
  );
}

export function renderVerdict(result: MigrationResult, input: MigrationInput): string {
  return esc(describeMigration(result, input));
}
