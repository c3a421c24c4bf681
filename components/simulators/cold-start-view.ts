/** HTML and SVG for the cold-start simulator, shared by the build-time render and the custom element. */
import { esc, link } from '../../src/lib/html';
import type { ColdStartResult, InstanceLife } from '../../src/lib/cold-start';
import type { SandboxStartup } from '../../src/lib/sandbox-startup';

/** "225 ms", "1.5 s". */
export function ms(seconds: number): string {
  const v = seconds * 1000;
  if (v < 1000) return `${Number(v.toFixed(v < 10 ? 1 : 0))} ms`;
  return `${Number((v / 1000).toFixed(2))} s`;
}

const pct = (x: number) => `${Number((x * 100).toFixed(1))} %`;

export function renderStats(r: ColdStartResult): string {
  const n = r.requests.length;
  return (
    `<li>Requests: <b>${n.toLocaleString('en-US')}</b></li> ` +
    `<li>Cold starts: <b>${r.cold.toLocaleString('en-US')}</b> (${pct(r.coldShare)})</li> ` +
    `<li>p50 latency: <b>${r.p50 === null ? '—' : ms(r.p50)}</b></li> ` +
    `<li>p99 latency: <b>${r.p99 === null ? '—' : ms(r.p99)}</b></li> ` +
    `<li>Most instances at once: <b>${r.peakInstances}</b></li>`
  );
}

export function renderSentence(r: ColdStartResult): string {
  const n = r.requests.length;
  if (n === 0) return 'No request arrived in the simulated time: lengthen it or raise the rate.';
  return esc(
    `${r.cold.toLocaleString('en-US')} of ${n.toLocaleString('en-US')} requests (${pct(r.coldShare)}) were cold starts. ` +
      `Half finished within ${ms(r.p50 as number)} (p50) and 99 % within ${ms(r.p99 as number)} (p99).`,
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
export function renderTimeline(r: ColdStartResult, durationS: number, idPrefix: string, maxRows = 12, width = TIMELINE_WIDTH): string {
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
  const widest = labelWidth(`${Number(durationS.toFixed(3))} s`);
  const step = niceStep(durationS, Math.max(1, Math.floor(plotW / (widest + 14))));
  parts.push(`<path class="sim-tl-axis" d="M${LEFT} ${axisY}H${LEFT + plotW}"/>`);
  for (let t = 0; t <= durationS + 1e-9; t += step) {
    const label = `${Number(t.toFixed(3))} s`;
    const at = x(t);
    const half = labelWidth(label) / 2;
    // Labels at the edges are anchored inside the drawing rather than centred across its border.
    const anchor = at + half > W - 1 ? 'end' : at - half < 1 ? 'start' : 'middle';
    parts.push(`<path class="sim-tl-axis" d="M${f(at)} ${axisY}v4"/><text x="${f(at)}" y="${axisY + 18}" text-anchor="${anchor}" class="sim-tl-text">${label}</text>`);
  }
  if (more > 0) {
    parts.push(`<text x="${LEFT}" y="${axisY + 34}" class="sim-tl-text">… and ${more} more instance${more === 1 ? '' : 's'} not drawn</text>`);
  }

  const desc =
    r.instances.length === 0
      ? 'No instance was started.'
      : `${r.instances.length} instance${r.instances.length === 1 ? ' was' : 's were'} started over ${Number(durationS.toFixed(3))} s; ` +
        `each row shows one instance starting up, serving requests, staying warm while idle, and being shut down when its keep-warm time ran out. At most ${r.peakInstances} existed at once.`;
  return (
    `<svg viewBox="0 0 ${W} ${h}" width="${W}" height="${h}" role="img" aria-labelledby="${idPrefix}-t ${idPrefix}-d" class="sim-timeline">` +
    `<title id="${idPrefix}-t">Timeline of sandbox instances</title><desc id="${idPrefix}-d">${esc(desc)}</desc>` +
    parts.join('') +
    `</svg>`
  );
}

export const LEGEND =
  '<ul class="sim-stats sim-hint" aria-hidden="true"><li><span class="sim-key sim-tl-start"></span> starting up</li><li><span class="sim-key sim-tl-busy"></span> serving a request</li><li><span class="sim-key sim-tl-warm"></span> idle but warm</li><li><span class="sim-key sim-tl-expire-key"></span> shut down</li></ul>';

/** The line under the start-up field: where the chosen sandbox's own figure comes from. */
export function renderSource(s: SandboxStartup, typedMs: number | null): string {
  const own =
    typedMs !== null && typedMs !== s.startupMs
      ? `Your own start-up time: the ${esc(s.label)} figure (${s.startupMs.toLocaleString('en-US')} ms) no longer applies. `
      : '';
  return `${own}${esc(s.label)}, ${esc(s.source)} ${link(s.url, 'Source')}.`;
}
