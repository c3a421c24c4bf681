/**
 * Formatting of the browser's messages (src/i18n/client.ts). No strings here: the messages come from
 * the page (a data-messages attribute), so scripts importing this carry no catalogue.
 */
import type { ClientMessages } from './client';

/** "{n} choices" with { n: 2 } → "2 choices". */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => (key in values ? String(values[key]) : whole));
}

/**
 * A number already formatted for `lang`, followed by a percent sign: "14 %" in English (the book's
 * SI-style spacing), "14%" in Chinese, where no space goes between a number and %.
 */
export function percent(number: string, lang: string): string {
  return /^zh\b/i.test(lang) ? `${number}%` : `${number} %`;
}

/**
 * Sentences run together: a space after one ending in Latin punctuation ("…applies. Source"),
 * none after Chinese punctuation ("…不再适用。容器"), where a space would be a stray gap.
 */
export function joinSentences(...parts: string[]): string {
  return parts.filter(Boolean).reduce((all, p) => (all === '' ? p : /[\u3000-\u303f\uff01-\uff1f\u201d\u2019]$/u.test(all) ? all + p : `${all} ${p}`), '');
}

/** "{n} choices" in its one/many form. */
function counted(one: string, many: string, count: number): string {
  return fill(count === 1 ? one : many, { n: count });
}

/** What is wrong with a choice, as one clause list: "one choice is wrong, and 2 correct options were not chosen". */
export function wrongParts(g: { wrongChosen: readonly number[]; missed: readonly number[] }, m: ClientMessages): string {
  const parts: string[] = [];
  if (g.wrongChosen.length) parts.push(counted(m.quizWrongChosenOne, m.quizWrongChosenMany, g.wrongChosen.length));
  if (g.missed.length) parts.push(counted(m.quizMissedOne, m.quizMissedMany, g.missed.length));
  return parts.join(m.quizPartsJoin);
}

/** The sentence read out after checking a quiz item. */
export function gradeText(g: { correct: boolean; wrongChosen: readonly number[]; missed: readonly number[] }, chosenCount: number, m: ClientMessages): string {
  if (chosenCount === 0) return m.quizChooseFirst;
  if (g.correct) return m.quizCorrect;
  return fill(m.quizNotQuite, { parts: wrongParts(g, m) });
}

/** "2 of 5 correct so far; 1 answer shown." */
export function scoreText(correct: number, total: number, m: ClientMessages, revealed = 0): string {
  const shown = revealed ? counted(m.quizScoreShownOne, m.quizScoreShownMany, revealed) : '';
  return fill(m.quizScore, { correct, total, shown });
}

/** The home page's quiz line: none answered yet, or "5 of 70 questions answered correctly (1 answer shown)". */
export function bookQuizText(correct: number, shown: number, total: number, m: ClientMessages): string {
  if (!correct && !shown) return fill(m.quizBookNone, { total });
  return fill(m.quizBookSummary, { correct, total, shown: shown ? counted(m.quizBookShownOne, m.quizBookShownMany, shown) : '' });
}

/** "3 of 13 chapters read", counting only chapters that still exist. */
export function progressText(read: ReadonlySet<string>, chapterIds: readonly string[], m: ClientMessages): string {
  const n = chapterIds.filter((id) => read.has(id)).length;
  return fill(chapterIds.length === 1 ? m.progressSummaryOne : m.progressSummaryMany, { read: n, total: chapterIds.length });
}

/** The tick after a chapter marked as read, with words for screen readers. */
export function readMarkHtmlWith(m: Pick<ClientMessages, 'readMark'>): string {
  return `<span aria-hidden="true"> ✓</span><span class="sr-only"> ${m.readMark}</span>`;
}

/** The messages a custom element was given by the server. */
export function messagesOf(el: HTMLElement): ClientMessages {
  return JSON.parse(el.dataset.messages!) as ClientMessages;
}
