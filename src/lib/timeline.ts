/**
 * Types, eras and filtering for <Timeline /> (chapter 2). Milestones live in src/data/timeline.ts.
 */
import { TIMELINE_MESSAGES, type TimelineMessages } from '../i18n/timeline';
import { fill } from '../i18n/format';

export type MilestoneKind = 'theory' | 'hardware' | 'hypervisor' | 'emulation' | 'os-level' | 'sandbox' | 'cloud-native';

export const KINDS: Record<MilestoneKind, string> = {
  theory: 'Papers and ideas',
  hardware: 'Hardware support',
  hypervisor: 'Hypervisors',
  emulation: 'Emulators and compatibility layers',
  'os-level': 'OS-level virtualization and containers',
  sandbox: 'Sandboxes, microVMs and unikernels',
  'cloud-native': 'Cloud native and serverless',
};

export type EraId = 'mainframe' | 'unix-pc' | 'hardware-assist' | 'cloud-native';

/** An era; its name is in the catalogue (src/i18n/timeline.ts, `eras`). */
export interface Era {
  id: EraId;
  from: number;
  /** Last year of the era, inclusive; absent for the present one. */
  to?: number;
}

export const ERAS: Era[] = [
  { id: 'mainframe', from: 1959, to: 1978 },
  { id: 'unix-pc', from: 1979, to: 2004 },
  { id: 'hardware-assist', from: 2005, to: 2012 },
  { id: 'cloud-native', from: 2013 },
];

/** "1959–1978", "2013 on". */
export function eraSpan(era: Era, t: Pick<TimelineMessages, 'openSpan'> = TIMELINE_MESSAGES.en): string {
  return era.to === undefined ? fill(t.openSpan, { from: era.from }) : `${era.from}–${era.to}`;
}

/** A source of a milestone: a bibliography key, or a link for sources outside the bibliography. */
export type MilestoneSource = { key: string } | { label: string; url: string };

export interface Milestone {
  id: string;
  /** As the book writes it: "Jun 1959", "c.1964–65", "2 Aug 1972". */
  date: string;
  /** Year used for sorting and for the era. */
  year: number;
  /** Month (1–12) when known, to order milestones within a year. */
  month?: number;
  title: string;
  /** One or two sentences. */
  text: string;
  kind: MilestoneKind;
  sources: MilestoneSource[];
}

export function eraOf(year: number): Era {
  return ERAS.find((e) => year >= e.from && (e.to === undefined || year <= e.to)) ?? ERAS[0]!;
}

export function sortMilestones(ms: readonly Milestone[]): Milestone[] {
  return [...ms].sort((a, b) => a.year - b.year || (a.month ?? 0) - (b.month ?? 0) || a.title.localeCompare(b.title));
}

export interface TimelineFilter {
  /** Eras to show; empty means all. */
  eras: readonly EraId[];
  /** Kinds to show; empty means all. */
  kinds: readonly MilestoneKind[];
}

export function filterMilestones(ms: readonly Milestone[], filter: TimelineFilter): Milestone[] {
  return sortMilestones(ms).filter((m) => matchesTimelineFilter(m, filter));
}

/** Does a milestone (its year and kind are all that count) pass the filter? */
export function matchesTimelineFilter(m: Pick<Milestone, 'year' | 'kind'>, filter: TimelineFilter): boolean {
  return (!filter.eras.length || filter.eras.includes(eraOf(m.year).id)) && (!filter.kinds.length || filter.kinds.includes(m.kind));
}

/** One sentence for a live region: "12 of 45 milestones shown: hypervisors, 1979–2004." (English unless `t` is given). */
export function describeTimelineFilter(shown: number, total: number, filter: TimelineFilter, t: TimelineMessages = TIMELINE_MESSAGES.en): string {
  return timelineStatus(shown, total, filter, t);
}

/** describeTimelineFilter in the words of `t`, with no default: the browser's script uses this one, so it carries no catalogue. */
export function timelineStatus(shown: number, total: number, filter: TimelineFilter, t: TimelineMessages): string {
  const parts: string[] = [];
  if (filter.kinds.length) parts.push(filter.kinds.map((k) => t.kinds[k].toLowerCase()).join(t.listSeparator));
  if (filter.eras.length) parts.push(ERAS.filter((e) => filter.eras.includes(e.id)).map((e) => (e.to === undefined ? fill(t.openSpan, { from: e.from }) : `${e.from}–${e.to}`)).join(t.listSeparator));
  const what = parts.length ? `${t.whatLead}${parts.join(t.partSeparator)}` : '';
  return fill(shown === 0 ? t.none : t.shown, { shown, total, what });
}

/** Data checks: unique ids, dates that agree with the year, known kinds, and a source for every milestone. */
export function findTimelineProblems(ms: readonly Milestone[], bibliographyKeys: ReadonlySet<string>): string[] {
  const problems: string[] = [];
  const ids = new Set<string>();
  for (const m of ms) {
    if (ids.has(m.id)) problems.push(`${m.id}: duplicate id`);
    ids.add(m.id);
    if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(m.id)) problems.push(`${m.id}: id must be kebab-case`);
    if (!Number.isInteger(m.year) || m.year < 1950 || m.year > 2030) problems.push(`${m.id}: implausible year ${m.year}`);
    if (!m.date.includes(String(m.year))) problems.push(`${m.id}: date "${m.date}" does not mention its year ${m.year}`);
    if (m.month !== undefined && !(Number.isInteger(m.month) && m.month >= 1 && m.month <= 12)) problems.push(`${m.id}: month ${m.month} out of range`);
    if (!(m.kind in KINDS)) problems.push(`${m.id}: unknown kind ${m.kind}`);
    if (m.title.trim().length < 3 || m.text.trim().length < 20) problems.push(`${m.id}: title or text too short`);
    if (!m.sources.length) problems.push(`${m.id}: no source`);
    for (const s of m.sources) {
      if ('key' in s) {
        if (!bibliographyKeys.has(s.key)) problems.push(`${m.id}: bibliography key "${s.key}" not found`);
      } else if (!/^https?:\/\/[^\s]+$/.test(s.url) || s.label.trim().length < 3) problems.push(`${m.id}: bad link source ${JSON.stringify(s)}`);
    }
  }
  return problems;
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/**
 * A milestone's date as the Chinese edition writes it: "2 Aug 1972" → "1972 年 8 月 2 日",
 * "Jun 1959" → "1959 年 6 月", "1964–67" → "1964–67 年", "c.1965" → "约 1965 年"; parts joined by
 * " / " are converted one by one. Throws on a date it cannot read, naming it (the build then fails).
 */
export function dateInChinese(date: string): string {
  return date
    .split(' / ')
    .map((part) => {
      const about = /^c\.\s*/.test(part);
      const p = part.replace(/^c\.\s*/, '');
      const month = (name: string) => MONTHS.indexOf(name) + 1;
      let m: RegExpExecArray | null;
      let out: string;
      if ((m = /^(\d{1,2}) ([A-Z][a-z]{2}) (\d{4})$/.exec(p)) && month(m[2]!) > 0) out = `${m[3]} 年 ${month(m[2]!)} 月 ${Number(m[1])} 日`;
      else if ((m = /^([A-Z][a-z]{2}) (\d{4})$/.exec(p)) && month(m[1]!) > 0) out = `${m[2]} 年 ${month(m[1]!)} 月`;
      else if (/^\d{4}(?:–\d{2,4})?$/.test(p)) out = `${p} 年`;
      else throw new Error(`timeline: cannot write the date "${date}" in Chinese (expected "2 Aug 1972", "Jun 1959", "1964–67" or "c.1965", joined by " / ")`);
      return about ? `约 ${out}` : out;
    })
    .join(' / ');
}
