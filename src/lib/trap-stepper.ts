/**
 * The trap-and-emulate stepper's engine: a pure state machine.
 *
 * `simulate(technique, program)` runs a short guest-kernel instruction stream under one CPU
 * virtualization technique and returns every step (who runs, in which mode, what state changed,
 * and why). Stepping back in the widget is indexing into that list.
 *
 * Facts used: LIDT is privileged (#GP at CPL > 0); POPF at CPL > IOPL leaves IF unchanged without
 * faulting (Robin and Irvine 2000 list POPF among the sensitive unprivileged instructions);
 * OUT faults at CPL > IOPL when the I/O bitmap denies the port; under VT-x, I/O instructions can be
 * made to exit, VMCALL always exits (exit reason 18; I/O instruction is reason 30), LIDT exits only
 * with descriptor-table exiting, and a VM exit saves guest state to the VMCS, loads host state from
 * it and clears RFLAGS except bit 1 (Intel SDM Vol. 3C; Appendix C lists the exit reasons).
 */

import { fill } from '../i18n/format';
import { TRAP_WORDS_EN, type TrapWords } from '../i18n/demos/trap-stepper';

export type Technique = 'classic' | 'x86-trap' | 'binary-translation' | 'paravirt' | 'vtx';

export interface TechniqueInfo {
  id: Technique;
  label: string;
  summary: string;
}

const TECHNIQUE_IDS: readonly Technique[] = ['classic', 'x86-trap', 'binary-translation', 'paravirt', 'vtx'];

/** The techniques in order, named and summarized in the words of `w` (English by default). */
export function techniques(w: TrapWords = TRAP_WORDS_EN): TechniqueInfo[] {
  return TECHNIQUE_IDS.map((id) => ({ id, ...w.techniques[id] }));
}

export const TECHNIQUES: readonly TechniqueInfo[] = techniques();

export function isTechnique(value: string): value is Technique {
  return (TECHNIQUE_IDS as readonly string[]).includes(value);
}

/** One guest-kernel instruction. `text` is the assembly shown to the reader. */
export type Instruction =
  | { kind: 'arith'; text: string; add: number }
  | { kind: 'lidt'; text: string }
  | { kind: 'popf'; text: string; setIF: 0 | 1 }
  | { kind: 'out'; text: string; port: number }
  | { kind: 'hypercall'; text: string; call: string };

/** The default stream: arithmetic, a privileged, a sensitive-unprivileged, an I/O and a hypercall. */
export const DEFAULT_PROGRAM: readonly Instruction[] = [
  { kind: 'arith', text: 'ADD EAX, 5', add: 5 },
  { kind: 'lidt', text: 'LIDT [guest_idt]' },
  { kind: 'popf', text: 'POPF  ; saved flags have IF=0', setIF: 0 },
  { kind: 'out', text: 'OUT 0x3F8, AL', port: 0x3f8 },
  { kind: 'hypercall', text: 'HYPERCALL yield', call: 'yield' },
];

/** Which interrupt-descriptor table a register points at. */
export type Idt = 'none' | 'guest' | 'vmm';

export interface MachineState {
  /** The guest's EAX (starts at 37; the default program makes it 42, ASCII '*'). */
  eax: number;
  /** The interrupt flag the guest kernel last asked for. */
  wantedIF: 0 | 1;
  /** The guest's IF as the guest can observe it: the virtual IF the VMM keeps, or under VT-x the guest's RFLAGS. */
  guestIF: 0 | 1;
  /** The IF bit in the physical CPU's RFLAGS right now. */
  cpuIF: 0 | 1;
  /** The IDTR the guest believes it loaded (the VMM's shadow copy, or the VMCS guest field under VT-x). */
  guestIdtr: Idt;
  /** The IDT the physical CPU uses right now. */
  cpuIdtr: Idt;
  /** Characters the (virtual) serial port has received. */
  serial: string;
}

export type Actor = 'guest' | 'vmm' | 'hardware';

export interface Counters {
  /** Faults or traps into the VMM that the guest did not ask for. */
  traps: number;
  /** VM exits (VT-x only). */
  exits: number;
  /** Guest instructions the binary translator rewrote. */
  translations: number;
  /** Deliberate calls from the guest into the VMM. */
  hypercalls: number;
}

export interface Step {
  /** Index of the program instruction this step belongs to; null for the start and for translation. */
  pc: number | null;
  /** The instruction as this technique's guest executes it (paravirtualized kernels run different code). */
  instruction: string | null;
  actor: Actor;
  /** Privilege level or processor mode during this step. */
  mode: string;
  /** Short name of what happens: "Direct execution", "Trap", "VM exit" … */
  action: string;
  /** One line saying what happens and why. */
  explanation: string;
  state: MachineState;
  /** Fields of `state` that this step changed. */
  changed: (keyof MachineState)[];
  counters: Counters;
  /** Set when the machine just did the wrong thing silently. */
  problem?: string;
}

const START: MachineState = {
  eax: 37,
  wantedIF: 1,
  guestIF: 1,
  cpuIF: 1,
  guestIdtr: 'none',
  cpuIdtr: 'vmm',
  serial: '',
};

type Modes = TrapWords['modes'][Technique];

const char = (code: number): string => {
  const c = code & 0xff;
  return c >= 0x20 && c < 0x7f ? String.fromCharCode(c) : `\\x${c.toString(16).padStart(2, '0')}`;
};

const hex = (n: number): string => `0x${n.toString(16).toUpperCase()}`;

/** The code a paravirtualized kernel runs in place of each instruction. */
function paravirtText(ins: Instruction): string {
  switch (ins.kind) {
    case 'arith':
      return ins.text;
    case 'lidt':
      return 'HYPERCALL set_trap_table';
    case 'popf':
      return `MOV [shared_info.irq_mask], ${ins.setIF === 0 ? 1 : 0}`;
    case 'out':
      return 'HYPERCALL console_io';
    case 'hypercall':
      return `HYPERCALL ${ins.call}`;
  }
}

/** The instruction a VT-x guest uses for a hypercall is VMCALL. */
function vtxText(ins: Instruction): string {
  return ins.kind === 'hypercall' ? `VMCALL  ; ${ins.call}` : ins.text;
}

function isSensitive(ins: Instruction): boolean {
  return ins.kind !== 'arith';
}

class Recorder {
  readonly steps: Step[] = [];
  state: MachineState;
  counters: Counters = { traps: 0, exits: 0, translations: 0, hypercalls: 0 };

  constructor(initial: MachineState) {
    this.state = { ...initial };
  }

  push(
    step: Omit<Step, 'state' | 'changed' | 'counters'>,
    update: Partial<MachineState> = {},
    count: Partial<Counters> = {},
  ): void {
    const changed = (Object.keys(update) as (keyof MachineState)[]).filter((k) => update[k] !== this.state[k]);
    this.state = { ...this.state, ...update };
    for (const k of Object.keys(count) as (keyof Counters)[]) this.counters[k] += count[k] ?? 0;
    this.steps.push({ ...step, state: { ...this.state }, changed, counters: { ...this.counters } });
  }
}

/**
 * Run `program` under `technique` and return every step, starting with the machine before the first
 * instruction. Throws on an unknown technique or an empty program.
 */
export function simulate(technique: Technique, program: readonly Instruction[] = DEFAULT_PROGRAM, w: TrapWords = TRAP_WORDS_EN): Step[] {
  if (!isTechnique(technique)) throw new Error(`Unknown technique "${String(technique)}"`);
  if (program.length === 0) throw new Error('The program has no instructions');
  const m = w.modes[technique];
  const vtx = technique === 'vtx';
  const rec = new Recorder(vtx ? { ...START, cpuIdtr: 'none' } : START);

  rec.push({
    pc: null,
    instruction: null,
    actor: 'guest',
    mode: m.guest,
    action: w.actions.start,
    explanation: fill(w.start, { summary: w.techniques[technique].summary }),
  });

  if (technique === 'binary-translation') {
    const rewritten = program.filter(isSensitive).length;
    rec.push(
      {
        pc: null,
        instruction: null,
        actor: 'vmm',
        mode: m.vmm,
        action: w.actions.translate,
        explanation: rewritten === 0 ? w.translateNone : fill(w.translateSome, { n: rewritten }),
      },
      {},
      { translations: rewritten },
    );
  }

  program.forEach((ins, pc) => {
    const text = technique === 'paravirt' ? paravirtText(ins) : vtx ? vtxText(ins) : ins.text;
    const base = { pc, instruction: text };
    const s = rec.state;

    if (ins.kind === 'arith') {
      rec.push(
        {
          ...base,
          actor: 'guest',
          mode: m.guest,
          action: w.actions.direct,
          explanation: technique === 'binary-translation' ? w.directTranslated : w.direct,
        },
        { eax: (s.eax + ins.add) | 0 },
      );
      return;
    }

    switch (technique) {
      case 'classic':
      case 'x86-trap':
        trapAndEmulate(rec, technique, ins, base, m, w);
        return;
      case 'binary-translation':
        binaryTranslation(rec, ins, base, m, w);
        return;
      case 'paravirt':
        paravirtualize(rec, ins, base, m, w);
        return;
      case 'vtx':
        hardwareAssisted(rec, ins, base, m, w);
        return;
    }
  });

  return rec.steps;
}

type Base = { pc: number; instruction: string };
type Sensitive = Exclude<Instruction, { kind: 'arith' }>;

function trapAndEmulate(rec: Recorder, technique: 'classic' | 'x86-trap', ins: Sensitive, base: Base, m: Modes, w: TrapWords): void {
  const classic = technique === 'classic';
  const t = classic ? w.classic : w.x86;
  const trap = (why: string, hypercall = false) =>
    rec.push(
      { ...base, actor: 'hardware', mode: m.trap, action: hypercall ? w.actions.hypercallTrap : w.actions.trap, explanation: why },
      {},
      hypercall ? { hypercalls: 1 } : { traps: 1 },
    );
  const emulate = (why: string, update: Partial<MachineState>) =>
    rec.push({ ...base, actor: 'vmm', mode: m.vmm, action: w.actions.emulate, explanation: why }, update);

  switch (ins.kind) {
    case 'lidt':
      trap(t.lidtTrap);
      emulate(w.lidtEmulate, { guestIdtr: 'guest' });
      return;
    case 'popf':
      if (classic) {
        trap(w.classic.popfTrap);
        emulate(fill(w.classic.popfEmulate, { if: ins.setIF }), { wantedIF: ins.setIF, guestIF: ins.setIF });
        return;
      }
      {
        const wrong = ins.setIF !== rec.state.guestIF;
        rec.push(
          {
            ...base,
            actor: 'guest',
            mode: m.guest,
            action: wrong ? w.actions.silentFailure : w.actions.direct,
            explanation: w.x86.popfSilent,
            ...(wrong ? { problem: fill(w.x86.popfProblem, { if: ins.setIF, seen: rec.state.guestIF }) } : {}),
          },
          { wantedIF: ins.setIF },
        );
      }
      return;
    case 'out':
      trap(t.outTrap);
      emulate(fill(w.outEmulate, { port: hex(ins.port), char: char(rec.state.eax) }), { serial: rec.state.serial + char(rec.state.eax) });
      return;
    case 'hypercall':
      trap(t.hypercallTrap, true);
      emulate(fill(w.hypercallEmulate, { call: ins.call }), {});
      return;
  }
}

function binaryTranslation(rec: Recorder, ins: Sensitive, base: Base, m: Modes, w: TrapWords): void {
  const callout = (why: string, update: Partial<MachineState>, count: Partial<Counters> = {}) =>
    rec.push({ ...base, actor: 'vmm', mode: m.vmm, action: w.actions.callVmm, explanation: why }, update, count);

  switch (ins.kind) {
    case 'lidt':
      callout(w.bt.lidt, { guestIdtr: 'guest' });
      return;
    case 'popf':
      rec.push(
        { ...base, actor: 'guest', mode: m.guest, action: w.actions.translatedSequence, explanation: fill(w.bt.popf, { if: ins.setIF }) },
        { wantedIF: ins.setIF, guestIF: ins.setIF },
      );
      return;
    case 'out':
      callout(fill(w.bt.out, { port: hex(ins.port), char: char(rec.state.eax) }), { serial: rec.state.serial + char(rec.state.eax) });
      return;
    case 'hypercall':
      callout(fill(w.bt.hypercall, { call: ins.call }), {}, { hypercalls: 1 });
      return;
  }
}

function paravirtualize(rec: Recorder, ins: Sensitive, base: Base, m: Modes, w: TrapWords): void {
  const call = (why: string) =>
    rec.push({ ...base, actor: 'guest', mode: m.trap, action: w.actions.hypercall, explanation: why }, {}, { hypercalls: 1 });
  const handle = (why: string, update: Partial<MachineState>) =>
    rec.push({ ...base, actor: 'vmm', mode: m.vmm, action: w.actions.handle, explanation: why }, update);

  switch (ins.kind) {
    case 'lidt':
      call(w.pv.lidtCall);
      handle(w.pv.lidtHandle, { guestIdtr: 'guest' });
      return;
    case 'popf':
      rec.push(
        { ...base, actor: 'guest', mode: m.guest, action: w.actions.sharedMemory, explanation: ins.setIF === 0 ? w.pv.popfMask : w.pv.popfUnmask },
        { wantedIF: ins.setIF, guestIF: ins.setIF },
      );
      return;
    case 'out':
      call(w.pv.outCall);
      handle(fill(w.pv.outHandle, { char: char(rec.state.eax) }), { serial: rec.state.serial + char(rec.state.eax) });
      return;
    case 'hypercall':
      call(fill(w.pv.hypercallCall, { call: ins.call }));
      handle(fill(w.pv.hypercallHandle, { call: ins.call }), {});
      return;
  }
}

function hardwareAssisted(rec: Recorder, ins: Sensitive, base: Base, m: Modes, w: TrapWords): void {
  const exit = (why: string, hypercall = false) =>
    rec.push(
      { ...base, actor: 'hardware', mode: m.trap, action: w.actions.vmExit, explanation: fill(w.vtx.exit, { why }) },
      { cpuIdtr: 'vmm', cpuIF: 0 },
      hypercall ? { exits: 1, hypercalls: 1 } : { exits: 1 },
    );
  const handler = (why: string, update: Partial<MachineState>) =>
    rec.push({ ...base, actor: 'vmm', mode: m.vmm, action: w.actions.exitHandler, explanation: why }, update);
  const entry = () =>
    rec.push(
      { ...base, actor: 'hardware', mode: w.vmEntryMode, action: w.actions.vmEntry, explanation: w.vtx.entry },
      { cpuIdtr: rec.state.guestIdtr, cpuIF: rec.state.guestIF },
    );

  switch (ins.kind) {
    case 'lidt':
      rec.push({ ...base, actor: 'guest', mode: m.guest, action: w.actions.direct, explanation: w.vtx.lidt }, { guestIdtr: 'guest', cpuIdtr: 'guest' });
      return;
    case 'popf':
      rec.push(
        { ...base, actor: 'guest', mode: m.guest, action: w.actions.direct, explanation: fill(w.vtx.popf, { if: ins.setIF }) },
        { wantedIF: ins.setIF, guestIF: ins.setIF, cpuIF: ins.setIF },
      );
      return;
    case 'out':
      exit(w.vtx.outExit);
      handler(fill(w.vtx.outHandler, { port: hex(ins.port), char: char(rec.state.eax) }), { serial: rec.state.serial + char(rec.state.eax) });
      entry();
      return;
    case 'hypercall':
      exit(w.vtx.vmcallExit, true);
      handler(fill(w.vtx.vmcallHandler, { call: ins.call }), {});
      entry();
      return;
  }
}

/** Display names for IDT values, in the words of `w`. */
export function idtName(idt: Idt, w: Pick<TrapWords, 'idt'> = TRAP_WORDS_EN): string {
  return w.idt[idt];
}
