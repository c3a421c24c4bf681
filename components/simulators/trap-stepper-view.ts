/** HTML for the trap-and-emulate stepper, shared by the build-time render and the custom element. */
import { esc } from '../../src/lib/html';
import { idtName, type Instruction, type MachineState, type Step } from '../../src/lib/trap-stepper';

const FIELDS: [keyof MachineState, string][] = [
  ['eax', 'Guest EAX'],
  ['wantedIF', 'IF the guest asked for'],
  ['guestIF', 'IF the guest sees (virtual IF)'],
  ['cpuIF', 'IF in the physical CPU'],
  ['guestIdtr', 'IDTR the guest loaded'],
  ['cpuIdtr', 'IDTR in the physical CPU'],
  ['serial', 'Serial port output'],
];

const ACTORS = { guest: 'Guest', vmm: 'VMM', hardware: 'Hardware' } as const;

function value(state: MachineState, key: keyof MachineState): string {
  const v = state[key];
  if (key === 'guestIdtr' || key === 'cpuIdtr') return idtName(v as MachineState['cpuIdtr']);
  if (key === 'serial') return v ? `“${v as string}”` : 'nothing yet';
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

export function renderStep(step: Step, index: number, total: number): string {
  const problem = step.problem ? `<p class="sim-problem">${esc(step.problem)}</p>` : '';
  return (
    `<p><b>Step ${index + 1} of ${total}: ${esc(step.action)}</b> ` +
    `<span class="sim-badge" data-actor="${step.actor}">${ACTORS[step.actor]}</span> ` +
    `<span>${esc(step.mode)}</span></p>` +
    `<p>${esc(step.explanation)}</p>${problem}`
  );
}

export function renderState(step: Step): string {
  const rows = FIELDS.map(([key, label]) => {
    const changed = step.changed.includes(key);
    const mismatch = key === 'guestIF' && step.state.guestIF !== step.state.wantedIF;
    const note = changed ? ' <span class="sim-visually-hidden">(changed)</span>' : '';
    const warn = mismatch ? ' <span class="sim-badge" data-actor="hardware">≠ what the guest asked for</span>' : '';
    return `<tr><th scope="row">${label}</th><td${changed ? ' class="sim-changed"' : ''}>${esc(value(step.state, key))}${note}${warn}</td></tr>`;
  }).join('');
  return `<table><caption class="sim-visually-hidden">Machine state after this step</caption><tbody>${rows}</tbody></table>`;
}

export function renderCounters(step: Step): string {
  const c = step.counters;
  return (
    `<li>Traps: <b>${c.traps}</b></li> <li>VM exits: <b>${c.exits}</b></li> ` +
    `<li>Translations: <b>${c.translations}</b></li> <li>Hypercalls: <b>${c.hypercalls}</b></li>`
  );
}

/** Every step of one technique as a list: the view without JavaScript. */
export function renderStepList(steps: readonly Step[], label: string): string {
  const items = steps
    .map((s) => {
      const changes = s.changed.map((k) => `${FIELDS.find(([f]) => f === k)?.[1]}: ${value(s.state, k)}`).join('; ');
      const problem = s.problem ? `<p class="sim-problem">${esc(s.problem)}</p>` : '';
      return (
        `<li><p><b>${esc(s.action)}</b> <span class="sim-badge" data-actor="${s.actor}">${ACTORS[s.actor]}</span> ${esc(s.mode)}</p>` +
        (s.instruction ? `<p><code>${esc(s.instruction)}</code></p>` : '') +
        `<p>${esc(s.explanation)}</p>${problem}` +
        (changes ? `<p class="sim-hint">Changed: ${esc(changes)}</p>` : '') +
        `</li>`
      );
    })
    .join('');
  const c = (steps[steps.length - 1] as Step).counters;
  return (
    `<ol class="sim-steplist" aria-label="${esc(label)}">${items}</ol>` +
    `<p>Totals: traps ${c.traps}, VM exits ${c.exits}, translations ${c.translations}, hypercalls ${c.hypercalls}.</p>`
  );
}
