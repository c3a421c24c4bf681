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
    related: ['privileged-instruction', 'trap-and-emulate'],
    introducedIn: 'cpu-virtualization',
  },
  {
    id: 'privileged-instruction',
    term: 'privileged instruction',
    zh: '特权指令',
    definition:
      'An instruction that traps when executed in user mode (outside ring 0 on x86) and executes normally in supervisor mode, such as LIDT, MOV to CR3 or HLT on x86.',
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
    related: ['privileged-instruction', 'innocuous-instruction', 'popek-goldberg-theorem'],
    introducedIn: 'cpu-virtualization',
  },
  {
    id: 'innocuous-instruction',
    term: 'innocuous instruction',
    zh: '无害指令',
    definition:
      'An instruction that is not sensitive, such as arithmetic or a move between general-purpose registers. Innocuous instructions can run directly on the real processor without harming the VMM’s control.',
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
    related: ['dynamic-binary-translation'],
    introducedIn: 'cpu-virtualization',
  },
  {
    id: 'direct-execution',
    term: 'direct execution',
    zh: '直接执行',
    definition:
      'Running guest instructions natively on the real processor rather than interpreting or translating them. VMware’s early VMM ran guest user code by direct execution and translated only guest kernel code; this was safe, though unprivileged instructions such as SIDT still let user code detect the VMM.',
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
    related: ['hypercall', 'full-virtualization', 'virtio'],
    introducedIn: 'cpu-virtualization',
  },
  {
    id: 'hypercall',
    term: 'hypercall',
    zh: '超级调用',
    definition:
      'A deliberate call from a guest kernel into the hypervisor to request a privileged operation, analogous to a system call from an application into a kernel. On x86 it is made with a trapping instruction such as VMCALL (Intel) or VMMCALL (AMD); on Arm with HVC.',
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
    related: ['guest-virtual-address', 'host-physical-address', 'second-level-address-translation'],
    introducedIn: 'memory-io-interrupts',
  },
  {
    id: 'host-physical-address',
    term: 'host-physical address',
    zh: '宿主机物理地址',
    aliases: ['HPA', 'machine address'],
    definition: 'A real address in the host’s physical memory, the final target of every guest memory access.',
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
    related: ['paravirtualization', 'virtio'],
    introducedIn: 'memory-io-interrupts',
  },
  {
    id: 'virtio',
    term: 'virtio',
    zh: 'virtio 半虚拟化 I/O 框架',
    definition:
      'A standard interface for paravirtual devices (network, block, console, balloon and more), proposed by Rusty Russell in 2008 and now an OASIS standard. Guest drivers and the host exchange buffers through virtqueues in shared memory.',
    related: ['virtqueue', 'paravirtualization', 'split-driver-model'],
    introducedIn: 'memory-io-interrupts',
  },
  {
    id: 'virtqueue',
    term: 'virtqueue',
    zh: '虚拟队列',
    definition:
      'The shared-memory queue through which a virtio driver and device exchange buffers, with notifications batched in both directions. It has two layouts: the original split virtqueue (descriptor table, available ring, used ring) and, since virtio 1.1 (2019), the packed virtqueue (a single descriptor ring).',
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
    related: ['direct-device-assignment', 'sr-iov', 'posted-interrupt'],
    introducedIn: 'memory-io-interrupts',
  },
  {
    id: 'sr-iov',
    term: 'SR-IOV',
    zh: '单根 I/O 虚拟化',
    aliases: ['Single Root I/O Virtualization', 'virtual function', 'physical function'],
    definition:
      'A PCI Express standard by which one device presents a full-featured physical function and many lightweight virtual functions, each with its own registers and queues, so that the virtual functions can be assigned directly to different guests.',
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
    related: ['apic-virtualization', 'interrupt-injection', 'iommu', 'vlpi-direct-injection', 'imsic'],
    introducedIn: 'memory-io-interrupts',
  },
  {
    id: 'stage-2-translation',
    term: 'stage-2 translation',
    zh: '二阶段地址转换',
    aliases: ['stage 2 translation', 'stage-2 page tables', 'VTTBR_EL2'],
    definition:
      'Arm’s second-level address translation: the hypervisor’s page tables, rooted in VTTBR_EL2 and tagged with a VMID, map the guest’s intermediate physical addresses to physical addresses. Accesses they do not permit cause stage-2 faults to EL2.',
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
    related: ['riscv-hypervisor-extension', 'vlpi-direct-injection', 'posted-interrupt'],
    introducedIn: 'memory-io-interrupts',
  },
];
