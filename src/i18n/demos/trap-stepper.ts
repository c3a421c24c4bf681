/**
 * Strings of the trap-and-emulate stepper (components/simulators/TrapStepper.astro and the engine in
 * src/lib/trap-stepper.ts), part of the catalogue. The engine's narration is here too ("words"): it
 * reaches the browser as data for the page's language, not as code.
 */
import type { Technique } from '../../lib/trap-stepper';
import type { Locale } from '../client';

/** What the engine says. Placeholders: {summary}, {n}, {if}, {seen}, {port}, {char}, {call}, {why}. */
export interface TrapWords {
  techniques: Record<Technique, { label: string; summary: string }>;
  modes: Record<Technique, { guest: string; trap: string; vmm: string }>;
  vmEntryMode: string;
  actions: {
    start: string;
    translate: string;
    direct: string;
    trap: string;
    hypercallTrap: string;
    emulate: string;
    silentFailure: string;
    callVmm: string;
    translatedSequence: string;
    hypercall: string;
    handle: string;
    sharedMemory: string;
    vmExit: string;
    exitHandler: string;
    vmEntry: string;
  };
  start: string;
  translateNone: string;
  translateSome: string;
  directTranslated: string;
  direct: string;
  classic: {
    lidtTrap: string;
    popfTrap: string;
    popfEmulate: string;
    outTrap: string;
    hypercallTrap: string;
  };
  x86: {
    lidtTrap: string;
    popfSilent: string;
    popfProblem: string;
    outTrap: string;
    hypercallTrap: string;
  };
  lidtEmulate: string;
  outEmulate: string;
  hypercallEmulate: string;
  bt: { lidt: string; popf: string; out: string; hypercall: string };
  pv: { lidtCall: string; lidtHandle: string; popfMask: string; popfUnmask: string; outCall: string; outHandle: string; hypercallCall: string; hypercallHandle: string };
  vtx: { exit: string; entry: string; lidt: string; popf: string; outExit: string; outHandler: string; vmcallExit: string; vmcallHandler: string };
  idt: { none: string; guest: string; vmm: string };
}

export interface TrapStepperMessages {
  lang: string;
  words: TrapWords;
  noJs: string;
  technique: string;
  program: string;
  stepControls: string;
  back: string;
  step: string;
  reset: string;
  keys: string;
  counters: string;
  fields: { eax: string; wantedIF: string; guestIF: string; cpuIF: string; guestIdtr: string; cpuIdtr: string; serial: string };
  actors: { guest: string; hardware: string };
  nothingYet: string;
  /** {i} of {n}: {action}. */
  stepOf: string;
  changed: string;
  mismatch: string;
  stateCaption: string;
  traps: string;
  exits: string;
  translations: string;
  hypercalls: string;
  /** {changes}. */
  changedList: string;
  /** {traps} {exits} {translations} {hypercalls}. */
  totals: string;
  /** Between a field and its value, and between changes. */
  colon: string;
  separator: string;
}

const X86_GUEST = 'Guest kernel at ring 1 (deprivileged)';

export const TRAP_WORDS_EN: TrapWords = {
  techniques: {
    classic: { label: 'Classically virtualizable CPU, trap-and-emulate', summary: 'Every sensitive instruction is privileged, so each one traps and the VMM emulates it.' },
    'x86-trap': { label: 'x86 before VT-x, plain trap-and-emulate', summary: 'Privileged instructions trap, but POPF is sensitive and unprivileged: it silently misbehaves.' },
    'binary-translation': { label: 'x86 before VT-x, binary translation', summary: 'The VMM rewrites sensitive instructions in the guest kernel’s code before it runs.' },
    paravirt: { label: 'x86 before VT-x, paravirtualization', summary: 'The guest kernel is modified to call the hypervisor instead of using sensitive instructions.' },
    vtx: { label: 'x86 with VT-x, hardware-assisted', summary: 'The guest kernel runs in VMX non-root ring 0; chosen events cause VM exits to the VMM.' },
  },
  modes: {
    classic: { guest: 'Guest kernel in user mode (deprivileged)', trap: 'Trap: user mode → supervisor mode', vmm: 'VMM in supervisor mode' },
    'x86-trap': { guest: X86_GUEST, trap: 'Fault: ring 1 → ring 0', vmm: 'VMM at ring 0' },
    'binary-translation': { guest: 'Translated guest kernel code at ring 1', trap: 'Call: ring 1 → ring 0', vmm: 'VMM at ring 0' },
    paravirt: { guest: 'Paravirtualized guest kernel at ring 1 (32-bit x86; x86-64 uses ring 3)', trap: 'Hypercall: ring 1 → ring 0', vmm: 'Hypervisor at ring 0' },
    vtx: { guest: 'VMX non-root mode, ring 0 (guest kernel)', trap: 'VM exit: non-root → root mode', vmm: 'VMX root mode, ring 0 (VMM)' },
  },
  vmEntryMode: 'VM entry: root → non-root mode',
  actions: {
    start: 'Start',
    translate: 'Translate',
    direct: 'Direct execution',
    trap: 'Trap',
    hypercallTrap: 'Hypercall trap',
    emulate: 'Emulate and resume',
    silentFailure: 'Silent failure',
    callVmm: 'Call into the VMM',
    translatedSequence: 'Translated sequence',
    hypercall: 'Hypercall',
    handle: 'Handle and return',
    sharedMemory: 'Write shared memory',
    vmExit: 'VM exit',
    exitHandler: 'Exit handler',
    vmEntry: 'VM entry',
  },
  start: 'The guest kernel is about to run. {summary}',
  translateNone: 'The VMM translates the block before it runs; it has no sensitive instructions, so every instruction is copied unchanged.',
  translateSome: 'The VMM translates the block before it runs: innocuous instructions are copied unchanged, and the {n} sensitive ones are rewritten into calls into the VMM.',
  directTranslated: 'Innocuous instruction: copied unchanged into the translation cache, it runs at native speed.',
  direct: 'Innocuous instruction: it runs directly on the CPU at native speed; the VMM is not involved.',
  classic: {
    lidtTrap: 'LIDT is privileged: run in user mode it traps to the VMM.',
    popfTrap: 'On this machine changing the interrupt flag is privileged, so POPF traps to the VMM.',
    popfEmulate:
      'The VMM sets the guest’s virtual IF to {if}; the real IF stays 1 so the VMM still receives interrupts, and it holds the guest’s virtual interrupts while its IF is 0.',
    outTrap: 'I/O instructions are privileged: OUT traps to the VMM.',
    hypercallTrap: 'The guest deliberately executes a trapping instruction to call the VMM (IBM’s VM/370 used DIAGNOSE this way).',
  },
  x86: {
    lidtTrap: 'LIDT is privileged: at ring 1 it raises a general-protection fault, which enters the VMM.',
    popfSilent:
      'POPF is sensitive but not privileged: at ring 1 (above IOPL) it does not trap, and the CPU silently leaves IF unchanged. The VMM never learns what the guest wanted.',
    popfProblem: 'Wrong result: the guest asked for IF={if}, but IF is still {seen} and no trap told the VMM.',
    outTrap: 'The VMM runs the guest with IOPL 0 and an I/O bitmap that denies the port, so OUT at ring 1 faults into the VMM.',
    hypercallTrap: 'The guest deliberately raises a software interrupt whose gate is in the VMM’s IDT, so control enters the VMM.',
  },
  lidtEmulate:
    'The VMM records the guest’s table in its shadow IDTR; the real IDTR keeps pointing at the VMM’s own table. It resumes the guest after LIDT.',
  outEmulate: 'The VMM’s virtual serial port at {port} receives the byte in AL (‘{char}’); the VMM resumes the guest after OUT.',
  hypercallEmulate: 'The VMM handles the request ({call}) and returns to the guest.',
  bt: {
    lidt: 'The translated code calls the VMM, which records the guest’s table in its shadow IDTR. No trap is needed.',
    popf: 'The translated code writes IF={if} into the VMM’s copy of the guest’s flags (the virtual IF); the real IF stays 1. Correct, and no trap.',
    out: 'The translated code calls the VMM’s device model: the virtual serial port at {port} receives ‘{char}’.',
    hypercall: 'The software interrupt was translated into a direct call into the VMM, which handles the request ({call}).',
  },
  pv: {
    lidtCall: 'The modified kernel never executes LIDT: it asks the hypervisor to install its trap table.',
    lidtHandle: 'The hypervisor checks the guest’s table and records it; the real IDT stays the hypervisor’s own.',
    popfMask:
      'The modified kernel masks its virtual interrupts by writing a flag in memory it shares with the hypervisor (Xen’s event-channel mask): no trap and no hypercall.',
    popfUnmask:
      'The modified kernel unmasks its virtual interrupts by writing a flag in memory it shares with the hypervisor (Xen’s event-channel mask): no trap and no hypercall.',
    outCall: 'The modified kernel’s console driver does not touch the UART: it passes the text to the hypervisor.',
    outHandle: 'The hypervisor writes ‘{char}’ to the console on the guest’s behalf.',
    hypercallCall: 'The kernel calls the hypervisor directly ({call}).',
    hypercallHandle: 'The hypervisor handles the request ({call}) and returns.',
  },
  vtx: {
    exit: '{why} The CPU saves the guest state (RIP, RFLAGS, IDTR …) in the VMCS, loads the host state from it, and clears RFLAGS.',
    entry: 'VMRESUME: the CPU loads the guest state back from the VMCS and the guest continues after the instruction.',
    lidt: 'The guest kernel really is in ring 0 (of non-root mode), so LIDT simply loads the guest’s IDTR, which the VMCS saves and restores. No exit unless the VMM turns on descriptor-table exiting.',
    popf: 'POPF sets the guest’s own IF to {if} in hardware, correctly and without an exit; host interrupts still cause VM exits (external-interrupt exiting), so the VMM keeps control.',
    outExit: 'OUT causes a VM exit because the VMM asked for I/O exits for this port.',
    outHandler:
      'The VMM reads exit reason 30 (I/O instruction) and the exit qualification (port {port}, 1 byte, OUT), emulates the serial port, which receives ‘{char}’, and advances the guest’s RIP.',
    vmcallExit: 'VMCALL always causes a VM exit.',
    vmcallHandler: 'The VMM reads exit reason 18 (VMCALL), handles the request ({call}) and advances the guest’s RIP.',
  },
  idt: { none: 'not loaded yet', guest: 'guest’s IDT', vmm: 'VMM’s IDT' },
};

export const TRAP_STEPPER_EN: TrapStepperMessages = {
  lang: 'en-US',
  words: TRAP_WORDS_EN,
  noJs: 'Every step of the same guest kernel code under each technique (turn on JavaScript to step through them one at a time):',
  technique: 'Machine and technique',
  program: 'Guest kernel code',
  stepControls: 'Step controls',
  back: '◀ Back',
  step: 'Step ▶',
  reset: 'Reset',
  keys: 'Keys: ← → step, Home resets, End jumps to the last step.',
  counters: 'Counters',
  fields: {
    eax: 'Guest EAX',
    wantedIF: 'IF the guest asked for',
    guestIF: 'IF the guest sees (virtual IF)',
    cpuIF: 'IF in the physical CPU',
    guestIdtr: 'IDTR the guest loaded',
    cpuIdtr: 'IDTR in the physical CPU',
    serial: 'Serial port output',
  },
  actors: { guest: 'Guest', hardware: 'Hardware' },
  nothingYet: 'nothing yet',
  stepOf: 'Step {i} of {n}: {action}',
  changed: '(changed)',
  mismatch: '≠ what the guest asked for',
  stateCaption: 'Machine state after this step',
  traps: 'Traps:',
  exits: 'VM exits:',
  translations: 'Translations:',
  hypercalls: 'Hypercalls:',
  changedList: 'Changed: {changes}',
  totals: 'Totals: traps {traps}, VM exits {exits}, translations {translations}, hypercalls {hypercalls}.',
  colon: ': ',
  separator: '; ',
};

const PV_MASK_ZH = '修改过的内核通过写它与虚拟机监视器共享的内存中的一个标志（Xen 的事件通道屏蔽位）来{what}自己的虚拟中断：既没有陷入，也没有超级调用。';

export const TRAP_WORDS_ZH: TrapWords = {
  techniques: {
    classic: { label: '经典可虚拟化 CPU，陷入再模拟', summary: '每条敏感指令都是特权指令，所以每条都会陷入，由 VMM 模拟执行。' },
    'x86-trap': { label: '没有 VT-x 的 x86，单纯的陷入再模拟', summary: '特权指令会陷入，但 POPF 是敏感却非特权的指令：它会悄无声息地执行错误。' },
    'binary-translation': { label: '没有 VT-x 的 x86，二进制翻译', summary: 'VMM 在客户机内核代码运行之前改写其中的敏感指令。' },
    paravirt: { label: '没有 VT-x 的 x86，半虚拟化', summary: '修改客户机内核，让它调用虚拟机监视器，而不是执行敏感指令。' },
    vtx: { label: '有 VT-x 的 x86，硬件辅助', summary: '客户机内核运行在 VMX 非根模式的 0 环；选定的事件会引起 VM Exit，转入 VMM。' },
  },
  modes: {
    classic: { guest: '客户机内核运行在用户态（降低特权）', trap: '陷入：用户态 → 管理态', vmm: 'VMM 运行在管理态' },
    'x86-trap': { guest: '客户机内核运行在 1 环（降低特权）', trap: '故障：1 环 → 0 环', vmm: 'VMM 运行在 0 环' },
    'binary-translation': { guest: '翻译后的客户机内核代码运行在 1 环', trap: '调用：1 环 → 0 环', vmm: 'VMM 运行在 0 环' },
    paravirt: { guest: '半虚拟化客户机内核运行在 1 环（32 位 x86；x86-64 使用 3 环）', trap: '超级调用：1 环 → 0 环', vmm: '虚拟机监视器运行在 0 环' },
    vtx: { guest: 'VMX 非根模式，0 环（客户机内核）', trap: 'VM Exit：非根模式 → 根模式', vmm: 'VMX 根模式，0 环（VMM）' },
  },
  vmEntryMode: 'VM 进入：根模式 → 非根模式',
  actions: {
    start: '开始',
    translate: '翻译',
    direct: '直接执行',
    trap: '陷入',
    hypercallTrap: '超级调用陷入',
    emulate: '模拟并恢复',
    silentFailure: '静默失败',
    callVmm: '调用 VMM',
    translatedSequence: '翻译后的指令序列',
    hypercall: '超级调用',
    handle: '处理并返回',
    sharedMemory: '写共享内存',
    vmExit: 'VM Exit',
    exitHandler: '退出处理程序',
    vmEntry: 'VM 进入',
  },
  start: '客户机内核即将运行。{summary}',
  translateNone: 'VMM 在代码块运行之前先翻译它；块中没有敏感指令，所以每条指令都原样复制。',
  translateSome: 'VMM 在代码块运行之前先翻译它：无害指令原样复制，{n} 条敏感指令被改写成对 VMM 的调用。',
  directTranslated: '无害指令：原样复制到翻译缓存中，以原生速度运行。',
  direct: '无害指令：直接在 CPU 上以原生速度运行，VMM 不参与。',
  classic: {
    lidtTrap: 'LIDT 是特权指令：在用户态执行会陷入 VMM。',
    popfTrap: '在这台机器上，修改中断标志是特权操作，所以 POPF 会陷入 VMM。',
    popfEmulate: 'VMM 把客户机的虚拟 IF 设为 {if}；真实的 IF 仍为 1，这样 VMM 仍能收到中断，并在客户机的 IF 为 0 期间暂扣发给客户机的虚拟中断。',
    outTrap: 'I/O 指令是特权指令：OUT 会陷入 VMM。',
    hypercallTrap: '客户机故意执行一条会陷入的指令来调用 VMM（IBM 的 VM/370 就是这样使用 DIAGNOSE 的）。',
  },
  x86: {
    lidtTrap: 'LIDT 是特权指令：在 1 环执行会引发一般保护故障，从而进入 VMM。',
    popfSilent: 'POPF 是敏感指令，但不是特权指令：在 1 环（高于 IOPL）执行时不会陷入，CPU 悄悄地保持 IF 不变。VMM 永远不知道客户机想要什么。',
    popfProblem: '结果错误：客户机要求 IF={if}，但 IF 仍然是 {seen}，而且没有任何陷入通知 VMM。',
    outTrap: 'VMM 让客户机以 IOPL 0 运行，并用 I/O 位图禁止访问该端口，所以在 1 环执行 OUT 会产生故障，进入 VMM。',
    hypercallTrap: '客户机故意触发一个软件中断，其中断门位于 VMM 的 IDT 中，于是控制权进入 VMM。',
  },
  lidtEmulate: 'VMM 把客户机的表记录在影子 IDTR 中；真实的 IDTR 仍指向 VMM 自己的表。VMM 让客户机从 LIDT 之后继续运行。',
  outEmulate: 'VMM 在 {port} 的虚拟串口收到 AL 中的字节（‘{char}’）；VMM 让客户机从 OUT 之后继续运行。',
  hypercallEmulate: 'VMM 处理该请求（{call}）后返回客户机。',
  bt: {
    lidt: '翻译后的代码调用 VMM，由 VMM 把客户机的表记录在影子 IDTR 中。不需要陷入。',
    popf: '翻译后的代码把 IF={if} 写入 VMM 保存的客户机标志副本（虚拟 IF）；真实的 IF 仍为 1。结果正确，而且没有陷入。',
    out: '翻译后的代码调用 VMM 的设备模型：{port} 的虚拟串口收到 ‘{char}’。',
    hypercall: '软件中断被翻译成对 VMM 的直接调用，由 VMM 处理该请求（{call}）。',
  },
  pv: {
    lidtCall: '修改过的内核从不执行 LIDT：它请求虚拟机监视器安装自己的陷阱表。',
    lidtHandle: '虚拟机监视器检查客户机的表并记录下来；真实的 IDT 仍是虚拟机监视器自己的。',
    popfMask: PV_MASK_ZH.replace('{what}', '屏蔽'),
    popfUnmask: PV_MASK_ZH.replace('{what}', '解除屏蔽'),
    outCall: '修改过的内核的控制台驱动不访问 UART：它把文本交给虚拟机监视器。',
    outHandle: '虚拟机监视器代替客户机把 ‘{char}’ 写到控制台。',
    hypercallCall: '内核直接调用虚拟机监视器（{call}）。',
    hypercallHandle: '虚拟机监视器处理该请求（{call}）后返回。',
  },
  vtx: {
    exit: '{why}CPU 把客户机状态（RIP、RFLAGS、IDTR……）保存到 VMCS，从 VMCS 加载宿主机状态，并清零 RFLAGS。',
    entry: 'VMRESUME：CPU 从 VMCS 重新加载客户机状态，客户机从该指令之后继续运行。',
    lidt: '客户机内核确实运行在（非根模式的）0 环，所以 LIDT 只是加载客户机的 IDTR，由 VMCS 负责保存和恢复。除非 VMM 打开了描述符表退出，否则不会退出。',
    popf: 'POPF 在硬件中把客户机自己的 IF 设为 {if}，结果正确，也不会退出；宿主机的中断仍会引起 VM Exit（外部中断退出），所以 VMM 始终掌握控制权。',
    outExit: 'OUT 引起 VM Exit，因为 VMM 要求该端口的 I/O 操作退出。',
    outHandler: 'VMM 读取退出原因 30（I/O 指令）和退出限定信息（端口 {port}，1 字节，OUT），模拟串口（收到 ‘{char}’），并推进客户机的 RIP。',
    vmcallExit: 'VMCALL 总会引起 VM Exit。',
    vmcallHandler: 'VMM 读取退出原因 18（VMCALL），处理该请求（{call}），并推进客户机的 RIP。',
  },
  idt: { none: '尚未加载', guest: '客户机的 IDT', vmm: 'VMM 的 IDT' },
};

export const TRAP_STEPPER_ZH: TrapStepperMessages = {
  lang: 'zh-CN',
  words: TRAP_WORDS_ZH,
  noJs: '同一段客户机内核代码在每种技术下的全部步骤（启用 JavaScript 后可以一步一步地执行）：',
  technique: '机器与技术',
  program: '客户机内核代码',
  stepControls: '单步控制',
  back: '◀ 上一步',
  step: '下一步 ▶',
  reset: '重置',
  keys: '按键：← → 单步，Home 重置，End 跳到最后一步。',
  counters: '计数器',
  fields: {
    eax: '客户机 EAX',
    wantedIF: '客户机要求的 IF',
    guestIF: '客户机看到的 IF（虚拟 IF）',
    cpuIF: '物理 CPU 中的 IF',
    guestIdtr: '客户机加载的 IDTR',
    cpuIdtr: '物理 CPU 中的 IDTR',
    serial: '串口输出',
  },
  actors: { guest: '客户机', hardware: '硬件' },
  nothingYet: '暂无',
  stepOf: '第 {i} 步（共 {n} 步）：{action}',
  changed: '（已改变）',
  mismatch: '≠ 客户机要求的值',
  stateCaption: '这一步之后的机器状态',
  traps: '陷入：',
  exits: 'VM Exit：',
  translations: '翻译：',
  hypercalls: '超级调用：',
  changedList: '改变：{changes}',
  totals: '合计：陷入 {traps} 次，VM Exit {exits} 次，翻译 {translations} 条，超级调用 {hypercalls} 次。',
  colon: '：',
  separator: '；',
};

export const TRAP_STEPPER_MESSAGES: Record<Locale, TrapStepperMessages> = { en: TRAP_STEPPER_EN, 'zh-cn': TRAP_STEPPER_ZH };
