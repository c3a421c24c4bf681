/** Which point of a source article the book covers where, and what it corrects. Data in src/data/coverage/<part>.ts. */
import { z } from 'zod';
import { assertNoProblems, parseEntry } from './data-checks';

export const coveragePointSchema = z.object({
  /** The source article (src/data/source-articles.ts) the point is made in. */
  article: z.enum(['000', '001', '002', '003', '004']),
  point: z.string().min(5),
  /** A cross-reference id: "sec:<chapter>/<heading>" or "ch:<chapter>". */
  covered: z.string().regex(/^(sec:[a-z0-9-]+\/[a-z0-9-]+|ch:[a-z0-9-]+)$/, 'covered must be a sec: or ch: id'),
  correction: z
    .object({
      right: z.string().min(3),
      source: z.string().min(1),
    })
    .optional(),
});

export type CoveragePoint = z.input<typeof coveragePointSchema>;

export function checkCoverage(points: readonly CoveragePoint[]): CoveragePoint[] {
  const problems: string[] = [];
  for (const [i, p] of points.entries()) parseEntry(coveragePointSchema, p, `coverage point ${i} ("${p.point}")`, problems);
  assertNoProblems('coverage data', problems);
  return [...points];
}
