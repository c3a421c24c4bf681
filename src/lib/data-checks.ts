/** Steps every data check shares: zod's complaints about each entry, and one error listing them all. */
import type { z } from 'zod';

/**
 * Parse one entry against its schema, pushing each problem as "label: path: message" (path
 * "entry" when the whole entry is at fault). Returns the parsed entry, or undefined if it failed.
 */
export function parseEntry<S extends z.ZodType>(schema: S, value: unknown, label: string, problems: string[]): z.output<S> | undefined {
  const r = schema.safeParse(value);
  if (r.success) return r.data;
  for (const issue of r.error.issues) problems.push(`${label}: ${issue.path.join('.') || 'entry'}: ${issue.message}`);
  return undefined;
}

/** Throw one error naming what is invalid and listing every problem, if there is any. */
export function assertNoProblems(what: string, problems: readonly string[]): void {
  if (problems.length) throw new Error(`Invalid ${what}:\n  ${problems.join('\n  ')}`);
}
