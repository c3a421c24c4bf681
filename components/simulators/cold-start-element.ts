/** <cold-start>: reruns the seeded simulation when a field changes; bad input keeps the last good run. */
import { COLD_START_FIELDS, simulateColdStarts, type ColdStartInput } from '../../src/lib/cold-start';
import { sandboxById } from '../../src/lib/sandbox-startup';
import { renderSentence, renderStats, renderTimeline } from './cold-start-view';
import { readFields, showError } from './form';

class ColdStart extends HTMLElement {
  private wired = false;
  private timer = 0;

  connectedCallback(): void {
    if (this.wired) return;
    this.wired = true;
    const form = this.querySelector('form') as HTMLFormElement;
    const sandbox = form.querySelector('select[name="sandbox"]') as HTMLSelectElement;
    const startup = form.querySelector('input[name="startupMs"]') as HTMLInputElement;
    form.addEventListener('submit', (event) => event.preventDefault());
    sandbox.addEventListener('change', () => {
      const s = sandboxById(sandbox.value);
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

  private describeSource(): void {
    const s = sandboxById((this.querySelector('select[name="sandbox"]') as HTMLSelectElement).value);
    const value = (this.querySelector('input[name="startupMs"]') as HTMLInputElement).value.trim();
    const source = this.querySelector('[data-part="source"]') as HTMLElement;
    if (!s) return;
    if (s.startupMs === null) source.textContent = s.source;
    else if (Number(value) !== s.startupMs) source.textContent = `Your own start-up time: the ${s.label} figure (${s.startupMs} ms) no longer applies. ${s.source}`;
    else source.textContent = s.source;
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
