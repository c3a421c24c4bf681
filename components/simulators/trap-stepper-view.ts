/** HTML for the trap-and-emulate stepper, shared by the build-time render and the custom element. */
import { esc } from '../../src/lib/html';
import { fill, joinSentences } from '../../src/i18n/format';
import type { TrapStepperMessages } from '../../src/i18n/demos/trap-stepper';
import type { Idt, Instruction, MachineState, Step } from '../../src/lib/trap-stepper';

const FIELDS: readonly (keyof MachineState)[] = ['eax', 'wantedIF', 'guestIF', 'cpuIF', 'guestIdtr', 'cpuIdtr', 'serial'];

/** Who acts: the VMM keeps its name in every language. */
function actor(step: Step, m: TrapStepperMessages): string {
  return step.actor === 'vmm' ? 'VMM' : m.actors[step.actor];
}

function value(state: MachineState, key: keyof MachineState, m: TrapStepperMessages): string {
  const v = state[key];
  if (key === 'guestIdtr' || key === 'cpuIdtr') return m.words.idt[v as Idt];
  if (key === 'serial') return v ? `“${v as string}”` : m.nothingYet;
  return String(v);
}

/** The instruction text each program line shows under this technique. */
export function programLines(steps: readonly Step[], program: readonly Instruction[]): string[] {
  return program.map((ins, pc) => steps.find((s) => s.pc === pc)?.instruction ?? ins.text);
}

export function renderProgram(lines: readonly string[], pc: number | null): string {
  return lines
    .map(
      (text, i) =>
        `<li${i === pc ? ' aria-current="step" class="sim-changed"' : ''}><code>${esc(text)}</code></li>`,
    )
    .join('');
}

export function renderStep(step: Step, index: number, total: number, m: TrapStepperMessages): string {
  const problem = step.problem ? `<p class="sim-problem">${esc(step.problem)}</p>` : '';
  return (
    `<p><b>${esc(fill(m.stepOf, { i: index + 1, n: total, action: step.action }))}</b> ` +
    `<span class="sim-badge" data-actor="${step.actor}">${esc(actor(step, m))}</span> ` +
    `<span>${esc(step.mode)}</span></p>` +
    `<p>${esc(step.explanation)}</p>${problem}`
  );
}

export function renderState(step: Step, m: TrapStepperMessages): string {
  const rows = FIELDS.map((key) => {
    const changed = step.changed.includes(key);
    const mismatch = key === 'guestIF' && step.state.guestIF !== step.state.wantedIF;
    const note = changed ? ` <span class="sim-visually-hidden">${esc(m.changed)}</span>` : '';
    const warn = mismatch ? ` <span class="sim-badge" data-actor="hardware">${esc(m.mismatch)}</span>` : '';
    return `<tr><th scope="row">${esc(m.fields[key])}</th><td${changed ? ' class="sim-changed"' : ''}>${esc(value(step.state, key, m))}${note}${warn}</td></tr>`;
  }).join('');
  return `<table><caption class="sim-visually-hidden">${esc(m.stateCaption)}</caption><tbody>${rows}</tbody></table>`;
}

export function renderCounters(step: Step, m: TrapStepperMessages): string {
  const c = step.counters;
  return (
    `<li>${joinSentences(esc(m.traps), `<b>${c.traps}</b>`)}</li> <li>${joinSentences(esc(m.exits), `<b>${c.exits}</b>`)}</li> ` +
    `<li>${joinSentences(esc(m.translations), `<b>${c.translations}</b>`)}</li> <li>${joinSentences(esc(m.hypercalls), `<b>${c.hypercalls}</b>`)}</li>`
  );
}

/** Every step of one technique as a list: the view without JavaScript. */
export function renderStepList(steps: readonly Step[], label: string, m: TrapStepperMessages): string {
  const items = steps
    .map((s) => {
      const changes = s.changed.map((k) => `${m.fields[k]}${m.colon}${value(s.state, k, m)}`).join(m.separator);
      const problem = s.problem ? `<p class="sim-problem">${esc(s.problem)}</p>` : '';
      return (
        `<li><p><b>${esc(s.action)}</b> <span class="sim-badge" data-actor="${s.actor}">${esc(actor(s, m))}</span> ${esc(s.mode)}</p>` +
        (s.instruction ? `<p><code>${esc(s.instruction)}</code></p>` : '') +
        `<p>${esc(s.explanation)}</p>${problem}` +
        (changes ? `<p class="sim-hint">${esc(fill(m.changedList, { changes }))}</p>` : '') +
        `</li>`
      );
    })
    .join('');
  const c = (steps[steps.length - 1] as Step).counters;
  return (
    `<ol class="sim-steplist" aria-label="${esc(label)}">${items}</ol>` +
    `<p>${esc(fill(m.totals, { traps: c.traps, exits: c.exits, translations: c.translations, hypercalls: c.hypercalls }))}</p>`
  );
}
