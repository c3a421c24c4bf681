import { describe, expect, it } from 'vitest';
import { chineseSearchTokens, segmentChinese } from '../../src/lib/chinese-tokens';

describe('chineseSearchTokens', () => {
  it('lets a word inside a longer term be found: 页表 in 影子页表, 虚拟化 in 半虚拟化', () => {
    expect(chineseSearchTokens('影子页表')).toContain('页表');
    expect(chineseSearchTokens('半虚拟化')).toContain('虚拟化');
    expect(chineseSearchTokens('硬件辅助虚拟化')).toEqual(expect.arrayContaining(['硬件', '辅助', '虚拟化', '硬件辅助']));
  });
  it('ignores English text and single characters, and does not repeat the whole run', () => {
    expect(chineseSearchTokens('hypervisor (虚拟机监视器) and VMM')).not.toContain('虚拟机监视器');
    expect(chineseSearchTokens('no Chinese here')).toEqual([]);
    expect(chineseSearchTokens('页 表').every((t) => [...t].length >= 2)).toBe(true);
  });
  it('returns each token once', () => {
    const t = chineseSearchTokens('影子页表 影子页表');
    expect(new Set(t).size).toBe(t.length);
  });
  it('segments with the platform’s word segmenter', () => {
    expect(segmentChinese('容器逃逸')).toEqual(['容器', '逃逸']);
  });
});
