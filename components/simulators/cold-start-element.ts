/**
 * <cold-start>: reruns the simulation when a field changes; bad input keeps the last good run. The
 * timeline is redrawn at its container's width (one SVG unit per pixel) so its text stays readable.
 */
import { COLD_START_LIMITS, simulateColdStarts, type ColdStartInput, type ColdStartResult } from '../../src/lib/cold-start';
import type { SandboxStartup } from '../../src/lib/sandbox-startup';
import type { ColdStartMessages } from '../../src/i18n/demos/cold-start';
import { renderSentence, renderSource, renderStats, renderTimeline } from './cold-start-view';
import { localizeRules, messagesOf, readFields, showError, wireForm } from './form';
import { normalizeNumberText } from '../../src/lib/number-input';

class ColdStart extends HTMLElement {
  private m: ColdStartMessages | null = null;
  private timer = 0;
  /** The sandbox table, rendered into the page at build time (keeps the figures out of this bundle). */
  private sandboxes: SandboxStartup[] = [];
  private last: { result: ColdStartResult; durationS: number } | null = null;
  private drawnWidth = 0;

  connectedCallback(): void {
    if (this.m) return;
    this.m = messagesOf<ColdStartMessages>(this);
    this.sandboxes = JSON.parse(this.dataset.sandboxes ?? '[]') as SandboxStartup[];
    const sandbox = this.select();
    const startup = this.startupField();
    const form = wireForm(this, () => undefined, []);
    sandbox.addEventListener('change', () => {
      const s = this.sandbox();
      if (!s) return;
      // Every sandbox brings its own figure: choosing one always replaces the start-up time.
      startup.value = String(s.startupMs);
      this.describeSource();
      this.run();
    });
    form.addEventListener('input', (event) => {
      if (event.target === startup) this.describeSource();
      // Typing fast reruns once the reader pauses.
      window.clearTimeout(this.timer);
      this.timer = window.setTimeout(() => this.run(), 150);
    });
    const box = this.timelineBox();
    new ResizeObserver(() => this.redraw()).observe(box);
    // Follow the controls (the browser may restore typed values) and draw at the page's width.
    this.run();
  }

  private timelineBox(): HTMLElement {
    return this.querySelector('[data-part="timeline"]') as HTMLElement;
  }

  /** Draw the last good run's timeline at the container's width, if that width changed. */
  private redraw(force = false): void {
    const box = this.timelineBox();
    const width = Math.floor(box.clientWidth);
    if (!this.last || width <= 0 || (!force && width === this.drawnWidth)) return;
    this.drawnWidth = width;
    box.innerHTML = renderTimeline(this.last.result, this.last.durationS, this.dataset.timelineId ?? 'cold-tl', this.m!, 12, Math.min(width, 720));
  }

  private select(): HTMLSelectElement {
    return this.querySelector('select[name="sandbox"]') as HTMLSelectElement;
  }

  private startupField(): HTMLInputElement {
    return this.querySelector('input[name="startupMs"]') as HTMLInputElement;
  }

  private sandbox(): SandboxStartup | undefined {
    return this.sandboxes.find((s) => s.id === this.select().value);
  }

  private describeSource(): void {
    const s = this.sandbox();
    if (!s) return;
    const typed = Number(normalizeNumberText(this.startupField().value).trim());
    (this.querySelector('[data-part="source"]') as HTMLElement).innerHTML = renderSource(s, Number.isFinite(typed) ? typed : null, this.m!);
  }

  private run(): void {
    const m = this.m!;
    const values = readFields(this, localizeRules(COLD_START_LIMITS, m.fields, m.units), m.number) as ColdStartInput | null;
    const stale = this.querySelector('[data-part="stale"]') as HTMLElement;
    if (!values) {
      stale.hidden = false;
      return;
    }
    const outcome = simulateColdStarts(values, m);
    if (!outcome.ok) {
      for (const [name, message] of Object.entries(outcome.errors)) showError(this, name, message as string);
      stale.hidden = false;
      return;
    }
    stale.hidden = true;
    const r = outcome.result;
    (this.querySelector('[data-part="stats"]') as HTMLElement).innerHTML = renderStats(r, m);
    (this.querySelector('[data-part="sentence"]') as HTMLElement).innerHTML = renderSentence(r, m);
    this.last = { result: r, durationS: values.durationS };
    this.redraw(true);
  }
}

if (!customElements.get('cold-start')) customElements.define('cold-start', ColdStart);
