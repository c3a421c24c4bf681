/** Reading progress, kept in the reader's browser only: the set of chapter ids marked as read. */
import { CLIENT_MESSAGES, type ClientMessages as Messages } from '../i18n/client';
import { progressText, readMarkHtmlWith } from '../i18n/format';

export const PROGRESS_KEY = 'bk-read';

export function parseProgress(raw: string | null): Set<string> {
  if (!raw) return new Set();
  try {
    const v = JSON.parse(raw) as unknown;
    return new Set(Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []);
  } catch {
    return new Set();
  }
}

export function serializeProgress(read: ReadonlySet<string>): string {
  return JSON.stringify([...read].sort());
}

/** The chapters this browser has marked as read: none where storage is unavailable or blocked. */
export function loadProgress(storage?: Pick<Storage, 'getItem'>): Set<string> {
  try {
    return parseProgress((storage ?? localStorage).getItem(PROGRESS_KEY));
  } catch {
    return new Set();
  }
}

/** Remember the chapters read; false where storage is unavailable (the page then shows them for this visit only). */
export function saveProgress(read: ReadonlySet<string>, storage?: Pick<Storage, 'setItem'>): boolean {
  try {
    (storage ?? localStorage).setItem(PROGRESS_KEY, serializeProgress(read));
    return true;
  } catch {
    return false;
  }
}

/** The tick after a chapter marked as read, with words for screen readers. */
export function readMarkHtml(m: Messages = CLIENT_MESSAGES.en): string {
  return readMarkHtmlWith(m);
}
/** @deprecated Use readMarkHtml(messages): the English read mark. */
export const READ_MARK_HTML = /* @__PURE__ */ readMarkHtml();

export function toggleRead(read: ReadonlySet<string>, id: string, on: boolean): Set<string> {
  const next = new Set(read);
  if (on) next.add(id);
  else next.delete(id);
  return next;
}

/** "3 of 13 chapters read", counting only chapters that still exist. */
export function progressSummary(read: ReadonlySet<string>, chapterIds: readonly string[], m: Messages = CLIENT_MESSAGES.en): string {
  return progressText(read, chapterIds, m);
}
