/**
 * Strings of the timeline demo (components/demos/Timeline.astro and timeline.ts), part of the
 * catalogue: templates with {placeholders}, so the page's language reaches the browser as data
 * (data-messages) and the script carries none.
 */
import type { EraId, MilestoneKind } from '../lib/timeline';
import type { Locale } from './client';

export interface TimelineMessages {
  era: string;
  kind: string;
  showAll: string;
  source: string;
  sources: string;
  notes: string;
  kinds: Record<MilestoneKind, string>;
  eras: Record<EraId, string>;
  /** An era with no end year: "{from} on" / "{from} 年至今". */
  openSpan: string;
  /** Status line: {shown} of {total}; {what} is the filter, already joined ("", or ": hypervisors; 1959–1978"). */
  shown: string;
  none: string;
  /** Joins the filter's parts: kinds, then eras. */
  whatLead: string;
  partSeparator: string;
  listSeparator: string;
}

export const TIMELINE_MESSAGES: Record<Locale, TimelineMessages> = {
  en: {
    era: 'Era',
    kind: 'Kind',
    showAll: 'Show all',
    source: 'Source: ',
    sources: 'Sources: ',
    notes: 'Leave every box unchecked to see all milestones; checking eras or kinds shows only those.',
    kinds: {
      theory: 'Papers and ideas',
      hardware: 'Hardware support',
      hypervisor: 'Hypervisors',
      emulation: 'Emulators and compatibility layers',
      'os-level': 'OS-level virtualization and containers',
      sandbox: 'Sandboxes, microVMs and unikernels',
      'cloud-native': 'Cloud native and serverless',
    },
    eras: {
      mainframe: 'Time-sharing and mainframes',
      'unix-pc': 'Unix, PCs and the x86 problem',
      'hardware-assist': 'Hardware assist and Linux containers',
      'cloud-native': 'Containers, cloud native and serverless',
    },
    openSpan: '{from} on',
    shown: '{shown} of {total} milestones shown{what}.',
    none: 'No milestones match{what}.',
    whatLead: ': ',
    partSeparator: '; ',
    listSeparator: ', ',
  },
  'zh-cn': {
    era: '时代',
    kind: '类别',
    showAll: '显示全部',
    source: '出处：',
    sources: '出处：',
    notes: '所有复选框都不勾选时显示全部里程碑；勾选某些时代或类别后，只显示相应的里程碑。',
    kinds: {
      theory: '论文与思想',
      hardware: '硬件支持',
      hypervisor: '虚拟机监视器',
      emulation: '仿真器与兼容层',
      'os-level': '操作系统级虚拟化与容器',
      sandbox: '沙箱、微虚拟机与单内核',
      'cloud-native': '云原生与无服务器',
    },
    eras: {
      mainframe: '分时系统与大型机',
      'unix-pc': 'Unix、个人计算机与 x86 难题',
      'hardware-assist': '硬件辅助与 Linux 容器',
      'cloud-native': '容器、云原生与无服务器',
    },
    openSpan: '{from} 年至今',
    shown: '共 {total} 个里程碑，显示 {shown} 个{what}。',
    none: '没有符合条件的里程碑{what}。',
    whatLead: '：',
    partSeparator: '；',
    listSeparator: '、',
  },
};
