/** Strings of the exit-cost calculator (components/simulators/ExitCost.astro), part of the catalogue. */
import type { CostTechnique, ExitCostInput } from '../../lib/exit-cost';
import type { Locale } from '../client';
import { NUMBER_INPUT_EN, NUMBER_INPUT_ZH, type NumberInputMessages } from './number-input';

export interface ExitCostMessages {
  number: NumberInputMessages;
  /** Field labels, as labels and error messages say them. */
  fields: Record<keyof ExitCostInput, string>;
  hints: Record<keyof ExitCostInput, string>;
  techniques: Record<CostTechnique, string>;
  explain: string;
  /** {seconds} {exits} {exit} {bt} {slowdown}: the defaults, formatted. */
  noJs: string;
  barsLabel: string;
  stale: string;
  model: string;
  /** The sentence under the bars. {native}: the native run time; {total}, {added}, {percent}, {events}, {cost}, {slowdown}. */
  describeNative: string;
  describeHardware: string;
  describeTranslation: string;
  describeEmulation: string;
}

const ILLUSTRATIVE_EN = 'Illustrative default, not a measurement: set your own.';
const ILLUSTRATIVE_ZH = '示意性的默认值，不是测量结果：请设置你自己的数值。';

export const EXIT_COST_EN: ExitCostMessages = {
  number: NUMBER_INPUT_EN,
  fields: {
    workloadSeconds: 'Workload length',
    exitsPerSecond: 'VM exits per second',
    exitCostMicros: 'Cost per exit',
    btCostMicros: 'Cost per translated event',
    emulationSlowdown: 'Emulation slowdown',
  },
  hints: {
    workloadSeconds: 'Native run time of your workload.',
    exitsPerSecond: 'Your workload’s rate of sensitive events.',
    exitCostMicros: ILLUSTRATIVE_EN,
    btCostMicros: ILLUSTRATIVE_EN,
    emulationSlowdown: ILLUSTRATIVE_EN,
  },
  techniques: {
    native: 'Native',
    hardware: 'Hardware-assisted (VM exits)',
    'binary-translation': 'Binary translation',
    emulation: 'Interpretive emulation',
  },
  explain: 'Explain this technique',
  noJs:
    'Computed for a {seconds} s workload with {exits} VM exits per second, {exit} µs per exit, {bt} µs per translated event and a {slowdown}× emulation slowdown. These are illustrative values, not measurements; turn on JavaScript to set your own.',
  barsLabel: 'Run time by technique',
  stale: 'A field above has a problem: the bars still show the last valid numbers.',
  model:
    'Model: run time = native time + events × cost per event (interpretation: native time × slowdown). It leaves out cache and TLB pollution not included in the per-event cost, translation time and I/O waiting.',
  describeNative: 'Natively the workload takes {native}; the other bars show what each technique adds.',
  describeHardware: 'With hardware assistance the {native} workload takes {total}: {events} VM exits at {cost} µs each add {added} ({percent}).',
  describeTranslation: 'With binary translation the {native} workload takes {total}: {events} sensitive events at {cost} µs each add {added} ({percent}).',
  describeEmulation: 'Interpreted {slowdown}× slower, the {native} workload takes {total} ({percent} overhead).',
};

export const EXIT_COST_ZH: ExitCostMessages = {
  number: NUMBER_INPUT_ZH,
  fields: {
    workloadSeconds: '工作负载时长',
    exitsPerSecond: '每秒 VM Exit 次数',
    exitCostMicros: '每次退出的开销',
    btCostMicros: '每个翻译事件的开销',
    emulationSlowdown: '仿真减速倍数',
  },
  hints: {
    workloadSeconds: '工作负载在物理机上直接运行所需的时间。',
    exitsPerSecond: '工作负载每秒触发敏感事件的次数。',
    exitCostMicros: ILLUSTRATIVE_ZH,
    btCostMicros: ILLUSTRATIVE_ZH,
    emulationSlowdown: ILLUSTRATIVE_ZH,
  },
  techniques: {
    native: '原生运行',
    hardware: '硬件辅助（VM Exit）',
    'binary-translation': '二进制翻译',
    emulation: '解释执行式仿真',
  },
  explain: '解释这种技术',
  noJs:
    '计算条件：工作负载运行 {seconds} s，每秒 {exits} 次 VM Exit，每次退出 {exit} µs，每个翻译事件 {bt} µs，仿真比原生慢 {slowdown} 倍。这些是示意性的数值，不是测量结果；启用 JavaScript 后可以设置你自己的数值。',
  barsLabel: '各技术的运行时间',
  stale: '上面某个输入框有问题：条形图仍显示最后一组有效数值的结果。',
  model:
    '模型：运行时间 = 原生时间 + 事件数 × 每个事件的开销（解释执行：原生时间 × 减速倍数）。模型没有计入每事件开销之外的缓存和 TLB 污染、翻译本身的时间以及 I/O 等待。',
  describeNative: '原生运行时，工作负载耗时 {native}；其他条形显示各技术额外增加的时间。',
  describeHardware: '采用硬件辅助时，原生耗时 {native} 的工作负载需要 {total}：{events} 次 VM Exit、每次 {cost} µs，共增加 {added}（{percent}）。',
  describeTranslation: '采用二进制翻译时，原生耗时 {native} 的工作负载需要 {total}：{events} 个敏感事件、每个 {cost} µs，共增加 {added}（{percent}）。',
  describeEmulation: '解释执行慢 {slowdown} 倍时，原生耗时 {native} 的工作负载需要 {total}（开销 {percent}）。',
};

export const EXIT_COST_MESSAGES: Record<Locale, ExitCostMessages> = { en: EXIT_COST_EN, 'zh-cn': EXIT_COST_ZH };
