/**
 * The result table of <DensityCalculator /> as HTML strings, shared by the build (default inputs)
 * and the <density-calculator> element (every valid change).
 */
import { densityIn, formatMiB, MiB, type DensityInputs, type DensityTechnology } from './density';
import { esc, link } from './html';
import { formatBytes, formatCount, formatFigure, formatNumber } from './units';
import { fill } from '../i18n/format';
import type { DensityMessages } from '../i18n/demos/density';

export interface DensityViewTechnology extends DensityTechnology {
  /** Where the overhead figure comes from: "Authors (year), Title", with a link; or the slide table. `lang`: the label's language, when not the page's. */
  source: { label: string; href?: string; lang?: string };
}

/** "A host with 256 GiB and 64 cores, an application of 128 MiB, 10% headroom, no per-core limit." */
export function densityCaption(inputs: DensityInputs, m: DensityMessages): string {
  const lang = m.words.lang;
  const cores = fill(inputs.cores === 1 ? m.coresOne : m.coresMany, { n: formatCount(inputs.cores, lang) });
  const limit = inputs.perCoreLimit === null ? m.noLimit : fill(m.limit, { n: formatNumber(inputs.perCoreLimit, 6, lang) });
  return fill(m.caption, {
    memory: formatNumber(inputs.hostMemoryGiB, 6, lang),
    cores,
    app: formatBytes(inputs.appMiB * MiB, 'binary', lang),
    headroom: formatNumber(inputs.headroomPercent, 6, lang),
    limit,
  });
}

/** The count cell: "none fit" rather than "≤ 0"; "≤ n" when the figure covers only part of the cost. */
export function countText(instances: number, partial: boolean, m: DensityMessages): string {
  if (instances <= 0) return esc(m.noneFit);
  return `${partial ? '≤ ' : ''}${esc(formatCount(instances, m.words.lang))}`;
}

/**
 * The overhead as its source states it and, when that is not in MiB, the MiB value the sum uses:
 * "4.09 MB = 3.9 MiB", "≈ 18 MB = 17.2 MiB"; a figure stated in MiB is shown once ("≈ 5 MiB").
 */
export function overheadText(t: DensityTechnology, m: DensityMessages): string {
  const lang = m.words.lang;
  const source = formatFigure(t.overhead, lang);
  const mib = formatMiB(t.overhead.value, lang);
  return source.endsWith(mib) ? source : fill(m.converted, { source, mib });
}

export function densityRowsHtml(inputs: DensityInputs, technologies: readonly DensityViewTechnology[], m: DensityMessages): string {
  const { rows } = densityIn(inputs, technologies, m.words);
  return rows
    .map((r) => {
      const t = technologies.find((x) => x.id === r.technology.id)!;
      const label = t.source.href ? link(t.source.href, t.source.label) : esc(t.source.label);
      const source = t.source.lang ? `<span lang="${esc(t.source.lang)}">${label}</span>` : label;
      const tags = `${t.slides ? ` <span class="dm-tag">${esc(m.tagSlide)}</span>` : ''}${t.partial ? ` <span class="dm-tag">${esc(m.tagPartial)}</span>` : ''}`;
      return (
        `<tr data-technology="${esc(t.id)}"><th scope="row">${esc(t.name)}</th>` +
        `<td>${esc(overheadText(t, m))}${tags}<br><span class="dm-field__hint">${source}</span></td>` +
        `<td class="dm-count">${countText(r.instances, r.technology.partial, m)}</td>` +
        `<td>${esc(r.sentence)}</td></tr>`
      );
    })
    .join('');
}
