/** HTML and SVG for the cold-start simulator, shared by the build-time render and the custom element. */
import { esc, link } from '../../src/lib/html';
import type { ColdStartResult, InstanceLife } from '../../src/lib/cold-start';
import type { SandboxStartup } from '../../src/lib/sandbox-startup';
import type { ColdStartMessages } from '../../src/i18n/demos/cold-start';
import { fill, joinSentences, percent } from '../../src/i18n/format';

/** "225 ms", "1.5 s" (numbers in the locale `lang`). */
export function ms(seconds: number, lang = 'en-US'): string {
  const v = seconds * 1000;
  if (v < 1000) return `${Number(v.toFixed(v < 10 ? 1 : 0)).toLocaleString(lang)} ms`;
  return `${Number((v / 1000).toFixed(2)).toLocaleString(lang)} s`;
}

const pct = (x: number, lang: string) => percent(Number((x * 100).toFixed(1)).toLocaleString(lang), lang);

export function renderStats(r: ColdStartResult, m: ColdStartMessages): string {
  const n = r.requests.length;
  const lang = m.number.lang;
  return (
    // A label ending in a full-width colon (请求数：) takes its number without a space.
    `<li>${joinSentences(esc(m.requests), `<b>${n.toLocaleString(lang)}</b>`)}</li> ` +
    `<li>${joinSentences(esc(m.coldStarts), `<b>${r.cold.toLocaleString(lang)}</b>`)}${esc(fill(m.coldShare, { share: pct(r.coldShare, lang) }))}</li> ` +
    `<li>${joinSentences(esc(fill(m.latency, { p: 'p50' })), `<b>${r.p50 === null ? '—' : ms(r.p50, lang)}</b>`)}</li> ` +
    `<li>${joinSentences(esc(fill(m.latency, { p: 'p99' })), `<b>${r.p99 === null ? '—' : ms(r.p99, lang)}</b>`)}</li> ` +
    `<li>${joinSentences(esc(m.peak), `<b>${r.peakInstances.toLocaleString(lang)}</b>`)}</li>`
  );
}

export function renderSentence(r: ColdStartResult, m: ColdStartMessages): string {
  const n = r.requests.length;
  const lang = m.number.lang;
  if (n === 0) return esc(m.noRequests);
  return esc(
    fill(m.sentence, {
      cold: r.cold.toLocaleString(lang),
      n: n.toLocaleString(lang),
      share: pct(r.coldShare, lang),
      p50: ms(r.p50 as number, lang),
      p99: ms(r.p99 as number, lang),
    }),
  );
}

/** The width the timeline is drawn at before the element knows its container's (no JavaScript). */
export const TIMELINE_WIDTH = 440;
const LEFT = 26;
const RIGHT = 8;
const ROW = 18;
const TOP = 6;
/** Text size in SVG units; the SVG is drawn one unit to one CSS pixel, so this is the text's size on screen. */
const FONT = 12;

/** Merge intervals closer than `gap` (in seconds) so a long run stays a small SVG. */
function merge(intervals: readonly [number, number][], gap: number): [number, number][] {
  const out: [number, number][] = [];
  for (const [a, b] of intervals) {
    const last = out[out.length - 1];
    if (last && a - last[1] <= gap) last[1] = Math.max(last[1], b);
    else out.push([a, b]);
  }
  return out;
}

/** A round tick step giving at most `maxTicks` intervals over `duration`. */
export function niceStep(duration: number, maxTicks = 6): number {
  const raw = duration / Math.max(1, maxTicks);
  const p = 10 ** Math.floor(Math.log10(raw));
  return ([1, 2, 5, 10].map((k) => k * p).find((s) => s >= raw) ?? 10 * p) as number;
}

/** Rough width of a label in SVG units (system font, digits and “s” about 0.6 em). */
const labelWidth = (text: string) => text.length * FONT * 0.62;

/**
 * A timeline: one row per instance (the first `maxRows`), showing start-up, busy time, warm idle
 * time and expiry, over the simulated time. Drawn `width` units wide, one unit per CSS pixel, so
 * its text keeps its size on a phone; every label stays inside the drawing. Returns a
 * self-describing SVG (role img, title, desc).
 */
export function renderTimeline(r: ColdStartResult, durationS: number, idPrefix: string, m: ColdStartMessages, maxRows = 12, width = TIMELINE_WIDTH): string {
  const lang = m.number.lang;
  const W = Math.max(200, Math.round(width));
  const rows = r.instances.slice(0, maxRows);
  const more = r.instances.length - rows.length;
  const plotW = W - LEFT - RIGHT;
  const x = (t: number) => LEFT + (Math.min(Math.max(t, 0), durationS) / durationS) * plotW;
  const px = durationS / plotW; // seconds per unit
  const h = TOP + Math.max(rows.length, 1) * ROW + 32 + (more > 0 ? 18 : 0);
  const f = (v: number) => Number(v.toFixed(1));
  const parts: string[] = [];

  rows.forEach((inst: InstanceLife, i) => {
    const y = TOP + i * ROW;
    const end = Math.min(inst.expired, durationS);
    parts.push(`<text x="${LEFT - 4}" y="${y + 13}" text-anchor="end" class="sim-tl-text">${inst.id + 1}</text>`);
    if (inst.created >= durationS) return;
    parts.push(`<rect class="sim-tl-warm" x="${f(x(inst.created))}" y="${y + 3}" width="${f(Math.max(x(end) - x(inst.created), 0.5))}" height="${ROW - 6}"/>`);
    parts.push(`<rect class="sim-tl-start" x="${f(x(inst.created))}" y="${y + 1}" width="${f(Math.max(x(inst.ready) - x(inst.created), 2))}" height="${ROW - 2}"/>`);
    for (const [a, b] of merge(inst.busy, px)) {
      if (a >= durationS) break;
      parts.push(`<rect class="sim-tl-busy" x="${f(x(a))}" y="${y + 1}" width="${f(Math.max(x(b) - x(a), 1))}" height="${ROW - 2}"/>`);
    }
    if (inst.expired <= durationS) {
      parts.push(`<path class="sim-tl-expire" d="M${f(x(inst.expired))} ${y + 1}v${ROW - 2}"/>`);
    }
  });

  const axisY = TOP + Math.max(rows.length, 1) * ROW + 4;
  // As many ticks as fit with room for their labels.
  const widest = labelWidth(`${Number(durationS.toFixed(3)).toLocaleString(lang)} s`);
  const step = niceStep(durationS, Math.max(1, Math.floor(plotW / (widest + 14))));
  parts.push(`<path class="sim-tl-axis" d="M${LEFT} ${axisY}H${LEFT + plotW}"/>`);
  for (let t = 0; t <= durationS + 1e-9; t += step) {
    const label = `${Number(t.toFixed(3)).toLocaleString(lang)} s`;
    const at = x(t);
    const half = labelWidth(label) / 2;
    // Labels at the edges are anchored inside the drawing rather than centred across its border.
    const anchor = at + half > W - 1 ? 'end' : at - half < 1 ? 'start' : 'middle';
    parts.push(`<path class="sim-tl-axis" d="M${f(at)} ${axisY}v4"/><text x="${f(at)}" y="${axisY + 18}" text-anchor="${anchor}" class="sim-tl-text">${label}</text>`);
  }
  if (more > 0) {
    parts.push(`<text x="${LEFT}" y="${axisY + 34}" class="sim-tl-text">${esc(fill(more === 1 ? m.moreOne : m.moreMany, { n: more.toLocaleString(lang) }))}</text>`);
  }

  const desc =
    r.instances.length === 0
      ? m.descNone
      : fill(r.instances.length === 1 ? m.descOne : m.descMany, {
          n: r.instances.length.toLocaleString(lang),
          duration: Number(durationS.toFixed(3)).toLocaleString(lang),
          peak: r.peakInstances.toLocaleString(lang),
        });
  return (
    `<svg viewBox="0 0 ${W} ${h}" width="${W}" height="${h}" role="img" aria-labelledby="${idPrefix}-t ${idPrefix}-d" class="sim-timeline">` +
    `<title id="${idPrefix}-t">${esc(m.timelineTitle)}</title><desc id="${idPrefix}-d">${esc(desc)}</desc>` +
    parts.join('') +
    `</svg>`
  );
}

/** The key to the timeline's colours (hidden from screen readers: the SVG's description says it). */
export function legendHtml(m: ColdStartMessages): string {
  const item = (cls: string, text: string) => `<li><span class="sim-key ${cls}"></span> ${esc(text)}</li>`;
  return `<ul class="sim-stats sim-hint" aria-hidden="true">${item('sim-tl-start', m.legendStart)}${item('sim-tl-busy', m.legendBusy)}${item('sim-tl-warm', m.legendWarm)}${item('sim-tl-expire-key', m.legendExpire)}</ul>`;
}

/** The line under the start-up field: where the chosen sandbox's own figure comes from. */
export function renderSource(s: SandboxStartup, typedMs: number | null, m: ColdStartMessages): string {
  const own =
    typedMs !== null && typedMs !== s.startupMs
      ? esc(fill(m.ownStartup, { sandbox: s.label, startup: `${s.startupMs.toLocaleString(m.number.lang)} ms` }))
      : '';
  return joinSentences(own, fill(esc(m.sourceLine), { sandbox: esc(s.label), source: esc(s.source.replace(/。$/u, '')), link: link(s.url, m.sourceLink) }));
}
