/**
 * A pure, seeded shuffle: the same key always gives the same order. The quiz uses it twice: at build
 * time keyed by the question's id (so the order the page is served in, and the no-JavaScript order,
 * is balanced across the book), and in the browser keyed by a per-reader random key plus the
 * question's id (so each reader sees their own order, the same on every visit).
 */
import { mulberry32 } from './prng';

/** A 32-bit FNV-1a hash of a string (UTF-16 code units). */
export function hashString(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** The permutation for `n` items and a key: `order[i]` is the original index of the item shown at position i. */
export function seededOrder(n: number, key: string): number[] {
  if (!Number.isInteger(n) || n < 0) throw new RangeError(`seededOrder: n must be a whole number ≥ 0, not ${n}`);
  const order = Array.from({ length: n }, (_, i) => i);
  const random = mulberry32(hashString(key));
  // Fisher–Yates: every permutation equally likely for a uniform generator.
  for (let i = n - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [order[i], order[j]] = [order[j] as number, order[i] as number];
  }
  return order;
}

/** A new array with `items` in the order `seededOrder` gives for the key; the input is not changed. */
export function seededShuffle<T>(items: readonly T[], key: string): T[] {
  return seededOrder(items.length, key).map((i) => items[i] as T);
}

/** A random key for a reader, e.g. "k3f9a0c12": from crypto when available. */
export function newReaderKey(random: () => number = Math.random): string {
  const c = globalThis.crypto;
  if (c?.getRandomValues) return `k${[...c.getRandomValues(new Uint32Array(2))].map((x) => x.toString(36)).join('')}`;
  return `k${Math.floor(random() * 2 ** 32).toString(36)}${Math.floor(random() * 2 ** 32).toString(36)}`;
}
