/** Strings of the cold-start simulator (components/simulators/ColdStart.astro), part of the catalogue. */
import type { ColdStartInput } from '../../lib/cold-start';
import type { SandboxId } from '../../lib/sandbox-startup';
import type { Locale } from '../client';
import { NUMBER_INPUT_EN, NUMBER_INPUT_ZH, type NumberInputMessages } from './number-input';

export interface ColdStartMessages {
  number: NumberInputMessages;
  fields: Record<keyof ColdStartInput, string>;
  /** Units that are words (the others are SI symbols, the same in both editions). */
  units: Partial<Record<keyof ColdStartInput, string>>;
  hints: Partial<Record<keyof ColdStartInput, string>>;
  sandbox: string;
  sandboxes: Record<SandboxId, string>;
  /** {duration} {rate} {exec} {warm} {sandbox} {startup} {seed}; {source} is the source line (HTML). */
  noJs: string;
  stale: string;
  model: string;
  requests: string;
  coldStarts: string;
  /** After the count of cold starts: their share. */
  coldShare: string;
  /** {p}: p50 or p99. */
  latency: string;
  peak: string;
  noRequests: string;
  /** {cold} {n} {share} {p50} {p99}. */
  sentence: string;
  timelineTitle: string;
  /** {n} instances left out of the drawing. */
  moreOne: string;
  moreMany: string;
  descNone: string;
  /** {n} {duration} {peak}. */
  descOne: string;
  descMany: string;
  legendStart: string;
  legendBusy: string;
  legendWarm: string;
  legendExpire: string;
  /** {sandbox}: its label; {startup}: its figure with unit. */
  ownStartup: string;
  sourceLink: string;
  /**
   * {sandbox}, {source} (its figure and conditions), {link} (HTML). A final Chinese full stop 。 of
   * {source} is dropped, so the Chinese line can close with the bracketed link: ……比较（出处）。
   */
  sourceLine: string;
  /** A figure given as a range: {range}, {startup}. */
  rangeUsed: string;
  colon: string;
  /** {duration}: the largest number of requests a run may simulate. */
  tooMany: string;
  tooManyRun: string;
}

export const COLD_START_EN: ColdStartMessages = {
  number: NUMBER_INPUT_EN,
  fields: {
    rate: 'Request rate',
    burst: 'Burst size',
    keepWarmS: 'Keep-warm time',
    startupMs: 'Start-up time',
    execMs: 'Execution time',
    durationS: 'Simulated time',
    seed: 'Run number',
  },
  units: { rate: 'requests/s' },
  hints: {
    rate: 'Mean arrivals; illustrative.',
    burst: '1 = smooth (Poisson) arrivals.',
    keepWarmS: 'Idle time before an instance is shut down.',
    execMs: 'Your function’s run time; illustrative.',
    seed: 'The same run number replays the same requests.',
  },
  sandbox: 'Sandbox',
  sandboxes: {
    container: 'Container (runc, through Docker)',
    gvisor: 'gVisor sandbox (runsc, through Docker)',
    kata: 'Kata Containers pod',
    firecracker: 'Firecracker microVM',
    vm: 'VM (QEMU/KVM, minimal guest)',
  },
  noJs:
    'Simulated for {duration} s of requests arriving at {rate} per second on average, each running {exec} ms, with instances kept warm for {warm} s and a {sandbox} start-up of {startup} ms (run {seed}). {source} Turn on JavaScript to change the numbers.',
  stale: 'A field above has a problem: the results still show the last valid run.',
  model:
    'Model: each instance serves one request at a time; a request that finds no idle warm instance starts a new one and waits for its start-up; the most recently used idle instance is reused first; an instance idle for the keep-warm time is shut down. Latency is start-up (cold only) plus execution time, with no queueing.',
  requests: 'Requests:',
  coldStarts: 'Cold starts:',
  coldShare: ' ({share})',
  latency: '{p} latency:',
  peak: 'Most instances at once:',
  noRequests: 'No request arrived in the simulated time: lengthen it or raise the rate.',
  sentence: '{cold} of {n} requests ({share}) were cold starts. Half finished within {p50} (p50) and 99 % within {p99} (p99).',
  timelineTitle: 'Timeline of sandbox instances',
  moreOne: '… and {n} more instance not drawn',
  moreMany: '… and {n} more instances not drawn',
  descNone: 'No instance was started.',
  descOne:
    '{n} instance was started over {duration} s; each row shows one instance starting up, serving requests, staying warm while idle, and being shut down when its keep-warm time ran out. At most {peak} existed at once.',
  descMany:
    '{n} instances were started over {duration} s; each row shows one instance starting up, serving requests, staying warm while idle, and being shut down when its keep-warm time ran out. At most {peak} existed at once.',
  legendStart: 'starting up',
  legendBusy: 'serving a request',
  legendWarm: 'idle but warm',
  legendExpire: 'shut down',
  ownStartup: 'Your own start-up time: the {sandbox} figure ({startup}) no longer applies.',
  sourceLink: 'Source',
  sourceLine: '{sandbox}, {source} {link}.',
  rangeUsed: '{range} (the simulation uses {startup})',
  colon: ': ',
  tooMany: 'Simulated time: rate × time must stay under {max} requests; shorten the time or lower the rate.',
  tooManyRun: 'Simulated time: this run would exceed {max} requests; shorten it.',
};

export const COLD_START_ZH: ColdStartMessages = {
  number: NUMBER_INPUT_ZH,
  fields: {
    rate: '请求速率',
    burst: '突发大小',
    keepWarmS: '保温时间',
    startupMs: '启动时间',
    execMs: '执行时间',
    durationS: '模拟时长',
    seed: '运行编号',
  },
  units: { rate: '个请求/s' },
  hints: {
    rate: '平均到达速率；示意值。',
    burst: '1 表示平稳（泊松）到达。',
    keepWarmS: '实例空闲多久后被关闭。',
    execMs: '你的函数的运行时间；示意值。',
    seed: '相同的运行编号会重放相同的请求序列。',
  },
  sandbox: '沙箱',
  sandboxes: {
    container: '容器（runc，通过 Docker）',
    gvisor: 'gVisor 沙箱（runsc，通过 Docker）',
    kata: 'Kata Containers Pod',
    firecracker: 'Firecracker 微虚拟机',
    vm: '虚拟机（QEMU/KVM，最小化客户机）',
  },
  noJs:
    '模拟条件：请求持续 {duration} s，平均每秒到达 {rate} 个，每个运行 {exec} ms；实例保温 {warm} s；{sandbox}的启动时间为 {startup} ms（运行编号 {seed}）。{source}启用 JavaScript 后可以修改这些数值。',
  stale: '上面某个输入框有问题：结果仍显示最后一次有效的运行。',
  model:
    '模型：每个实例一次只处理一个请求；请求到达时如果没有空闲的已预热实例，就启动一个新实例并等待它启动完成；优先复用最近使用过的空闲实例；实例空闲达到保温时间后被关闭。延迟等于启动时间（仅冷启动时）加执行时间，不考虑排队。',
  requests: '请求数：',
  coldStarts: '冷启动：',
  coldShare: '（{share}）',
  latency: '{p} 延迟：',
  peak: '同时存在的实例最多：',
  noRequests: '模拟时长内没有请求到达：请延长模拟时长或提高请求速率。',
  sentence: '{n} 个请求中有 {cold} 个（{share}）是冷启动。一半的请求在 {p50} 内完成（p50），99% 在 {p99} 内完成（p99）。',
  timelineTitle: '沙箱实例的时间线',
  moreOne: '……另有 {n} 个实例未画出',
  moreMany: '……另有 {n} 个实例未画出',
  descNone: '没有启动任何实例。',
  descOne: '在 {duration} s 内启动了 {n} 个实例；每一行表示一个实例的启动、处理请求、空闲时保温，以及保温时间耗尽后被关闭。同时存在的实例最多 {peak} 个。',
  descMany: '在 {duration} s 内启动了 {n} 个实例；每一行表示一个实例的启动、处理请求、空闲时保温，以及保温时间耗尽后被关闭。同时存在的实例最多 {peak} 个。',
  legendStart: '正在启动',
  legendBusy: '正在处理请求',
  legendWarm: '空闲但保温',
  legendExpire: '已关闭',
  ownStartup: '你自己设定的启动时间：{sandbox}的测量值（{startup}）不再适用。',
  sourceLink: '出处',
  sourceLine: '{sandbox}，{source}（{link}）。',
  rangeUsed: '{range}（模拟中取 {startup}）',
  colon: '：',
  tooMany: '模拟时长：速率 × 时长必须少于 {max} 个请求；请缩短时长或降低速率。',
  tooManyRun: '模拟时长：这次运行会超过 {max} 个请求；请缩短时长。',
};

export const COLD_START_MESSAGES: Record<Locale, ColdStartMessages> = { en: COLD_START_EN, 'zh-cn': COLD_START_ZH };
