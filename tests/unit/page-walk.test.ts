import { describe, expect, it } from 'vitest';
import { MAX_LEVELS, MIN_LEVELS, walk, walkLength, type Paging } from '../../src/lib/page-walk';

const levels = Array.from({ length: MAX_LEVELS - MIN_LEVELS + 1 }, (_, i) => i + MIN_LEVELS);

describe('walkLength', () => {
  it('is 24 for a 4-level guest on a 4-level host (Bhargava et al. 2008)', () => {
    expect(walkLength('nested', 4, 4)).toBe(24);
    expect(walkLength('nested', 5, 5)).toBe(35);
    expect(walkLength('nested', 2, 2)).toBe(8);
    expect(walkLength('nested', 4, 5)).toBe(29);
  });

  for (const n of levels) {
    for (const m of levels) {
      it(`nested ${n}×${m}: (n+1)(m+1)−1 = ${(n + 1) * (m + 1) - 1} references, in a full grid`, () => {
        const w = walk({ paging: 'nested', guestLevels: n, hostLevels: m });
        expect(w.references).toBe((n + 1) * (m + 1) - 1);
        expect(w.references).toBe(walkLength('nested', n, m));
        expect(w.cells.filter((c) => c.kind === 'host')).toHaveLength((n + 1) * m);
        expect(w.cells.filter((c) => c.kind === 'guest')).toHaveLength(n);
        expect(w.rows).toBe(m + 1);
        expect(w.cols).toBe(n + 1);
        expect(w.colLabels).toHaveLength(n + 1);
        expect(w.rowLabels).toHaveLength(m + 1);
        expect(w.cells.map((c) => c.order)).toEqual(w.cells.map((_, i) => i + 1));
      });
    }
    it(`native and shadow with ${n} levels take ${n} references, whatever the host levels`, () => {
      for (const paging of ['native', 'shadow'] as Paging[]) {
        for (const m of levels) expect(walk({ paging, guestLevels: n, hostLevels: m }).references).toBe(n);
      }
    });
  }
});

describe('walk order for 4-level on 4-level', () => {
  const w = walk({ paging: 'nested', guestLevels: 4, hostLevels: 4 });
  const byOrder = (k: number) => w.cells.find((c) => c.order === k);

  it('translates gCR3 first, then reads the guest L4 entry', () => {
    expect(byOrder(1)?.label).toBe('host L4 entry for gCR3');
    expect(byOrder(4)?.label).toBe('host L1 entry for gCR3');
    expect(byOrder(5)?.label).toBe('guest L4 entry');
    expect(byOrder(6)?.label).toBe('host L4 entry for the gL4 entry’s gPA');
    expect(byOrder(20)?.label).toBe('guest L1 entry');
    expect(byOrder(24)?.label).toBe('host L1 entry for the data’s gPA');
  });

  it('places each reference in its grid cell', () => {
    expect(byOrder(5)).toMatchObject({ col: 0, row: 4, kind: 'guest' });
    expect(byOrder(21)).toMatchObject({ col: 4, row: 0, kind: 'host' });
    expect(w.colLabels).toEqual(['gCR3', 'gL4 entry', 'gL3 entry', 'gL2 entry', 'data gPA']);
  });
});

describe('caches', () => {
  it('a TLB hit saves every reference', () => {
    for (const paging of ['native', 'shadow', 'nested'] as Paging[]) {
      const w = walk({ paging, guestLevels: 4, hostLevels: 4, tlbHit: true });
      expect(w.references).toBe(0);
      expect(w.cells.every((c) => c.order === null)).toBe(true);
    }
  });

  it('a page-walk-cache hit leaves the last level (and, nested, the data gPA walk)', () => {
    for (const n of levels) {
      expect(walk({ paging: 'native', guestLevels: n, hostLevels: 4, pwcHit: true }).references).toBe(1);
      for (const m of levels) {
        const w = walk({ paging: 'nested', guestLevels: n, hostLevels: m, pwcHit: true });
        expect(w.references).toBe(m + 1);
        expect(w.uncached).toBe((n + 1) * (m + 1) - 1);
        expect(w.cells.filter((c) => c.order !== null).map((c) => c.label)[0]).toBe('guest L1 entry');
      }
    }
  });

  it('a nested-TLB hit removes every host walk; with the page-walk cache one reference is left', () => {
    expect(walk({ paging: 'nested', guestLevels: 4, hostLevels: 4, nestedTlbHit: true }).references).toBe(4);
    expect(walk({ paging: 'nested', guestLevels: 4, hostLevels: 4, nestedTlbHit: true, pwcHit: true }).references).toBe(1);
    // The nested TLB does not exist without nested paging.
    expect(walk({ paging: 'native', guestLevels: 4, hostLevels: 4, nestedTlbHit: true }).references).toBe(4);
  });

  it('numbers the remaining references 1, 2, 3 … in walk order', () => {
    const w = walk({ paging: 'nested', guestLevels: 3, hostLevels: 4, pwcHit: true });
    expect(w.cells.filter((c) => c.order !== null).map((c) => c.order)).toEqual([1, 2, 3, 4, 5]);
  });
});

describe('bad input', () => {
  it('rejects level counts outside 2–5 and fractions', () => {
    expect(() => walk({ paging: 'nested', guestLevels: 1, hostLevels: 4 })).toThrow(RangeError);
    expect(() => walk({ paging: 'nested', guestLevels: 4, hostLevels: 6 })).toThrow(/Host levels/);
    expect(() => walk({ paging: 'native', guestLevels: 2.5, hostLevels: 4 })).toThrow(/whole number/);
    expect(() => walkLength('nested', 4, Number.NaN)).toThrow(RangeError);
    expect(() => walk({ paging: 'ept' as Paging, guestLevels: 4, hostLevels: 4 })).toThrow(/Unknown paging/);
  });
});
