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
    related: ['hybrid-model', 'dom0', 'root-partition', 'trusted-computing-base'],
    introducedIn: 'hypervisor-architectures',
  },
  {
    id: 'device-model',
    term: 'device model',
    zh: '设备模型',
    definition:
      'The part of a VMM that imitates hardware devices (disk controllers, network cards, firmware) for a guest, turning the guest’s device operations into host operations. QEMU is the device model of KVM and of Xen HVM guests.',
    related: ['type-2-hypervisor', 'emulation'],
    introducedIn: 'hypervisor-architectures',
  },
  {
    id: 'world-switch',
    term: 'world switch',
    zh: '世界切换',
    definition:
      'In the original hosted VMware Workstation, the switch of a processor between the host OS context (host world) and the VMM context (VMM world), saving and restoring all processor state; much more expensive than a process switch.',
    related: ['type-2-hypervisor'],
    introducedIn: 'hypervisor-architectures',
  },
  {
    id: 'attack-surface',
    term: 'attack surface',
    zh: '攻击面',
    definition:
      'The set of interfaces through which untrusted code, such as a guest, can send input to more privileged code: emulated device registers, hypercalls, shared-memory rings. A smaller attack surface leaves fewer places for bugs to be exploited.',
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
    related: ['child-partition', 'vmbus', 'hybrid-model', 'service-vm'],
    introducedIn: 'hypervisors-in-practice',
  },
  {
    id: 'child-partition',
    term: 'child partition',
    zh: '子分区',
    definition:
      'In Hyper-V, a partition hosting a guest operating system. It has no direct access to devices; it reaches them through emulated devices or through synthetic devices over VMBus.',
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
    related: ['dom0'],
    introducedIn: 'hypervisors-in-practice',
  },
  {
    id: 'toolstack',
    term: 'toolstack',
    zh: '工具栈',
    definition:
      'The management software of a Xen system, running in the control domain, that creates, configures, migrates and destroys other domains; today the xl command and its library.',
    related: ['dom0'],
    introducedIn: 'hypervisors-in-practice',
  },
];
