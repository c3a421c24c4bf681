/**
 * The bar chart of <BootComparison />, as HTML strings: rendered once at build time (so the chart
 * reads without JavaScript) and again by the custom element whenever a control changes.
 * Bars are HTML, not SVG, so labels wrap on a phone and each bar can take keyboard focus.
 */
import { METRICS, PROVENANCE_TAG, SLIDE_TABLE, selectChart, type MetricId, type ProvenanceChoice, type SortKey, type Technology, type VirtFigure, ISOLATION_LEVELS } from './figures';
import { esc, link } from './html';
import { makeScale, type ScaleKind } from './scale';
import { formatFigure, formatQuantity } from './units';

export interface BootChartData {
  technologies: Technology[];
  figures: VirtFigure[];
  /** Display text of each bibliography key cited by a figure: "Authors (year), Title". */
  sources: Record<string, string>;
}

export interface BootChartState {
  metric: MetricId;
  provenance: ProvenanceChoice;
  scale: ScaleKind;
  sort: SortKey;
}

export const DEFAULT_CHART_STATE: BootChartState = { metric: 'startup-time', provenance: 'sourced', scale: 'log', sort: 'value' };

const PROVENANCE_TEXT: Record<ProvenanceChoice, string> = {
  sourced: 'sourced figures',
  seed: `figures from ${SLIDE_TABLE}`,
  both: 'sourced and slide-table figures',
};

export function chartTitle(state: BootChartState): string {
  const scale = state.scale === 'log' ? 'logarithmic scale' : 'linear scale';
  const sort = state.sort === 'value' ? 'smallest first' : 'strongest isolation first';
  return `${METRICS[state.metric].label}: ${PROVENANCE_TEXT[state.provenance]}, ${scale}, ${sort}`;
}

function tickLabel(value: number, metric: MetricId): string {
  return value === 0 ? '0' : formatQuantity(value, METRICS[metric].unit);
}

function pct(x: number): string {
  return `${(x * 100).toFixed(2)}%`;
}

/** The chart for one state: title, one bar per row, axis ticks, and the technologies left out. */
export function chartHtml(data: BootChartData, state: BootChartState, interactive: boolean): string {
  const { rows, missing } = selectChart(data.figures, data.technologies, state.metric, state.provenance, state.sort);
  const title = `<p class="dm-chart__title">${esc(chartTitle(state))}</p>`;
  if (!rows.length) return `${title}<p class="dm-chart__empty">No figure of this kind in the chosen set.</p>`;
  const values = rows.flatMap((r) => [r.figure.value, r.figure.range?.max ?? r.figure.value]);
  const scale = makeScale(state.scale, values);
  const bars = rows
    .map(({ technology, figure }) => {
      const seed = figure.provenance === 'seed';
      const range = figure.range
        ? `<span class="dm-row__range" style="left:${pct(scale.position(figure.range.min))};width:${pct(scale.position(figure.range.max) - scale.position(figure.range.min))}"></span>`
        : '';
      return (
        `<li class="dm-row${seed ? ' dm-row--seed' : ''}" data-figure="${esc(figure.id)}"${interactive ? ' tabindex="-1"' : ''}>` +
        `<span class="dm-row__text"><span class="dm-row__name">${esc(technology.name)}</span>${seed ? ` <span class="dm-tag">${PROVENANCE_TAG.seed}</span>` : ''}` +
        ` <span class="dm-row__value">${esc(formatFigure(figure))}</span></span>` +
        `<span class="dm-row__track" aria-hidden="true"><span class="dm-row__bar" style="width:${pct(scale.position(figure.value))}"></span>${range}</span></li>`
      );
    })
    .join('');
  const ticks = scale.ticks.map((t) => `<span style="left:${pct(scale.position(t))}">${esc(tickLabel(t, state.metric))}</span>`).join('');
  const grid = scale.ticks.map((t) => `<span style="left:${pct(scale.position(t))}"></span>`).join('');
  const note =
    state.scale === 'log'
      ? '<p class="dm-chart__note">Each grid line is ten times the one before; bars start at the left edge of the axis, not at zero.</p>'
      : '';
  const gone = missing.length
    ? `<p class="dm-chart__missing">No ${state.provenance === 'seed' ? 'slide-table ' : state.provenance === 'both' ? '' : 'sourced '}figure for ${esc(METRICS[state.metric].label.toLowerCase())}: ${esc(missing.map((t) => t.name).join('; '))}.</p>`
    : '';
  return `${title}<div class="dm-chart__plot"><div class="dm-chart__grid" aria-hidden="true">${grid}</div><ol class="dm-chart__rows">${bars}</ol></div><div class="dm-chart__axis" aria-hidden="true">${ticks}</div>${note}${gone}`;
}

function sourceHtml(figure: VirtFigure, data: BootChartData): string {
  const s = figure.source;
  if (s.kind === 'seed') return `A widely copied course slide table, ${esc(s.locator)}; printed there as “${esc(s.text)}”.`;
  const label = data.sources[s.key] ?? s.key;
  return `${link(s.url, label)}${s.locator ? `, ${esc(s.locator)}` : ''}.`;
}

/** How a figure was measured and where it comes from: shown when its bar has focus or the pointer. */
export function detailsHtml(data: BootChartData, figureId: string): string {
  const figure = data.figures.find((f) => f.id === figureId);
  if (!figure) return '';
  const technology = data.technologies.find((t) => t.id === figure.technology);
  const name = technology?.name ?? figure.technology;
  const parts = [
    `<p class="dm-details__head"><strong>${esc(name)}</strong>: ${esc(METRICS[figure.metric].label.toLowerCase())} ${esc(formatFigure(figure))} <span class="dm-tag">${PROVENANCE_TAG[figure.provenance]}</span></p>`,
    `<p><span class="dm-details__key">Conditions:</span> ${esc(figure.conditions)}</p>`,
    `<p><span class="dm-details__key">Source:</span> ${sourceHtml(figure, data)}</p>`,
  ];
  if (figure.correction) {
    parts.push(`<p><span class="dm-details__key">Correction:</span> ${esc(figure.correction.text)} (${esc(data.sources[figure.correction.key] ?? figure.correction.key)})</p>`);
  }
  if (figure.partial) parts.push('<p><span class="dm-details__key">Note:</span> this figure counts only part of the per-instance cost.</p>');
  const others = data.figures.filter((f) => f.technology === figure.technology && f.metric === figure.metric && f.id !== figure.id);
  if (others.length) {
    const items = others.map((o) => `<li>${esc(formatFigure(o))} (${PROVENANCE_TAG[o.provenance]}): ${esc(o.conditions)} ${sourceHtml(o, data)}</li>`).join('');
    parts.push(`<p><span class="dm-details__key">Other figures:</span></p><ul>${items}</ul>`);
  }
  if (technology) {
    const level = ISOLATION_LEVELS[technology.isolation.rank] ?? '';
    parts.push(`<p><span class="dm-details__key">Isolation ${technology.isolation.rank} of 4 (${esc(level)}):</span> ${esc(technology.isolation.justification)}</p>`);
  }
  return parts.join('');
}

/** One line of the list of every figure under the table: value, conditions, source, correction. */
export function figureNoteHtml(data: BootChartData, figure: VirtFigure): string {
  const name = data.technologies.find((t) => t.id === figure.technology)?.name ?? figure.technology;
  const correction = figure.correction ? ` Correction: ${esc(figure.correction.text)} (${esc(data.sources[figure.correction.key] ?? figure.correction.key)})` : '';
  return (
    `${esc(name)}, ${esc(METRICS[figure.metric].label.toLowerCase())} ${esc(formatFigure(figure))} (${PROVENANCE_TAG[figure.provenance]}). ` +
    `${esc(figure.conditions)} Source: ${sourceHtml(figure, data)}${correction}`
  );
}
