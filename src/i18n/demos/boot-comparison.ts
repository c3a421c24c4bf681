/** Strings of the start-up and overhead comparison (components/demos/BootComparison.astro, src/lib/boot-chart.ts), part of the catalogue. */
import type { MetricId, Provenance, ProvenanceChoice } from '../../lib/figures';
import type { Locale } from '../client';

export interface BootComparisonMessages {
  lang: string;
  metrics: Record<MetricId, string>;
  tags: Record<Provenance, string>;
  isolationLevels: Record<'1' | '2' | '3' | '4', string>;
  // Controls.
  measure: string;
  figures: string;
  sourced: string;
  slideTable: string;
  both: string;
  sortBy: string;
  sortValue: string;
  sortIsolation: string;
  logScale: string;
  detailsHint: string;
  // Table and notes.
  notesIntro: string;
  tableCaption: string;
  technology: string;
  isolation: string;
  /** {n}: a note's number. */
  note: string;
  noSourced: string;
  /** {n}: how many figures. */
  sourcesSummary: string;
  isolationNote: string;
  // The chart (src/lib/boot-chart.ts).
  provenance: Record<ProvenanceChoice, string>;
  scaleLog: string;
  scaleLinear: string;
  sortSmallest: string;
  sortStrongest: string;
  /** {metric}: {provenance}, {scale}, {sort}. */
  chartTitle: string;
  empty: string;
  logNote: string;
  /** {metric}, {names}. */
  missing: Record<ProvenanceChoice, string>;
  namesSeparator: string;
  // Details and notes of a figure. {locator}, {text}: the slide table's place and cell; {link}: the source (HTML).
  sourceSlide: string;
  /** {link}{locator}. */
  sourceRef: string;
  locatorSeparator: string;
  /** {name}: {metric} {value} {tag}. */
  detailsHead: string;
  conditions: string;
  source: string;
  correction: string;
  /** A correction in the details: {text} ({source}). */
  withSource: string;
  noteLabel: string;
  partial: string;
  otherFigures: string;
  /** {value} ({tag}): {conditions} {source}. */
  otherFigure: string;
  /** {rank}, {level}. */
  isolationOf: string;
  /** {name}, {metric} {value} ({tag}). {conditions} Source: {source}{correction} */
  figureNote: string;
  /** {text} ({source}). */
  figureNoteCorrection: string;
  /** The lab machine's own start-up, measured in the page: {parts}; {seconds}. */
  measured: string;
  measuredRestore: string;
  measuredCold: string;
  measuredSeparator: string;
}

export const BOOT_COMPARISON_EN: BootComparisonMessages = {
  lang: 'en-US',
  metrics: {
    'startup-time': 'Start-up time',
    'memory-overhead': 'Memory overhead',
    'image-size': 'Image size',
    'syscall-latency': 'System-call latency',
    'creation-rate': 'Creation rate',
  },
  tags: { sourced: 'sourced', slides: 'slide table' },
  isolationLevels: { 1: 'process', 2: 'shared kernel', 3: 'user-space kernel', 4: 'hardware virtualization' },
  measure: 'Measure',
  figures: 'Figures',
  sourced: 'Sourced',
  slideTable: 'Course-slide table',
  both: 'Both',
  sortBy: 'Sort by',
  sortValue: 'Value, smallest first',
  sortIsolation: 'Isolation, strongest first',
  logScale: 'Logarithmic scale',
  detailsHint: 'Focus a bar (Tab, then the arrow keys) or point at it to see how the figure was measured and where it comes from.',
  notesIntro:
    'The table lists every figure: sourced figures first, then those of a widely copied course slide table, marked “slide table”. The numbers lead to how each was measured and its source.',
  tableCaption: 'Every figure, by technology',
  technology: 'Technology',
  isolation: 'Isolation (1–4)',
  note: 'note {n}',
  noSourced: 'no sourced figure',
  sourcesSummary: 'How each figure was measured, and its source ({n} figures)',
  isolationNote:
    'Isolation is the book’s ordinal reading of what separates tenants, for sorting only: 1 process, 2 shared kernel, 3 user-space kernel, 4 hardware virtualization.',
  provenance: { sourced: 'sourced figures', slides: 'figures from a widely copied course slide table', both: 'sourced and slide-table figures' },
  scaleLog: 'logarithmic scale',
  scaleLinear: 'linear scale',
  sortSmallest: 'smallest first',
  sortStrongest: 'strongest isolation first',
  chartTitle: '{metric}: {provenance}, {scale}, {sort}',
  empty: 'No figure of this kind in the chosen set.',
  logNote: 'Each grid line is ten times the one before; bars start at the left edge of the axis, not at zero.',
  missing: {
    sourced: 'No sourced figure for {metric}: {names}.',
    slides: 'No slide-table figure for {metric}: {names}.',
    both: 'No figure for {metric}: {names}.',
  },
  namesSeparator: '; ',
  sourceSlide: 'A widely copied course slide table, {locator}; printed there as “{text}”.',
  sourceRef: '{link}{locator}.',
  locatorSeparator: ', ',
  detailsHead: '{name}: {metric} {value} {tag}',
  conditions: 'Conditions:',
  source: 'Source:',
  correction: 'Correction:',
  withSource: '{text} ({source})',
  noteLabel: 'Note:',
  partial: 'this figure counts only part of the per-instance cost.',
  otherFigures: 'Other figures:',
  otherFigure: '{value} ({tag}): {conditions} {source}',
  isolationOf: 'Isolation {rank} of 4 ({level}):',
  figureNote: '{name}, {metric} {value} ({tag}). {conditions} Source: {source}{correction}',
  figureNoteCorrection: ' Correction: {text} ({source})',
  measured:
    'Measured here, on this device, in this book’s emulated lab machine (an x86 PC emulated in WebAssembly, so far slower than the hardware behind the figures above): {parts}.',
  measuredRestore: 'restored from its snapshot in {seconds} s',
  measuredCold: 'cold-booted in {seconds} s',
  measuredSeparator: '; ',
};

export const BOOT_COMPARISON_ZH: BootComparisonMessages = {
  lang: 'zh-CN',
  metrics: {
    'startup-time': '启动时间',
    'memory-overhead': '内存开销',
    'image-size': '镜像大小',
    'syscall-latency': '系统调用延迟',
    'creation-rate': '创建速率',
  },
  tags: { sourced: '有出处', slides: '幻灯片表格' },
  isolationLevels: { 1: '进程', 2: '共享内核', 3: '用户态内核', 4: '硬件虚拟化' },
  measure: '指标',
  figures: '数据',
  sourced: '有出处的数据',
  slideTable: '课程幻灯片表格',
  both: '两者都显示',
  sortBy: '排序方式',
  sortValue: '按数值，从小到大',
  sortIsolation: '按隔离强度，从强到弱',
  logScale: '对数坐标',
  detailsHint: '让某个条形获得焦点（按 Tab，再用方向键）或把指针移到它上面，就能看到这个数值是怎样测得的、出自哪里。',
  notesIntro: '表格列出了每一个数值：先是有出处的数值，然后是一份流传很广的课程幻灯片表格中的数值，标有“幻灯片表格”。数字链接到每个数值的测量方法和出处。',
  tableCaption: '全部数值，按技术列出',
  technology: '技术',
  isolation: '隔离强度（1–4）',
  note: '注 {n}',
  noSourced: '没有有出处的数值',
  sourcesSummary: '每个数值的测量方法和出处（共 {n} 个数值）',
  isolationNote: '隔离强度是本书对租户之间靠什么隔开的序数判断，只用于排序：1 进程，2 共享内核，3 用户态内核，4 硬件虚拟化。',
  provenance: { sourced: '有出处的数值', slides: '一份流传很广的课程幻灯片表格中的数值', both: '有出处的数值和幻灯片表格中的数值' },
  scaleLog: '对数坐标',
  scaleLinear: '线性坐标',
  sortSmallest: '从小到大',
  sortStrongest: '隔离强度从强到弱',
  chartTitle: '{metric}：{provenance}，{scale}，{sort}',
  empty: '所选的数据中没有这一类数值。',
  logNote: '每条网格线是前一条的十倍；条形从坐标轴的左端开始，而不是从零开始。',
  missing: {
    sourced: '以下技术没有有出处的{metric}数值：{names}。',
    slides: '以下技术没有幻灯片表格中的{metric}数值：{names}。',
    both: '以下技术没有{metric}数值：{names}。',
  },
  namesSeparator: '；',
  sourceSlide: '一份流传很广的课程幻灯片表格，{locator}；原文印作“{text}”。',
  sourceRef: '{link}{locator}。',
  locatorSeparator: '，',
  detailsHead: '{name}：{metric} {value} {tag}',
  conditions: '条件：',
  source: '出处：',
  correction: '更正：',
  withSource: '{text}（{source}）',
  noteLabel: '注意：',
  partial: '这个数值只计入了每个实例成本的一部分。',
  otherFigures: '其他数值：',
  otherFigure: '{value}（{tag}）：{conditions}{source}',
  isolationOf: '隔离强度 {rank}/4（{level}）：',
  figureNote: '{name}，{metric} {value}（{tag}）。{conditions}出处：{source}{correction}',
  figureNoteCorrection: '更正：{text}（{source}）',
  measured: '在这台设备上、本书仿真的实验机器中实测（一台用 WebAssembly 仿真的 x86 PC，比上面数值背后的硬件慢得多）：{parts}。',
  measuredRestore: '从快照恢复用了 {seconds} s',
  measuredCold: '冷启动用了 {seconds} s',
  measuredSeparator: '；',
};

export const BOOT_COMPARISON_MESSAGES: Record<Locale, BootComparisonMessages> = { en: BOOT_COMPARISON_EN, 'zh-cn': BOOT_COMPARISON_ZH };
