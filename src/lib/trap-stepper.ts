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

export type Technique = 'classic' | 'x86-trap' | 'binary-translation' | 'paravirt' | 'vtx';

export interface TechniqueInfo {
  id: Technique;
  label: string;
  summary: string;
}

export const TECHNIQUES: readonly TechniqueInfo[] = [
  {
    id: 'classic',
    label: 'Classically virtualizable CPU, trap-and-emulate',
    summary: 'Every sensitive instruction is privileged, so each one traps and the VMM emulates it.',
  },
  {
    id: 'x86-trap',
    label: 'x86 before VT-x, plain trap-and-emulate',
    summary: 'Privileged instructions trap, but POPF is sensitive and unprivileged: it silently misbehaves.',
  },
  {
    id: 'binary-translation',
    label: 'x86 before VT-x, binary translation',
    summary: 'The VMM rewrites sensitive instructions in the guest kernel’s code before it runs.',
  },
  {
    id: 'paravirt',
    label: 'x86 before VT-x, paravirtualization',
    summary: 'The guest kernel is modified to call the hypervisor instead of using sensitive instructions.',
  },
  {
    id: 'vtx',
    label: 'x86 with VT-x, hardware-assisted',
    summary: 'The guest kernel runs in VMX non-root ring 0; chosen events cause VM exits to the VMM.',
  },
];

export function isTechnique(value: string): value is Technique {
  return TECHNIQUES.some((t) => t.id === value);
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

interface Modes {
  guest: string;
  trap: string;
  vmm: string;
}

const MODES: Record<Technique, Modes> = {
  classic: {
    guest: 'Guest kernel in user mode (deprivileged)',
    trap: 'Trap: user mode → supervisor mode',
    vmm: 'VMM in supervisor mode',
  },
  'x86-trap': {
    guest: 'Guest kernel at ring 1 (deprivileged)',
    trap: 'Fault: ring 1 → ring 0',
    vmm: 'VMM at ring 0',
  },
  'binary-translation': {
    guest: 'Translated guest kernel code at ring 1',
    trap: 'Call: ring 1 → ring 0',
    vmm: 'VMM at ring 0',
  },
  paravirt: {
    guest: 'Paravirtualized guest kernel at ring 1 (32-bit x86; x86-64 uses ring 3)',
    trap: 'Hypercall: ring 1 → ring 0',
    vmm: 'Hypervisor at ring 0',
  },
  vtx: {
    guest: 'VMX non-root mode, ring 0 (guest kernel)',
    trap: 'VM exit: non-root → root mode',
    vmm: 'VMX root mode, ring 0 (VMM)',
  },
};

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
export function simulate(technique: Technique, program: readonly Instruction[] = DEFAULT_PROGRAM): Step[] {
  if (!isTechnique(technique)) throw new Error(`Unknown technique "${String(technique)}"`);
  if (program.length === 0) throw new Error('The program has no instructions');
  const m = MODES[technique];
  const vtx = technique === 'vtx';
  const rec = new Recorder(vtx ? { ...START, cpuIdtr: 'none' } : START);
  const info = TECHNIQUES.find((t) => t.id === technique) as TechniqueInfo;

  rec.push({
    pc: null,
    instruction: null,
    actor: 'guest',
    mode: m.guest,
    action: 'Start',
    explanation: `The guest kernel is about to run. ${info.summary}`,
  });

  if (technique === 'binary-translation') {
    const rewritten = program.filter(isSensitive).length;
    rec.push(
      {
        pc: null,
        instruction: null,
        actor: 'vmm',
        mode: m.vmm,
        action: 'Translate',
        explanation:
          rewritten === 0
            ? 'The VMM translates the block before it runs; it has no sensitive instructions, so every instruction is copied unchanged.'
            : `The VMM translates the block before it runs: innocuous instructions are copied unchanged, and the ${rewritten} sensitive ones are rewritten into calls into the VMM.`,
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
          action: 'Direct execution',
          explanation:
            technique === 'binary-translation'
              ? 'Innocuous instruction: copied unchanged into the translation cache, it runs at native speed.'
              : 'Innocuous instruction: it runs directly on the CPU at native speed; the VMM is not involved.',
        },
        { eax: (s.eax + ins.add) | 0 },
      );
      return;
    }

    switch (technique) {
      case 'classic':
      case 'x86-trap':
        trapAndEmulate(rec, technique, ins, base, m);
        return;
      case 'binary-translation':
        binaryTranslation(rec, ins, base, m);
        return;
      case 'paravirt':
        paravirtualize(rec, ins, base, m);
        return;
      case 'vtx':
        hardwareAssisted(rec, ins, base, m);
        return;
    }
  });

  return rec.steps;
}

type Base = { pc: number; instruction: string };
type Sensitive = Exclude<Instruction, { kind: 'arith' }>;

function trapAndEmulate(rec: Recorder, technique: 'classic' | 'x86-trap', ins: Sensitive, base: Base, m: Modes): void {
  const classic = technique === 'classic';
  const trap = (why: string, hypercall = false) =>
    rec.push(
      { ...base, actor: 'hardware', mode: m.trap, action: hypercall ? 'Hypercall trap' : 'Trap', explanation: why },
      {},
      hypercall ? { hypercalls: 1 } : { traps: 1 },
    );
  const emulate = (why: string, update: Partial<MachineState>) =>
    rec.push({ ...base, actor: 'vmm', mode: m.vmm, action: 'Emulate and resume', explanation: why }, update);

  switch (ins.kind) {
    case 'lidt':
      trap(
        classic
          ? 'LIDT is privileged: run in user mode it traps to the VMM.'
          : 'LIDT is privileged: at ring 1 it raises a general-protection fault, which enters the VMM.',
      );
      emulate(
        'The VMM records the guest’s table in its shadow IDTR; the real IDTR keeps pointing at the VMM’s own table. It resumes the guest after LIDT.',
        { guestIdtr: 'guest' },
      );
      return;
    case 'popf':
      if (classic) {
        trap('On this machine changing the interrupt flag is privileged, so POPF traps to the VMM.');
        emulate(
          `The VMM sets the guest’s virtual IF to ${ins.setIF}; the real IF stays 1 so the VMM still receives interrupts, and it holds the guest’s virtual interrupts while its IF is 0.`,
          { wantedIF: ins.setIF, guestIF: ins.setIF },
        );
        return;
      }
      {
        const wrong = ins.setIF !== rec.state.guestIF;
        rec.push(
          {
            ...base,
            actor: 'guest',
            mode: m.guest,
            action: wrong ? 'Silent failure' : 'Direct execution',
            explanation:
              'POPF is sensitive but not privileged: at ring 1 (above IOPL) it does not trap, and the CPU silently leaves IF unchanged. The VMM never learns what the guest wanted.',
            ...(wrong
              ? {
                  problem: `Wrong result: the guest asked for IF=${ins.setIF}, but IF is still ${rec.state.guestIF} and no trap told the VMM.`,
                }
              : {}),
          },
          { wantedIF: ins.setIF },
        );
      }
      return;
    case 'out':
      trap(
        classic
          ? 'I/O instructions are privileged: OUT traps to the VMM.'
          : 'The VMM runs the guest with IOPL 0 and an I/O bitmap that denies the port, so OUT at ring 1 faults into the VMM.',
      );
      emulate(
        `The VMM’s virtual serial port at ${hex(ins.port)} receives the byte in AL (‘${char(rec.state.eax)}’); the VMM resumes the guest after OUT.`,
        { serial: rec.state.serial + char(rec.state.eax) },
      );
      return;
    case 'hypercall':
      trap(
        classic
          ? 'The guest deliberately executes a trapping instruction to call the VMM (IBM’s VM/370 used DIAGNOSE this way).'
          : 'The guest deliberately raises a software interrupt whose gate is in the VMM’s IDT, so control enters the VMM.',
        true,
      );
      emulate(`The VMM handles the request (${ins.call}) and returns to the guest.`, {});
      return;
  }
}

function binaryTranslation(rec: Recorder, ins: Sensitive, base: Base, m: Modes): void {
  const callout = (why: string, update: Partial<MachineState>, count: Partial<Counters> = {}) =>
    rec.push({ ...base, actor: 'vmm', mode: m.vmm, action: 'Call into the VMM', explanation: why }, update, count);

  switch (ins.kind) {
    case 'lidt':
      callout(
        'The translated code calls the VMM, which records the guest’s table in its shadow IDTR. No trap is needed.',
        { guestIdtr: 'guest' },
      );
      return;
    case 'popf':
      rec.push(
        {
          ...base,
          actor: 'guest',
          mode: m.guest,
          action: 'Translated sequence',
          explanation: `The translated code writes IF=${ins.setIF} into the VMM’s copy of the guest’s flags (the virtual IF); the real IF stays 1. Correct, and no trap.`,
        },
        { wantedIF: ins.setIF, guestIF: ins.setIF },
      );
      return;
    case 'out':
      callout(
        `The translated code calls the VMM’s device model: the virtual serial port at ${hex(ins.port)} receives ‘${char(rec.state.eax)}’.`,
        { serial: rec.state.serial + char(rec.state.eax) },
      );
      return;
    case 'hypercall':
      callout(
        `The software interrupt was translated into a direct call into the VMM, which handles the request (${ins.call}).`,
        {},
        { hypercalls: 1 },
      );
      return;
  }
}

function paravirtualize(rec: Recorder, ins: Sensitive, base: Base, m: Modes): void {
  const call = (why: string) =>
    rec.push({ ...base, actor: 'guest', mode: m.trap, action: 'Hypercall', explanation: why }, {}, { hypercalls: 1 });
  const handle = (why: string, update: Partial<MachineState>) =>
    rec.push({ ...base, actor: 'vmm', mode: m.vmm, action: 'Handle and return', explanation: why }, update);

  switch (ins.kind) {
    case 'lidt':
      call('The modified kernel never executes LIDT: it asks the hypervisor to install its trap table.');
      handle(
        'The hypervisor checks the guest’s table and records it; the real IDT stays the hypervisor’s own.',
        { guestIdtr: 'guest' },
      );
      return;
    case 'popf':
      rec.push(
        {
          ...base,
          actor: 'guest',
          mode: m.guest,
          action: 'Write shared memory',
          explanation: `The modified kernel ${ins.setIF === 0 ? 'masks' : 'unmasks'} its virtual interrupts by writing a flag in memory it shares with the hypervisor (Xen’s event-channel mask): no trap and no hypercall.`,
        },
        { wantedIF: ins.setIF, guestIF: ins.setIF },
      );
      return;
    case 'out':
      call('The modified kernel’s console driver does not touch the UART: it passes the text to the hypervisor.');
      handle(`The hypervisor writes ‘${char(rec.state.eax)}’ to the console on the guest’s behalf.`, {
        serial: rec.state.serial + char(rec.state.eax),
      });
      return;
    case 'hypercall':
      call(`The kernel calls the hypervisor directly (${ins.call}).`);
      handle(`The hypervisor handles the request (${ins.call}) and returns.`, {});
      return;
  }
}

function hardwareAssisted(rec: Recorder, ins: Sensitive, base: Base, m: Modes): void {
  const exit = (why: string, hypercall = false) =>
    rec.push(
      {
        ...base,
        actor: 'hardware',
        mode: m.trap,
        action: 'VM exit',
        explanation: `${why} The CPU saves the guest state (RIP, RFLAGS, IDTR …) in the VMCS, loads the host state from it, and clears RFLAGS.`,
      },
      { cpuIdtr: 'vmm', cpuIF: 0 },
      hypercall ? { exits: 1, hypercalls: 1 } : { exits: 1 },
    );
  const handler = (why: string, update: Partial<MachineState>) =>
    rec.push({ ...base, actor: 'vmm', mode: m.vmm, action: 'Exit handler', explanation: why }, update);
  const entry = () =>
    rec.push(
      {
        ...base,
        actor: 'hardware',
        mode: 'VM entry: root → non-root mode',
        action: 'VM entry',
        explanation:
          'VMRESUME: the CPU loads the guest state back from the VMCS and the guest continues after the instruction.',
      },
      { cpuIdtr: rec.state.guestIdtr, cpuIF: rec.state.guestIF },
    );

  switch (ins.kind) {
    case 'lidt':
      rec.push(
        {
          ...base,
          actor: 'guest',
          mode: m.guest,
          action: 'Direct execution',
          explanation:
            'The guest kernel really is in ring 0 (of non-root mode), so LIDT simply loads the guest’s IDTR, which the VMCS saves and restores. No exit unless the VMM turns on descriptor-table exiting.',
        },
        { guestIdtr: 'guest', cpuIdtr: 'guest' },
      );
      return;
    case 'popf':
      rec.push(
        {
          ...base,
          actor: 'guest',
          mode: m.guest,
          action: 'Direct execution',
          explanation: `POPF sets the guest’s own IF to ${ins.setIF} in hardware, correctly and without an exit; host interrupts still cause VM exits (external-interrupt exiting), so the VMM keeps control.`,
        },
        { wantedIF: ins.setIF, guestIF: ins.setIF, cpuIF: ins.setIF },
      );
      return;
    case 'out':
      exit('OUT causes a VM exit because the VMM asked for I/O exits for this port.');
      handler(
        `The VMM reads exit reason 30 (I/O instruction) and the exit qualification (port ${hex(ins.port)}, 1 byte, OUT), emulates the serial port, which receives ‘${char(rec.state.eax)}’, and advances the guest’s RIP.`,
        { serial: rec.state.serial + char(rec.state.eax) },
      );
      entry();
      return;
    case 'hypercall':
      exit('VMCALL always causes a VM exit.', true);
      handler(`The VMM reads exit reason 18 (VMCALL), handles the request (${ins.call}) and advances the guest’s RIP.`, {});
      entry();
      return;
  }
}

/** Display names for IDT values. */
export function idtName(idt: Idt): string {
  return idt === 'none' ? 'not loaded yet' : idt === 'guest' ? 'guest’s IDT' : 'VMM’s IDT';
}
