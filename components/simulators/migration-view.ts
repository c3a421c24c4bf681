/** HTML for the pre-copy migration simulator, shared by the build-time render and the custom element. */
import { esc } from '../../src/lib/html';
import { describeMigration, formatMiB, formatSeconds, type MigrationInput, type MigrationResult, type MigrationRound } from '../../src/lib/migration';

/** Tables longer than this show their first and last rounds with the middle elided. */
export const MAX_ROWS = 16;
const EDGE = 6;

/** The amount, with a bar beneath it scaled to the whole memory (decorative: the number says it). */
function sentCell(mib: number, memoryMiB: number): string {
  const width = mib > 0 ? Math.max(0.5, Math.min(100, (mib / memoryMiB) * 100)) : 0;
  return `<td>${formatMiB(mib)}<span class="sim-bar" aria-hidden="true"><span style="width:${width.toFixed(2)}%"></span></span></td>`;
}

function roundRow(r: MigrationRound, memoryMiB: number): string {
  return `<tr><th scope="row">${r.round}</th>${sentCell(r.sentMiB, memoryMiB)}<td>${formatSeconds(r.seconds)}</td><td>${formatMiB(r.dirtiedMiB)}</td></tr>`;
}

/**
 * One row per pre-copy round, then the stop-and-copy row (the downtime), then the totals. Each
 * amount sent has a bar scaled to the guest's memory, so the rounds visibly shrink by D/B.
 */
export function renderRounds(result: MigrationResult, memoryMiB: number): string {
  const { rounds } = result;
  const row = (r: MigrationRound) => roundRow(r, memoryMiB);
  let body: string;
  if (rounds.length > MAX_ROWS) {
    const hidden = rounds.length - 2 * EDGE;
    body =
      rounds.slice(0, EDGE).map(row).join('') +
      `<tr><td colspan="4">… ${hidden.toLocaleString('en-US')} more rounds, each ${esc(formatMiB(rounds[EDGE]!.sentMiB / rounds[EDGE - 1]!.sentMiB))}× the one before …</td></tr>` +
      rounds.slice(-EDGE).map(row).join('');
  } else {
    body = rounds.map(row).join('');
  }
  const stopLabel = result.converges ? 'Stop-and-copy (guest paused)' : 'Forced stop (guest paused)';
  const stop = `<tr><th scope="row">${stopLabel}</th>${sentCell(result.finalMiB, memoryMiB)}<td>${formatSeconds(result.downtimeSeconds)}</td><td>—</td></tr>`;
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
