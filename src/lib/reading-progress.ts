/** Reading progress, kept in the reader's browser only: the set of chapter ids marked as read. */
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

export function toggleRead(read: ReadonlySet<string>, id: string, on: boolean): Set<string> {
  const next = new Set(read);
  if (on) next.add(id);
  else next.delete(id);
  return next;
}

/** "3 of 13 chapters read", counting only chapters that still exist. */
export function progressSummary(read: ReadonlySet<string>, chapterIds: readonly string[]): string {
  const n = chapterIds.filter((id) => read.has(id)).length;
  return `${n} of ${chapterIds.length} chapter${chapterIds.length === 1 ? '' : 's'} read`;
}
