/**
 * The result table of <DensityCalculator /> as HTML strings, shared by the build (default inputs)
 * and the <density-calculator> element (every valid change).
 */
import { computeDensity, MiB, type DensityInputs, type DensityTechnology } from './density';
import { esc, link } from './html';
import { formatBytes, formatCount, formatFigure, formatNumber } from './units';

export interface DensityViewTechnology extends DensityTechnology {
  /** Where the overhead figure comes from: "Authors (year), Title", with a link; or the seed. */
  source: { label: string; href?: string };
}

/** "A host with 256 GiB and 64 cores, an application of 128 MiB, 10% headroom, no per-core limit." */
export function densityCaption(inputs: DensityInputs): string {
  const cores = `${formatCount(inputs.cores)} core${inputs.cores === 1 ? '' : 's'}`;
  const limit = inputs.perCoreLimit === null ? 'no per-core limit' : `at most ${formatNumber(inputs.perCoreLimit, 6)} instances per core`;
  return (
    `Instances that fit on a host with ${formatNumber(inputs.hostMemoryGiB, 6)} GiB of memory and ${cores}, ` +
    `for an application of ${formatBytes(inputs.appMiB * MiB, 'binary')}, keeping ${formatNumber(inputs.headroomPercent, 6)}% of memory free, ${limit}.`
  );
}

/** The count cell: "none fit" rather than "≤ 0"; "≤ n" when the figure covers only part of the cost. */
export function countText(instances: number, partial: boolean): string {
  if (instances <= 0) return 'none fit';
  return `${partial ? '≤ ' : ''}${esc(formatCount(instances))}`;
}

export function densityRowsHtml(inputs: DensityInputs, technologies: readonly DensityViewTechnology[]): string {
  const { rows } = computeDensity(inputs, technologies);
  return rows
    .map((r) => {
      const t = technologies.find((x) => x.id === r.technology.id)!;
      const source = t.source.href ? link(t.source.href, t.source.label) : esc(t.source.label);
      const tags = `${t.seed ? ' <span class="dm-tag">slide table</span>' : ''}${t.partial ? ' <span class="dm-tag">partial</span>' : ''}`;
      return (
        `<tr data-technology="${esc(t.id)}"><th scope="row">${esc(t.name)}</th>` +
        `<td>${esc(formatFigure(t.overhead))}${tags}<br><span class="dm-field__hint">${source}</span></td>` +
        `<td class="dm-count">${countText(r.instances, r.technology.partial)}</td>` +
        `<td>${esc(r.sentence)}</td></tr>`
      );
    })
    .join('');
}
