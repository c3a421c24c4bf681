import { describe, expect, it } from 'vitest';
import { glossary } from '../../src/data/glossary';
import { pinyinLetter, sortGlossaryZh } from '../../src/lib/glossary-zh';

describe('the Chinese glossary order', () => {
  it('files a name under its pinyin initial, or under its first Latin letter', () => {
    expect(pinyinLetter('影子页表')).toBe('Y');
    expect(pinyinLetter('半虚拟化')).toBe('B');
    expect(pinyinLetter('陷入再模拟')).toBe('X');
    expect(pinyinLetter('冷启动')).toBe('L');
    expect(pinyinLetter('在线迁移')).toBe('Z');
    expect(pinyinLetter('API 网关')).toBe('A');
    expect(pinyinLetter('Dom0（特权域）')).toBe('D');
  });

  it('sorts by letter, then in pinyin order', () => {
    const sorted = sortGlossaryZh(['影子页表', '半虚拟化', '完全虚拟化', '边车', 'API 网关', '控制组'].map((zh) => ({ zh })));
    expect(sorted.map((e) => e.zh)).toEqual(['API 网关', '半虚拟化', '边车', '控制组', '完全虚拟化', '影子页表']);
  });

  it('orders the whole glossary with non-decreasing letters', () => {
    const letters = sortGlossaryZh(glossary).map((e) => pinyinLetter(e.zh));
    expect(letters).toEqual([...letters].sort((a, b) => (a === '#' ? 'ZZ' : a).localeCompare(b === '#' ? 'ZZ' : b)));
  });
});
