import type { GlossaryEntry } from '../../lib/glossary';

/**
 * Glossary terms introduced in Part II, chapters 4 (cpu-virtualization) and 5 (memory-io-interrupts).
 * Kept apart from system.ts so that chapters 6–7 can be written in parallel without merge conflicts.
 */
export const entries: GlossaryEntry[] = [
  // Chapter 4: CPU virtualization
  {
    id: 'privilege-ring',
    term: 'privilege ring',
    zh: '特权环',
    aliases: ['ring', 'privilege level', 'current privilege level', 'CPL'],
    definition:
      'One of the hardware privilege levels at which x86 code runs, numbered 0 (most privileged, normally the kernel) to 3 (least privileged, normally applications). Code outside ring 0 cannot execute privileged instructions.',
    definitionZh:
      'x86 代码运行时所处的硬件特权级之一，编号从 0（特权最高，通常是内核）到 3（特权最低，通常是应用程序）。ring 0 之外的代码不能执行特权指令。',
    related: ['privileged-instruction', 'ring-deprivileging', 'trap', 'exception-level'],
    introducedIn: 'cpu-virtualization',
  },
  {
    id: 'trap',
    term: 'trap',
    zh: '陷入',
    aliases: ['exception', 'fault'],
    definition:
      'A synchronous transfer of control from running code to a more privileged handler, raised by the processor when an instruction cannot or may not complete, for example a privileged instruction executed in user mode. The processor saves the interrupted state so the handler can resume it.',
    definitionZh:
      '一种同步的控制转移：当某条指令无法完成或不允许完成时（例如在用户态执行特权指令），处理器把控制从正在运行的代码转到特权更高的处理程序。处理器会保存被打断时的状态，以便处理程序之后恢复执行。',
    related: ['privileged-instruction', 'trap-and-emulate'],
    introducedIn: 'cpu-virtualization',
  },
  {
    id: 'privileged-instruction',
    term: 'privileged instruction',
    zh: '特权指令',
    definition:
      'An instruction that traps when executed in user mode (outside ring 0 on x86) and executes normally in supervisor mode, such as LIDT, MOV to CR3 or HLT on x86.',
    definitionZh:
      '在用户态（在 x86 上即 ring 0 之外）执行时会陷入、在管态下正常执行的指令，例如 x86 上的 LIDT、MOV to CR3 或 HLT。',
    related: ['sensitive-instruction', 'privilege-ring', 'trap'],
    introducedIn: 'cpu-virtualization',
  },
  {
    id: 'sensitive-instruction',
    term: 'sensitive instruction',
    zh: '敏感指令',
    aliases: ['control-sensitive instruction', 'behaviour-sensitive instruction'],
    definition:
      'In Popek and Goldberg’s terms, an instruction that either changes the configuration of the machine’s resources or mode (control-sensitive) or whose result depends on that configuration or mode (behaviour-sensitive). A VMM must intercept every sensitive instruction a guest executes.',
    definitionZh:
      '按 Popek 与 Goldberg 的定义，指要么改变机器资源的配置或运行模式（控制敏感），要么其结果依赖于这种配置或模式（行为敏感）的指令。VMM 必须截获客户机执行的每一条敏感指令。',
    related: ['privileged-instruction', 'innocuous-instruction', 'popek-goldberg-theorem'],
    introducedIn: 'cpu-virtualization',
  },
  {
    id: 'innocuous-instruction',
    term: 'innocuous instruction',
    zh: '无害指令',
    definition:
      'An instruction that is not sensitive, such as arithmetic or a move between general-purpose registers. Innocuous instructions can run directly on the real processor without harming the VMM’s control.',
    definitionZh:
      '不敏感的指令，例如算术运算或通用寄存器之间的传送。无害指令可以直接在真实处理器上运行，而不会破坏 VMM 的控制。',
    related: ['sensitive-instruction', 'efficiency-property'],
    introducedIn: 'cpu-virtualization',
  },
  {
    id: 'equivalence-property',
    term: 'equivalence',
    zh: '等价性',
    aliases: ['fidelity'],
    definition:
      'The first Popek–Goldberg property of a VMM: a program running under it behaves exactly as on the real machine, except that it may run more slowly and may find fewer resources available.',
    definitionZh:
      'VMM 的第一条 Popek–Goldberg 性质：在其下运行的程序，行为与在真实机器上完全相同，只是可能运行得更慢，可用的资源可能更少。',
    related: ['resource-control-property', 'efficiency-property', 'popek-goldberg-theorem'],
    introducedIn: 'cpu-virtualization',
  },
  {
    id: 'resource-control-property',
    term: 'resource control',
    zh: '可控性',
    aliases: ['safety', 'isolation property'],
    definition:
      'The second Popek–Goldberg property of a VMM: the VMM is in complete control of the real resources, so a guest cannot use resources it was not allocated and the VMM can reclaim what it allocated.',
    definitionZh:
      'VMM 的第二条 Popek–Goldberg 性质：VMM 完全控制真实资源，因此客户机不能使用未分配给它的资源，VMM 也能收回已分配出去的资源。',
    related: ['equivalence-property', 'efficiency-property', 'popek-goldberg-theorem'],
    introducedIn: 'cpu-virtualization',
  },
  {
    id: 'efficiency-property',
    term: 'efficiency',
    zh: '高效性',
    aliases: ['performance property'],
    definition:
      'The third Popek–Goldberg property of a VMM: a statistically dominant subset of the guest’s instructions executes directly on the real processor without intervention by the VMM. It is what distinguishes a VMM from an emulator.',
    definitionZh:
      'VMM 的第三条 Popek–Goldberg 性质：客户机指令中在统计上占绝大多数的一部分直接在真实处理器上执行，无须 VMM 干预。正是这一点把 VMM 与仿真器区分开来。',
    related: ['equivalence-property', 'resource-control-property', 'innocuous-instruction'],
    introducedIn: 'cpu-virtualization',
  },
  {
    id: 'popek-goldberg-theorem',
    term: 'Popek–Goldberg theorem',
    zh: 'Popek–Goldberg 虚拟化定理',
    aliases: ['Popek and Goldberg virtualization requirements'],
    definition:
      'The 1974 result that a virtual machine monitor can be constructed for a conventional third-generation computer if its set of sensitive instructions is a subset of its set of privileged instructions. The proof constructs a trap-and-emulate VMM.',
    definitionZh:
      '1974 年得出的结论：对于传统的第三代计算机，如果其敏感指令集合是特权指令集合的子集，就可以为它构造虚拟机监视器。其证明构造了一个陷入再模拟式的 VMM。',
    related: ['sensitive-instruction', 'privileged-instruction', 'trap-and-emulate', 'virtualization-gap'],
    introducedIn: 'cpu-virtualization',
  },
  {
    id: 'trap-and-emulate',
    term: 'trap-and-emulate',
    zh: '陷入再模拟',
    aliases: ['trap and emulate', '陷入-模拟'],
    definition:
      'The classic way to build a VMM: run the guest, kernel included, at reduced privilege so that its innocuous instructions execute directly and every privileged instruction traps to the VMM, which emulates the instruction’s effect on the guest’s virtual state and resumes it.',
    definitionZh:
      '构建 VMM 的经典方法：以降低后的特权级运行客户机（包括其内核），使其无害指令直接执行，而每条特权指令都陷入 VMM；VMM 在客户机的虚拟状态上模拟该指令的效果，然后让客户机继续运行。',
    related: ['trap', 'ring-deprivileging', 'popek-goldberg-theorem', 'vm-exit'],
    introducedIn: 'cpu-virtualization',
  },
  {
    id: 'ring-deprivileging',
    term: 'ring deprivileging',
    zh: '特权解除',
    aliases: ['deprivileging', 'ring compression', 'privilege compression'],
    definition:
      'Running a guest operating system’s kernel at a lower privilege level than it was written for (on x86, ring 1 or 3 instead of ring 0) so that its privileged instructions trap to the VMM.',
    definitionZh:
      '以低于其设计时所设定的特权级运行客户机操作系统的内核（在 x86 上是 ring 1 或 ring 3，而不是 ring 0），使其特权指令陷入 VMM。',
    related: ['privilege-ring', 'trap-and-emulate', 'virtualization-gap'],
    introducedIn: 'cpu-virtualization',
  },
  {
    id: 'virtualization-gap',
    term: 'virtualization gap',
    zh: '虚拟化漏洞',
    aliases: ['virtualization hole', 'x86 virtualization gap'],
    definition:
      'The set of instructions of an architecture that are sensitive but not privileged, which makes the architecture fail the Popek–Goldberg condition. Robin and Irvine (2000) found 17 such instructions in the Intel Pentium, among them POPF, PUSHF, SGDT and SIDT.',
    definitionZh:
      '一种体系结构中敏感但非特权的指令的集合，它们使该体系结构不满足 Popek–Goldberg 条件。Robin 和 Irvine（2000）在 Intel Pentium 中找到了 17 条这样的指令，其中包括 POPF、PUSHF、SGDT 和 SIDT。',
    related: ['sensitive-instruction', 'popek-goldberg-theorem', 'binary-translation-direct-execution'],
    introducedIn: 'cpu-virtualization',
  },
  {
    id: 'interpretation',
    term: 'interpretation',
    zh: '解释执行',
    aliases: ['interpreter', 'decode-and-dispatch interpretation'],
    definition:
      'Emulating a guest instruction set by a software loop that fetches, decodes and performs each guest instruction on emulated state, one at a time. Simple and portable but slow; Bochs is the classic x86 example.',
    definitionZh:
      '用一个软件循环来仿真客户机指令集：逐条取出客户机指令、译码，并在仿真状态上执行。简单、可移植，但速度慢；Bochs 是 x86 上的经典例子。',
    related: ['dynamic-binary-translation', 'efficiency-property'],
    introducedIn: 'cpu-virtualization',
  },
  {
    id: 'dynamic-binary-translation',
    term: 'dynamic binary translation',
    zh: '动态二进制翻译',
    aliases: ['DBT', 'binary translation', 'dynamic translation'],
    definition:
      'Translating blocks of guest machine code into host machine code at run time, when they are first executed, and caching the result so that later executions run the translation directly. QEMU’s Tiny Code Generator and VMware’s early kernel-code translator work this way.',
    definitionZh:
      '在运行时把客户机机器码块翻译成宿主机机器码：每个代码块在首次执行时翻译，翻译结果缓存起来，以后再执行时直接运行翻译后的代码。QEMU 的 Tiny Code Generator 和 VMware 早期的内核代码翻译器就是这样工作的。',
    related: ['interpretation', 'translation-cache', 'binary-translation-direct-execution'],
    introducedIn: 'cpu-virtualization',
  },
  {
    id: 'translation-cache',
    term: 'translation cache',
    zh: '翻译缓存',
    aliases: ['code cache'],
    definition:
      'The memory area where a dynamic binary translator keeps the host code it has generated, indexed by guest address, so that each guest block is translated once and reused.',
    definitionZh:
      '动态二进制翻译器存放其生成的宿主机代码的内存区域，以客户机地址为索引，使每个客户机代码块只翻译一次并可重复使用。',
    related: ['dynamic-binary-translation'],
    introducedIn: 'cpu-virtualization',
  },
  {
    id: 'direct-execution',
    term: 'direct execution',
    zh: '直接执行',
    definition:
      'Running guest instructions natively on the real processor rather than interpreting or translating them. VMware’s early VMM ran guest user code by direct execution and translated only guest kernel code; this was safe, though unprivileged instructions such as SIDT still let user code detect the VMM.',
    definitionZh:
      '在真实处理器上原生运行客户机指令，而不是解释或翻译它们。VMware 早期的 VMM 以直接执行方式运行客户机的用户代码，只翻译客户机的内核代码；这样做是安全的，只是 SIDT 等非特权指令仍能让用户代码察觉到 VMM 的存在。',
    related: ['binary-translation-direct-execution', 'efficiency-property'],
    introducedIn: 'cpu-virtualization',
  },
  {
    id: 'binary-translation-direct-execution',
    term: 'binary translation with direct execution',
    zh: '二进制翻译与直接执行',
    aliases: ['software full virtualization'],
    definition:
      'VMware’s technique for virtualizing x86 before hardware support: guest user code runs directly, while guest kernel code is dynamically translated so that its sensitive instructions are replaced by code acting on the virtual CPU.',
    definitionZh:
      'VMware 在硬件支持出现之前虚拟化 x86 的技术：客户机用户代码直接运行，而客户机内核代码经过动态翻译，其中的敏感指令被替换为作用于虚拟 CPU 的代码。',
    related: ['dynamic-binary-translation', 'direct-execution', 'full-virtualization'],
    introducedIn: 'cpu-virtualization',
  },
  {
    id: 'full-virtualization',
    term: 'full virtualization',
    zh: '完全虚拟化',
    aliases: ['全虚拟化'],
    definition:
      'Virtualization in which the virtual machine behaves like real hardware in everything the guest’s software relies on, so unmodified operating systems run on it. It promises compatibility, not invisibility: software that probes (with SIDT or timing, for example) can usually detect the VMM. It can be implemented by binary translation or with hardware assistance.',
    definitionZh:
      '一种虚拟化：在客户机软件所依赖的一切方面，虚拟机的行为都与真实硬件相同，因此未经修改的操作系统可以在其上运行。它保证的是兼容，而不是不可察觉：进行探测的软件（例如借助 SIDT 或计时）通常能察觉到 VMM。它可以用二进制翻译实现，也可以借助硬件辅助实现。',
    related: ['paravirtualization', 'hardware-assisted-virtualization', 'binary-translation-direct-execution'],
    introducedIn: 'cpu-virtualization',
  },
  {
    id: 'paravirtualization',
    term: 'paravirtualization',
    zh: '半虚拟化',
    aliases: ['para-virtualization', '类虚拟化', 'PV'],
    definition:
      'Virtualization in which the guest operating system is modified to run on an interface that deliberately differs from the hardware, calling the hypervisor explicitly (through hypercalls) instead of executing sensitive instructions. Xen introduced it on x86 in 2003.',
    definitionZh:
      '一种虚拟化：修改客户机操作系统，使其运行在一个有意与硬件不同的接口上，通过超级调用显式调用虚拟机监视器，而不是执行敏感指令。Xen 于 2003 年在 x86 上引入了这种方式。',
    related: ['hypercall', 'full-virtualization', 'virtio'],
    introducedIn: 'cpu-virtualization',
  },
  {
    id: 'hypercall',
    term: 'hypercall',
    zh: '超级调用',
    definition:
      'A deliberate call from a guest kernel into the hypervisor to request a privileged operation, analogous to a system call from an application into a kernel. On x86 it is made with a trapping instruction such as VMCALL (Intel) or VMMCALL (AMD); on Arm with HVC.',
    definitionZh:
      '客户机内核为请求特权操作而有意向虚拟机监视器发起的调用，类似于应用程序向内核发起的系统调用。在 x86 上，它通过 VMCALL（Intel）或 VMMCALL（AMD）等会陷入的指令发起；在 Arm 上通过 HVC 发起。',
    related: ['paravirtualization', 'vm-exit'],
    introducedIn: 'cpu-virtualization',
  },
  {
    id: 'hardware-assisted-virtualization',
    term: 'hardware-assisted virtualization',
    zh: '硬件辅助虚拟化',
    aliases: ['hardware virtualization'],
    definition:
      'Virtualization that relies on processor extensions, such as Intel VT-x and AMD-V, which give guests a privileged mode of their own and transfer control to the VMM on configured events, so that unmodified guests run without binary translation.',
    definitionZh:
      '依靠处理器扩展（例如 Intel VT-x 和 AMD-V）实现的虚拟化：这些扩展为客户机提供其专属的特权模式，并在发生预先配置的事件时把控制转交给 VMM，使未经修改的客户机无须二进制翻译即可运行。',
    related: ['vt-x', 'amd-v', 'vm-exit', 'full-virtualization'],
    introducedIn: 'cpu-virtualization',
  },
  {
    id: 'vt-x',
    term: 'VT-x',
    zh: '英特尔 VT-x 虚拟化技术',
    aliases: ['Intel VT-x', 'VMX', 'Virtual Machine Extensions'],
    definition:
      'Intel’s processor extensions for virtualization (VMX), introduced in 2005. They add VMX root and non-root operation, the VMCS, and the VM entry and VM exit transitions.',
    definitionZh:
      'Intel 于 2005 年推出的处理器虚拟化扩展（VMX）。它增加了 VMX 根模式和非根模式、VMCS，以及 VM Entry 和 VM Exit 两种转换。',
    related: ['vmx-root-operation', 'vmx-non-root-operation', 'vmcs', 'amd-v'],
    introducedIn: 'cpu-virtualization',
  },
  {
    id: 'vmx-root-operation',
    term: 'VMX root operation',
    zh: 'VMX 根模式',
    aliases: ['root mode', 'host mode'],
    definition:
      'The form of VT-x operation in which the VMM runs, with full control of the processor. VM exits enter it and VM entries leave it.',
    definitionZh:
      'VT-x 中 VMM 运行时所处的模式，VMM 在此模式下完全控制处理器。发生 VM Exit 时处理器进入该模式，执行 VM Entry 时离开该模式。',
    related: ['vmx-non-root-operation', 'vt-x', 'vm-exit'],
    introducedIn: 'cpu-virtualization',
  },
  {
    id: 'vmx-non-root-operation',
    term: 'VMX non-root operation',
    zh: 'VMX 非根模式',
    aliases: ['non-root mode', 'guest mode'],
    definition:
      'The form of VT-x operation in which guests run. It has all four privilege rings, so a guest kernel runs in ring 0, but instructions and events selected by the VMCS cause VM exits to the VMM.',
    definitionZh:
      'VT-x 中客户机运行时所处的模式。它具有全部四个特权环，因此客户机内核在 ring 0 运行，但由 VMCS 选定的指令和事件会引发 VM Exit，转入 VMM。',
    related: ['vmx-root-operation', 'vmcs', 'vm-exit'],
    introducedIn: 'cpu-virtualization',
  },
  {
    id: 'vmcs',
    term: 'VMCS',
    zh: '虚拟机控制结构',
    aliases: ['virtual-machine control structure'],
    definition:
      'The in-memory structure, one per virtual CPU, through which a VT-x VMM configures non-root operation: guest and host state saved and loaded on transitions, controls saying which events cause VM exits, and fields recording why an exit happened.',
    definitionZh:
      '位于内存中、每个虚拟 CPU 一份的数据结构，VT-x 的 VMM 借助它配置非根模式：其中有在转换时保存和加载的客户机状态与宿主机状态，规定哪些事件引发 VM Exit 的控制字段，以及记录退出原因的字段。',
    related: ['vt-x', 'vm-exit', 'vm-entry', 'vmcb'],
    introducedIn: 'cpu-virtualization',
  },
  {
    id: 'vm-entry',
    term: 'VM entry',
    zh: 'VM Entry（虚拟机进入）',
    aliases: ['VMLAUNCH', 'VMRESUME'],
    definition:
      'The transition from the VMM into a guest under VT-x, performed by VMLAUNCH or VMRESUME: the processor checks the VMCS, loads guest state, optionally injects an event, and runs the guest in non-root operation.',
    definitionZh:
      'VT-x 下从 VMM 进入客户机的转换，通过 VMLAUNCH 或 VMRESUME 指令完成：处理器检查 VMCS，加载客户机状态，必要时注入一个事件，然后在非根模式下运行客户机。',
    related: ['vm-exit', 'vmcs', 'interrupt-injection'],
    introducedIn: 'cpu-virtualization',
  },
  {
    id: 'vm-exit',
    term: 'VM exit',
    zh: 'VM Exit（虚拟机退出）',
    aliases: ['VM-exit', '#VMEXIT'],
    definition:
      'The transition from a guest back to the VMM, caused by an instruction or event the VMM chose to intercept: the processor saves guest state, records the exit reason, loads host state and runs the VMM’s handler. Exits are expensive, so hypervisors try to avoid them.',
    definitionZh:
      '从客户机返回 VMM 的转换，由 VMM 选择拦截的指令或事件引发：处理器保存客户机状态，记录退出原因，加载宿主机状态，然后运行 VMM 的处理程序。退出的开销很大，因此虚拟机监视器会尽量避免退出。',
    related: ['vm-entry', 'vmcs', 'trap-and-emulate', 'hardware-assisted-virtualization'],
    introducedIn: 'cpu-virtualization',
  },
  {
    id: 'amd-v',
    term: 'AMD-V',
    zh: 'AMD 虚拟化技术',
    aliases: ['SVM', 'Secure Virtual Machine', 'AMD Virtualization'],
    definition:
      'AMD’s processor extensions for virtualization, originally called Secure Virtual Machine (SVM) and shipped from 2006. The VMM runs a guest with VMRUN on a VMCB, and intercepted events cause a #VMEXIT.',
    definitionZh:
      'AMD 的处理器虚拟化扩展，最初称为安全虚拟机（SVM），自 2006 年起随产品推出。VMM 以某个 VMCB 为操作数执行 VMRUN 指令来运行客户机，被拦截的事件会引发 #VMEXIT。',
    related: ['vt-x', 'vmcb', 'hardware-assisted-virtualization'],
    introducedIn: 'cpu-virtualization',
  },
  {
    id: 'vmcb',
    term: 'VMCB',
    zh: '虚拟机控制块',
    aliases: ['virtual machine control block'],
    definition:
      'AMD-V’s per-guest structure, the counterpart of Intel’s VMCS: a control area whose intercept bits choose which events exit, and a state-save area for guest state.',
    definitionZh:
      'AMD-V 中每个客户机一份的数据结构，相当于 Intel 的 VMCS：包括一个控制区，其中的拦截位选择哪些事件引发退出；以及一个用于保存客户机状态的状态保存区。',
    related: ['amd-v', 'vmcs'],
    introducedIn: 'cpu-virtualization',
  },
  {
    id: 'exception-level',
    term: 'exception level',
    zh: '异常级别',
    aliases: ['EL0', 'EL1', 'EL2', 'EL3', 'exception levels'],
    definition:
      'A privilege level of the 64-bit Arm architecture, from EL0 (applications) through EL1 (operating-system kernel) and EL2 (hypervisor) to EL3 (secure monitor firmware). Exceptions are taken to the same or a higher level.',
    definitionZh:
      '64 位 Arm 架构的特权级，从 EL0（应用程序）、EL1（操作系统内核）、EL2（虚拟机监视器）到 EL3（安全监控固件）。异常只会交由相同或更高的级别处理。',
    related: ['privilege-ring', 'hcr-el2', 'virtualization-host-extensions'],
    introducedIn: 'cpu-virtualization',
  },
  {
    id: 'hcr-el2',
    term: 'HCR_EL2',
    // Chinese Arm material keeps the English name: "Hypervisor 配置寄存器".
    zh: 'Hypervisor 配置寄存器',
    aliases: ['Hypervisor Configuration Register'],
    definition:
      'The Arm register, writable at EL2, through which a hypervisor chooses which operations of EL1 and EL0 trap to EL2 (for example WFI, writes to memory-management registers, reads of ID registers), routes physical interrupts to EL2 and enables stage-2 translation. Its E2H and TGE bits control VHE.',
    definitionZh:
      'Arm 中可在 EL2 写入的寄存器，虚拟机监视器通过它选择 EL1 和 EL0 的哪些操作陷入 EL2（例如 WFI、写内存管理寄存器、读 ID 寄存器），把物理中断路由到 EL2，并启用二阶段地址转换。其中的 E2H 位和 TGE 位控制 VHE。',
    related: ['exception-level', 'virtualization-host-extensions', 'stage-2-translation'],
    introducedIn: 'cpu-virtualization',
  },
  {
    id: 'split-mode-virtualization',
    term: 'split-mode virtualization',
    zh: '分离模式虚拟化',
    aliases: ['lowvisor', 'highvisor', 'split mode'],
    definition:
      'The design of the original KVM/ARM (Dall and Nieh, 2014): a small lowvisor at EL2 handles traps, stage-2 setup and the world switch, while the rest of KVM, the highvisor, runs in the host Linux kernel at EL1, so every guest exit passes through both levels.',
    definitionZh:
      '最初的 KVM/ARM（Dall 与 Nieh，2014）的设计：EL2 上一个小型的 lowvisor 负责处理陷入、设置二阶段地址转换以及世界切换，而 KVM 的其余部分（即 highvisor）运行在 EL1 的宿主机 Linux 内核中，因此客户机的每次退出都要经过这两个级别。',
    related: ['exception-level', 'virtualization-host-extensions'],
    introducedIn: 'cpu-virtualization',
  },
  {
    id: 'virtualization-host-extensions',
    term: 'Virtualization Host Extensions',
    zh: '虚拟化主机扩展',
    aliases: ['VHE', 'E2H', 'FEAT_VHE'],
    definition:
      'An Armv8.1-A feature that lets a host operating-system kernel such as Linux with KVM run at EL2: with HCR_EL2.E2H set, EL2 provides what an EL1 kernel expects and EL1 register accesses are redirected to EL2, so an unmodified kernel can serve as a hosted hypervisor.',
    definitionZh:
      'Armv8.1-A 的一项特性，使 Linux（带 KVM）之类的宿主机操作系统内核能够在 EL2 运行：设置 HCR_EL2.E2H 后，EL2 提供 EL1 内核所期望的功能，对 EL1 寄存器的访问被重定向到 EL2，因此未经修改的内核就能充当宿主型虚拟机监视器。',
    related: ['exception-level', 'hcr-el2', 'split-mode-virtualization'],
    introducedIn: 'cpu-virtualization',
  },
  {
    id: 'riscv-hypervisor-extension',
    term: 'RISC-V hypervisor extension',
    zh: 'RISC-V 虚拟化扩展',
    aliases: ['H extension', 'HS-mode', 'VS-mode', 'VU-mode', 'hstatus'],
    definition:
      'The RISC-V “H” extension (version 1.0, ratified with privileged specification 1.12 in 2021). Supervisor mode becomes HS-mode for a hypervisor or host kernel; with the virtualization bit V set, a guest kernel runs in VS-mode with its own copy of the supervisor registers and its applications in VU-mode; hgatp adds a second stage of address translation.',
    definitionZh:
      'RISC-V 的“H”扩展（1.0 版，2021 年随特权规范 1.12 一同批准）。管理模式（S 模式）变为供虚拟机监视器或宿主机内核使用的 HS 模式；当虚拟化位 V 置位时，客户机内核在 VS 模式下运行，拥有自己的一套管理模式寄存器副本，其应用程序在 VU 模式下运行；hgatp 则引入了二阶段地址转换。',
    related: ['exception-level', 'g-stage-translation', 'hardware-assisted-virtualization'],
    introducedIn: 'cpu-virtualization',
  },

  // Chapter 5: memory, I/O and interrupt virtualization
  {
    id: 'guest-virtual-address',
    term: 'guest-virtual address',
    zh: '客户机虚拟地址',
    aliases: ['GVA'],
    definition:
      'An address used by a program inside a virtual machine. The guest operating system’s page tables translate it to a guest-physical address.',
    definitionZh:
      '虚拟机内的程序所使用的地址。客户机操作系统的页表把它转换为客户机物理地址。',
    related: ['guest-physical-address', 'host-physical-address'],
    introducedIn: 'memory-io-interrupts',
  },
  {
    id: 'guest-physical-address',
    term: 'guest-physical address',
    zh: '客户机物理地址',
    aliases: ['GPA'],
    definition:
      'An address that the guest operating system believes is a physical memory address. The VMM maps each guest-physical page to a host-physical page of its choosing.',
    definitionZh:
      '客户机操作系统认为是物理内存地址的地址。VMM 把每个客户机物理页映射到它所选择的某个宿主机物理页。',
    related: ['guest-virtual-address', 'host-physical-address', 'second-level-address-translation'],
    introducedIn: 'memory-io-interrupts',
  },
  {
    id: 'host-physical-address',
    term: 'host-physical address',
    zh: '宿主机物理地址',
    aliases: ['HPA', 'machine address'],
    definition: 'A real address in the host’s physical memory, the final target of every guest memory access.',
    definitionZh:
      '宿主机物理内存中的真实地址，是每一次客户机内存访问的最终目标。',
    related: ['guest-physical-address', 'guest-virtual-address'],
    introducedIn: 'memory-io-interrupts',
  },
  {
    id: 'shadow-page-table',
    term: 'shadow page table',
    zh: '影子页表',
    aliases: ['shadow paging'],
    definition:
      'A page table maintained by the VMM that maps guest-virtual addresses directly to host-physical addresses, combining the guest’s page table with the VMM’s own map. The real MMU uses it; the VMM write-protects the guest’s page tables to keep it in sync.',
    definitionZh:
      '由 VMM 维护的页表，把客户机虚拟地址直接映射到宿主机物理地址，它综合了客户机的页表和 VMM 自己的映射。真实的 MMU 使用的是这张页表；VMM 对客户机的页表进行写保护，以保持两者同步。',
    related: ['second-level-address-translation', 'guest-virtual-address', 'host-physical-address'],
    introducedIn: 'memory-io-interrupts',
  },
  {
    id: 'second-level-address-translation',
    term: 'second-level address translation',
    zh: '二级地址转换',
    aliases: ['SLAT', 'nested paging', 'two-dimensional paging'],
    definition:
      'Hardware support in which the processor walks two sets of page tables on a TLB miss: the guest’s, from guest-virtual to guest-physical, and the VMM’s, from guest-physical to host-physical. Intel calls it EPT and AMD calls it NPT.',
    definitionZh:
      '一种硬件支持：TLB 未命中时，处理器遍历两组页表，即客户机的页表（从客户机虚拟地址到客户机物理地址）和 VMM 的页表（从客户机物理地址到宿主机物理地址）。Intel 称之为 EPT，AMD 称之为 NPT。',
    related: ['extended-page-tables', 'nested-page-tables', 'two-dimensional-page-walk', 'shadow-page-table', 'stage-2-translation', 'g-stage-translation'],
    introducedIn: 'memory-io-interrupts',
  },
  {
    id: 'extended-page-tables',
    term: 'Extended Page Tables',
    zh: '扩展页表',
    aliases: ['EPT'],
    definition:
      'Intel’s implementation of second-level address translation, introduced with the Nehalem generation in 2008: page tables in memory that map guest-physical to host-physical addresses, rooted at the EPT pointer in the VMCS. They are page tables, not a register.',
    definitionZh:
      'Intel 对二级地址转换的实现，2008 年随 Nehalem 一代处理器推出：位于内存中、把客户机物理地址映射到宿主机物理地址的页表，其根由 VMCS 中的 EPT 指针给出。它们是页表，而不是寄存器。',
    related: ['second-level-address-translation', 'nested-page-tables', 'vmcs'],
    introducedIn: 'memory-io-interrupts',
  },
  {
    id: 'nested-page-tables',
    term: 'Nested Page Tables',
    zh: '嵌套页表',
    aliases: ['NPT', 'Rapid Virtualization Indexing', 'RVI'],
    definition:
      'AMD’s implementation of second-level address translation, introduced in 2007: page tables in memory that map guest-physical to host-physical addresses, rooted at the nested CR3 in the VMCB. They are page tables, not a register.',
    definitionZh:
      'AMD 对二级地址转换的实现，2007 年推出：位于内存中、把客户机物理地址映射到宿主机物理地址的页表，其根由 VMCB 中的嵌套 CR3 给出。它们是页表，而不是寄存器。',
    related: ['second-level-address-translation', 'extended-page-tables', 'vmcb'],
    introducedIn: 'memory-io-interrupts',
  },
  {
    id: 'two-dimensional-page-walk',
    term: 'two-dimensional page walk',
    zh: '二维页表遍历',
    aliases: ['2D page walk', 'nested page walk'],
    definition:
      'The page walk performed under nested paging, in which every guest page-table pointer is a guest-physical address that must itself be translated through the host’s tables. With n guest and m host levels it takes up to (n+1)(m+1)−1 memory references: 24 for four levels on four.',
    definitionZh:
      '嵌套分页下执行的页表遍历：客户机页表中的每个指针都是客户机物理地址，其本身也必须经过宿主机页表转换。客户机页表有 n 级、宿主机页表有 m 级时，最多需要 (n+1)(m+1)−1 次内存访问；两者都是四级时为 24 次。',
    related: ['second-level-address-translation', 'tlb', 'page-walk-cache'],
    introducedIn: 'memory-io-interrupts',
  },
  {
    id: 'tlb',
    term: 'TLB',
    zh: '转换后备缓冲器',
    aliases: ['translation lookaside buffer', '快表'],
    definition:
      'A processor cache of recent address translations. Under nested paging it caches complete guest-virtual to host-physical translations, so a page walk happens only on a TLB miss.',
    definitionZh:
      '处理器中保存最近地址转换结果的缓存。在嵌套分页下，它缓存从客户机虚拟地址到宿主机物理地址的完整转换，因此只有 TLB 未命中时才需要遍历页表。',
    related: ['tagged-tlb', 'page-walk-cache', 'two-dimensional-page-walk'],
    introducedIn: 'memory-io-interrupts',
  },
  {
    id: 'tagged-tlb',
    term: 'tagged TLB',
    zh: '带标签的 TLB',
    aliases: ['VPID', 'ASID', 'virtual-processor identifier', 'address-space identifier'],
    definition:
      'A TLB whose entries carry an identifier of the address space they belong to (a VPID on Intel, an ASID on AMD), so that translations of different guests and of the VMM can coexist and VM entries and exits need not flush the TLB.',
    definitionZh:
      '一种 TLB，其条目带有所属地址空间的标识符（Intel 上为 VPID，AMD 上为 ASID），使不同客户机和 VMM 的地址转换可以共存，VM Entry 和 VM Exit 时无须刷新 TLB。',
    related: ['tlb', 'vm-exit'],
    introducedIn: 'memory-io-interrupts',
  },
  {
    id: 'page-walk-cache',
    term: 'page-walk cache',
    zh: '页表遍历缓存',
    aliases: ['PWC', 'paging-structure cache', 'nested TLB'],
    definition:
      'A processor cache of upper-level page-table entries that lets a page walk skip levels it has read recently. Under nested paging, such caches and a nested TLB of guest-physical to host-physical translations remove most references of a two-dimensional walk.',
    definitionZh:
      '处理器中存放上层页表项的缓存，使页表遍历可以跳过最近读过的级别。在嵌套分页下，这类缓存再加上嵌套 TLB（缓存客户机物理地址到宿主机物理地址的转换），能省去二维页表遍历中的大部分内存访问。',
    related: ['tlb', 'two-dimensional-page-walk'],
    introducedIn: 'memory-io-interrupts',
  },
  {
    id: 'memory-overcommitment',
    term: 'memory overcommitment',
    zh: '内存超额分配',
    aliases: ['overcommit', '内存超分'],
    definition:
      'Promising virtual machines more memory in total than the host physically has, relying on guests not to use all of it at once and on reclamation techniques such as ballooning and page sharing.',
    definitionZh:
      '承诺给各虚拟机的内存总量超过宿主机实际拥有的物理内存，依靠的是客户机不会同时用尽全部内存，以及内存气球、页共享等回收技术。',
    related: ['memory-ballooning', 'content-based-page-sharing'],
    introducedIn: 'memory-io-interrupts',
  },
  {
    id: 'memory-ballooning',
    term: 'memory ballooning',
    zh: '内存气球',
    aliases: ['ballooning', 'balloon driver'],
    definition:
      'Reclaiming memory from a guest through a driver inside it that allocates and pins guest pages on the VMM’s request, so that the guest operating system itself chooses what to free or page out; the VMM then reuses the host memory behind the pinned pages.',
    definitionZh:
      '通过客户机内部的一个驱动回收内存：该驱动按 VMM 的请求分配并锁定客户机页，从而由客户机操作系统自己决定释放或换出哪些内容；之后 VMM 再重新使用这些被锁定页背后的宿主机内存。',
    related: ['memory-overcommitment', 'content-based-page-sharing', 'virtio'],
    introducedIn: 'memory-io-interrupts',
  },
  {
    id: 'content-based-page-sharing',
    term: 'content-based page sharing',
    zh: '基于内容的页共享',
    aliases: ['page sharing', 'KSM', 'Kernel Samepage Merging', 'memory deduplication'],
    definition:
      'Reclaiming memory by finding pages with identical contents, within or across virtual machines, and mapping them all to one read-only host page that is copied on the first write. VMware ESX introduced it for virtual machines; Linux offers it as KSM. Across virtual machines it is a side channel (a write to a merged page is measurably slower), so VMware has left inter-VM sharing off by default since 2014.',
    definitionZh:
      '通过找出内容完全相同的页（在同一虚拟机内或跨虚拟机）来回收内存，把它们都映射到同一个只读的宿主机页，在第一次写入时再复制。VMware ESX 为虚拟机引入了这一技术；Linux 以 KSM 的形式提供它。跨虚拟机共享构成一条侧信道（写入已合并的页要慢一些，这一差别可以测量出来），因此自 2014 年起 VMware 默认关闭了虚拟机之间的共享。',
    related: ['memory-overcommitment', 'memory-ballooning'],
    introducedIn: 'memory-io-interrupts',
  },
  {
    id: 'device-emulation',
    term: 'device emulation',
    zh: '设备模拟',
    aliases: ['emulated device', 'device model'],
    definition:
      'Giving a guest a software model of a real hardware device, so that the guest’s unmodified driver works; each access to the device’s registers causes a VM exit to the device model.',
    definitionZh:
      '为客户机提供真实硬件设备的软件模型，使客户机未经修改的驱动能够工作；对设备寄存器的每次访问都会引发一次 VM Exit，转入设备模型。',
    related: ['memory-mapped-io', 'virtio', 'direct-device-assignment'],
    introducedIn: 'memory-io-interrupts',
  },
  {
    id: 'memory-mapped-io',
    term: 'memory-mapped I/O',
    zh: '内存映射 I/O',
    aliases: ['MMIO'],
    definition:
      'Device registers that appear at physical memory addresses, so that drivers control the device with ordinary loads and stores rather than special I/O instructions.',
    definitionZh:
      '映射到物理内存地址上的设备寄存器，驱动因此可以用普通的加载和存储指令（而不是专门的 I/O 指令）控制设备。',
    related: ['device-emulation', 'direct-device-assignment'],
    introducedIn: 'memory-io-interrupts',
  },
  {
    id: 'split-driver-model',
    term: 'split driver model',
    zh: '分离驱动模型',
    aliases: ['front-end and back-end drivers', 'netfront', 'blkfront', 'split device driver'],
    definition:
      'Xen’s paravirtual I/O design: a front-end driver in the guest and a back-end driver in a driver domain exchange requests through shared-memory rings and event channels, and the back end drives the real device.',
    definitionZh:
      'Xen 的半虚拟化 I/O 设计：客户机中的前端驱动和驱动域中的后端驱动通过共享内存环和事件通道交换请求，由后端驱动操作真实设备。',
    related: ['paravirtualization', 'virtio'],
    introducedIn: 'memory-io-interrupts',
  },
  {
    id: 'virtio',
    term: 'virtio',
    zh: 'virtio 半虚拟化 I/O 框架',
    definition:
      'A standard interface for paravirtual devices (network, block, console, balloon and more), proposed by Rusty Russell in 2008 and now an OASIS standard. Guest drivers and the host exchange buffers through virtqueues in shared memory.',
    definitionZh:
      '半虚拟化设备（网络、块设备、控制台、气球等）的标准接口，由 Rusty Russell 于 2008 年提出，现为 OASIS 标准。客户机驱动与宿主机通过共享内存中的 virtqueue 交换缓冲区。',
    related: ['virtqueue', 'paravirtualization', 'split-driver-model'],
    introducedIn: 'memory-io-interrupts',
  },
  {
    id: 'virtqueue',
    term: 'virtqueue',
    zh: '虚拟队列',
    definition:
      'The shared-memory queue through which a virtio driver and device exchange buffers, with notifications batched in both directions. It has two layouts: the original split virtqueue (descriptor table, available ring, used ring) and, since virtio 1.1 (2019), the packed virtqueue (a single descriptor ring).',
    definitionZh:
      'virtio 驱动与设备借以交换缓冲区的共享内存队列，两个方向上的通知都可以批量进行。它有两种布局：最初的分离式虚拟队列（描述符表、可用环、已用环），以及自 virtio 1.1（2019）起的紧凑式虚拟队列（单个描述符环）。',
    related: ['virtio', 'split-virtqueue', 'packed-virtqueue'],
    introducedIn: 'memory-io-interrupts',
  },
  {
    id: 'split-virtqueue',
    term: 'split virtqueue',
    zh: '分离式虚拟队列',
    aliases: ['split ring', 'vring'],
    definition:
      'The original virtqueue layout: a descriptor table and an available ring written by the driver, and a used ring written by the device, each a separate area of guest memory.',
    definitionZh:
      '最初的 virtqueue 布局：由驱动写入的描述符表和可用环，以及由设备写入的已用环，三者各占客户机内存中一块独立的区域。',
    related: ['virtqueue', 'packed-virtqueue', 'virtio'],
    introducedIn: 'memory-io-interrupts',
  },
  {
    id: 'packed-virtqueue',
    term: 'packed virtqueue',
    zh: '紧凑式虚拟队列',
    aliases: ['packed ring', 'VIRTIO_F_RING_PACKED'],
    definition:
      'The virtqueue layout added in virtio 1.1 (2019): one descriptor ring that driver and device both write, with available and used flags compared against a wrap counter, so that each side polls only the next descriptor.',
    definitionZh:
      'virtio 1.1（2019）增加的 virtqueue 布局：驱动和设备都写入同一个描述符环，通过把可用标志和已用标志与回绕计数器比较来判断状态，使每一方只需轮询下一个描述符。',
    related: ['virtqueue', 'split-virtqueue', 'virtio'],
    introducedIn: 'memory-io-interrupts',
  },
  {
    id: 'direct-device-assignment',
    term: 'direct device assignment',
    zh: '设备直通',
    aliases: ['device passthrough', 'PCI passthrough'],
    definition:
      'Handing a physical device to a single guest, whose native driver then programs it directly without VM exits on the data path. An IOMMU is needed so that the device’s DMA reaches only that guest’s memory.',
    definitionZh:
      '把一个物理设备交给单个客户机，由客户机的原生驱动直接对其编程，数据通路上不发生 VM Exit。需要 IOMMU 来确保设备的 DMA 只能访问该客户机的内存。',
    related: ['iommu', 'sr-iov', 'device-emulation'],
    introducedIn: 'memory-io-interrupts',
  },
  {
    id: 'iommu',
    term: 'IOMMU',
    zh: '输入输出内存管理单元',
    aliases: ['I/O memory management unit', 'VT-d', 'AMD-Vi', 'DMA remapping'],
    definition:
      'A memory management unit for devices: it translates the addresses devices use for DMA through page tables set by the VMM, confining each device to the memory it may use, and can remap device interrupts. Intel’s is VT-d, AMD’s AMD-Vi.',
    definitionZh:
      '面向设备的内存管理单元：它通过 VMM 设置的页表转换设备用于 DMA 的地址，把每个设备限制在允许它使用的内存范围内，并可以重映射设备中断。Intel 的实现是 VT-d，AMD 的是 AMD-Vi。',
    related: ['direct-device-assignment', 'sr-iov', 'posted-interrupt'],
    introducedIn: 'memory-io-interrupts',
  },
  {
    id: 'sr-iov',
    term: 'SR-IOV',
    zh: '单根 I/O 虚拟化',
    // Virtual and physical functions are its parts, not other names for it: the definition names them.
    aliases: ['Single Root I/O Virtualization'],
    definition:
      'A PCI Express standard by which one device presents a full-featured physical function and many lightweight virtual functions, each with its own registers and queues, so that the virtual functions can be assigned directly to different guests.',
    definitionZh:
      '一项 PCI Express 标准：一个设备呈现一个完整的物理功能（PF）和许多轻量的虚拟功能（VF），每个虚拟功能都有自己的寄存器和队列，因此可以把各虚拟功能直接分配给不同的客户机。',
    related: ['direct-device-assignment', 'iommu'],
    introducedIn: 'memory-io-interrupts',
  },
  {
    id: 'interrupt-injection',
    term: 'interrupt injection',
    zh: '中断注入',
    aliases: ['virtual interrupt', 'event injection'],
    definition:
      'Delivering a virtual interrupt to a guest by having the processor raise it through the guest’s interrupt table at a VM entry; the VMM writes the vector into the VMCS and waits for an interrupt window if the guest has interrupts disabled.',
    definitionZh:
      '在 VM Entry 时让处理器通过客户机的中断表引发一个虚拟中断，从而把它递交给客户机；VMM 把中断向量写入 VMCS，若客户机关闭了中断，则等待中断窗口。',
    related: ['vm-entry', 'apic-virtualization', 'posted-interrupt'],
    introducedIn: 'memory-io-interrupts',
  },
  {
    id: 'apic-virtualization',
    term: 'APIC virtualization',
    zh: 'APIC 虚拟化',
    aliases: ['APICv', 'AVIC', 'virtual-interrupt delivery'],
    definition:
      'Processor support that keeps a guest’s local interrupt controller state in a virtual-APIC page, so that most guest APIC accesses, interrupt acknowledgements and deliveries of pending virtual interrupts happen without VM exits. Intel calls it APICv, AMD AVIC.',
    definitionZh:
      '一种处理器支持：把客户机本地中断控制器的状态保存在虚拟 APIC 页中，使客户机的大多数 APIC 访问、中断确认以及待处理虚拟中断的递交都无须 VM Exit。Intel 称之为 APICv，AMD 称之为 AVIC。',
    related: ['interrupt-injection', 'posted-interrupt'],
    introducedIn: 'memory-io-interrupts',
  },
  {
    id: 'posted-interrupt',
    term: 'posted interrupt',
    zh: 'Posted 中断',
    aliases: ['posted interrupts', 'posted-interrupt processing', 'posted-interrupt 机制'],
    definition:
      'A mechanism in which an interrupt for a virtual CPU is recorded in a descriptor in memory and signalled with a notification; if the virtual CPU is running, the processor delivers it to the guest without a VM exit. With VT-d, devices can post interrupts directly.',
    definitionZh:
      '一种机制：发给某个虚拟 CPU 的中断先记录在内存中的一个描述符里，再发出一个通知；如果该虚拟 CPU 正在运行，处理器会把中断直接递交给客户机，不引发 VM Exit。借助 VT-d，设备发出的中断也可以直接这样记录和通知。',
    related: ['apic-virtualization', 'interrupt-injection', 'iommu', 'vlpi-direct-injection', 'imsic'],
    introducedIn: 'memory-io-interrupts',
  },
  {
    id: 'stage-2-translation',
    term: 'stage-2 translation',
    zh: '二阶段地址转换',
    // VTTBR_EL2 is the register that holds the tables' root (named in the definition), not another name.
    aliases: ['stage 2 translation', 'stage-2 page tables'],
    definition:
      'Arm’s second-level address translation: the hypervisor’s page tables, rooted in VTTBR_EL2 and tagged with a VMID, map the guest’s intermediate physical addresses to physical addresses. Accesses they do not permit cause stage-2 faults to EL2.',
    definitionZh:
      'Arm 的二级地址转换：虚拟机监视器的页表以 VTTBR_EL2 为根、带有 VMID 标签，把客户机的中间物理地址映射到物理地址。这些页表不允许的访问会引发二阶段错误，交由 EL2 处理。',
    related: ['intermediate-physical-address', 'second-level-address-translation', 'g-stage-translation', 'hcr-el2'],
    introducedIn: 'memory-io-interrupts',
  },
  {
    id: 'intermediate-physical-address',
    term: 'intermediate physical address',
    zh: '中间物理地址',
    aliases: ['IPA'],
    definition:
      'Arm’s name for a guest-physical address: the output of the guest’s stage-1 translation and the input of the hypervisor’s stage-2 translation.',
    definitionZh:
      'Arm 对客户机物理地址的称呼：它是客户机一阶段地址转换的输出，也是虚拟机监视器二阶段地址转换的输入。',
    related: ['stage-2-translation', 'guest-physical-address'],
    introducedIn: 'memory-io-interrupts',
  },
  {
    id: 'g-stage-translation',
    term: 'G-stage translation',
    zh: 'G 阶段地址转换',
    aliases: ['G-stage', 'hgatp', 'guest-physical stage'],
    definition:
      'The second stage of address translation in the RISC-V hypervisor extension: page tables rooted in hgatp translate guest-physical to supervisor-physical addresses after the guest’s VS-stage translation; a failed translation is a guest-page fault taken to HS-mode.',
    definitionZh:
      'RISC-V 虚拟化扩展中的第二阶段地址转换：在客户机的 VS 阶段转换之后，以 hgatp 为根的页表把客户机物理地址转换为管理模式物理地址；转换失败即为客户机缺页（guest-page fault），交由 HS 模式处理。',
    related: ['riscv-hypervisor-extension', 'stage-2-translation', 'second-level-address-translation'],
    introducedIn: 'memory-io-interrupts',
  },
  {
    id: 'virtual-gic',
    term: 'virtual GIC',
    zh: '虚拟通用中断控制器',
    aliases: ['vGIC', 'VGIC', 'GIC virtualization', 'Generic Interrupt Controller'],
    definition:
      'The interrupt controller an Arm hypervisor presents to each guest. Hardware virtualizes the GIC’s CPU interface (list registers, ICV registers), so guests acknowledge and complete interrupts without traps; the distributor, redistributors and ITS are emulated in software.',
    definitionZh:
      'Arm 虚拟机监视器向每个客户机呈现的中断控制器。硬件虚拟化了 GIC 的 CPU 接口（列表寄存器、ICV 寄存器），因此客户机确认和完成中断时无须陷入；分发器、重分发器和 ITS 则由软件模拟。',
    related: ['list-register', 'vlpi-direct-injection', 'apic-virtualization'],
    introducedIn: 'memory-io-interrupts',
  },
  {
    id: 'list-register',
    term: 'list register',
    zh: '列表寄存器',
    aliases: ['list registers', 'ICH_LR<n>_EL2', 'GICH_LR'],
    definition:
      'A GIC register (ICH_LR<n>_EL2 in GICv3) in which an Arm hypervisor places one virtual interrupt for the virtual processor currently running, with its number, state, group and optionally the physical interrupt it stands for.',
    definitionZh:
      'GIC 中的一种寄存器（GICv3 中为 ICH_LR<n>_EL2），Arm 虚拟机监视器在其中为当前运行的虚拟处理器放入一个虚拟中断，包括其中断号、状态、分组，以及（可选的）它所代表的物理中断。',
    related: ['virtual-gic', 'interrupt-injection'],
    introducedIn: 'memory-io-interrupts',
  },
  {
    id: 'vlpi-direct-injection',
    term: 'direct injection of virtual LPIs',
    zh: '虚拟 LPI 直接注入',
    aliases: ['GICv4 direct injection', 'vLPI', 'virtual LPI'],
    definition:
      'A GICv4 feature: the ITS maps a device’s message-signalled interrupt to a virtual LPI of a virtual processor, which receives it directly if it is running, or finds it pending in memory when next scheduled, without the hypervisor handling it. Arm’s counterpart of posted interrupts.',
    definitionZh:
      'GICv4 的一项特性：ITS 把设备的消息信号中断映射为某个虚拟处理器的虚拟 LPI；若该虚拟处理器正在运行，就直接收到该中断，否则在下次被调度时发现该中断在内存中处于待处理状态，整个过程无须虚拟机监视器处理。这是 Arm 中与 Posted 中断相对应的机制。',
    related: ['virtual-gic', 'posted-interrupt'],
    introducedIn: 'memory-io-interrupts',
  },
  {
    id: 'imsic',
    term: 'IMSIC',
    zh: '传入消息信号中断控制器',
    aliases: ['Incoming MSI Controller', 'guest interrupt file', 'AIA', 'Advanced Interrupt Architecture'],
    definition:
      'The per-hart interrupt controller of the RISC-V Advanced Interrupt Architecture (ratified 2023). It receives message-signalled interrupts as memory writes into interrupt files, including up to GEILEN guest interrupt files through which devices can interrupt virtual harts directly.',
    definitionZh:
      'RISC-V 高级中断架构（2023 年批准）中的中断控制器，每个 hart 一个。消息信号中断以内存写操作的形式写入它的中断文件；其中包括至多 GEILEN 个客户机中断文件，设备可以通过它们直接中断虚拟 hart。',
    related: ['riscv-hypervisor-extension', 'vlpi-direct-injection', 'posted-interrupt'],
    introducedIn: 'memory-io-interrupts',
  },
];
