/** <cold-start>: reruns the seeded simulation when a field changes; bad input keeps the last good run. */
import { COLD_START_FIELDS, simulateColdStarts, type ColdStartInput } from '../../src/lib/cold-start';
import type { SandboxStartup } from '../../src/lib/sandbox-startup';
import { renderSentence, renderSource, renderStats, renderTimeline } from './cold-start-view';
import { readFields, showError } from './form';

class ColdStart extends HTMLElement {
  private wired = false;
  private timer = 0;
  /** The sandbox table, rendered into the page at build time (keeps the figures out of this bundle). */
  private sandboxes: SandboxStartup[] = [];

  connectedCallback(): void {
    if (this.wired) return;
    this.wired = true;
    this.sandboxes = JSON.parse(this.dataset.sandboxes ?? '[]') as SandboxStartup[];
    const form = this.querySelector('form') as HTMLFormElement;
    const sandbox = this.select();
    const startup = this.startupField();
    form.addEventListener('submit', (event) => event.preventDefault());
    sandbox.addEventListener('change', () => {
      const s = this.sandbox();
      if (!s) return;
      if (s.startupMs !== null) startup.value = String(s.startupMs);
      this.describeSource();
      this.run();
    });
    form.addEventListener('input', (event) => {
      if (event.target === startup) this.describeSource();
      // Typing fast reruns once the reader pauses.
      window.clearTimeout(this.timer);
      this.timer = window.setTimeout(() => this.run(), 150);
    });
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
    const typed = Number(this.startupField().value.trim());
    (this.querySelector('[data-part="source"]') as HTMLElement).innerHTML = renderSource(s, Number.isFinite(typed) ? typed : null);
  }

  private run(): void {
    const values = readFields(this, COLD_START_FIELDS) as ColdStartInput | null;
    const stale = this.querySelector('[data-part="stale"]') as HTMLElement;
    if (!values) {
      stale.hidden = false;
      return;
    }
    const outcome = simulateColdStarts(values);
    if (!outcome.ok) {
      for (const [name, message] of Object.entries(outcome.errors)) showError(this, name, message as string);
      stale.hidden = false;
      return;
    }
    stale.hidden = true;
    const r = outcome.result;
    (this.querySelector('[data-part="stats"]') as HTMLElement).innerHTML = renderStats(r);
    (this.querySelector('[data-part="sentence"]') as HTMLElement).innerHTML = renderSentence(r);
    (this.querySelector('[data-part="timeline"]') as HTMLElement).innerHTML = renderTimeline(r, values.durationS, this.dataset.timelineId ?? 'cold-tl');
  }
}

if (!customElements.get('cold-start')) customElements.define('cold-start', ColdStart);
