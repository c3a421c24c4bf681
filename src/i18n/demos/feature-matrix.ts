/** Strings of the feature matrix (components/demos/FeatureMatrix.astro), part of the catalogue. */
import type { Support } from '../../lib/feature-matrix';
import type { Locale } from '../client';

export interface FeatureMatrixMessages {
  /** The filter's status line (src/lib/feature-matrix.ts): {n}, {need}, {how}, {names}, {total}. */
  showingAll: string;
  noneProvides: string;
  provide: string;
  partialCounts: string;
  /** Joins names and features in running text. */
  listSeparator: string;
  support: Record<Support, string>;
  legend: string;
  countPartial: string;
  caption: string;
  feature: string;
  /** {n}: a note's number. */
  note: string;
  /** {value}: the slide table's value. */
  slideTable: string;
  corrected: string;
  /** Where a note belongs: {technology}, {feature}. */
  where: string;
  /** After the bold label of a note, before its text (English ": ", Chinese "：" with no space). */
  colon: string;
  source: string;
  sourceSeparator: string;
  /** {source}: the link to the table (HTML). */
  footer: string;
}

export const FEATURE_MATRIX_EN: FeatureMatrixMessages = {
  showingAll: 'Showing all {n} technologies; check the features you need to filter them.',
  noneProvides: 'No technology provides all of: {need}{how}.',
  provide: '{n} of {total} provide {need}{how}: {names}.',
  partialCounts: ' (partial support counts)',
  listSeparator: ', ',
  support: { yes: 'Yes', partial: 'Partial', no: 'No' },
  legend: 'Show only the technologies that provide',
  countPartial: 'Count partial support as provided',
  caption: 'Features of OS-level virtualization, one technology per column. ✓ yes, ◐ partial, ✗ no; numbers refer to the notes below the table.',
  feature: 'Feature',
  note: 'note {n}',
  slideTable: 'slide table: {value}',
  corrected: ' Corrected from the slide table’s “{value}”.',
  where: '{technology}, {feature}',
  colon: ': ',
  source: ' Source: ',
  sourceSeparator: '; ',
  footer:
    'A widely copied course slide table gives these values; it is an unattributed translation of the implementations table in {source}, mixing older and newer revisions; its 「I/O限权」 is I/O rate limiting, and it drops the nested-virtualization column. Every value depends on the version.',
};

export const FEATURE_MATRIX_ZH: FeatureMatrixMessages = {
  showingAll: '显示全部 {n} 种技术；勾选你需要的特性即可筛选。',
  noneProvides: '没有哪种技术同时提供：{need}{how}。',
  provide: '{total} 种技术中有 {n} 种提供{need}{how}：{names}。',
  partialCounts: '（部分支持也算）',
  listSeparator: '、',
  support: { yes: '是', partial: '部分', no: '否' },
  legend: '只显示提供以下特性的技术',
  countPartial: '部分支持也算作提供',
  caption: '操作系统级虚拟化的特性，每列一种技术。✓ 是，◐ 部分，✗ 否；数字指向表格下方的注释。',
  feature: '特性',
  note: '注 {n}',
  slideTable: '幻灯片表格：{value}',
  corrected: '已更正，幻灯片表格为“{value}”。',
  where: '{technology}，{feature}',
  colon: '：',
  source: '出处：',
  sourceSeparator: '；',
  footer:
    '一份流传很广的课程幻灯片表格给出了这些数值；它是 {source} 中实现对比表的未注明出处的翻译，混杂了新旧不同版本；其中的「I/O限权」指 I/O 限速，并且删去了嵌套虚拟化一列。每个数值都取决于版本。',
};

export const FEATURE_MATRIX_MESSAGES: Record<Locale, FeatureMatrixMessages> = { en: FEATURE_MATRIX_EN, 'zh-cn': FEATURE_MATRIX_ZH };
