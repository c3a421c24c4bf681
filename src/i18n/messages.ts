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

export const LOCALES = ['en', 'zh-cn'] as const;
export type Locale = (typeof LOCALES)[number];

/** The BCP 47 tag of each locale, for `lang` attributes, Intl and Starlight's config. */
export const LANG: Record<Locale, string> = { en: 'en', 'zh-cn': 'zh-CN' };

export interface Messages {
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
  /** Ends a sentence. */
  fullStop: string;
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
  quizChooseFirst: string;
  quizCorrect: string;
  quizWrongChosen: (n: number) => string;
  quizMissed: (n: number) => string;
  quizNotQuite: (parts: string[]) => string;
  quizScore: (correct: string, total: string) => string;

  // Reading progress.
  progressIntro: (chapters: string) => string;
  progressSummary: (read: string, total: string, count: number) => string;
  markRead: string;
  markedRead: string;
  progressNote: string;
  readMark: string;

  // Glossary and bibliography pages.
  glossaryEmpty: string;
  glossaryLetters: string;
  glossaryAlso: (aliases: string) => string;
  /** "also " / "又称 ", before a list of aliases whose items are marked up one by one. */
  glossaryAlsoLead: string;
  introducedIn: string;
  usedIn: string;
  seeAlso: string;
  citedIn: string;

  // Translations.
  staleNotice: string;
  staleLink: string;
}

const en: Messages = {
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
  fullStop: '.',
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
  quizChooseFirst: 'Choose an answer first.',
  quizCorrect: 'Correct.',
  quizWrongChosen: (n) => `${n === 1 ? 'one choice is' : `${n} choices are`} wrong`,
  quizMissed: (n) => `${n === 1 ? 'one correct option was' : `${n} correct options were`} not chosen`,
  quizNotQuite: (parts) => `Not quite: ${parts.join(', and ')}. Read the explanations below.`,
  quizScore: (correct, total) => `${correct} of ${total} correct so far.`,

  progressIntro: (chapters) => `${chapters} chapters. Mark a chapter as read at its end; your progress is kept in this browser only.`,
  progressSummary: (read, total, count) => `${read} of ${total} chapter${count === 1 ? '' : 's'} read`,
  markRead: 'Mark this chapter as read',
  markedRead: 'Read ✓ (select to unmark)',
  progressNote: 'Your progress is kept in this browser only.',
  readMark: '(read)',

  glossaryEmpty: 'The glossary fills as chapters are written.',
  glossaryLetters: 'Glossary letters',
  glossaryAlso: (aliases) => ` (also ${aliases})`,
  glossaryAlsoLead: 'also ',
  introducedIn: 'Introduced in',
  usedIn: 'Used in',
  seeAlso: 'See also',
  citedIn: 'Cited in',

  staleNotice: 'The English original has changed since this translation was made.',
  staleLink: 'Read the English original',
};

/** Part numerals as Chinese books write them: 第一部分. */
const ZH_NUMERALS: Record<string, string> = { I: '一', II: '二', III: '三', IV: '四', V: '五', VI: '六' };

const zhCN: Messages = {
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
  fullStop: '。',
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
  quizChooseFirst: '请先选择一个答案。',
  quizCorrect: '正确。',
  quizWrongChosen: (n) => `有 ${n} 个选项选错了`,
  quizMissed: (n) => `有 ${n} 个正确选项没有选`,
  quizNotQuite: (parts) => `还不对：${parts.join('，')}。请阅读下面的解释。`,
  quizScore: (correct, total) => `目前答对 ${correct} 题，共 ${total} 题。`,

  progressIntro: (chapters) => `共 ${chapters} 章。读完一章后，可在章末标记为已读；阅读进度只保存在本浏览器中。`,
  progressSummary: (read, total) => `已读 ${read} 章，共 ${total} 章`,
  markRead: '将本章标记为已读',
  markedRead: '已读 ✓（点击取消标记）',
  progressNote: '阅读进度只保存在本浏览器中。',
  readMark: '（已读）',

  glossaryEmpty: '术语表会随着各章的写作逐步充实。',
  glossaryLetters: '术语表索引',
  glossaryAlso: (aliases) => `（又称 ${aliases}）`,
  glossaryAlsoLead: '又称 ',
  introducedIn: '首次出现于',
  usedIn: '使用于',
  seeAlso: '参见',
  citedIn: '引用于',

  staleNotice: '英文原文在此译文之后有改动；',
  staleLink: '阅读英文原文',
};

export const MESSAGES: Record<Locale, Messages> = { en, 'zh-cn': zhCN };
