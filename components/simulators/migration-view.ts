/** HTML for the pre-copy migration simulator, shared by the build-time render and the custom element. */
import { esc } from '../../src/lib/html';
import { describeMigration, formatMiB, formatSeconds, type MigrationInput, type MigrationResult, type MigrationRound } from '../../src/lib/migration';
import type { MigrationMessages } from '../../src/i18n/demos/migration';
import { fill } from '../../src/i18n/format';

/** Tables longer than this show their first and last rounds with the middle elided. */
export const MAX_ROWS = 16;
const EDGE = 6;

/** The amount, with a bar beneath it scaled to the whole memory (decorative: the number says it). */
function sentCell(mib: number, memoryMiB: number, lang: string): string {
  const width = mib > 0 ? Math.max(0.5, Math.min(100, (mib / memoryMiB) * 100)) : 0;
  return `<td>${formatMiB(mib, lang)}<span class="sim-bar" aria-hidden="true"><span style="width:${width.toFixed(2)}%"></span></span></td>`;
}

function roundRow(r: MigrationRound, memoryMiB: number, lang: string): string {
  return `<tr><th scope="row">${r.round}</th>${sentCell(r.sentMiB, memoryMiB, lang)}<td>${formatSeconds(r.seconds, lang)}</td><td>${formatMiB(r.dirtiedMiB, lang)}</td></tr>`;
}

/**
 * One row per pre-copy round, then the stop-and-copy row (the downtime), then the totals. Each
 * amount sent has a bar scaled to the guest's memory, so the rounds visibly shrink by D/B.
 */
export function renderRounds(result: MigrationResult, memoryMiB: number, m: MigrationMessages): string {
  const { rounds } = result;
  const lang = m.number.lang;
  const row = (r: MigrationRound) => roundRow(r, memoryMiB, lang);
  let body: string;
  if (rounds.length > MAX_ROWS) {
    const hidden = rounds.length - 2 * EDGE;
    body =
      rounds.slice(0, EDGE).map(row).join('') +
      `<tr><td colspan="4">${esc(fill(m.elided, { n: hidden.toLocaleString(lang), ratio: formatMiB(rounds[EDGE]!.sentMiB / rounds[EDGE - 1]!.sentMiB, lang) }))}</td></tr>` +
      rounds.slice(-EDGE).map(row).join('');
  } else {
    body = rounds.map(row).join('');
  }
  const stopLabel = result.converges ? m.stopAndCopy : m.forcedStop;
  const stop = `<tr><th scope="row">${esc(stopLabel)}</th>${sentCell(result.finalMiB, memoryMiB, lang)}<td>${formatSeconds(result.downtimeSeconds, lang)}</td><td>—</td></tr>`;
  const total = `<tr><th scope="row">${esc(m.total)}</th><td>${formatMiB(result.totalSentMiB, lang)}</td><td>${formatSeconds(result.totalSeconds, lang)}</td><td></td></tr>`;
  return (
    `<table class="sim-migration"><caption class="sim-visually-hidden">${esc(m.caption)}</caption>` +
    `<thead><tr><th scope="col">${esc(m.round)}</th><th scope="col">${esc(m.sent)}</th><th scope="col">${esc(m.time)}</th><th scope="col">${esc(m.dirtied)}</th></tr></thead>` +
    `<tbody>${body}${stop}</tbody><tfoot>${total}</tfoot></table>`
  );
}

export function renderVerdict(result: MigrationResult, input: MigrationInput, m: MigrationMessages): string {
  return esc(describeMigration(result, input, m));
}
