import { describe, expect, it } from 'vitest';
import { loadProgress, parseProgress, PROGRESS_KEY, progressSummary, saveProgress, serializeProgress, toggleRead } from '../../src/lib/reading-progress';

describe('reading progress', () => {
  it('round-trips through storage and ignores junk', () => {
    const read = toggleRead(toggleRead(new Set(), 'system/cpu', true), 'foundations/history', true);
    expect(parseProgress(serializeProgress(read))).toEqual(new Set(['foundations/history', 'system/cpu']));
    expect(parseProgress('{"a":1}')).toEqual(new Set());
    expect(parseProgress('[1,"x"]')).toEqual(new Set(['x']));
    expect(parseProgress('oops')).toEqual(new Set());
  });
  it('loads and saves through a storage, and reads nothing where storage fails', () => {
    const items = new Map<string, string>();
    const storage = { getItem: (k: string) => items.get(k) ?? null, setItem: (k: string, v: string) => void items.set(k, v) };
    expect(loadProgress(storage)).toEqual(new Set());
    expect(saveProgress(new Set(['b', 'a']), storage)).toBe(true);
    expect(items.get(PROGRESS_KEY)).toBe('["a","b"]');
    expect(loadProgress(storage)).toEqual(new Set(['a', 'b']));
    const blocked = {
      getItem: (): string | null => {
        throw new Error('SecurityError');
      },
      setItem: () => {
        throw new Error('QuotaExceededError');
      },
    };
    expect(loadProgress(blocked)).toEqual(new Set());
    expect(saveProgress(new Set(['a']), blocked)).toBe(false);
  });
  it('unmarks a chapter', () => {
    expect(toggleRead(new Set(['a', 'b']), 'a', false)).toEqual(new Set(['b']));
  });
  it('counts only chapters that exist', () => {
    expect(progressSummary(new Set(['a', 'gone']), ['a', 'b', 'c'])).toBe('1 of 3 chapters read');
    expect(progressSummary(new Set(), ['a'])).toBe('0 of 1 chapter read');
  });
});
