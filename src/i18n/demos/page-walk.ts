/** Strings of the page-walk counter (components/simulators/PageWalk.astro), part of the catalogue. */
import type { Paging } from '../../lib/page-walk';
import type { Locale } from '../client';

/** How the walk's engine names rows, columns and cells ({level}: L4…L1; {what}: what a host walk translates). */
export interface PageWalkWords {
  tableEntry: string;
  shadowEntry: string;
  hostEntryFor: string;
  guestEntry: string;
  dataGpa: string;
  entryGpa: string;
  colEntry: string;
  colData: string;
  rowHost: string;
  rowGuest: string;
  rowShadow: string;
  rowTable: string;
}

export interface PageWalkMessages {
  lang: string;
  words: PageWalkWords;
  paging: string;
  pagings: Record<Paging, string>;
  guestLevels: string;
  hostLevels: string;
  cacheHits: string;
  tlbHit: string;
  pwcHit: string;
  nestedTlbHit: string;
  cacheHint: string;
  stepControls: string;
  back: string;
  step: string;
  showAll: string;
  reset: string;
  /** Worst case and its source; {doi} is the link (HTML). */
  note: string;
  notCounted: string;
  saved: string;
  notYet: string;
  /** Between a cell's number and what it reads, for screen readers. */
  colon: string;
  caption: string;
  tlbHolds: string;
  /** {n}: references. */
  pressStep: string;
  /** {i} of {n}: {what}. */
  reference: string;
  /** {refs}: refsOne/Many (HTML, the number in bold). */
  refsOne: string;
  refsMany: string;
  /** {saved} of {uncached}. */
  cachesSave: string;
  /** {refs} {n} {m} {worst} {cache}. */
  summaryNested: string;
  summaryShadow: string;
  summaryNative: string;
}

/** The engine's English words, on their own so that the engine's default does not carry the widget's strings. */
export const PAGE_WALK_WORDS_EN: PageWalkWords = {
  tableEntry: 'page-table {level} entry',
  shadowEntry: 'shadow {level} entry',
  hostEntryFor: 'host {level} entry for {what}',
  guestEntry: 'guest {level} entry',
  dataGpa: 'the data’s gPA',
  entryGpa: 'the g{level} entry’s gPA',
  colEntry: 'g{level} entry',
  colData: 'data gPA',
  rowHost: 'host {level}',
  rowGuest: 'guest entry',
  rowShadow: 'shadow table',
  rowTable: 'page table',
};

export const PAGE_WALK_EN: PageWalkMessages = {
  lang: 'en-US',
  words: PAGE_WALK_WORDS_EN,
  paging: 'Paging',
  pagings: { native: 'Native paging', shadow: 'Shadow paging', nested: 'Nested paging (EPT/NPT)' },
  guestLevels: 'Guest page-table levels',
  hostLevels: 'Host (EPT/NPT) levels',
  cacheHits: 'Cache hits',
  tlbHit: 'TLB hit',
  pwcHit: 'Page-walk cache hit (upper levels)',
  nestedTlbHit: 'Nested TLB hit (gPA → hPA)',
  cacheHint:
    'Each cache is shown at its best: a page-walk cache hit holds every entry above the guest’s last level, a nested TLB hit holds the guest-physical to host-physical translations.',
  stepControls: 'Step controls',
  back: '◀ Back',
  step: 'Step ▶',
  showAll: 'Show all',
  reset: 'Reset',
  note: 'Nested paging’s worst case, (n+1)(m+1) − 1 references (24 for four levels on four), is from Bhargava et al., ASPLOS 2008 ({doi}). Numbers give the order of the references; stepping names what each one reads.',
  notCounted: 'data access (not counted)',
  saved: 'saved',
  notYet: 'not yet',
  colon: ': ',
  caption: 'Memory references of one TLB miss, in order',
  tlbHolds: 'The TLB holds the translation: no memory reference is needed.',
  pressStep: 'Press Step to follow the walk: {n} references.',
  reference: 'Reference {i} of {n}: {what}.',
  refsOne: '{n} memory reference',
  refsMany: '{n} memory references',
  cachesSave: ' The caches save {saved} of {uncached}.',
  summaryNested: '{refs} for this TLB miss; with no cache hit a {n}-level guest on a {m}-level host needs ({n}+1)({m}+1) − 1 = {worst}, against {n} natively.{cache}',
  summaryShadow:
    '{refs}: the hardware walks the VMM’s {n}-level shadow table as fast as native paging; the cost moves elsewhere, because the VMM must write-protect the guest’s page tables and update the shadow when they change.{cache}',
  summaryNative: '{refs}: one per level of the {n}-level page table.{cache}',
};

export const PAGE_WALK_ZH: PageWalkMessages = {
  lang: 'zh-CN',
  words: {
    tableEntry: '页表 {level} 表项',
    shadowEntry: '影子页表 {level} 表项',
    hostEntryFor: '宿主机 {level} 表项（转换 {what}）',
    guestEntry: '客户机 {level} 表项',
    dataGpa: '数据页 gPA',
    entryGpa: 'g{level} 表项的 gPA',
    colEntry: 'g{level} 表项',
    colData: '数据 gPA',
    rowHost: '宿主机 {level}',
    rowGuest: '客户机表项',
    rowShadow: '影子页表',
    rowTable: '页表',
  },
  paging: '分页方式',
  pagings: { native: '原生分页', shadow: '影子分页', nested: '嵌套分页（EPT/NPT）' },
  guestLevels: '客户机页表级数',
  hostLevels: '宿主机（EPT/NPT）级数',
  cacheHits: '缓存命中',
  tlbHit: 'TLB 命中',
  pwcHit: '页表遍历缓存命中（上层各级）',
  nestedTlbHit: '嵌套 TLB 命中（gPA → hPA）',
  cacheHint: '每种缓存都按最好的情况显示：页表遍历缓存命中时，客户机最后一级以上的表项都已缓存；嵌套 TLB 命中时，客户机物理地址到宿主机物理地址的转换都已缓存。',
  stepControls: '单步控制',
  back: '◀ 上一步',
  step: '下一步 ▶',
  showAll: '全部显示',
  reset: '重置',
  note: '嵌套分页的最坏情况是 (n+1)(m+1) − 1 次访存（四级套四级时为 24 次），出自 Bhargava 等人的 ASPLOS 2008 论文（{doi}）。数字表示访存的先后顺序；单步执行时会说明每次读的是什么。',
  notCounted: '数据访问（不计入）',
  saved: '省去',
  notYet: '尚未进行',
  colon: '：',
  caption: '一次 TLB 未命中引起的访存，按先后顺序',
  tlbHolds: 'TLB 中有这个转换：不需要访问内存。',
  pressStep: '按“下一步”跟随页表遍历：共 {n} 次访存。',
  reference: '第 {i} 次访存（共 {n} 次）：{what}。',
  refsOne: '{n} 次访存',
  refsMany: '{n} 次访存',
  cachesSave: '缓存省去了 {uncached} 次中的 {saved} 次。',
  summaryNested: '这次 TLB 未命中需要 {refs}；没有任何缓存命中时，{n} 级客户机页表运行在 {m} 级宿主机页表上需要 ({n}+1)({m}+1) − 1 = {worst} 次，而原生只需 {n} 次。{cache}',
  summaryShadow: '{refs}：硬件遍历 VMM 的 {n} 级影子页表，和原生分页一样快；代价转移到了别处，因为 VMM 必须对客户机页表做写保护，并在它们改变时更新影子页表。{cache}',
  summaryNative: '{refs}：{n} 级页表每级一次。{cache}',
};

export const PAGE_WALK_MESSAGES: Record<Locale, PageWalkMessages> = { en: PAGE_WALK_EN, 'zh-cn': PAGE_WALK_ZH };
