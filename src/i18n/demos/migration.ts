/** Strings of the pre-copy migration simulator (components/simulators/Migration.astro), part of the catalogue. */
import type { MigrationInput } from '../../lib/migration';
import type { Locale } from '../client';
import { NUMBER_INPUT_EN, NUMBER_INPUT_ZH, type NumberInputMessages } from './number-input';

export interface MigrationMessages {
  number: NumberInputMessages;
  fields: Record<keyof MigrationInput, string>;
  hints: Record<keyof MigrationInput, string>;
  /** {memory} {dirty} {bandwidth} {threshold} {rounds}: the defaults, formatted. */
  noJs: string;
  stale: string;
  model: string;
  caption: string;
  round: string;
  sent: string;
  time: string;
  dirtied: string;
  stopAndCopy: string;
  forcedStop: string;
  total: string;
  /** {n} rounds elided, each {ratio}× the one before. */
  elided: string;
  /** {memory}: the memory size with its unit. */
  thresholdTooLarge: string;
  /** Verdicts. {down}, {total}: times; {sent}, {final}, {memory}, {dirty}, {bandwidth}: amounts with units; {rounds}: roundsOne/Many. */
  noLiveRounds: string;
  converges: string;
  /** {n}: the last round. */
  forced: string;
  dirtyRate: string;
  maxRounds: string;
  neverReached: string;
  /** {rounds}: needRoundsOne/Many. */
  wouldNeed: string;
  preCopyRoundsOne: string;
  preCopyRoundsMany: string;
  roundsOne: string;
  roundsMany: string;
}

export const MIGRATION_EN: MigrationMessages = {
  number: NUMBER_INPUT_EN,
  fields: {
    memoryMiB: 'Memory size',
    dirtyRateMiBps: 'Dirty rate',
    bandwidthMiBps: 'Link bandwidth',
    thresholdMiB: 'Stop-and-copy threshold',
    maxRounds: 'Maximum rounds',
  },
  hints: {
    memoryMiB: '4,096 MiB is a 4 GiB guest.',
    dirtyRateMiBps: 'Illustrative default, not a measurement: set your own.',
    bandwidthMiBps: '1 Gbit/s ≈ 119.2 MiB/s; 10 Gbit/s ≈ 1,192 MiB/s.',
    thresholdMiB: 'Pause the guest once this little is left to send.',
    maxRounds: 'Give up on converging after this many rounds.',
  },
  noJs:
    'Computed for a {memory} MiB guest that dirties {dirty} MiB/s, a {bandwidth} MiB/s link, a {threshold} MiB stop-and-copy threshold and at most {rounds} rounds. The dirty rate, threshold and round limit are illustrative; turn on JavaScript to set your own.',
  stale: 'A field above has a problem: the table still shows the last valid result.',
  model:
    'Model: round 1 sends all memory; each later round sends what the guest dirtied during the previous one, so rounds shrink by the factor dirty rate ÷ bandwidth. It assumes a constant dirty rate on distinct pages and a link used by migration alone, and leaves out device and CPU state and the time to resume at the destination.',
  caption: 'Pre-copy rounds: data sent, time taken and memory dirtied meanwhile',
  round: 'Round',
  sent: 'Sent (MiB)',
  time: 'Time',
  dirtied: 'Dirtied meanwhile (MiB)',
  stopAndCopy: 'Stop-and-copy (guest paused)',
  forcedStop: 'Forced stop (guest paused)',
  total: 'Total',
  elided: '… {n} more rounds, each {ratio}× the one before …',
  thresholdTooLarge: 'Stop-and-copy threshold cannot exceed the memory size ({memory}).',
  noLiveRounds: 'No live rounds: the threshold covers all {memory}, so this is a plain stop-and-copy migration. The guest is paused for {down}.',
  converges: 'Converges in {rounds}: downtime {down} to send the last {final}; {sent} sent in {total} in all.',
  forced: 'Stopping the guest after round {n} anyway would pause it for {down}.',
  dirtyRate:
    'Does not converge: the guest dirties memory ({dirty}) at least as fast as the link sends it ({bandwidth}), so no round is smaller than the last. {forced}',
  maxRounds: 'Does not converge within {rounds}: the dirty set shrinks, but {needed}. {forced}',
  neverReached: 'a threshold of 0 MiB can never be reached while the guest keeps writing',
  wouldNeed: 'it would need {rounds}',
  preCopyRoundsOne: '{n} pre-copy round',
  preCopyRoundsMany: '{n} pre-copy rounds',
  roundsOne: '{n} round',
  roundsMany: '{n} rounds',
};

export const MIGRATION_ZH: MigrationMessages = {
  number: NUMBER_INPUT_ZH,
  fields: {
    memoryMiB: '内存大小',
    dirtyRateMiBps: '脏页率',
    bandwidthMiBps: '链路带宽',
    thresholdMiB: '停机拷贝阈值',
    maxRounds: '最大轮数',
  },
  hints: {
    memoryMiB: '4,096 MiB 即 4 GiB 内存的客户机。',
    dirtyRateMiBps: '示意性的默认值，不是测量结果：请设置你自己的数值。',
    bandwidthMiBps: '1 Gbit/s ≈ 119.2 MiB/s；10 Gbit/s ≈ 1,192 MiB/s。',
    thresholdMiB: '剩余待发送的数据不超过这个量时，暂停客户机。',
    maxRounds: '超过这么多轮仍未收敛就放弃。',
  },
  noJs:
    '计算条件：客户机内存 {memory} MiB，每秒写脏 {dirty} MiB，链路 {bandwidth} MiB/s，停机拷贝阈值 {threshold} MiB，最多 {rounds} 轮。脏页率、阈值和轮数上限都是示意性的数值；启用 JavaScript 后可以设置你自己的数值。',
  stale: '上面某个输入框有问题：表格仍显示最后一组有效数值的结果。',
  model:
    '模型：第 1 轮发送全部内存；之后每一轮发送客户机在上一轮期间写脏的内存，因此每轮按“脏页率 ÷ 带宽”的比例缩小。模型假设脏页率恒定且每次写的都是不同的页、链路只供迁移使用，并且没有计入设备和 CPU 状态以及在目的宿主机上恢复运行所需的时间。',
  caption: '预拷贝各轮：发送的数据量、耗时以及期间新写脏的内存',
  round: '轮次',
  sent: '发送量（MiB）',
  time: '耗时',
  dirtied: '期间写脏（MiB）',
  stopAndCopy: '停机拷贝（客户机暂停）',
  forcedStop: '强制停机（客户机暂停）',
  total: '合计',
  elided: '……另有 {n} 轮，每轮是上一轮的 {ratio} 倍……',
  thresholdTooLarge: '停机拷贝阈值不能超过内存大小（{memory}）。',
  noLiveRounds: '没有在线拷贝轮次：阈值覆盖了全部 {memory}，所以这是一次单纯的停机拷贝迁移。客户机暂停 {down}。',
  converges: '经过 {rounds}后收敛：停机时间 {down}，用于发送最后的 {final}；总共发送 {sent}，用时 {total}。',
  forced: '如果在第 {n} 轮之后强行停机，客户机将暂停 {down}。',
  dirtyRate: '不收敛：客户机写脏内存的速度（{dirty}）不低于链路发送的速度（{bandwidth}），所以没有哪一轮比上一轮小。{forced}',
  maxRounds: '在 {rounds}内不收敛：脏页集合在缩小，但{needed}。{forced}',
  neverReached: '只要客户机还在写内存，0 MiB 的阈值就永远达不到',
  wouldNeed: '需要 {rounds}',
  preCopyRoundsOne: '{n} 轮预拷贝',
  preCopyRoundsMany: '{n} 轮预拷贝',
  roundsOne: '{n} 轮',
  roundsMany: '{n} 轮',
};

export const MIGRATION_MESSAGES: Record<Locale, MigrationMessages> = { en: MIGRATION_EN, 'zh-cn': MIGRATION_ZH };
