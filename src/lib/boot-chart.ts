/**
 * The bar chart of <BootComparison />, as HTML strings: rendered once at build time (so the chart
 * reads without JavaScript) and again by the custom element whenever a control changes.
 * Bars are HTML, not SVG, so labels wrap on a phone and each bar can take keyboard focus.
 */
import { METRIC_UNITS, selectChart, type MetricId, type ProvenanceChoice, type SortKey, type Technology, type VirtFigure } from './figures';
import { esc, link } from './html';
import { makeScale, type ScaleKind } from './scale';
import { formatFigure, formatQuantity } from './units';
import { fill } from '../i18n/format';
import type { BootComparisonMessages } from '../i18n/demos/boot-comparison';

export interface BootChartData {
  technologies: Technology[];
  figures: VirtFigure[];
  /** Display text of each bibliography key cited by a figure: "Authors (year), Title". */
  sources: Record<string, string>;
  /** The language of those texts when it is not the page's (the Chinese edition keeps them in English). */
  sourcesLang?: string;
}

export interface BootChartState {
  metric: MetricId;
  provenance: ProvenanceChoice;
  scale: ScaleKind;
  sort: SortKey;
}

export const DEFAULT_CHART_STATE: BootChartState = { metric: 'startup-time', provenance: 'sourced', scale: 'log', sort: 'value' };

/** The chart's title for a state, in the language of `m`. */
export function chartTitle(state: BootChartState, m: BootComparisonMessages): string {
  return fill(m.chartTitle, {
    metric: m.metrics[state.metric],
    provenance: m.provenance[state.provenance],
    scale: state.scale === 'log' ? m.scaleLog : m.scaleLinear,
    sort: state.sort === 'value' ? m.sortSmallest : m.sortStrongest,
  });
}

function tickLabel(value: number, metric: MetricId, lang: string): string {
  return value === 0 ? '0' : formatQuantity(value, METRIC_UNITS[metric], undefined, lang);
}

/** A metric's name inside a sentence: "start-up time" (Chinese has no case). */
const metricInText = (metric: MetricId, m: BootComparisonMessages) => m.metrics[metric].toLowerCase();

function pct(x: number): string {
  return `${(x * 100).toFixed(2)}%`;
}

/** The chart for one state: title, one bar per row, axis ticks, and the technologies left out. */
export function chartHtml(data: BootChartData, state: BootChartState, interactive: boolean, m: BootComparisonMessages): string {
  const { rows, missing } = selectChart(data.figures, data.technologies, state.metric, state.provenance, state.sort);
  const lang = m.lang;
  const title = `<p class="dm-chart__title">${esc(chartTitle(state, m))}</p>`;
  if (!rows.length) return `${title}<p class="dm-chart__empty">${esc(m.empty)}</p>`;
  const values = rows.flatMap((r) => [r.figure.value, r.figure.range?.max ?? r.figure.value]);
  const scale = makeScale(state.scale, values);
  const bars = rows
    .map(({ technology, figure }) => {
      const slides = figure.provenance === 'slides';
      const range = figure.range
        ? `<span class="dm-row__range" style="left:${pct(scale.position(figure.range.min))};width:${pct(scale.position(figure.range.max) - scale.position(figure.range.min))}"></span>`
        : '';
      return (
        `<li class="dm-row${slides ? ' dm-row--slides' : ''}" data-figure="${esc(figure.id)}"${interactive ? ' tabindex="-1"' : ''}>` +
        `<span class="dm-row__text"><span class="dm-row__name">${esc(technology.name)}</span>${slides ? ` <span class="dm-tag">${esc(m.tags.slides)}</span>` : ''}` +
        ` <span class="dm-row__value">${esc(formatFigure(figure, lang))}</span></span>` +
        `<span class="dm-row__track" aria-hidden="true"><span class="dm-row__bar" style="width:${pct(scale.position(figure.value))}"></span>${range}</span></li>`
      );
    })
    .join('');
  const ticks = scale.ticks.map((t) => `<span style="left:${pct(scale.position(t))}">${esc(tickLabel(t, state.metric, lang))}</span>`).join('');
  const grid = scale.ticks.map((t) => `<span style="left:${pct(scale.position(t))}"></span>`).join('');
  const note = state.scale === 'log' ? `<p class="dm-chart__note">${esc(m.logNote)}</p>` : '';
  const gone = missing.length
    ? `<p class="dm-chart__missing">${esc(fill(m.missing[state.provenance], { metric: metricInText(state.metric, m), names: missing.map((t) => t.name).join(m.namesSeparator) }))}</p>`
    : '';
  return `${title}<div class="dm-chart__plot"><div class="dm-chart__grid" aria-hidden="true">${grid}</div><ol class="dm-chart__rows">${bars}</ol></div><div class="dm-chart__axis" aria-hidden="true">${ticks}</div>${note}${gone}`;
}

function sourceHtml(figure: VirtFigure, data: BootChartData, m: BootComparisonMessages): string {
  const s = figure.source;
  if (s.kind === 'slides') return esc(fill(m.sourceSlide, { locator: s.locator, text: s.text }));
  const label = data.sources[s.key] ?? s.key;
  const locator = s.locator ? esc(`${m.locatorSeparator}${s.locator}`) : '';
  return fill(esc(m.sourceRef), { link: inLang(link(s.url, label), data), locator: locator && !s.locatorTranslated ? inLang(locator, data) : locator });
}

/** Bibliographic text marked with its language when it is not the page's. */
function inLang(html: string, data: BootChartData): string {
  return data.sourcesLang ? `<span lang="${esc(data.sourcesLang)}">${html}</span>` : html;
}

/** The title of a cited reference, in its language. */
function refText(key: string, data: BootChartData): string {
  return inLang(esc(data.sources[key] ?? key), data);
}

const key = (text: string) => `<span class="dm-details__key">${esc(text)}</span>`;

/** How a figure was measured and where it comes from: shown when its bar has focus or the pointer. */
export function detailsHtml(data: BootChartData, figureId: string, m: BootComparisonMessages): string {
  const figure = data.figures.find((f) => f.id === figureId);
  if (!figure) return '';
  const lang = m.lang;
  const technology = data.technologies.find((t) => t.id === figure.technology);
  const name = technology?.name ?? figure.technology;
  const head = fill(esc(m.detailsHead), {
    name: `<strong>${esc(name)}</strong>`,
    metric: esc(metricInText(figure.metric, m)),
    value: esc(formatFigure(figure, lang)),
    tag: `<span class="dm-tag">${esc(m.tags[figure.provenance])}</span>`,
  });
  const parts = [
    `<p class="dm-details__head">${head}</p>`,
    `<p>${key(m.conditions)} ${esc(figure.conditions)}</p>`,
    `<p>${key(m.source)} ${sourceHtml(figure, data, m)}</p>`,
  ];
  if (figure.correction) {
    parts.push(`<p>${key(m.correction)} ${fill(esc(m.withSource), { text: esc(figure.correction.text), source: refText(figure.correction.key, data) })}</p>`);
  }
  if (figure.partial) parts.push(`<p>${key(m.noteLabel)} ${esc(m.partial)}</p>`);
  const others = data.figures.filter((f) => f.technology === figure.technology && f.metric === figure.metric && f.id !== figure.id);
  if (others.length) {
    const items = others
      .map((o) => `<li>${fill(esc(m.otherFigure), { value: esc(formatFigure(o, lang)), tag: esc(m.tags[o.provenance]), conditions: esc(o.conditions), source: sourceHtml(o, data, m) })}</li>`)
      .join('');
    parts.push(`<p>${key(m.otherFigures)}</p><ul>${items}</ul>`);
  }
  if (technology) {
    const level = m.isolationLevels[String(technology.isolation.rank) as keyof BootComparisonMessages['isolationLevels']] ?? '';
    parts.push(`<p>${key(fill(m.isolationOf, { rank: technology.isolation.rank, level }))} ${esc(technology.isolation.justification)}</p>`);
  }
  return parts.join('');
}

/** One line of the list of every figure under the table: value, conditions, source, correction. */
export function figureNoteHtml(data: BootChartData, figure: VirtFigure, m: BootComparisonMessages): string {
  const name = data.technologies.find((t) => t.id === figure.technology)?.name ?? figure.technology;
  const correction = figure.correction ? fill(esc(m.figureNoteCorrection), { text: esc(figure.correction.text), source: refText(figure.correction.key, data) }) : '';
  return fill(esc(m.figureNote), {
    name: esc(name),
    metric: esc(metricInText(figure.metric, m)),
    value: esc(formatFigure(figure, m.lang)),
    tag: esc(m.tags[figure.provenance]),
    conditions: esc(figure.conditions),
    source: sourceHtml(figure, data, m),
    correction,
  });
}

/** The lab machine's own start-up, measured on this page ('' until a timing is known). */
export function measuredText(t: { restore?: number; cold?: number }, m: BootComparisonMessages): string {
  const seconds = (s: number) => Number(s.toFixed(1)).toLocaleString(m.lang, { minimumFractionDigits: 1 });
  const parts: string[] = [];
  if (t.restore !== undefined) parts.push(fill(m.measuredRestore, { seconds: seconds(t.restore) }));
  if (t.cold !== undefined) parts.push(fill(m.measuredCold, { seconds: seconds(t.cold) }));
  return parts.length ? fill(m.measured, { parts: parts.join(m.measuredSeparator) }) : '';
}
