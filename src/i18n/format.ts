/**
 * Formatting of the browser's messages (src/i18n/client.ts). No strings here: the messages come from
 * the page (a data-messages attribute), so scripts importing this carry no catalogue.
 */
import type { ClientMessages } from './client';

/** "{n} choices" with { n: 2 } → "2 choices". */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => (key in values ? String(values[key]) : whole));
}

/** The sentence read out after checking a quiz item. */
export function gradeText(g: { correct: boolean; wrongChosen: readonly number[]; missed: readonly number[] }, chosenCount: number, m: ClientMessages): string {
  if (chosenCount === 0) return m.quizChooseFirst;
  if (g.correct) return m.quizCorrect;
  const parts: string[] = [];
  const n = (one: string, many: string, count: number) => fill(count === 1 ? one : many, { n: count });
  if (g.wrongChosen.length) parts.push(n(m.quizWrongChosenOne, m.quizWrongChosenMany, g.wrongChosen.length));
  if (g.missed.length) parts.push(n(m.quizMissedOne, m.quizMissedMany, g.missed.length));
  return fill(m.quizNotQuite, { parts: parts.join(m.quizPartsJoin) });
}

export function scoreText(correct: number, total: number, m: ClientMessages): string {
  return fill(m.quizScore, { correct, total });
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
