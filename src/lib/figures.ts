/**
 * Types and selection logic for the comparison figures (start-up time, memory overhead…) of
 * virtual machines, containers, sandboxes, unikernels and microVMs. The data live in
 * src/data/virtualization-figures.ts; the zod schema that checks them is in figures-schema.ts
 * (kept apart so the browser bundles never include zod).
 */
import type { BaseUnit, FormattableFigure } from './units';

export type MetricId = 'startup-time' | 'memory-overhead' | 'image-size' | 'syscall-latency' | 'creation-rate';

export interface Metric {
  id: MetricId;
  label: string;
  unit: BaseUnit;
  /** One sentence: what the metric measures. */
  description: string;
  /** Smallest and largest plausible values in base units; anything outside is a data error. */
  plausible: [number, number];
}

export const METRICS: Record<MetricId, Metric> = {
  'startup-time': {
    id: 'startup-time',
    label: 'Start-up time',
    unit: 's',
    description: 'Time from asking for a new instance to the guest or container running its first program.',
    plausible: [1e-4, 60],
  },
  'memory-overhead': {
    id: 'memory-overhead',
    label: 'Memory overhead',
    unit: 'B',
    description: 'Memory the isolation layer itself uses per instance, on top of what the application needs.',
    plausible: [1e5, 1e11],
  },
  'image-size': {
    id: 'image-size',
    label: 'Image size',
    unit: 'B',
    description: 'Size of the disk or kernel image an instance starts from.',
    plausible: [1e4, 1e12],
  },
  'syscall-latency': {
    id: 'syscall-latency',
    label: 'System-call latency',
    unit: 's',
    description: 'Time for one trivial system call made by the application.',
    plausible: [1e-8, 1e-3],
  },
  'creation-rate': {
    id: 'creation-rate',
    label: 'Creation rate',
    unit: '1/s',
    description: 'New instances a single host can start per second.',
    plausible: [1e-2, 1e6],
  },
};

export const METRIC_IDS: readonly MetricId[] = ['startup-time', 'memory-overhead', 'image-size', 'syscall-latency', 'creation-rate'];

/** The base unit of each metric (the chart's script needs only these, not METRICS' English labels and descriptions). */
export const METRIC_UNITS: Record<MetricId, BaseUnit> = { 'startup-time': 's', 'memory-overhead': 'B', 'image-size': 'B', 'syscall-latency': 's', 'creation-rate': '1/s' };

export type Provenance = 'slides' | 'sourced';

/**
 * What a reader sees for a provenance. 'slides' is the project's private word for its source articles
 * and never appears on a page: those figures are "figures from a widely copied course slide table".
 */
export const PROVENANCE_TAG: Record<Provenance, string> = { sourced: 'sourced', slides: 'slide table' };
/** The long form, for sentences. */
export const SLIDE_TABLE = 'a widely copied course slide table';

/** Where a figure comes from: a bibliography entry, or the slide table of the source article the book corrects. */
export type FigureSource =
  | { kind: 'reference'; key: string; url: string; locator?: string; /** The locator is in the page's language (the Chinese edition's), not the source's. */ locatorTranslated?: boolean }
  | { kind: 'slides'; article: string; locator: string; /** The cell exactly as the slide table prints it. */ text: string };

/** A figure: its value, unit, qualifier and range (see FormattableFigure), and what it measures. */
export interface VirtFigure extends FormattableFigure {
  id: string;
  technology: string;
  metric: MetricId;
  /** Hardware, software versions and what exactly was timed or counted. */
  conditions: string;
  provenance: Provenance;
  source: FigureSource;
  /** The one figure drawn as this technology's bar for this metric and provenance. */
  headline: boolean;
  /** True when the figure counts only part of the per-instance cost (the density calculator says so). */
  partial?: boolean;
  /** A correction of a slide-table figure and the reference that supports it. */
  correction?: { text: string; key: string };
}

export type Family = 'process' | 'container' | 'sandbox' | 'vm' | 'microvm' | 'unikernel';

export interface Technology {
  id: string;
  name: string;
  family: Family;
  /**
   * Ordinal isolation strength, 1 (weakest) to 4 (strongest), for sorting only: the book's reading
   * of what separates tenants, not a measurement.
   */
  isolation: { rank: number; justification: string };
}

export const ISOLATION_LEVELS: Record<number, string> = {
  1: 'process',
  2: 'shared kernel',
  3: 'user-space kernel',
  4: 'hardware virtualization',
};

export type ProvenanceChoice = Provenance | 'both';
export type SortKey = 'value' | 'isolation';

export interface ChartRow {
  technology: Technology;
  figure: VirtFigure;
  /** The other figures for the same technology, metric and provenance (shown as details). */
  others: VirtFigure[];
}

export interface ChartSelection {
  rows: ChartRow[];
  /** Technologies with no figure of the chosen metric and provenance. */
  missing: Technology[];
}

function provenances(choice: ProvenanceChoice): Provenance[] {
  return choice === 'both' ? ['sourced', 'slides'] : [choice];
}

/** Compare two rows by value (ascending), then by name, so the order is total and stable. */
function byValue(a: ChartRow, b: ChartRow): number {
  return a.figure.value - b.figure.value || a.technology.name.localeCompare(b.technology.name) || a.figure.provenance.localeCompare(b.figure.provenance);
}

/** The bars for one metric: one per technology (two in "both" mode), sorted as asked. */
export function selectChart(
  figures: readonly VirtFigure[],
  technologies: readonly Technology[],
  metric: MetricId,
  provenance: ProvenanceChoice,
  sort: SortKey,
): ChartSelection {
  const rows: ChartRow[] = [];
  const missing: Technology[] = [];
  for (const technology of technologies) {
    let found = false;
    for (const p of provenances(provenance)) {
      const group = figures.filter((f) => f.technology === technology.id && f.metric === metric && f.provenance === p);
      const figure = group.find((f) => f.headline);
      if (!figure) continue;
      found = true;
      rows.push({ technology, figure, others: group.filter((f) => f !== figure) });
    }
    if (!found) missing.push(technology);
  }
  rows.sort(sort === 'value' ? byValue : (a, b) => b.technology.isolation.rank - a.technology.isolation.rank || byValue(a, b));
  return { rows, missing };
}

/** Every figure of one technology, in metric order then sourced before slide-table: for tables. */
export function figuresOf(figures: readonly VirtFigure[], technologyId: string): VirtFigure[] {
  const order = (f: VirtFigure) => METRIC_IDS.indexOf(f.metric) * 2 + (f.provenance === 'sourced' ? 0 : 1);
  return figures.filter((f) => f.technology === technologyId).sort((a, b) => order(a) - order(b) || Number(b.headline) - Number(a.headline));
}

/**
 * The metrics worth a chart: those where at least `min` technologies have a sourced headline figure
 * (a chart with one bar compares nothing), in METRIC_IDS order.
 */
export function comparableMetrics(figures: readonly VirtFigure[], technologies: readonly Technology[], min = 2): MetricId[] {
  return METRIC_IDS.filter((m) => selectChart(figures, technologies, m, 'sourced', 'value').rows.length >= min);
}

/** Metrics that have at least one figure of the given provenance. */
export function metricsWithData(figures: readonly VirtFigure[], provenance: ProvenanceChoice): MetricId[] {
  const ps = provenances(provenance);
  return METRIC_IDS.filter((m) => figures.some((f) => f.metric === m && ps.includes(f.provenance)));
}

/**
 * The memory-overhead figure the density calculator uses for a technology: the sourced headline if
 * there is one, else the slide table's headline, else none.
 */
export function overheadFigure(figures: readonly VirtFigure[], technologyId: string): VirtFigure | undefined {
  const pick = (p: Provenance) => figures.find((f) => f.technology === technologyId && f.metric === 'memory-overhead' && f.provenance === p && f.headline);
  return pick('sourced') ?? pick('slides');
}

/** The technologies the density calculator can compare: those with a memory-overhead figure. */
export function densityTechnologies(
  figures: readonly VirtFigure[],
  technologies: readonly Technology[],
): { id: string; name: string; overhead: { value: number; unit: 'B'; qualifier: VirtFigure['qualifier'] }; partial: boolean; slides: boolean; figureId: string }[] {
  const out = [];
  for (const t of technologies) {
    const f = overheadFigure(figures, t.id);
    if (!f) continue;
    out.push({
      id: t.id,
      name: t.name,
      overhead: { value: f.value, unit: 'B' as const, qualifier: f.qualifier },
      partial: f.partial ?? false,
      slides: f.provenance === 'slides',
      figureId: f.id,
    });
  }
  return out;
}
