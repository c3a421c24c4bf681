/**
 * <trap-stepper>: the interactive stepper. The server runs the engine for every technique in the
 * page's language and writes the steps into data-steps, so stepping is indexing and the engine's
 * narration never rides in this script.
 */
import type { Step, Technique } from '../../src/lib/trap-stepper';
import type { TrapStepperMessages } from '../../src/i18n/demos/trap-stepper';
import { renderCounters, renderProgram, renderState, renderStep } from './trap-stepper-view';
import { stepping, type Stepping } from './stepping';
import { messagesOf } from './wiring';

/** One technique's run, as the server computed it. */
export interface TrapRun {
  summary: string;
  lines: string[];
  steps: Step[];
}

class TrapStepper extends HTMLElement {
  private run: TrapRun | null = null;
  private runs: Partial<Record<Technique, TrapRun>> = {};
  private m!: TrapStepperMessages;
  private stepping: Stepping | null = null;

  connectedCallback(): void {
    if (this.stepping) return;
    this.m = messagesOf<TrapStepperMessages>(this);
    this.runs = JSON.parse(this.dataset.steps ?? '{}') as Partial<Record<Technique, TrapRun>>;
    this.stepping = stepping(this, () => (this.run?.steps.length ?? 1) - 1, (i) => this.show(i));
    const select = this.el<HTMLSelectElement>('technique');
    this.load(select.value);
    select.addEventListener('change', () => this.load(select.value));
  }

  private el<T extends HTMLElement = HTMLElement>(name: string): T {
    return this.querySelector(`[data-part="${name}"]`) as T;
  }

  private load(technique: string): void {
    const run = this.runs[technique as Technique] ?? this.runs.classic;
    if (!run) return;
    this.run = run;
    this.el('summary').textContent = run.summary;
    this.stepping?.restart();
  }

  private show(i: number): void {
    const run = this.run!;
    const step = run.steps[i] as Step;
    this.el('program').innerHTML = renderProgram(run.lines, step.pc);
    this.el('step').innerHTML = renderStep(step, i, run.steps.length, this.m);
    this.el('state').innerHTML = renderState(step, this.m);
    this.el('counters').innerHTML = renderCounters(step, this.m);
  }
}

if (!customElements.get('trap-stepper')) customElements.define('trap-stepper', TrapStepper);
