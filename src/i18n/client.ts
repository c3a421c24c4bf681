/**
 * The part of the message catalogue that scripts in the browser need (quiz grading, reading
 * progress). Plain strings with {placeholders}: the server writes the page's language's strings into
 * a data-messages attribute, and the scripts format them with src/i18n/format.ts, so a page ships
 * no catalogue at all (src/i18n/messages.ts includes these: it is still one catalogue of one type).
 */
export const LOCALES = ['en', 'zh-cn'] as const;
export type Locale = (typeof LOCALES)[number];

export interface ClientMessages {
  fullStop: string;
  quizChooseFirst: string;
  quizCorrect: string;
  /** {n}: how many. "One" forms are used when n is 1. */
  quizWrongChosenOne: string;
  quizWrongChosenMany: string;
  quizMissedOne: string;
  quizMissedMany: string;
  /** {parts}: the clauses above, joined with quizPartsJoin. */
  quizNotQuite: string;
  quizPartsJoin: string;
  /** After a first wrong answer: one right answer / several ({parts}: what is wrong). */
  quizTryAgain: string;
  quizTryAgainMany: string;
  quizCorrectSecondTry: string;
  /** The answer was shown without a wrong answer to explain ("Show answer"). */
  quizAnswerShown: string;
  /** A second wrong answer: the right one is revealed ({parts}: what is wrong). */
  quizRevealed: string;
  /** A second wrong answer at a question with one right answer. */
  quizRevealedSingle: string;
  quizShowAnswer: string;
  /** A chapter's score: {correct}, {total}, {shown} (empty, or quizScoreShownOne/Many with {n}). */
  quizScore: string;
  quizScoreShownOne: string;
  quizScoreShownMany: string;
  /** The home page's book-wide total: {total}; {correct}, {shown} (quizBookShownOne/Many with {n}). */
  quizBookNone: string;
  quizBookSummary: string;
  quizBookShownOne: string;
  quizBookShownMany: string;
  progressSummaryOne: string;
  progressSummaryMany: string;
  markRead: string;
  markedRead: string;
  readMark: string;
}

export const CLIENT_MESSAGES: Record<Locale, ClientMessages> = {
  en: {
    fullStop: '.',
    quizChooseFirst: 'Choose an answer first.',
    quizCorrect: 'Correct.',
    quizWrongChosenOne: 'one choice is wrong',
    quizWrongChosenMany: '{n} choices are wrong',
    quizMissedOne: 'one correct option was not chosen',
    quizMissedMany: '{n} correct options were not chosen',
    quizNotQuite: 'Not quite: {parts}. Read the explanations below.',
    quizPartsJoin: ', and ',
    quizTryAgain: 'Not quite — try again. The explanation of your choice is below.',
    quizTryAgainMany: 'Not quite — try again: {parts}. The explanation of your choices is below.',
    quizCorrectSecondTry: 'Correct, at the second try.',
    quizAnswerShown: 'The answer is shown below.',
    quizRevealed: 'Not quite: {parts}. The right answer is marked below.',
    quizRevealedSingle: 'Not quite. The right answer is marked below, with why.',
    quizShowAnswer: 'Show answer',
    quizScore: '{correct} of {total} correct so far{shown}.',
    quizScoreShownOne: '; {n} answer shown',
    quizScoreShownMany: '; {n} answers shown',
    quizBookNone: 'Self-check quizzes: none answered yet ({total} questions in the book).',
    quizBookSummary: 'Self-check quizzes: {correct} of {total} questions answered correctly{shown}.',
    quizBookShownOne: ' ({n} answer shown)',
    quizBookShownMany: ' ({n} answers shown)',
    progressSummaryOne: '{read} of {total} chapter read',
    progressSummaryMany: '{read} of {total} chapters read',
    markRead: 'Mark this chapter as read',
    markedRead: 'Read ✓ (select to unmark)',
    readMark: '(read)',
  },
  'zh-cn': {
    fullStop: '。',
    quizChooseFirst: '请先选择一个答案。',
    quizCorrect: '正确。',
    quizWrongChosenOne: '有 1 个选项选错了',
    quizWrongChosenMany: '有 {n} 个选项选错了',
    quizMissedOne: '有 1 个正确选项没有选',
    quizMissedMany: '有 {n} 个正确选项没有选',
    quizNotQuite: '还不对：{parts}。请阅读下面的解释。',
    quizPartsJoin: '，',
    quizTryAgain: '还不对，请再试一次。下面是对你所选选项的解释。',
    quizTryAgainMany: '还不对，请再试一次：{parts}。下面是对你所选选项的解释。',
    quizCorrectSecondTry: '正确（第二次答对）。',
    quizAnswerShown: '答案已在下面显示。',
    quizRevealed: '还不对：{parts}。正确答案已在下面标出。',
    quizRevealedSingle: '还不对。正确答案及其解释已在下面标出。',
    quizShowAnswer: '显示答案',
    quizScore: '目前答对 {correct} 题，共 {total} 题{shown}。',
    quizScoreShownOne: '；已查看 {n} 题的答案',
    quizScoreShownMany: '；已查看 {n} 题的答案',
    quizBookNone: '自测题：尚未作答（全书共 {total} 题）。',
    quizBookSummary: '自测题：全书 {total} 题中已答对 {correct} 题{shown}。',
    quizBookShownOne: '（另有 {n} 题查看了答案）',
    quizBookShownMany: '（另有 {n} 题查看了答案）',
    progressSummaryOne: '已读 {read} 章，共 {total} 章',
    progressSummaryMany: '已读 {read} 章，共 {total} 章',
    markRead: '将本章标记为已读',
    markedRead: '已读 ✓（点击取消标记）',
    readMark: '（已读）',
  },
};

/** The locale of an <html lang> value: "zh-CN" → "zh-cn"; anything else → "en". */
export function localeFromLang(lang: string | null | undefined): Locale {
  return (lang ?? '').toLowerCase().startsWith('zh') ? 'zh-cn' : 'en';
}

/** For a data-messages attribute: the browser strings of a locale, as JSON. */
export function clientMessagesJson(locale: Locale): string {
  return JSON.stringify(CLIENT_MESSAGES[locale]);
}
