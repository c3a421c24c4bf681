/**
 * The zod schema of the comparison figures and the cross-entry checks (unique ids, one headline per
 * group, known technologies, bibliography keys). Used by unit tests and the build, never by the
 * browser bundles.
 */
import { z } from 'zod';
import { parseEntry } from './data-checks';
import { METRICS, type Technology, type VirtFigure } from './figures';

const kebab = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be kebab-case');
const oneLine = z.string().min(10).max(240).regex(/^[^\n]+$/, 'must be one line');

export const technologySchema = z.object({
  id: kebab,
  name: z.string().min(2),
  family: z.enum(['process', 'container', 'sandbox', 'vm', 'microvm', 'unikernel']),
  isolation: z.object({ rank: z.number().int().min(1).max(4), justification: oneLine }),
});

const positive = z.number().positive();

const sourceSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('reference'), key: z.string().min(1), url: z.url({ protocol: /^https?$/ }), locator: z.string().min(1).optional() }),
  z.object({ kind: z.literal('slides'), article: z.string().regex(/^\d{3}$/), locator: z.string().min(1), text: z.string().min(1) }),
]);

export const figureSchema = z
  .object({
    id: kebab,
    technology: kebab,
    metric: z.enum(Object.keys(METRICS) as [keyof typeof METRICS, ...(keyof typeof METRICS)[]]),
    value: positive,
    unit: z.enum(['s', 'B', '1/s']),
    qualifier: z.enum(['measured', 'approx', 'at-most', 'under']),
    range: z.object({ min: positive, max: positive }).optional(),
    conditions: z.string().min(20),
    provenance: z.enum(['slides', 'sourced']),
    source: sourceSchema,
    headline: z.boolean(),
    partial: z.boolean().optional(),
    correction: z.object({ text: z.string().min(20), key: z.string().min(1) }).optional(),
  })
  .superRefine((f, ctx) => {
    const m = METRICS[f.metric];
    if (f.unit !== m.unit) ctx.addIssue({ code: 'custom', path: ['unit'], message: `${f.metric} is measured in "${m.unit}", not "${f.unit}"` });
    const [lo, hi] = m.plausible;
    for (const [path, v] of [['value', f.value], ['range', f.range?.min], ['range', f.range?.max]] as const) {
      if (v !== undefined && (v < lo || v > hi))
        ctx.addIssue({ code: 'custom', path: [path], message: `${v} ${m.unit} is outside the plausible span ${lo}–${hi} ${m.unit} for ${f.metric}: check the unit` });
    }
    if (f.range) {
      if (!(f.range.min < f.range.max)) ctx.addIssue({ code: 'custom', path: ['range'], message: 'range.min must be below range.max' });
      if (f.value !== f.range.min) ctx.addIssue({ code: 'custom', path: ['value'], message: 'for a range, value must be its lower end' });
    }
    if ((f.provenance === 'slides') !== (f.source.kind === 'slides'))
      ctx.addIssue({ code: 'custom', path: ['source'], message: 'slide-table figures cite the slide table; sourced figures cite a reference' });
  });

/**
 * Validate technologies and figures together. Returns every problem found (empty when all is well):
 * schema errors, duplicate ids, unknown technologies, unknown bibliography keys, and groups
 * (technology × metric × provenance) without exactly one headline figure.
 */
export function findFigureProblems(
  technologies: readonly Technology[],
  figures: readonly VirtFigure[],
  bibliographyKeys: ReadonlySet<string>,
): string[] {
  const problems: string[] = [];
  const techIds = new Set<string>();
  for (const [i, t] of technologies.entries()) {
    parseEntry(technologySchema, t, `technology ${i} (${t.id})`, problems);
    if (techIds.has(t.id)) problems.push(`technology ${t.id}: duplicate id`);
    techIds.add(t.id);
  }
  const ids = new Set<string>();
  const headlines = new Map<string, number>();
  for (const [i, f] of figures.entries()) {
    const label = `figure ${i} (${f.id})`;
    parseEntry(figureSchema, f, label, problems);
    if (ids.has(f.id)) problems.push(`${label}: duplicate id`);
    ids.add(f.id);
    if (!techIds.has(f.technology)) problems.push(`${label}: unknown technology "${f.technology}"`);
    if (f.source.kind === 'reference' && !bibliographyKeys.has(f.source.key)) problems.push(`${label}: bibliography key "${f.source.key}" not found`);
    if (f.correction && !bibliographyKeys.has(f.correction.key)) problems.push(`${label}: correction key "${f.correction.key}" not found`);
    const group = `${f.technology} / ${f.metric} / ${f.provenance}`;
    headlines.set(group, (headlines.get(group) ?? 0) + (f.headline ? 1 : 0));
  }
  for (const [group, n] of headlines) if (n !== 1) problems.push(`${group}: ${n} headline figures, expected exactly 1`);
  return problems;
}
