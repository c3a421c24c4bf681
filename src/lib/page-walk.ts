/**
 * The page-walk counter's engine: the memory references one TLB miss costs under native paging,
 * shadow paging and nested paging (Intel EPT, AMD NPT).
 *
 * Nested paging with an n-level guest table and an m-level host table: every guest page-table
 * pointer (gCR3 and each guest entry) is a guest-physical address that must itself be translated by
 * an m-reference host walk, and so must the final guest-physical address of the data:
 *
 *   (n + 1)·m host references + n guest references = (n + 1)(m + 1) − 1
 *
 * which is 24 for 4-level on 4-level (Bhargava et al., ASPLOS 2008, doi:10.1145/1346281.1346286).
 * Native paging and shadow paging (the hardware walks the VMM's shadow table, which has the guest's
 * format) take n references. The count excludes the data access itself.
 *
 * Cache options, each a best case stated in the widget:
 * - TLB hit: the whole translation is cached, no reference.
 * - Page-walk cache hit: the entries above the guest's last level are cached (with their host-physical
 *   addresses), so the walk reads only the last-level entry (and, nested, translates the data's gPA).
 * - Nested TLB hit (nested paging only): guest-physical → host-physical translations are cached, so
 *   no host walk is needed.
 */

import { fill } from '../i18n/format';
import { PAGE_WALK_WORDS_EN, type PageWalkWords } from '../i18n/demos/page-walk';

export type Paging = 'native' | 'shadow' | 'nested';

/** The paging modes in the order the widget offers them; their names are in the catalogue (src/i18n/demos/page-walk.ts). */
export const PAGINGS: readonly { id: Paging }[] = [{ id: 'native' }, { id: 'shadow' }, { id: 'nested' }];

export const MIN_LEVELS = 2;
export const MAX_LEVELS = 5;

export interface WalkOptions {
  paging: Paging;
  /** Levels of the guest's page table (of the only table when native). */
  guestLevels: number;
  /** Levels of the host's (EPT/NPT) table; used by nested paging only. */
  hostLevels: number;
  tlbHit?: boolean;
  pwcHit?: boolean;
  nestedTlbHit?: boolean;
}

/** One cell of the grid: a memory reference the walk makes, or one a cache saved. */
export interface WalkCell {
  /** Grid column: 0 … n (nested), 0 … n−1 otherwise. */
  col: number;
  /** Grid row: 0 … m−1 host levels, m the guest entry (nested); 0 otherwise. */
  row: number;
  kind: 'host' | 'guest' | 'table';
  /** What is read: "host L4 entry for gCR3". */
  label: string;
  /** Order in which the walk makes this reference (1-based); null when a cache saved it. */
  order: number | null;
}

export interface Walk {
  options: Required<WalkOptions>;
  /** Every cell in walk order, saved ones included. */
  cells: WalkCell[];
  /** References the walk makes. */
  references: number;
  /** References the walk would make with no cache hit. */
  uncached: number;
  rows: number;
  cols: number;
  /** Column headings (what each column translates). */
  colLabels: string[];
  /** Row headings. */
  rowLabels: string[];
}

export function isPaging(value: string): value is Paging {
  return PAGINGS.some((p) => p.id === value);
}

function checkLevels(name: string, n: number): void {
  if (!Number.isInteger(n) || n < MIN_LEVELS || n > MAX_LEVELS) {
    throw new RangeError(`${name} must be a whole number from ${MIN_LEVELS} to ${MAX_LEVELS}, not ${n}`);
  }
}

/** References for a TLB miss with no other cache: n, or (n+1)(m+1)−1 when nested. */
export function walkLength(paging: Paging, guestLevels: number, hostLevels: number): number {
  checkLevels('Guest levels', guestLevels);
  if (paging !== 'nested') return guestLevels;
  checkLevels('Host levels', hostLevels);
  return (guestLevels + 1) * (hostLevels + 1) - 1;
}

/** Level names from the top: 4 → ['L4', 'L3', 'L2', 'L1']. */
const levelNames = (n: number) => Array.from({ length: n }, (_, i) => `L${n - i}`);

/** Build the walk for the given options, naming cells in the words of `w` (English unless a widget passes its page's). Throws RangeError on a level count outside 2–5. */
export function walk(opts: WalkOptions, w: PageWalkWords = PAGE_WALK_WORDS_EN): Walk {
  return walkIn(opts, w);
}

/** walk in the words of a page, no default (the widget's script uses this one). */
export function walkIn(opts: WalkOptions, w: PageWalkWords): Walk {
  const say = (template: string, values: Record<string, string>) => fill(template, values);
  if (!isPaging(opts.paging)) throw new Error(`Unknown paging mode "${String(opts.paging)}"`);
  const options: Required<WalkOptions> = {
    tlbHit: false,
    pwcHit: false,
    nestedTlbHit: false,
    ...opts,
    hostLevels: opts.hostLevels,
  };
  const n = options.guestLevels;
  const m = options.hostLevels;
  checkLevels('Guest levels', n);
  if (options.paging === 'nested') checkLevels('Host levels', m);
  const nested = options.paging === 'nested';
  const g = levelNames(n);
  const cells: WalkCell[] = [];

  if (!nested) {
    const table = options.paging === 'shadow' ? w.shadowEntry : w.tableEntry;
    g.forEach((lvl, col) => {
      const saved = options.tlbHit || (options.pwcHit && col < n - 1);
      cells.push({ col, row: 0, kind: 'table', label: say(table, { level: lvl }), order: saved ? null : 0 });
    });
  } else {
    const h = levelNames(m);
    // Column c translates: c = 0 the guest table pointed to by gCR3, c = 1 … n−1 the table pointed to
    // by the guest entry at level g[c−1], c = n the data page's guest-physical address.
    for (let col = 0; col <= n; col++) {
      const what = col === 0 ? 'gCR3' : col === n ? w.dataGpa : say(w.entryGpa, { level: g[col - 1]! });
      // With a page-walk cache hit the walk starts at the guest's last level (column n−1), whose
      // host-physical address is cached, so columns before n−1 and the host walk of n−1 are saved.
      const pwcSkipsColumn = options.pwcHit && col < n - 1;
      const pwcSkipsHostWalk = options.pwcHit && col === n - 1;
      h.forEach((lvl, row) => {
        const saved = options.tlbHit || pwcSkipsColumn || pwcSkipsHostWalk || options.nestedTlbHit;
        cells.push({ col, row, kind: 'host', label: say(w.hostEntryFor, { level: lvl, what }), order: saved ? null : 0 });
      });
      if (col < n) {
        const saved = options.tlbHit || pwcSkipsColumn;
        cells.push({ col, row: m, kind: 'guest', label: say(w.guestEntry, { level: g[col]! }), order: saved ? null : 0 });
      }
    }
  }

  let order = 0;
  for (const c of cells) if (c.order !== null) c.order = ++order;

  return {
    options,
    cells,
    references: order,
    uncached: cells.length,
    rows: nested ? m + 1 : 1,
    cols: nested ? n + 1 : n,
    colLabels: nested
      ? ['gCR3', ...g.slice(0, -1).map((l) => say(w.colEntry, { level: l })), w.colData]
      : g.map((l) => `${l}`),
    rowLabels: nested ? [...levelNames(m).map((l) => say(w.rowHost, { level: l })), w.rowGuest] : [options.paging === 'shadow' ? w.rowShadow : w.rowTable],
  };
}
