import { describe, expect, it } from 'vitest';
import { milestones } from '../../src/data/timeline';
import { references } from '../../src/data/references';
import { ERAS, KINDS, describeTimelineFilter, eraOf, eraSpan, filterMilestones, findTimelineProblems, sortMilestones, type Milestone } from '../../src/lib/timeline';

const keys = new Set(references.map((r) => r.key));

describe('the timeline data', () => {
  it('passes its checks', () => {
    expect(findTimelineProblems(milestones, keys)).toEqual([]);
  });
  it('uses the corrected dates of the facts sheet, not the source article’s', () => {
    const strachey = milestones.find((m) => m.id === 'strachey-time-sharing')!;
    expect(strachey.year).toBe(1959);
    expect(strachey.sources).toEqual([{ key: 'strachey1959' }]);
    expect(milestones.find((m) => m.id === 'vm-370')!.date).toBe('2 Aug 1972');
  });
  it('has milestones in every era and of every kind', () => {
    for (const era of ERAS) expect(milestones.some((m) => eraOf(m.year).id === era.id), era.id).toBe(true);
    for (const kind of Object.keys(KINDS)) expect(milestones.some((m) => m.kind === kind), kind).toBe(true);
  });
});

describe('findTimelineProblems', () => {
  const m: Milestone = { id: 'x', date: '2001', year: 2001, title: 'Thing', text: 'Something happened that year.', kind: 'hypervisor', sources: [{ key: 'barham2003' }] };
  it('accepts a good milestone', () => {
    expect(findTimelineProblems([m], keys)).toEqual([]);
  });
  it('rejects a date that disagrees with the year, an unknown key, a missing source, a bad URL', () => {
    expect(findTimelineProblems([{ ...m, date: '1956' }], keys).join()).toMatch(/does not mention its year/);
    expect(findTimelineProblems([{ ...m, sources: [{ key: 'nobody2000' }] }], keys).join()).toMatch(/nobody2000/);
    expect(findTimelineProblems([{ ...m, sources: [] }], keys).join()).toMatch(/no source/);
    expect(findTimelineProblems([{ ...m, sources: [{ label: 'x y z', url: 'javascript:alert(1)' }] }], keys).join()).toMatch(/bad link/);
    expect(findTimelineProblems([m, m], keys).join()).toMatch(/duplicate id/);
  });
});

describe('eras and filtering', () => {
  it('puts each year in exactly one era', () => {
    expect(eraOf(1959).id).toBe('mainframe');
    expect(eraOf(1978).id).toBe('mainframe');
    expect(eraOf(1979).id).toBe('unix-pc');
    expect(eraOf(2005).id).toBe('hardware-assist');
    expect(eraOf(2024).id).toBe('cloud-native');
    expect(eraSpan(ERAS[3]!)).toBe('2013 on');
  });
  it('sorts by year, then month', () => {
    const sorted = sortMilestones(milestones);
    for (let i = 1; i < sorted.length; i++) expect(sorted[i]!.year).toBeGreaterThanOrEqual(sorted[i - 1]!.year);
    const y2000 = sorted.filter((x) => x.year === 2000).map((x) => x.id);
    expect(y2000).toEqual(['jail', 'robin-irvine']);
  });
  it('filters by era and by kind, both or neither', () => {
    expect(filterMilestones(milestones, { eras: [], kinds: [] })).toHaveLength(milestones.length);
    const hv = filterMilestones(milestones, { eras: ['mainframe'], kinds: ['hypervisor'] });
    expect(hv.map((x) => x.id)).toEqual(['cp-40', 'm44-44x', 'cp-67', 'vm-370']);
    const hw = filterMilestones(milestones, { eras: [], kinds: ['hardware'] });
    expect(hw.every((x) => x.kind === 'hardware')).toBe(true);
    expect(filterMilestones(milestones, { eras: ['mainframe'], kinds: ['cloud-native'] })).toEqual([]);
  });
  it('describes the filter in one sentence', () => {
    expect(describeTimelineFilter(4, 45, { eras: ['mainframe'], kinds: ['hypervisor'] })).toBe('4 of 45 milestones shown: hypervisors; 1959–1978.');
    expect(describeTimelineFilter(0, 45, { eras: ['mainframe'], kinds: ['cloud-native'] })).toBe('No milestones match: cloud native and serverless; 1959–1978.');
    expect(describeTimelineFilter(45, 45, { eras: [], kinds: [] })).toBe('45 of 45 milestones shown.');
  });
});

describe('dates in the Chinese edition', async () => {
  const { dateInChinese } = await import('../../src/lib/timeline');
  const { milestones } = await import('../../src/data/timeline');

  it('writes day, month and year the Chinese way, part by part', () => {
    expect(dateInChinese('2 Aug 1972')).toBe('1972 年 8 月 2 日');
    expect(dateInChinese('Jun 1959')).toBe('1959 年 6 月');
    expect(dateInChinese('1964–67')).toBe('1964–67 年');
    expect(dateInChinese('c.1965 / 1970')).toBe('约 1965 年 / 1970 年');
    expect(dateInChinese('Jun 1993 / 17 Jun 2008')).toBe('1993 年 6 月 / 2008 年 6 月 17 日');
    expect(dateInChinese('Aug 2016 / 2019–20')).toBe('2016 年 8 月 / 2019–20 年');
  });

  it('refuses a date it cannot read instead of showing English', () => {
    expect(() => dateInChinese('Spring 1990')).toThrow(/Spring 1990/);
    expect(() => dateInChinese('Foo 1990')).toThrow(/Foo 1990/);
  });

  it('reads every milestone’s date, with no Latin letters left', () => {
    for (const m of milestones) expect(dateInChinese(m.date), m.id).not.toMatch(/[A-Za-z]/);
  });
});

describe('milestones in the Chinese edition', async () => {
  const { milestones } = await import('../../src/data/timeline');
  const { milestonesZh } = await import('../../src/data/timeline-zh');

  it('gives every milestone, and only those, a Chinese title and text', () => {
    expect(Object.keys(milestonesZh).sort()).toEqual(milestones.map((m) => m.id).sort());
    for (const m of milestones) {
      const zh = milestonesZh[m.id]!;
      expect(zh.title, m.id).toMatch(/\S/);
      expect(zh.text, m.id).toMatch(/\p{Script=Han}/u);
      // The years the English text names are in the Chinese text too.
      for (const year of m.text.match(/\b(19|20)\d\d\b/g) ?? []) expect(zh.text, `${m.id}: ${year}`).toContain(year);
    }
  });
});

describe('the filter the element runs', async () => {
  const { matchesTimelineFilter, filterMilestones } = await import('../../src/lib/timeline');
  const { milestones } = await import('../../src/data/timeline');
  it('keeps exactly the milestones filterMilestones keeps, from year and kind alone', () => {
    for (const filter of [{ eras: [], kinds: [] }, { eras: ['mainframe'], kinds: [] }, { eras: ['unix-pc', 'cloud-native'], kinds: ['hypervisor', 'sandbox'] }] as const) {
      const f = { eras: [...filter.eras], kinds: [...filter.kinds] };
      expect(milestones.filter((m) => matchesTimelineFilter({ year: m.year, kind: m.kind }, f)).map((m) => m.id).sort()).toEqual(filterMilestones(milestones, f).map((m) => m.id).sort());
    }
  });
});
