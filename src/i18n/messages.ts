/**
 * The book's own interface strings, in every language the book is published in. One object per
 * locale, all of the type `Messages`: a key missing from one language fails type-checking, and
 * tests/unit/i18n-messages.test.ts checks that no value is empty.
 *
 * A message with parameters is a function, so word order can differ between languages
 * ("Chapter 4" / "第 4 章"). Numbers reach these functions already formatted for the locale.
 *
 * Starlight's own interface (search, table of contents, "On this page", the fallback notice…) is
 * translated by Starlight; this catalogue holds only what the book adds.
 */

import { CLIENT_MESSAGES, LOCALES, type ClientMessages, type Locale } from './client';
import { TIMELINE_MESSAGES, type TimelineMessages } from './timeline';
import { DEMO_MESSAGES, type DemoMessages } from './demos';
import { LAB_MESSAGES, type LabMessages } from './lab';
import { DOWNLOAD_MESSAGES, type DownloadMessages } from './downloads';
import { PRINT_MESSAGES, type PrintMessages } from './print';

export { LOCALES, type Locale };

/** The BCP 47 tag of each locale, for `lang` attributes, Intl and Starlight's config. */
export const LANG: Record<Locale, string> = { en: 'en', 'zh-cn': 'zh-CN' };

export interface Messages extends ClientMessages, DemoMessages {
  // Numbered things (remark-book, cross-references, the sidebar).
  chapter: (n: string) => string;
  section: (n: string) => string;
  figure: (n: string) => string;
  table: (n: string) => string;
  /** Sidebar label of a chapter: "4. CPU virtualization". */
  chapterInSidebar: (n: string, title: string) => string;
  part: (numeral: string, title: string) => string;
  /** The part titles, by folder under content/docs. */
  partTitles: Record<'foundations' | 'system' | 'lightweight' | 'cloud-native', string>;
  home: string;
  backMatter: string;
  /** Heading of the reference list appended to a chapter. */
  references: string;
  /** Ends a caption's label: "Figure 4.2." / "图 4.2 ". */
  labelEnd: string;
  /** Joins items of a list: ", " / "、". */
  listSeparator: string;
  /** Between a label and what it labels: "Section 4.2: Title" / "4.2 节：标题". */
  colon: string;
  /** Around an aside: " (" … ")" / "（" … "）". */
  open: string;
  close: string;

  // Boxes.
  objectivesTitle: string;
  objectivesLead: string;
  summaryTitle: string;
  showAnswer: string;

  // Quiz.
  quizNoJs: string;
  quizClear: string;
  quizChooseAll: string;
  quizCheck: string;
  // The quiz's sentences in the browser are templates in ./client.ts (quizTryAgain, quizScore…).
  /** The home page: the book's quiz questions, before any score is known. */
  quizBookIntro: (total: string) => string;

  // Reading progress.
  progressIntro: (chapters: string) => string;
  progressNote: string;

  // Glossary and bibliography pages.
  glossaryEmpty: string;
  glossaryLetters: string;
  glossaryAlso: (aliases: string) => string;
  /**
   * "also " / "又称", before a list of aliases whose items are marked up one by one; `first` is the
   * first alias (Chinese puts a space before a Latin word, none before Han: 又称链路追踪, 又称 tracing).
   */
  glossaryAlsoLead: (first: string) => string;
  introducedIn: string;
  /** The link at the foot of a term's preview. */
  openInGlossary: string;
  /** Offline reading: a newer deployment of the book is ready. */
  newVersion: string;
  reload: string;
  usedIn: string;
  seeAlso: string;
  citedIn: string;

  // Page footer links.
  editPage: string;
  reportProblem: string;
  /** The 404 page, which GitHub Pages serves for a missing address in either edition. */
  notFound: string;
  notFoundHome: string;

  // The diagram zoom dialog.
  diagram: string;
  openDiagram: string;
  openDiagramNamed: (name: string) => string;
  zoom: string;
  zoomOut: string;
  zoomIn: string;
  zoomFit: string;
  zoomClose: string;
  zoomStage: string;

  // Translations.
  staleNotice: string;
  staleLink: string;
  // The whole book on one page (src/lib/whole-book.ts assembles it after the build).
  /** What the page says before the build fills it (the development server): `command` is HTML. */
  wholeBookPending: (command: string) => string;
  wholeBookContents: string;
  wholeBookAppendix: string;
  wholeBookBackToQuestion: string;
  /** Where a question's worked answer went: "Worked answer: Appendix, 4.1". */
  wholeBookAnswerAt: (n: string) => string;
  /** Before a chapter not translated yet, which the page gives in English. */
  wholeBookUntranslated: string;
  /** The page loads each chapter as the reader nears it (src/lib/whole-book-parts.ts). */
  wholeBookLoadAll: string;
  wholeBookChapterPending: string;
  wholeBookReadAlone: string;
  /** Status while chapters load: "{done}" and "{total}" are filled in by the browser. */
  wholeBookLoading: string;
  wholeBookAllLoaded: string;
  wholeBookLoadFailed: string;

  // "Sources and coverage" (SourcesCoverage.astro, and its "On this page" list).
  /** A source article's heading: its number and title (the Chinese edition gives the original title). */
  sourceHeading: (id: string, title: string) => string;
  sourceUnmapped: string;
  sourceCaption: (id: string) => string;
  sourcePoint: string;
  sourceCoveredIn: string;
  sourceCorrects: string;

  // Demos (components/demos, components/simulators): one object per demo, in its own file.
  timeline: TimelineMessages;
  /** The lab machine (components/lab), in ./lab.ts. */
  lab: LabMessages;
  /** The PDF link and offline saving, in ./downloads.ts. */
  downloads: DownloadMessages;
  /** The printed book (the PDF), in ./print.ts. */
  print: PrintMessages;
}

const en: Messages = {
  ...CLIENT_MESSAGES.en,
  ...DEMO_MESSAGES.en,
  timeline: TIMELINE_MESSAGES.en,
  lab: LAB_MESSAGES.en,
  downloads: DOWNLOAD_MESSAGES.en,
  print: PRINT_MESSAGES.en,
  chapter: (n) => `Chapter ${n}`,
  section: (n) => `Section ${n}`,
  figure: (n) => `Figure ${n}`,
  table: (n) => `Table ${n}`,
  chapterInSidebar: (n, title) => `${n}. ${title}`,
  part: (numeral, title) => `Part ${numeral}: ${title}`,
  partTitles: {
    foundations: 'Foundations',
    system: 'System virtualization',
    lightweight: 'OS-level and lightweight virtualization',
    'cloud-native': 'Cloud-native architectures',
  },
  home: 'Home',
  backMatter: 'Back matter',
  references: 'References',
  labelEnd: '.',
  listSeparator: ', ',
  colon: ': ',
  open: ' (',
  close: ')',

  objectivesTitle: 'Learning objectives',
  objectivesLead: 'After this chapter you will be able to:',
  summaryTitle: 'Key points',
  showAnswer: 'Show the worked answer',

  quizNoJs: 'Checking answers needs JavaScript; the worked answers to the review questions above do not.',
  quizClear: 'Clear my answers',
  quizChooseAll: ' (choose all that apply)',
  quizCheck: 'Check',
  quizBookIntro: (total) => `The book has ${total} self-check quiz questions; your score is kept in this browser only.`,

  progressIntro: (chapters) => `${chapters} chapters. Mark a chapter as read at its end; your progress is kept in this browser only.`,
  progressNote: 'Your progress is kept in this browser only.',

  glossaryEmpty: 'The glossary fills as chapters are written.',
  glossaryLetters: 'Glossary letters',
  glossaryAlso: (aliases) => ` (also ${aliases})`,
  glossaryAlsoLead: () => 'also ',
  introducedIn: 'Introduced in',
  openInGlossary: 'Open in glossary',
  newVersion: 'A new version of the book is available.',
  reload: 'Reload',
  usedIn: 'Used in',
  seeAlso: 'See also',
  citedIn: 'Cited in',

  editPage: 'Edit this page',
  reportProblem: 'Report a problem',
  notFound: 'There is no page at this address. It may have moved in a new edition of the book: start from a home page, or search.',
  notFoundHome: 'Home page (English)',

  diagram: 'Diagram',
  openDiagram: 'Open diagram',
  openDiagramNamed: (name) => `Open diagram: ${name}`,
  zoom: 'Zoom',
  zoomOut: 'Zoom out',
  zoomIn: 'Zoom in',
  zoomFit: 'Fit',
  zoomClose: 'Close',
  zoomStage: 'Diagram, zoomable; scroll or drag to pan',

  staleNotice: 'The English original has changed since this translation was made.',
  staleLink: 'Read the English original',
  wholeBookPending: (command) => `The whole book is assembled here by ${command}; the development server shows only this note.`,
  wholeBookContents: 'Contents',
  wholeBookAppendix: 'Appendix: worked answers to the review questions',
  wholeBookBackToQuestion: 'back to the question',
  wholeBookAnswerAt: (n) => `Worked answer: Appendix, ${n}`,
  wholeBookUntranslated: 'This chapter is not translated yet; it follows in English.',
  wholeBookLoadAll: 'Load every chapter now (to print or search this page)',
  wholeBookChapterPending: 'This chapter loads as you reach it.',
  wholeBookReadAlone: 'Read it on its own page.',
  wholeBookLoading: 'Loading chapters: {done} of {total}',
  wholeBookAllLoaded: 'Every chapter is loaded.',
  wholeBookLoadFailed: 'A chapter could not be loaded; its own page has it.',

  sourceHeading: (id, title) => `Article ${id}: ${title}`,
  sourceUnmapped: 'Its points are mapped as the chapters that use it are written.',
  sourceCaption: (id) => `Where the book covers the points of article ${id}`,
  sourcePoint: 'Point in the article',
  sourceCoveredIn: 'Covered in',
  sourceCorrects: 'What the book corrects',

};

/** Part numerals as Chinese books write them: 第一部分. */
const ZH_NUMERALS: Record<string, string> = { I: '一', II: '二', III: '三', IV: '四', V: '五', VI: '六' };

/** 又称 before an alias: a space before a Latin word, none before Han (又称链路追踪, 又称 tracing). */
const zhAlsoLead = (first: string) => (/^\p{Script=Han}/u.test(first) ? '又称' : '又称 ');

const zhCN: Messages = {
  ...CLIENT_MESSAGES['zh-cn'],
  ...DEMO_MESSAGES['zh-cn'],
  timeline: TIMELINE_MESSAGES['zh-cn'],
  lab: LAB_MESSAGES['zh-cn'],
  downloads: DOWNLOAD_MESSAGES['zh-cn'],
  print: PRINT_MESSAGES['zh-cn'],
  chapter: (n) => `第 ${n} 章`,
  section: (n) => `${n} 节`,
  figure: (n) => `图 ${n}`,
  table: (n) => `表 ${n}`,
  chapterInSidebar: (n, title) => `第 ${n} 章 ${title}`,
  part: (numeral, title) => `第${ZH_NUMERALS[numeral] ?? numeral}部分 ${title}`,
  partTitles: {
    foundations: '基础',
    system: '系统虚拟化',
    lightweight: '操作系统级虚拟化与轻量级虚拟化',
    'cloud-native': '云原生架构',
  },
  home: '首页',
  backMatter: '附录',
  references: '参考文献',
  labelEnd: '',
  listSeparator: '、',
  colon: '：',
  open: '（',
  close: '）',

  objectivesTitle: '学习目标',
  objectivesLead: '学完本章，你将能够：',
  summaryTitle: '要点',
  showAnswer: '查看解答过程',

  quizNoJs: '检查答案需要启用 JavaScript；上面复习题的解答不需要。',
  quizClear: '清除我的答案',
  quizChooseAll: '（多选）',
  quizCheck: '检查',
  quizBookIntro: (total) => `全书共有 ${total} 道自测题；你的得分只保存在本浏览器中。`,

  progressIntro: (chapters) => `共 ${chapters} 章。读完一章后，可在章末标记为已读；阅读进度只保存在本浏览器中。`,
  progressNote: '阅读进度只保存在本浏览器中。',

  glossaryEmpty: '术语表会随着各章的写作逐步充实。',
  glossaryLetters: '术语表索引',
  glossaryAlso: (aliases) => `（${zhAlsoLead(aliases)}${aliases}）`,
  glossaryAlsoLead: (first) => zhAlsoLead(first),
  introducedIn: '首次出现于',
  openInGlossary: '在术语表中查看',
  newVersion: '本书有新版本。',
  reload: '重新加载',
  usedIn: '见于',
  seeAlso: '参见',
  citedIn: '引用于',

  editPage: '编辑此页',
  reportProblem: '报告问题',
  notFound: '此网址没有页面。它可能在本书改版时换了位置。请从首页重新查找，或使用搜索。',
  notFoundHome: '中文版首页',

  diagram: '图示',
  openDiagram: '放大查看图示',
  openDiagramNamed: (name) => `放大查看图示：${name}`,
  zoom: '缩放',
  zoomOut: '缩小',
  zoomIn: '放大',
  zoomFit: '适应窗口',
  zoomClose: '关闭',
  zoomStage: '图示，可缩放；滚动或拖动以平移',

  staleNotice: '英文原文在此译文之后有改动；',
  staleLink: '阅读英文原文',
  wholeBookPending: (command) => `全书各章由 ${command} 汇集到这里；开发服务器只显示这条说明。`,
  wholeBookContents: '目录',
  wholeBookAppendix: '附录：复习题解答',
  wholeBookBackToQuestion: '返回题目',
  wholeBookAnswerAt: (n) => `解答见附录 ${n}`,
  wholeBookUntranslated: '本章尚未译成中文，下面是英文原文。',
  wholeBookLoadAll: '立即载入全部各章（以便打印或在本页中查找）',
  wholeBookChapterPending: '读到这里时本章会自动载入。',
  wholeBookReadAlone: '也可以打开本章的单独页面阅读。',
  wholeBookLoading: '正在载入各章：{done}/{total}',
  wholeBookAllLoaded: '全部各章已载入。',
  wholeBookLoadFailed: '有一章未能载入，请打开该章的单独页面阅读。',

  sourceHeading: (id, title) => `文章 ${id}：${title}`,
  sourceUnmapped: '这篇文章的要点会随着用到它的各章写成而逐一对应。',
  sourceCaption: (id) => `文章 ${id} 的各个要点在本书中的位置`,
  sourcePoint: '文章中的要点',
  sourceCoveredIn: '本书讲解之处',
  sourceCorrects: '本书更正之处',

};

export const MESSAGES: Record<Locale, Messages> = { en, 'zh-cn': zhCN };
