import type { CoveragePoint } from '../../lib/coverage';

/**
 * Source-article points covered by Part II, chapters 4 (cpu-virtualization) and 5 (memory-io-interrupts).
 * Kept apart from system.ts so that chapters 6–7 can be written in parallel without merge conflicts.
 */
export const points: CoveragePoint[] = [
  // Source article 000, §2.2–2.2.2: system-level virtualization
  {
    article: '000',
    point: 'The VMM gives each virtual machine virtual hardware, so the guest OS believes it runs alone on the machine',
    covered: 'sec:cpu-virtualization/what-a-virtual-machine-monitor-must-do',
  },
  {
    article: '000',
    point: 'The VMM’s work reduces to three tasks: processor, memory and I/O virtualization',
    covered: 'sec:cpu-virtualization/what-a-virtual-machine-monitor-must-do',
  },
  {
    article: '000',
    point: 'Processor virtualization is the core task, because memory and I/O are reached through instructions',
    covered: 'sec:cpu-virtualization/what-a-virtual-machine-monitor-must-do',
  },
  {
    article: '000',
    point: 'Virtual and physical machines may have different ISAs, in which case every instruction must be emulated at a large cost',
    covered: 'sec:cpu-virtualization/what-a-virtual-machine-monitor-must-do',
  },
  {
    article: '000',
    point: 'With the same ISA most instructions run directly and only sensitive ones are handled by the VMM',
    covered: 'sec:cpu-virtualization/what-a-virtual-machine-monitor-must-do',
  },
  {
    article: '000',
    point: 'Architectures have two or more privilege levels; privileged instructions trap when run below the highest level',
    covered: 'sec:cpu-virtualization/privilege-rings',
  },
  {
    article: '000',
    point: 'Privileged versus sensitive instructions',
    covered: 'sec:cpu-virtualization/privileged-sensitive-and-innocuous-instructions',
  },
  {
    article: '000',
    point: 'On x86 every privileged instruction is sensitive but not every sensitive instruction is privileged',
    covered: 'sec:cpu-virtualization/why-classic-x86-could-not-be-virtualized',
  },
  {
    article: '000',
    point: 'Some processors were not designed for virtualization and cannot single out all sensitive instructions',
    covered: 'sec:cpu-virtualization/why-classic-x86-could-not-be-virtualized',
  },
  {
    article: '000',
    point: 'Trap-and-emulate (陷入再模拟): VMM at the highest level, guest below, sensitive instructions trap and are emulated',
    covered: 'sec:cpu-virtualization/trap-and-emulate',
  },
  {
    article: '000',
    point: 'An architecture is virtualizable if and only if all its sensitive instructions are privileged',
    covered: 'sec:cpu-virtualization/the-theorem-and-why-it-holds',
    correction: {
      right:
        'The Popek–Goldberg condition is sufficient, not necessary: it guarantees that a trap-and-emulate VMM can be built; x86, which fails it, was still virtualized by binary translation and paravirtualization',
      source: 'popek1974',
    },
  },
  {
    article: '000',
    point: 'Sensitive, unprivileged instructions leave a virtualization hole (虚拟化漏洞) that must be filled or avoided',
    covered: 'sec:cpu-virtualization/seventeen-sensitive-unprivileged-instructions',
  },
  {
    article: '000',
    point: 'Emulation simulates every instruction; it can run an OS for another processor (PowerPC on x86), even several different CPUs, as an ordinary application',
    covered: 'sec:cpu-virtualization/interpretation',
  },
  {
    article: '000',
    point: 'Emulation is slow: a 100× slowdown is common and cycle-accurate emulation can reach 1000×',
    covered: 'sec:cpu-virtualization/interpretation',
    correction: {
      right:
        'No primary source supports a general 100×–1000× figure; the slowdown depends on the emulator, the workload and the fidelity modelled, and dynamic translators such as QEMU are far faster than interpreters',
      source: 'smith2005',
    },
  },
  {
    article: '000',
    point: 'Bochs is the typical emulator',
    covered: 'sec:cpu-virtualization/interpretation',
  },
  {
    article: '000',
    point: 'Full virtualization: the guest cannot tell it is virtualized and runs unmodified, so the VMM must handle every possible instruction',
    covered: 'sec:cpu-virtualization/binary-translation-with-direct-execution',
    correction: {
      right:
        'Full virtualization runs the guest unmodified, but software that probes can still detect the VMM: SGDT, SIDT, SLDT, SMSW and STR are unprivileged even in ring 3 and reveal the VMM’s values (Rutkowska’s Red Pill, 2004, used SIDT), and timing differs',
      source: 'rutkowska2004',
    },
  },
  {
    article: '000',
    point: 'On x86, full virtualization went through two stages: software (binary translation), then hardware-assisted',
    covered: 'sec:cpu-virtualization/hardware-assisted-virtualization',
  },
  {
    article: '000',
    point: 'Binary translation scans and rewrites guest code, turning hard-to-virtualize instructions into blocks that cooperate with the VMM or trap',
    covered: 'sec:cpu-virtualization/binary-translation-with-direct-execution',
  },
  {
    article: '000',
    point: 'Binary translation is hard to make architecturally complete, so x86 vendors added hardware support',
    covered: 'sec:cpu-virtualization/hardware-assisted-virtualization',
  },
  {
    article: '000',
    point: 'Hardware assistance (VT-x, AMD-V) adds a new execution mode in which the guest sees a full register set and sensitive operations are reported to the VMM',
    covered: 'sec:cpu-virtualization/vmx-root-and-non-root-operation',
  },
  {
    article: '000',
    point: 'Paravirtualization modifies the guest OS, which knows it is virtualized; one VMM can offer both full and paravirtualization',
    covered: 'sec:cpu-virtualization/full-virtualization-and-paravirtualization-compared',
  },
  {
    article: '000',
    point: 'Paravirtualization removes virtualization holes at source level, binary translation at binary level',
    covered: 'sec:cpu-virtualization/full-virtualization-and-paravirtualization-compared',
  },
  {
    article: '000',
    point: 'Paravirtualization allows optimized, transaction-based I/O protocols instead of emulated devices, close to native speed',
    covered: 'sec:memory-io-interrupts/paravirtual-io',
  },
  {
    article: '000',
    point: 'Xen is the representative paravirtualization system',
    covered: 'sec:cpu-virtualization/paravirtualization-and-hypercalls',
  },

  // Source article 001: cloud virtualization overview
  {
    article: '001',
    point: 'The VMM must present processor, memory, clock, I/O devices and interrupts to the guest',
    covered: 'sec:cpu-virtualization/what-a-virtual-machine-monitor-must-do',
  },
  {
    article: '001',
    point: 'Full virtualization runs unmodified guests, but pure software implementation is slow',
    covered: 'sec:cpu-virtualization/binary-translation-with-direct-execution',
  },
  {
    article: '001',
    point: 'QEMU simulates the whole instruction set, “more like interpretation”, unlike VMware’s translation',
    covered: 'sec:cpu-virtualization/dynamic-binary-translation',
    correction: {
      right:
        'QEMU is a dynamic binary translator (today through TCG), not an interpreter; Bochs is the interpreter, and QEMU with KVM runs guest code directly',
      source: 'bellard2005',
    },
  },
  {
    article: '001',
    point: 'Paravirtualization replaces sensitive-instruction sites in the guest OS with hypercalls handled by the VMM',
    covered: 'sec:cpu-virtualization/paravirtualization-and-hypercalls',
  },
  {
    article: '001',
    point: 'Xen, an open-source project born in 2003',
    covered: 'sec:cpu-virtualization/paravirtualization-and-hypercalls',
  },
  {
    article: '001',
    point: 'Paravirtualization requires modifying OS source: acceptable for Linux, not possible for closed-source Windows',
    covered: 'sec:cpu-virtualization/paravirtualization-and-hypercalls',
  },
  {
    article: '001',
    point: 'x86 did not support classic virtualization, so vendors found software workarounds',
    covered: 'sec:cpu-virtualization/why-classic-x86-could-not-be-virtualized',
  },
  {
    article: '001',
    point: 'Intel VT and AMD-V added hardware support for virtualization',
    covered: 'sec:cpu-virtualization/hardware-assisted-virtualization',
  },
  {
    article: '001',
    point: 'KVM (Kernel-based Virtual Machine) makes the Linux kernel a hypervisor, based on hardware-assisted virtualization',
    covered: 'sec:memory-io-interrupts/the-kvm-and-qemu-split',
  },
  {
    article: '001',
    point: 'KVM virtualizes only CPU and memory; a modified QEMU emulates the devices (the KVM-QEMU architecture)',
    covered: 'sec:memory-io-interrupts/the-kvm-and-qemu-split',
  },
  {
    article: '001',
    point: 'Before hardware assistance, QEMU virtualized by pure software emulation, with low performance',
    covered: 'sec:cpu-virtualization/dynamic-binary-translation',
  },
  {
    article: '001',
    point: 'Early software-era systems (VMware Workstation, Xen) versus hardware-assisted systems (later VMware, Hyper-V, KVM)',
    covered: 'sec:cpu-virtualization/hardware-assisted-virtualization',
  },

  // Source article 002, §3.1 and §3.1.2–3.1.4
  {
    article: '002',
    point: 'The VMM (hypervisor) makes the guest OS believe it runs on a physical machine',
    covered: 'sec:cpu-virtualization/what-a-virtual-machine-monitor-must-do',
  },
  {
    article: '002',
    point: 'Intel rings 0–3: kernels in ring 0 can run every instruction, applications in ring 3 cannot run privileged ones',
    covered: 'sec:cpu-virtualization/privilege-rings',
  },
  {
    article: '002',
    point: 'Full virtualization: the hypervisor translates guest instructions; no guest changes, but poor performance',
    covered: 'sec:cpu-virtualization/binary-translation-with-direct-execution',
    correction: {
      right:
        'Poor performance described early software-only approaches; with hardware assistance and nested paging, full virtualization runs most guest instructions natively',
      source: 'bugnion2017',
    },
  },
  {
    article: '002',
    point: 'Paravirtualization adds interface functions to the hypervisor and patches the guest OS at privileged-instruction sites',
    covered: 'sec:cpu-virtualization/paravirtualization-and-hypercalls',
  },
  {
    article: '002',
    point: 'Hardware-assisted virtualization (VT-x, AMD SVM): VMX root and non-root modes, each with rings 0–3; hypervisor in root, guest in non-root',
    covered: 'sec:cpu-virtualization/vmx-root-and-non-root-operation',
  },
  {
    article: '002',
    point: 'In non-root mode unprivileged instructions run directly; privileged instructions switch to root mode, where the hypervisor handles them',
    covered: 'sec:cpu-virtualization/which-instructions-cause-vm-exits',
    correction: {
      right:
        'Only CPUID, GETSEC, INVD, XSETBV and most VMX instructions (INVEPT, INVVPID, VMCALL, VMCLEAR, VMLAUNCH, VMPTRLD, VMPTRST, VMRESUME, VMXOFF, VMXON) exit unconditionally; VMREAD and VMWRITE exit conditionally (VMCS shadowing), and other privileged instructions exit only if the VM-execution controls say so',
      source: 'intelsdm2026',
    },
  },

  // Source article 003: lecture slides
  {
    article: '003',
    point: 'Popek and Goldberg’s three conditions: equivalence, control (resource control) and efficiency',
    covered: 'sec:cpu-virtualization/three-properties-of-a-virtual-machine-monitor',
  },
  {
    article: '003',
    point: 'Full virtualization (no guest modification) versus paravirtualization (a purpose-modified guest kernel)',
    covered: 'sec:cpu-virtualization/full-virtualization-and-paravirtualization-compared',
  },
  {
    article: '003',
    point: 'Software full virtualization relies on privilege deprivileging (特权解除) and binary translation',
    covered: 'sec:cpu-virtualization/deprivileging-the-guest-kernel',
  },
  {
    article: '003',
    point: 'Hardware-assisted full virtualization needs processor support',
    covered: 'sec:cpu-virtualization/hardware-assisted-virtualization',
  },
  {
    article: '003',
    point: 'QEMU is a fast processor emulator using a dynamic translator',
    covered: 'sec:cpu-virtualization/dynamic-binary-translation',
  },
  {
    article: '003',
    point: 'Bochs emulates a complete x86 computer',
    covered: 'sec:cpu-virtualization/interpretation',
  },
  {
    article: '003',
    point: 'KVM provides CPU and memory virtualization and intercepts guest I/O requests',
    covered: 'sec:memory-io-interrupts/the-kvm-and-qemu-split',
  },
  {
    article: '003',
    point: 'Review question: briefly describe full virtualization and paravirtualization',
    covered: 'sec:cpu-virtualization/review-questions',
  },

  // Source article 004, §4: hardware assistance
  {
    article: '004',
    point: 'Hardware-assisted virtualization improves performance in four areas: CPU, I/O, memory and interrupts',
    covered: 'sec:memory-io-interrupts/hardware-assistance-in-four-areas',
  },
  {
    article: '004',
    point: 'CPU extensions (VT-x, AMD-V) make switching between VMM and VM more efficient',
    covered: 'sec:cpu-virtualization/vm-entry-and-vm-exit',
  },
  {
    article: '004',
    point: 'I/O virtualization acceleration gives VMs direct device access and reduces software intervention',
    covered: 'sec:memory-io-interrupts/direct-device-assignment',
  },
  {
    article: '004',
    point: 'Memory virtualization in hardware: EPT as a second-level address translation table and NPT as a second-level translation register',
    covered: 'sec:memory-io-interrupts/second-level-address-translation',
    correction: {
      right:
        'EPT (Intel Extended Page Tables) and NPT (AMD Nested Page Tables) are both second-level address translation page tables in memory; neither is a register',
      source: 'intelsdm2026',
    },
  },
  {
    article: '004',
    point: 'Interrupt virtualization acceleration lets VMs handle some interrupts directly, reducing VMM intervention',
    covered: 'sec:memory-io-interrupts/posted-interrupts',
  },
];
