import type { GlossaryEntry } from '../../lib/glossary';

/** Glossary terms introduced in this part's chapters (hypervisor-architectures, hypervisors-in-practice). */
export const entries: GlossaryEntry[] = [
  // Chapter: hypervisor-architectures
  {
    id: 'type-1-hypervisor',
    term: 'type 1 hypervisor',
    zh: '第一类虚拟机监视器（裸金属型）',
    aliases: ['bare-metal hypervisor', 'native hypervisor', 'type I VMM', 'hypervisor model', 'Hypervisor 模型'],
    definition:
      'A hypervisor that runs directly on the hardware, with no operating system beneath it, and owns the processor, memory and devices itself. The classification is Goldberg’s (1973); it says where the hypervisor sits, not how it virtualizes the CPU.',
    definitionZh:
      '直接运行在硬件上、其下没有操作系统的虚拟机监视器，由它自己掌管处理器、内存和设备。这一分类出自 Goldberg（1973）；它说明的是虚拟机监视器位于何处，而不是它如何虚拟化 CPU。',
    related: ['type-2-hypervisor', 'hybrid-model', 'hypervisor'],
    introducedIn: 'hypervisor-architectures',
  },
  {
    id: 'type-2-hypervisor',
    term: 'type 2 hypervisor',
    zh: '第二类虚拟机监视器（宿主型）',
    aliases: ['hosted hypervisor', 'hosted model', 'type II VMM', '宿主模型'],
    definition:
      'A hypervisor that runs on top of an existing host operating system and relies on it for device drivers, memory and scheduling; typically a kernel module plus a user-space process per virtual machine.',
    definitionZh:
      '运行在现有宿主机操作系统之上的虚拟机监视器，依靠宿主机操作系统提供设备驱动、内存和调度；通常由一个内核模块加上每台虚拟机各一个用户空间进程构成。',
    related: ['type-1-hypervisor', 'world-switch', 'device-model', 'host'],
    introducedIn: 'hypervisor-architectures',
  },
  {
    id: 'hybrid-model',
    term: 'hybrid model',
    zh: '混合模型',
    aliases: ['hybrid hypervisor'],
    definition:
      'A hypervisor design in which a thin hypervisor on the bare machine manages CPU, memory and interrupts, while a privileged service VM running an ordinary operating system owns the devices and the management tools, as with Xen’s Dom0 and Hyper-V’s root partition.',
    definitionZh:
      '一种虚拟机监视器设计：裸机上一个精简的虚拟机监视器管理 CPU、内存和中断，而一台运行普通操作系统的特权服务虚拟机掌管设备和管理工具，例如 Xen 的 Dom0 和 Hyper-V 的根分区。',
    related: ['type-1-hypervisor', 'type-2-hypervisor', 'service-vm', 'dom0', 'root-partition'],
    introducedIn: 'hypervisor-architectures',
  },
  {
    id: 'service-vm',
    term: 'service VM',
    zh: '服务虚拟机（特权管理虚拟机）',
    aliases: ['privileged service VM', 'management OS'],
    definition:
      'In the hybrid model, the privileged virtual machine that runs the real device drivers, the back ends or device models serving other guests, and the management tools. It is part of the trusted computing base.',
    definitionZh:
      '混合模型中的特权虚拟机，运行真实的设备驱动、为其他客户机服务的后端或设备模型，以及管理工具。它是可信计算基的一部分。',
    related: ['hybrid-model', 'dom0', 'root-partition', 'trusted-computing-base'],
    introducedIn: 'hypervisor-architectures',
  },
  {
    id: 'device-model',
    term: 'device model',
    zh: '设备模型',
    definition:
      'The part of a VMM that imitates hardware devices (disk controllers, network cards, firmware) for a guest, turning the guest’s device operations into host operations. QEMU is the device model of KVM and of Xen HVM guests.',
    definitionZh:
      'VMM 中为客户机模仿硬件设备（磁盘控制器、网卡、固件）的部分，它把客户机的设备操作转换为宿主机上的操作。QEMU 是 KVM 以及 Xen HVM 客户机的设备模型。',
    related: ['type-2-hypervisor', 'emulation'],
    introducedIn: 'hypervisor-architectures',
  },
  {
    id: 'world-switch',
    term: 'world switch',
    zh: '世界切换',
    definition:
      'In the original hosted VMware Workstation, the switch of a processor between the host OS context (host world) and the VMM context (VMM world), saving and restoring all processor state; much more expensive than a process switch.',
    definitionZh:
      '在最初的宿主型 VMware Workstation 中，处理器在宿主机操作系统上下文（宿主世界）与 VMM 上下文（VMM 世界）之间的切换，需要保存和恢复全部处理器状态；其开销比进程切换大得多。',
    related: ['type-2-hypervisor'],
    introducedIn: 'hypervisor-architectures',
  },
  {
    id: 'attack-surface',
    term: 'attack surface',
    zh: '攻击面',
    definition:
      'The set of interfaces through which untrusted code, such as a guest, can send input to more privileged code: emulated device registers, hypercalls, shared-memory rings. A smaller attack surface leaves fewer places for bugs to be exploited.',
    definitionZh:
      '不可信代码（例如客户机）可以借以向特权更高的代码发送输入的全部接口：模拟的设备寄存器、超级调用、共享内存环。攻击面越小，缺陷可能被利用的地方就越少。',
    related: ['trusted-computing-base', 'device-model'],
    introducedIn: 'hypervisor-architectures',
  },
  {
    id: 'trusted-computing-base',
    term: 'trusted computing base',
    zh: '可信计算基',
    aliases: ['TCB'],
    definition:
      'All the code that must be correct for a security property, such as isolation between virtual machines, to hold. In a hosted design it includes the whole host OS; in a hybrid design, the hypervisor and the service VM.',
    definitionZh:
      '为使某项安全属性（例如虚拟机之间的隔离）成立而必须正确的全部代码。在宿主型设计中，它包括整个宿主机操作系统；在混合设计中，它包括虚拟机监视器和服务虚拟机。',
    related: ['attack-surface', 'service-vm'],
    introducedIn: 'hypervisor-architectures',
  },

  // Chapter: hypervisors-in-practice
  {
    id: 'root-partition',
    term: 'root partition',
    zh: '根分区',
    aliases: ['parent partition'],
    definition:
      'In Hyper-V, the privileged partition running Windows that owns the physical devices, hosts the virtualization management stack and the virtualization service providers, and creates child partitions through hypercalls.',
    definitionZh:
      'Hyper-V 中运行 Windows 的特权分区，它掌管物理设备，承载虚拟化管理栈和虚拟化服务提供者，并通过超级调用创建子分区。',
    related: ['child-partition', 'vmbus', 'hybrid-model', 'service-vm'],
    introducedIn: 'hypervisors-in-practice',
  },
  {
    id: 'child-partition',
    term: 'child partition',
    zh: '子分区',
    definition:
      'In Hyper-V, a partition hosting a guest operating system. It has no direct access to devices; it reaches them through emulated devices or through synthetic devices over VMBus.',
    definitionZh:
      'Hyper-V 中承载客户机操作系统的分区。它不能直接访问设备，而是通过模拟设备，或通过 VMBus 上的合成设备来使用设备。',
    related: ['root-partition', 'vmbus'],
    introducedIn: 'hypervisors-in-practice',
  },
  {
    id: 'vmbus',
    term: 'VMBus',
    zh: '虚拟机总线',
    aliases: ['Virtual Machine Bus'],
    definition:
      'Hyper-V’s shared-memory communication channel between partitions. Virtualization service clients (VSCs) in a child partition send device requests over it to virtualization service providers (VSPs) in the root partition.',
    definitionZh:
      'Hyper-V 中分区之间基于共享内存的通信通道。子分区中的虚拟化服务客户端（VSC）通过它把设备请求发送给根分区中的虚拟化服务提供者（VSP）。',
    related: ['root-partition', 'child-partition', 'enlightenment'],
    introducedIn: 'hypervisors-in-practice',
  },
  {
    id: 'enlightenment',
    term: 'enlightenment',
    zh: '虚拟化感知优化（enlightenment）',
    aliases: ['enlightened I/O', '启发', '启发式 I/O'],
    definition:
      'A change in a guest operating system that makes it cooperate with the hypervisor once it detects one, such as using hypercalls or VMBus drivers instead of trapping operations and emulated devices. Hyper-V’s term; optional, unlike classic paravirtualization.',
    definitionZh:
      '客户机操作系统中的一种改动，使它在检测到虚拟机监视器后与之配合，例如使用超级调用或 VMBus 驱动，而不是依赖会陷入的操作和模拟设备。这是 Hyper-V 的术语；与经典的半虚拟化不同，它是可选的。',
    related: ['vmbus', 'child-partition'],
    introducedIn: 'hypervisors-in-practice',
  },
  {
    id: 'dom0',
    term: 'Dom0',
    zh: 'Dom0（特权域）',
    aliases: ['Domain 0', 'control domain', 'hardware domain'],
    definition:
      'In Xen, the first, privileged domain started at boot, usually running Linux. It acts as control domain (runs the toolstack that manages other domains) and hardware domain (owns the devices and serves other domains’ I/O through back-end drivers).',
    definitionZh:
      'Xen 中系统启动时最先创建的域，它拥有特权，通常运行 Linux。它既是控制域（运行管理其他域的工具栈），也是硬件域（掌管设备，并通过后端驱动为其他域提供 I/O 服务）。',
    related: ['domu', 'toolstack', 'hybrid-model', 'service-vm'],
    introducedIn: 'hypervisors-in-practice',
  },
  {
    id: 'domu',
    term: 'DomU',
    zh: 'DomU（非特权域）',
    aliases: ['unprivileged domain', 'user domain'],
    definition:
      'In Xen, an unprivileged guest domain with no direct hardware access. It reaches devices through front-end drivers that talk to back ends in Dom0 or a driver domain. It may be a PV, HVM or PVH guest.',
    definitionZh:
      'Xen 中不能直接访问硬件的非特权客户机域。它通过前端驱动使用设备，前端驱动与 Dom0 或驱动域中的后端通信。它可以是 PV、HVM 或 PVH 客户机。',
    related: ['dom0'],
    introducedIn: 'hypervisors-in-practice',
  },
  {
    id: 'toolstack',
    term: 'toolstack',
    zh: '工具栈',
    definition:
      'The management software of a Xen system, running in the control domain, that creates, configures, migrates and destroys other domains; today the xl command and its library.',
    definitionZh:
      'Xen 系统的管理软件，运行在控制域中，负责创建、配置、迁移和销毁其他域；如今就是 xl 命令及其库。',
    related: ['dom0'],
    introducedIn: 'hypervisors-in-practice',
  },
];
