import { describe, expect, it } from 'vitest';
import { hashString, newReaderKey, seededOrder, seededShuffle } from '../../src/lib/shuffle';

describe('seededShuffle', () => {
  it('gives the same order for the same key, and a permutation of the input', () => {
    const items = ['a', 'b', 'c', 'd', 'e'];
    const once = seededShuffle(items, 'reader-1:q3');
    expect(seededShuffle(items, 'reader-1:q3')).toEqual(once);
    expect([...once].sort()).toEqual(items);
    expect(items).toEqual(['a', 'b', 'c', 'd', 'e']); // the input is not changed
  });

  it('gives different orders for different keys', () => {
    const orders = new Set(Array.from({ length: 50 }, (_, i) => seededOrder(4, `k${i}`).join('')));
    expect(orders.size).toBeGreaterThan(10);
  });

  it('puts each item first about equally often over many keys', () => {
    const first = [0, 0, 0, 0];
    for (let i = 0; i < 4000; i++) first[seededOrder(4, `reader:${i}`)[0]!]! += 1;
    for (const n of first) expect(n).toBeGreaterThan(850), expect(n).toBeLessThan(1150);
  });

  it('handles empty and one-item lists, and refuses a bad length', () => {
    expect(seededOrder(0, 'x')).toEqual([]);
    expect(seededOrder(1, 'x')).toEqual([0]);
    expect(() => seededOrder(-1, 'x')).toThrow(RangeError);
    expect(() => seededOrder(1.5, 'x')).toThrow(RangeError);
  });

  it('hashes strings to 32-bit numbers that differ for near keys', () => {
    expect(hashString('')).toBe(0x811c9dc5);
    expect(hashString('q1')).not.toBe(hashString('q2'));
    expect(hashString('多语言')).toBeLessThan(2 ** 32);
  });

  it('makes reader keys that differ', () => {
    expect(newReaderKey()).toMatch(/^k[0-9a-z]+$/);
    expect(newReaderKey()).not.toBe(newReaderKey());
  });
});
