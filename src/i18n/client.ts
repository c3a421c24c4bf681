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
  quizScore: string;
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
    quizScore: '{correct} of {total} correct so far.',
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
    quizScore: '目前答对 {correct} 题，共 {total} 题。',
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
