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
  /** After a first wrong answer to a question with one right option. */
  quizTryAgain: string;
  /** After a first wrong answer to a question with several right options: what is wrong, not which. */
  quizTryAgainMany: (parts: string[]) => string;
  quizCorrectSecondTry: string;
  /** The answer was revealed by "Show answer" (or the choice was right after all). */
  quizAnswerShown: string;
  /** A second wrong answer: the right one is revealed. */
  quizRevealed: (parts: string[]) => string;
  quizShowAnswer: string;
  /** The score of a chapter's quiz; `revealed` answers were shown rather than found. */
  quizScore: (correct: string, total: string, revealed?: number) => string;
  /** The home page: the book's quiz questions, before any score is known. */
  quizBookIntro: (total: string) => string;
  quizBookNone: (total: string) => string;
  quizBookSummary: (correct: string, total: string, shown: number) => string;

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
  /** The link at the foot of a term's preview. */
  openInGlossary: string;
  usedIn: string;
  seeAlso: string;
  citedIn: string;

  // Page footer links.
  editPage: string;
  reportProblem: string;

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
  quizTryAgain: 'Not quite — try again. The explanation of your choice is below.',
  quizTryAgainMany: (parts) => `Not quite — try again: ${parts.join(', and ')}. The explanation of your choices is below.`,
  quizCorrectSecondTry: 'Correct, at the second try.',
  quizAnswerShown: 'The answer is shown below.',
  quizRevealed: (parts) => `Not quite: ${parts.join(', and ')}. The right answer is marked below.`,
  quizShowAnswer: 'Show answer',
  quizScore: (correct, total, revealed = 0) =>
    `${correct} of ${total} correct so far${revealed ? `; ${revealed} answer${revealed === 1 ? '' : 's'} shown` : ''}.`,
  quizBookIntro: (total) => `The book has ${total} self-check quiz questions; your score is kept in this browser only.`,
  quizBookNone: (total) => `Self-check quizzes: none answered yet (${total} questions in the book).`,
  quizBookSummary: (correct, total, shown) =>
    `Self-check quizzes: ${correct} of ${total} questions answered correctly${shown ? ` (${shown} answer${shown === 1 ? '' : 's'} shown)` : ''}.`,

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
  openInGlossary: 'Open in glossary',
  usedIn: 'Used in',
  seeAlso: 'See also',
  citedIn: 'Cited in',

  editPage: 'Edit this page',
  reportProblem: 'Report a problem',

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
  quizTryAgain: '还不对，请再试一次。下面是对你所选选项的解释。',
  quizTryAgainMany: (parts) => `还不对，请再试一次：${parts.join('，')}。下面是对你所选选项的解释。`,
  quizCorrectSecondTry: '正确（第二次答对）。',
  quizAnswerShown: '答案已在下面显示。',
  quizRevealed: (parts) => `还不对：${parts.join('，')}。正确答案已在下面标出。`,
  quizShowAnswer: '显示答案',
  quizScore: (correct, total, revealed = 0) => `目前答对 ${correct} 题，共 ${total} 题${revealed ? `；已查看 ${revealed} 题的答案` : ''}。`,
  quizBookIntro: (total) => `全书共有 ${total} 道自测题；你的得分只保存在本浏览器中。`,
  quizBookNone: (total) => `自测题：尚未作答（全书共 ${total} 题）。`,
  quizBookSummary: (correct, total, shown) => `自测题：全书 ${total} 题中已答对 ${correct} 题${shown ? `（另有 ${shown} 题查看了答案）` : ''}。`,

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
  openInGlossary: '在术语表中查看',
  usedIn: '使用于',
  seeAlso: '参见',
  citedIn: '引用于',

  editPage: '编辑此页',
  reportProblem: '报告问题',

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
};

export const MESSAGES: Record<Locale, Messages> = { en, 'zh-cn': zhCN };
