/**
 * The words of the printed book (the PDF: src/lib/print-book.ts, src/scripts/make-pdf.ts), part of
 * the catalogue (src/i18n/messages.ts): the cover, the contents, part and chapter labels, page
 * references, the back matter, the index and the PDF's metadata. Running heads are the chapter and
 * section headings themselves, already in the edition's language.
 *
 * Functions take what varies; `pageRef` arguments are HTML (a placeholder make-pdf fills in).
 */
import type { Locale } from './client';

export interface PrintMessages {
  /** The PDF's document language (BCP 47), for its metadata, the document's lang and the index's order (Chinese: by pinyin). */
  lang: string;
  kicker: string;
  title: string;
  subtitle: string;
  edition: string;
  /** The cover's date, from year and month "2026-12": "December 2026" / "2026 年 12 月". */
  date: (yearMonth: string) => string;
  /** Before the site's address on the cover (with the space the language wants before it). */
  readOnline: string;
  cover: string;
  contents: string;
  /** Above a part's title on its title page: "Part I" / "第一部分". */
  partLabel: (numeral: string) => string;
  /** A part in the contents and the bookmarks: "Part I. Foundations" / "第一部分 基础". */
  partLine: (numeral: string, title: string) => string;
  /** A chapter's bookmark: "4. CPU virtualization" / "第 4 章 CPU 虚拟化". */
  chapterLine: (n: string, title: string) => string;
  /** A chapter's number in the contents: "4" / "第 4 章". */
  chapterNumber: (n: string) => string;
  /** After a cross-reference: " on page 87" / "（第 87 页）"; `page` is HTML. */
  onPage: (page: string) => string;
  /** A demo printed in its starting state; `url` is HTML (a link), or empty. */
  liveDemo: (url: string) => string;
  appendixBookmark: string;
  appendixTitle: string;
  bibliography: string;
  glossary: string;
  index: string;
  indexIntro: string;
  /** The PDF's metadata. */
  metaTitle: string;
  metaSubject: string;
}

const ZH_NUMERALS: Record<string, string> = { I: '一', II: '二', III: '三', IV: '四', V: '五', VI: '六' };
const zhPart = (numeral: string) => `第${ZH_NUMERALS[numeral] ?? numeral}部分`;

export const PRINT_MESSAGES: Record<Locale, PrintMessages> = {
  en: {
    lang: 'en',
    kicker: 'An open textbook',
    title: 'Virtualization',
    subtitle: 'From trap-and-emulate to serverless',
    edition: 'Second edition',
    date: (ym) => new Date(`${ym}-01T00:00:00Z`).toLocaleDateString('en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' }),
    readOnline: 'Read online, with live demos and search: ',
    cover: 'Cover',
    contents: 'Contents',
    partLabel: (numeral) => `Part ${numeral}`,
    partLine: (numeral, title) => `Part ${numeral}. ${title}`,
    chapterLine: (n, title) => `${n}. ${title}`,
    chapterNumber: (n) => n,
    onPage: (page) => ` on page ${page}`,
    liveDemo: (url) => `Interactive in the web edition${url ? `: ${url}` : ''}. The printed page shows its starting state.`,
    appendixBookmark: 'Appendix: worked answers',
    appendixTitle: 'Appendix: worked answers to the review questions',
    bibliography: 'Bibliography',
    glossary: 'Glossary',
    index: 'Index',
    indexIntro: 'Key terms, with the pages that use them; the glossary defines each.',
    metaTitle: 'Virtualization: from trap-and-emulate to serverless',
    metaSubject: 'An open textbook on virtualization',
  },
  'zh-cn': {
    lang: 'zh-CN',
    kicker: '开放教材',
    title: '虚拟化',
    subtitle: '从陷入再模拟到无服务器',
    edition: '第二版',
    date: (ym) => ym.replace(/^(\d+)-0?(\d+)$/, '$1 年 $2 月'),
    readOnline: '在线阅读（含交互演示与全文搜索）：',
    cover: '封面',
    contents: '目录',
    partLabel: zhPart,
    partLine: (numeral, title) => `${zhPart(numeral)} ${title}`,
    chapterLine: (n, title) => `第 ${n} 章 ${title}`,
    chapterNumber: (n) => `第 ${n} 章`,
    onPage: (page) => `（第 ${page} 页）`,
    liveDemo: (url) => `网页版中可交互操作${url ? `：${url}` : ''}。印刷版显示其初始状态。`,
    appendixBookmark: '附录：复习题解答',
    appendixTitle: '附录：复习题解答',
    bibliography: '参考文献',
    glossary: '术语表',
    index: '索引',
    indexIntro: '本书的关键术语及其出现的页码，按拼音排序；各术语的定义见术语表。',
    metaTitle: '虚拟化：从陷入再模拟到无服务器',
    metaSubject: '一本关于虚拟化的开放教材',
  },
};
