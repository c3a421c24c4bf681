/** <trap-stepper>: the interactive stepper. The engine returns all steps; stepping is indexing. */
import { DEFAULT_PROGRAM, TECHNIQUES, isTechnique, simulate, type Step, type Technique } from '../../src/lib/trap-stepper';
import { programLines, renderCounters, renderProgram, renderState, renderStep } from './trap-stepper-view';
import { stepping, type Stepping } from './stepping';

class TrapStepper extends HTMLElement {
  private steps: Step[] = [];
  private lines: string[] = [];
  private stepping: Stepping | null = null;

  connectedCallback(): void {
    if (this.stepping) return;
    this.stepping = stepping(this, () => this.steps.length - 1, (i) => this.show(i));
    const select = this.el<HTMLSelectElement>('technique');
    this.load(isTechnique(select.value) ? select.value : 'classic');
    select.addEventListener('change', () => {
      if (isTechnique(select.value)) this.load(select.value);
    });
  }

  private el<T extends HTMLElement = HTMLElement>(name: string): T {
    return this.querySelector(`[data-part="${name}"]`) as T;
  }

  private load(technique: Technique): void {
    this.steps = simulate(technique);
    this.lines = programLines(this.steps, DEFAULT_PROGRAM);
    this.el('summary').textContent = TECHNIQUES.find((t) => t.id === technique)?.summary ?? '';
    this.stepping?.restart();
  }

  private show(i: number): void {
    const step = this.steps[i] as Step;
    this.el('program').innerHTML = renderProgram(this.lines, step.pc);
    this.el('step').innerHTML = renderStep(step, i, this.steps.length);
    this.el('state').innerHTML = renderState(step);
    this.el('counters').innerHTML = renderCounters(step);
  }
}

if (!customElements.get('trap-stepper')) customElements.define('trap-stepper', TrapStepper);
