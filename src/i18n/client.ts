/**
 * The part of the message catalogue that scripts in the browser need (quiz grading, reading
 * progress), kept apart so that a page's JavaScript carries these few strings and not the whole
 * catalogue (src/i18n/messages.ts includes them: it is still one catalogue of one type).
 */
export const LOCALES = ['en', 'zh-cn'] as const;
export type Locale = (typeof LOCALES)[number];

export interface ClientMessages {
  fullStop: string;
  quizChooseFirst: string;
  quizCorrect: string;
  quizWrongChosen: (n: number) => string;
  quizMissed: (n: number) => string;
  quizNotQuite: (parts: string[]) => string;
  quizScore: (correct: string, total: string) => string;
  progressSummary: (read: string, total: string, count: number) => string;
  markRead: string;
  markedRead: string;
  readMark: string;
}

export const CLIENT_MESSAGES: Record<Locale, ClientMessages> = {
  en: {
    fullStop: '.',
    quizChooseFirst: 'Choose an answer first.',
    quizCorrect: 'Correct.',
    quizWrongChosen: (n) => `${n === 1 ? 'one choice is' : `${n} choices are`} wrong`,
    quizMissed: (n) => `${n === 1 ? 'one correct option was' : `${n} correct options were`} not chosen`,
    quizNotQuite: (parts) => `Not quite: ${parts.join(', and ')}. Read the explanations below.`,
    quizScore: (correct, total) => `${correct} of ${total} correct so far.`,
    progressSummary: (read, total, count) => `${read} of ${total} chapter${count === 1 ? '' : 's'} read`,
    markRead: 'Mark this chapter as read',
    markedRead: 'Read ✓ (select to unmark)',
    readMark: '(read)',
  },
  'zh-cn': {
    fullStop: '。',
    quizChooseFirst: '请先选择一个答案。',
    quizCorrect: '正确。',
    quizWrongChosen: (n) => `有 ${n} 个选项选错了`,
    quizMissed: (n) => `有 ${n} 个正确选项没有选`,
    quizNotQuite: (parts) => `还不对：${parts.join('，')}。请阅读下面的解释。`,
    quizScore: (correct, total) => `目前答对 ${correct} 题，共 ${total} 题。`,
    progressSummary: (read, total) => `已读 ${read} 章，共 ${total} 章`,
    markRead: '将本章标记为已读',
    markedRead: '已读 ✓（点击取消标记）',
    readMark: '（已读）',
  },
};

/** The locale of an <html lang> value: "zh-CN" → "zh-cn"; anything else → "en". */
export function localeFromLang(lang: string | null | undefined): Locale {
  return (lang ?? '').toLowerCase().startsWith('zh') ? 'zh-cn' : 'en';
}

/** In the browser: the client messages of the current page's language. */
export function pageMessages(): ClientMessages {
  return CLIENT_MESSAGES[localeFromLang(typeof document === 'undefined' ? 'en' : document.documentElement.lang)];
}
