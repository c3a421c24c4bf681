/** Strings of the density calculator (components/demos/DensityCalculator.astro), part of the catalogue. */
import type { DensityField } from '../../lib/density';
import type { Locale } from '../client';
import { NUMBER_INPUT_EN, NUMBER_INPUT_ZH, type NumberInputMessages } from './number-input';

/** The sentence of each row (src/lib/density.ts). */
export interface DensityWords {
  lang: string;
  /** {name}: {rest} — the technology, then what follows. */
  row: string;
  /** A sentence after the formula for a slide-table figure (kept out of the sum). */
  slideFigure: string;
  /** {app} + {overhead} overhead: both in MiB. */
  each: string;
  atMost: string;
  caveat: string;
  /** {each} {usable}. */
  noneMemory: string;
  noneCores: string;
  /** {why}. */
  none: string;
  instancesOne: string;
  instancesMany: string;
  /** {bound} {n} {cores} {perCore} {memory}. */
  coresBind: string;
  /** {bound} {n} {usable} {each} {coreNote}. */
  memoryBinds: string;
  exactlyCores: string;
  /** {limit}. */
  belowCores: string;
}

export interface DensityMessages {
  number: NumberInputMessages;
  words: DensityWords;
  /** Labels as fields and messages name them; units are shown after the label. */
  fields: Record<DensityField, string>;
  hints: Record<DensityField, string>;
  optional: string;
  /** A field's label with its unit (or "optional"). */
  withUnit: string;
  technology: string;
  overhead: string;
  instances: string;
  limits: string;
  notes: string;
  slideSource: string;
  fixOne: string;
  /** {n} fields. */
  fixMany: string;
  /** {memory} {cores} {app} {headroom} {limit}. */
  caption: string;
  coresOne: string;
  coresMany: string;
  noLimit: string;
  /** {n}. */
  limit: string;
  noneFit: string;
  tagSlide: string;
  /** Beside an overhead that covers only part of the per-instance cost: a note, not a unit. */
  tagPartial: string;
  /** The overhead cell: {source}, the figure as its source states it ("4.09 MB"), = {mib}, the value the sum uses ("3.9 MiB"). */
  converted: string;
}

export const DENSITY_WORDS_EN: DensityWords = {
  lang: 'en-US',
  row: '{name}:{rest}',
  slideFigure: ' The overhead is the slide table’s figure.',
  each: '{app} + {overhead} overhead',
  atMost: ' at most',
  caveat: ' The overhead counts only part of the per-instance cost, so fewer fit in practice.',
  noneMemory: 'one instance needs {each}, more than the {usable} usable',
  noneCores: 'the core limit allows none',
  none: ' none fit; {why}.',
  instancesOne: '{n} instance',
  instancesMany: '{n} instances',
  coresBind: '{bound} {n}; cores bind: {cores} cores × {perCore} per core, while memory would allow {memory}.',
  memoryBinds: '{bound} {n}; memory binds: {usable} usable ÷ ({each}){coreNote}.',
  exactlyCores: ', exactly the core limit too',
  belowCores: ', below the core limit of {limit}',
};

export const DENSITY_EN: DensityMessages = {
  number: NUMBER_INPUT_EN,
  words: DENSITY_WORDS_EN,
  fields: {
    hostMemoryGiB: 'Host memory',
    cores: 'Cores',
    appMiB: 'Application footprint',
    headroomPercent: 'Headroom',
    perCoreLimit: 'Instances per core',
  },
  hints: {
    hostMemoryGiB: 'Physical memory of the host.',
    cores: 'Physical or logical cores to share out.',
    appMiB: 'Memory the application itself needs in each instance.',
    headroomPercent: 'Memory kept free for the host and for peaks.',
    perCoreLimit: 'A limit you choose for CPU contention; leave empty for none.',
  },
  optional: 'optional',
  withUnit: '{label} ({unit})',
  technology: 'Technology',
  overhead: 'Overhead per instance',
  instances: 'Instances',
  limits: 'What limits it',
  notes:
    'Each instance is charged the application’s footprint plus the technology’s memory overhead as its source measured it. For VMs that overhead is the monitor’s own memory; the guest kernel’s memory comes out of the guest’s allocation and is not counted. A per-core limit is a policy you choose: the sources give no general figure for it. Sources state overheads in MB (millions of bytes); the table converts each to MiB (1 MiB = 1,048,576 bytes) before adding it to the footprint, so the sum is in one unit.',
  slideSource: 'A widely copied course slide table (its performance table)',
  fixOne: 'One field needs correcting; the table still shows the result for the last valid values.',
  fixMany: '{n} fields need correcting; the table still shows the result for the last valid values.',
  caption: 'Instances that fit on a host with {memory} GiB of memory and {cores}, for an application of {app}, keeping {headroom}% of memory free, {limit}.',
  coresOne: '{n} core',
  coresMany: '{n} cores',
  noLimit: 'no per-core limit',
  limit: 'at most {n} instances per core',
  noneFit: 'none fit',
  tagSlide: 'slide table',
  tagPartial: 'only part of the cost',
  converted: '{source} = {mib}',
};

export const DENSITY_ZH: DensityMessages = {
  number: NUMBER_INPUT_ZH,
  words: {
    lang: 'zh-CN',
    row: '{name}：{rest}',
    slideFigure: '这个开销是幻灯片表格中的数值。',
    each: '{app} + 开销 {overhead}',
    atMost: '最多 ',
    caveat: '这个开销只计入了每个实例成本的一部分，所以实际能放下的更少。',
    noneMemory: '一个实例需要 {each}，超过了可用的 {usable}',
    noneCores: '按每核上限一个也放不下',
    none: '一个也放不下；{why}。',
    instancesOne: '{n} 个实例',
    instancesMany: '{n} 个实例',
    coresBind: '{bound}{n}；受核数限制：{cores} 个核 × 每核 {perCore} 个，而内存本可容纳 {memory} 个。',
    memoryBinds: '{bound}{n}；受内存限制：可用 {usable} ÷（{each}）{coreNote}。',
    exactlyCores: '，恰好也等于每核上限',
    belowCores: '，低于每核上限所允许的 {limit} 个',
  },
  fields: {
    hostMemoryGiB: '宿主机内存',
    cores: '核数',
    appMiB: '应用内存占用',
    headroomPercent: '预留比例',
    perCoreLimit: '每核实例数',
  },
  hints: {
    hostMemoryGiB: '宿主机的物理内存。',
    cores: '要分配的物理核或逻辑核。',
    appMiB: '每个实例中应用本身需要的内存。',
    headroomPercent: '为宿主机和负载高峰保留的空闲内存。',
    perCoreLimit: '你为控制 CPU 争用而设定的上限；留空表示不设上限。',
  },
  optional: '可选',
  withUnit: '{label}（{unit}）',
  technology: '技术',
  overhead: '每个实例的开销',
  instances: '实例数',
  limits: '限制因素',
  notes:
    '每个实例计入应用的内存占用，加上该技术的内存开销（按出处的测量）。对虚拟机而言，这个开销是监视器自身的内存；客户机内核的内存从客户机分配的内存中支出，不另计。每核上限是你自己选择的策略：各出处没有给出通用的数值。出处给出的开销以 MB（百万字节）为单位，表格先把它换算成 MiB（1 MiB = 1,048,576 字节），再与应用内存占用相加，两者单位一致。',
  slideSource: '一份流传很广的课程幻灯片表格（其中的性能对比表）',
  fixOne: '有 1 个输入框需要更正；表格仍显示最后一组有效数值的结果。',
  fixMany: '有 {n} 个输入框需要更正；表格仍显示最后一组有效数值的结果。',
  caption: '宿主机内存 {memory} GiB、{cores}，应用占用 {app}，预留 {headroom}% 的内存，{limit}时，每种技术能放下的实例数。',
  coresOne: '{n} 个核',
  coresMany: '{n} 个核',
  noLimit: '不设每核上限',
  limit: '每核最多 {n} 个实例',
  noneFit: '放不下',
  tagSlide: '幻灯片表格',
  tagPartial: '仅计部分开销',
  converted: '{source} = {mib}',
};

export const DENSITY_MESSAGES: Record<Locale, DensityMessages> = { en: DENSITY_EN, 'zh-cn': DENSITY_ZH };
