import { describe, expect, it } from 'vitest';
import {
  DEFAULT_PROGRAM,
  TECHNIQUES,
  simulate,
  type Instruction,
  type MachineState,
  type Step,
  type Technique,
} from '../../src/lib/trap-stepper';

/** A compact trace: "actor/action@pc". */
const trace = (steps: Step[]) => steps.map((s) => `${s.actor}/${s.action}@${s.pc ?? '-'}`);
const last = (steps: Step[]) => steps[steps.length - 1] as Step;

describe('simulate: classically virtualizable CPU', () => {
  const steps = simulate('classic');

  it('traps on every sensitive instruction and emulates it', () => {
    expect(trace(steps)).toEqual([
      'guest/Start@-',
      'guest/Direct execution@0',
      'hardware/Trap@1',
      'vmm/Emulate and resume@1',
      'hardware/Trap@2',
      'vmm/Emulate and resume@2',
      'hardware/Trap@3',
      'vmm/Emulate and resume@3',
      'hardware/Hypercall trap@4',
      'vmm/Emulate and resume@4',
    ]);
  });

  it('changes the state step by step', () => {
    expect(steps[1]?.state.eax).toBe(42);
    expect(steps[1]?.changed).toEqual(['eax']);
    expect(steps[2]?.changed).toEqual([]); // the trap itself changes no guest-visible state
    expect(steps[3]?.state.guestIdtr).toBe('guest');
    expect(steps[3]?.state.cpuIdtr).toBe('vmm'); // the real IDTR stays the VMM's
    expect(steps[5]?.state).toMatchObject({ guestIF: 0, wantedIF: 0, cpuIF: 1 });
    expect(steps[7]?.state.serial).toBe('*');
    expect(steps[7]?.changed).toEqual(['serial']);
  });

  it('counts three traps and one hypercall', () => {
    expect(last(steps).counters).toEqual({ traps: 3, exits: 0, translations: 0, hypercalls: 1 });
    expect(steps[2]?.counters.traps).toBe(1);
    expect(steps.some((s) => s.problem)).toBe(false);
  });
});

describe('simulate: x86 before VT-x, plain trap-and-emulate', () => {
  const steps = simulate('x86-trap');

  it('lets POPF run without a trap', () => {
    expect(trace(steps)).toEqual([
      'guest/Start@-',
      'guest/Direct execution@0',
      'hardware/Trap@1',
      'vmm/Emulate and resume@1',
      'guest/Silent failure@2',
      'hardware/Trap@3',
      'vmm/Emulate and resume@3',
      'hardware/Hypercall trap@4',
      'vmm/Emulate and resume@4',
    ]);
  });

  it('shows the wrong result: IF stays 1 although the guest asked for 0', () => {
    const popf = steps[4] as Step;
    expect(popf.mode).toMatch(/ring 1/);
    expect(popf.problem).toMatch(/IF=0.*still 1/);
    expect(popf.state).toMatchObject({ wantedIF: 0, guestIF: 1, cpuIF: 1 });
    expect(popf.changed).toEqual(['wantedIF']);
    expect(steps.filter((s) => s.problem)).toHaveLength(1);
    expect(last(steps).state).toMatchObject({ wantedIF: 0, guestIF: 1 });
  });

  it('counts two traps (LIDT and OUT) and one hypercall', () => {
    expect(last(steps).counters).toEqual({ traps: 2, exits: 0, translations: 0, hypercalls: 1 });
  });
});

describe('simulate: binary translation', () => {
  const steps = simulate('binary-translation');

  it('translates the block first, then runs without traps', () => {
    expect(trace(steps)).toEqual([
      'guest/Start@-',
      'vmm/Translate@-',
      'guest/Direct execution@0',
      'vmm/Call into the VMM@1',
      'guest/Translated sequence@2',
      'vmm/Call into the VMM@3',
      'vmm/Call into the VMM@4',
    ]);
    expect(steps[1]?.counters.translations).toBe(4);
  });

  it('gets POPF right through the virtual IF', () => {
    expect(steps[4]?.state).toMatchObject({ wantedIF: 0, guestIF: 0, cpuIF: 1 });
    expect(last(steps).state).toMatchObject({ eax: 42, guestIdtr: 'guest', cpuIdtr: 'vmm', serial: '*' });
    expect(last(steps).counters).toEqual({ traps: 0, exits: 0, translations: 4, hypercalls: 1 });
  });
});

describe('simulate: paravirtualization', () => {
  const steps = simulate('paravirt');

  it('replaces sensitive instructions by hypercalls and a shared-memory write', () => {
    expect(steps.map((s) => s.instruction)).toEqual([
      null,
      'ADD EAX, 5',
      'HYPERCALL set_trap_table',
      'HYPERCALL set_trap_table',
      'MOV [shared_info.irq_mask], 1',
      'HYPERCALL console_io',
      'HYPERCALL console_io',
      'HYPERCALL yield',
      'HYPERCALL yield',
    ]);
    expect(steps[4]?.actor).toBe('guest');
    expect(steps[4]?.state).toMatchObject({ guestIF: 0, cpuIF: 1 });
  });

  it('counts three hypercalls and no traps', () => {
    expect(last(steps).counters).toEqual({ traps: 0, exits: 0, translations: 0, hypercalls: 3 });
    expect(last(steps).state).toMatchObject({ guestIdtr: 'guest', serial: '*' });
  });
});

describe('simulate: VT-x', () => {
  const steps = simulate('vtx');

  it('exits only on OUT and VMCALL, each with exit, handler and entry', () => {
    expect(trace(steps)).toEqual([
      'guest/Start@-',
      'guest/Direct execution@0',
      'guest/Direct execution@1',
      'guest/Direct execution@2',
      'hardware/VM exit@3',
      'vmm/Exit handler@3',
      'hardware/VM entry@3',
      'hardware/VM exit@4',
      'vmm/Exit handler@4',
      'hardware/VM entry@4',
    ]);
    expect(steps[7]?.instruction).toMatch(/^VMCALL/);
    expect(last(steps).counters).toEqual({ traps: 0, exits: 2, translations: 0, hypercalls: 1 });
  });

  it('runs LIDT and POPF natively in non-root ring 0', () => {
    expect(steps[2]?.mode).toMatch(/non-root.*ring 0/);
    expect(steps[2]?.state).toMatchObject({ guestIdtr: 'guest', cpuIdtr: 'guest' });
    expect(steps[3]?.state).toMatchObject({ guestIF: 0, cpuIF: 0, wantedIF: 0 });
  });

  it('swaps host and guest state through the VMCS on exit and entry', () => {
    expect(steps[4]?.state.cpuIdtr).toBe('vmm');
    expect(steps[4]?.changed).toContain('cpuIdtr');
    expect(steps[5]?.mode).toMatch(/root mode/);
    expect(steps[5]?.explanation).toMatch(/exit reason 30/);
    expect(steps[5]?.state.serial).toBe('*');
    expect(steps[6]?.state).toMatchObject({ cpuIdtr: 'guest', cpuIF: 0 });
    expect(steps[8]?.explanation).toMatch(/exit reason 18/);
  });
});

describe('simulate: other programs', () => {
  const popfTwice: Instruction[] = [
    { kind: 'popf', text: 'POPF ; IF=0', setIF: 0 },
    { kind: 'popf', text: 'POPF ; IF=1', setIF: 1 },
  ];

  it('x86-trap flags only the POPF whose IF change is lost', () => {
    const steps = simulate('x86-trap', popfTwice);
    expect(steps.map((s) => Boolean(s.problem))).toEqual([false, true, false]);
    expect(steps[2]?.state).toMatchObject({ wantedIF: 1, guestIF: 1 });
  });

  it('classic traps on both', () => {
    const steps = simulate('classic', popfTwice);
    expect(last(steps).counters.traps).toBe(2);
    expect(steps.map((s) => s.state.guestIF)).toEqual([1, 1, 0, 0, 1]);
  });

  it('binary translation counts only the sensitive instructions it rewrites', () => {
    const arithOnly: Instruction[] = [{ kind: 'arith', text: 'ADD EAX, 1', add: 1 }];
    expect(last(simulate('binary-translation', arithOnly)).counters.translations).toBe(0);
    expect(last(simulate('binary-translation', popfTwice)).counters.translations).toBe(2);
  });

  it('shows a non-printable byte written by OUT as an escape', () => {
    const prog: Instruction[] = [
      { kind: 'arith', text: 'ADD EAX, -37', add: -37 },
      { kind: 'out', text: 'OUT 0x3F8, AL', port: 0x3f8 },
    ];
    expect(last(simulate('classic', prog)).state.serial).toBe('\\x00');
  });

  it('rejects an empty program and an unknown technique', () => {
    expect(() => simulate('classic', [])).toThrow(/no instructions/);
    expect(() => simulate('vmx' as Technique)).toThrow(/Unknown technique/);
  });
});

describe('simulate: invariants for every technique', () => {
  for (const { id } of TECHNIQUES) {
    it(`${id}: pc never goes back, counters never fall, changed lists exactly what changed`, () => {
      const steps = simulate(id, DEFAULT_PROGRAM);
      expect(steps[0]?.action).toBe('Start');
      let pc = -1;
      for (let i = 1; i < steps.length; i++) {
        const a = steps[i - 1] as Step;
        const b = steps[i] as Step;
        if (b.pc !== null) {
          expect(b.pc).toBeGreaterThanOrEqual(pc);
          pc = b.pc;
        }
        for (const k of ['traps', 'exits', 'translations', 'hypercalls'] as const) {
          expect(b.counters[k]).toBeGreaterThanOrEqual(a.counters[k]);
        }
        const diff = (Object.keys(b.state) as (keyof MachineState)[]).filter((k) => a.state[k] !== b.state[k]);
        expect(b.changed.sort()).toEqual(diff.sort());
        expect(b.explanation.length).toBeGreaterThan(20);
      }
      expect(pc).toBe(DEFAULT_PROGRAM.length - 1);
      expect(last(steps).state.eax).toBe(42);
    });
  }

  it('returns fresh state objects (stepping back cannot be corrupted)', () => {
    const steps = simulate('classic');
    (steps[1] as Step).state.eax = 0;
    expect(simulate('classic')[1]?.state.eax).toBe(42);
    expect(steps[2]?.state.eax).toBe(42);
  });
});
