/** <trap-stepper>: the interactive stepper. The engine returns all steps; stepping is indexing. */
import { DEFAULT_PROGRAM, TECHNIQUES, isTechnique, simulate, type Step, type Technique } from '../../src/lib/trap-stepper';
import { programLines, renderCounters, renderProgram, renderState, renderStep } from './trap-stepper-view';
import { onStepKeys, setDisabled } from './stepping';

class TrapStepper extends HTMLElement {
  private steps: Step[] = [];
  private index = 0;
  private lines: string[] = [];

  connectedCallback(): void {
    if (this.steps.length) return;
    const select = this.el<HTMLSelectElement>('technique');
    this.load(isTechnique(select.value) ? select.value : 'classic');
    select.addEventListener('change', () => {
      if (isTechnique(select.value)) this.load(select.value);
    });
    this.el('back').addEventListener('click', () => this.go(this.index - 1));
    this.el('next').addEventListener('click', () => this.go(this.index + 1));
    this.el('reset').addEventListener('click', () => this.go(0));
    onStepKeys(this, {
      back: () => this.go(this.index - 1),
      next: () => this.go(this.index + 1),
      first: () => this.go(0),
      last: () => this.go(this.steps.length - 1),
    });
  }

  private el<T extends HTMLElement = HTMLElement>(name: string): T {
    return this.querySelector(`[data-part="${name}"]`) as T;
  }

  private load(technique: Technique): void {
    this.steps = simulate(technique);
    this.lines = programLines(this.steps, DEFAULT_PROGRAM);
    this.el('summary').textContent = TECHNIQUES.find((t) => t.id === technique)?.summary ?? '';
    this.index = -1;
    this.go(0);
  }

  private go(index: number): void {
    const i = Math.max(0, Math.min(this.steps.length - 1, index));
    if (i === this.index) return;
    this.index = i;
    const step = this.steps[i] as Step;
    this.el('program').innerHTML = renderProgram(this.lines, step.pc);
    this.el('step').innerHTML = renderStep(step, i, this.steps.length);
    this.el('state').innerHTML = renderState(step);
    this.el('counters').innerHTML = renderCounters(step);
    setDisabled(this.el('back'), i === 0);
    setDisabled(this.el('next'), i === this.steps.length - 1);
  }
}

if (!customElements.get('trap-stepper')) customElements.define('trap-stepper', TrapStepper);
