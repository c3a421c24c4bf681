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

describe('the Chinese definitions', () => {
  const han = /\p{Script=Han}/gu;
  it('every entry has one, written in Chinese', () => {
    for (const e of glossary) {
      expect(e.definitionZh, e.id).toMatch(/\S/);
      // Chinese prose, not an English sentence with a Chinese word in it: technical names
      // (KVM, VT-x, EPT) stay in Latin, so count Han among all letters (the lowest entry is ≈ 0.48).
      const letters = e.definitionZh.replace(/[^\p{L}]/gu, '');
      const hanCount = e.definitionZh.match(han)?.length ?? 0;
      expect(hanCount / letters.length, `${e.id}: ${e.definitionZh}`).toBeGreaterThan(0.3);
      expect(e.definitionZh, e.id).not.toBe(e.definition);
    }
  });
  it('uses Chinese punctuation and spaces Han apart from Latin letters and digits', () => {
    for (const e of glossary) {
      expect(e.definitionZh, e.id).not.toMatch(/[,;:!?]/);
      expect(e.definitionZh, e.id).not.toMatch(/\p{Script=Han}[A-Za-z0-9]|[A-Za-z0-9]\p{Script=Han}/u);
      expect(e.definitionZh, e.id).toMatch(/。$/);
    }
  });
});
