import type { GlossaryEntry } from '../../lib/glossary';

/** Glossary terms introduced in this part's chapters. */
export const entries: GlossaryEntry[] = [
  // Chapter 1: what-is-virtualization
  {
    id: 'virtualization',
    term: 'virtualization',
    zh: '虚拟化',
    definition:
      'Presenting a resource through the same interface as a real one while changing how it is implemented underneath, so that software built for the real resource runs unchanged. It is used to partition one physical resource into many, to pool many into one, and to isolate the users of a resource from each other.',
    related: ['host', 'guest', 'hypervisor', 'partitioning', 'resource-pooling'],
    introducedIn: 'what-is-virtualization',
  },
  {
    id: 'host',
    term: 'host',
    zh: '宿主机',
    aliases: ['host machine'],
    definition:
      'The real, physical side of a virtualized system: the machine (and, where there is one, the operating system) whose resources are shared out to guests.',
    related: ['guest', 'virtualization'],
    introducedIn: 'what-is-virtualization',
  },
  {
    id: 'guest',
    term: 'guest',
    zh: '客户机',
    aliases: ['guest OS', 'guest operating system'],
    definition:
      'The virtual side of a virtualized system: the virtual machine or environment, and the software running inside it, that sees virtual resources provided by the host.',
    related: ['host', 'virtual-machine'],
    introducedIn: 'what-is-virtualization',
  },
  {
    id: 'virtual-machine',
    term: 'virtual machine',
    zh: '虚拟机',
    aliases: ['VM'],
    definition:
      'An efficient, isolated software copy of a real machine: a set of virtual resources (processors, memory, devices) that behaves closely enough like the hardware it imitates for an operating system and its applications to run on it unchanged.',
    related: ['hypervisor', 'guest', 'system-virtual-machine'],
    introducedIn: 'what-is-virtualization',
  },
  {
    id: 'hypervisor',
    term: 'hypervisor',
    zh: '虚拟机监视器',
    aliases: ['virtual machine monitor', 'VMM'],
    definition:
      'The layer of software that creates and runs virtual machines: it owns or borrows the physical resources, gives each virtual machine its share, and intervenes when a guest tries to do something that would affect the real machine or other guests.',
    related: ['virtual-machine', 'host', 'guest'],
    introducedIn: 'what-is-virtualization',
  },
  {
    id: 'partitioning',
    term: 'partitioning',
    zh: '分区',
    definition:
      'Dividing one physical resource into several virtual ones, each of which looks to its user like a whole resource of its own; running many virtual machines on one server is partitioning.',
    related: ['resource-pooling', 'virtualization', 'server-consolidation'],
    introducedIn: 'what-is-virtualization',
  },
  {
    id: 'resource-pooling',
    term: 'resource pooling',
    zh: '资源池化',
    aliases: ['pooling', 'aggregation'],
    definition:
      'Combining several physical resources into one larger virtual resource, so that users draw on the pool without knowing which physical unit serves them; a storage array presenting many disks as one volume is pooling.',
    related: ['partitioning', 'virtualization'],
    introducedIn: 'what-is-virtualization',
  },
  {
    id: 'isolation',
    term: 'isolation',
    zh: '隔离',
    definition:
      'The property that what happens inside one virtual machine or container (a crash, a bug, an attack, a burst of load) cannot affect the others sharing the same host, beyond the limits the administrator sets.',
    related: ['virtual-machine', 'partitioning'],
    introducedIn: 'what-is-virtualization',
  },
  {
    id: 'encapsulation',
    term: 'encapsulation',
    zh: '封装',
    definition:
      'The property that a virtual machine’s whole state (its disks, configuration and, when paused, its memory) is held in files, so that it can be copied, moved, backed up or restored like any other data.',
    related: ['virtual-machine', 'live-migration'],
    introducedIn: 'what-is-virtualization',
  },
  {
    id: 'hardware-independence',
    term: 'hardware independence',
    zh: '硬件无关性',
    definition:
      'The property that a virtual machine sees standard virtual hardware rather than the particular host’s devices, so it can run unmodified on any host that runs the same hypervisor.',
    related: ['encapsulation', 'virtual-machine'],
    introducedIn: 'what-is-virtualization',
  },
  {
    id: 'server-consolidation',
    term: 'server consolidation',
    zh: '服务器整合',
    definition:
      'Moving the workloads of many lightly used physical servers onto fewer, more fully used hosts as virtual machines, which saves hardware, floor space and energy.',
    related: ['partitioning', 'virtual-machine'],
    introducedIn: 'what-is-virtualization',
  },
  {
    id: 'live-migration',
    term: 'live migration',
    zh: '热迁移',
    aliases: ['online migration'],
    definition:
      'Moving a running virtual machine from one physical host to another while it keeps running, with a pause short enough that its users barely notice.',
    related: ['encapsulation', 'virtual-machine'],
    introducedIn: 'what-is-virtualization',
  },
  {
    id: 'cloud-computing',
    term: 'cloud computing',
    zh: '云计算',
    definition:
      'A model for on-demand network access to a shared pool of configurable computing resources that can be provisioned and released quickly with little management effort; NIST names five essential characteristics, three service models (IaaS, PaaS, SaaS) and four deployment models.',
    related: ['iaas', 'paas', 'saas', 'resource-pooling'],
    introducedIn: 'what-is-virtualization',
  },
  {
    id: 'iaas',
    term: 'IaaS',
    zh: '基础设施即服务',
    aliases: ['infrastructure as a service'],
    definition:
      'A cloud service model in which the provider rents out processing, storage and networks, usually as virtual machines, and the customer installs and manages the operating systems and applications on them.',
    related: ['cloud-computing', 'paas', 'saas'],
    introducedIn: 'what-is-virtualization',
  },
  {
    id: 'paas',
    term: 'PaaS',
    zh: '平台即服务',
    aliases: ['platform as a service'],
    definition:
      'A cloud service model in which the customer deploys applications onto a platform of languages, libraries and services managed by the provider, without managing the servers, operating systems or storage beneath.',
    related: ['cloud-computing', 'iaas', 'saas'],
    introducedIn: 'what-is-virtualization',
  },
  {
    id: 'saas',
    term: 'SaaS',
    zh: '软件即服务',
    aliases: ['software as a service'],
    definition:
      'A cloud service model in which the customer uses the provider’s finished application over the network, typically through a browser, and manages nothing beneath it except perhaps some settings.',
    related: ['cloud-computing', 'iaas', 'paas'],
    introducedIn: 'what-is-virtualization',
  },
  {
    id: 'edge-computing',
    term: 'edge computing',
    zh: '边缘计算',
    definition:
      'Running computation and storage close to where data is produced and used (in base stations, gateways, factory floors or small local data centres) instead of only in distant cloud data centres, to cut latency and network traffic.',
    related: ['cloud-computing', 'virtualization'],
    introducedIn: 'what-is-virtualization',
  },
  {
    id: 'storage-virtualization',
    term: 'storage virtualization',
    zh: '存储虚拟化',
    definition:
      'Presenting storage from many physical devices as logical volumes (virtual disks) whose location and layout are hidden from their users, with the controller adding functions such as access control, caching and replication.',
    related: ['resource-pooling', 'virtualization'],
    introducedIn: 'what-is-virtualization',
  },
  {
    id: 'network-virtualization',
    term: 'network virtualization',
    zh: '网络虚拟化',
    definition:
      'Building logical networks (virtual switches, virtual LANs, overlay networks) on top of physical network equipment, or combining several devices to act as one, so that networks can be created, divided and reconfigured in software.',
    related: ['virtualization', 'resource-pooling'],
    introducedIn: 'what-is-virtualization',
  },
  {
    id: 'desktop-virtualization',
    term: 'desktop virtualization',
    zh: '桌面虚拟化',
    aliases: ['virtual desktop infrastructure', 'VDI'],
    definition:
      'Running users’ desktop environments in virtual machines in a data centre and showing them on the users’ own devices over the network, so that a desktop is managed centrally and reached from anywhere.',
    related: ['application-virtualization', 'virtual-machine'],
    introducedIn: 'what-is-virtualization',
  },
  {
    id: 'application-virtualization',
    term: 'application virtualization',
    zh: '应用虚拟化',
    definition:
      'Delivering an application packaged with its own view of files, settings and libraries, so that it runs on a user’s machine (or is streamed from a server) without being installed into, or conflicting with, the local operating system.',
    related: ['desktop-virtualization', 'virtualization'],
    introducedIn: 'what-is-virtualization',
  },
  {
    id: 'gpu-virtualization',
    term: 'GPU virtualization',
    zh: 'GPU 虚拟化',
    definition:
      'Sharing one graphics processor among several virtual machines, or giving a virtual machine direct use of one, so that graphics and compute workloads in virtual machines can use GPU hardware.',
    related: ['virtualization', 'virtual-machine'],
    introducedIn: 'what-is-virtualization',
  },

  // Chapter 2: history
  {
    id: 'time-sharing',
    term: 'time-sharing',
    zh: '分时',
    definition:
      'Running the programs of many interactive users on one computer by switching the processor among them so quickly that each user seems to have a machine to themselves.',
    related: ['multiprogramming', 'virtual-machine'],
    introducedIn: 'history',
  },
  {
    id: 'multiprogramming',
    term: 'multiprogramming',
    zh: '多道程序设计',
    definition:
      'Keeping several programs in memory at once and switching the processor to another whenever the running one waits (for example for input or output), so that the processor is not left idle.',
    related: ['time-sharing'],
    introducedIn: 'history',
  },
  {
    id: 'virtual-memory',
    term: 'virtual memory',
    zh: '虚拟内存',
    definition:
      'Giving each program an address space of its own that the hardware and operating system map, page by page, onto physical memory and backing storage, so that programs need not know where, or whether, their data is in main memory.',
    related: ['time-sharing', 'virtualization'],
    introducedIn: 'history',
  },
  {
    id: 'mainframe',
    term: 'mainframe',
    zh: '大型机',
    definition:
      'A large, centrally managed computer built for high reliability and throughput and shared by many users and workloads at once, such as IBM’s System/360 and its successors.',
    related: ['time-sharing', 'virtual-machine'],
    introducedIn: 'history',
  },

  // Chapter 3: layers-of-abstraction
  {
    id: 'abstraction-layer',
    term: 'layer of abstraction',
    zh: '抽象层',
    aliases: ['abstraction layer'],
    definition:
      'A level in a computer system that offers the level above a simplified interface and hides how it is implemented, so that each level needs to know only the interface of the one beneath it.',
    related: ['interface', 'virtualization'],
    introducedIn: 'layers-of-abstraction',
  },
  {
    id: 'interface',
    term: 'interface',
    zh: '接口',
    definition:
      'The set of operations, with their exact meanings, through which one layer of a system uses another, such as an instruction set, a system-call table or a library’s functions.',
    related: ['abstraction-layer', 'instruction-set-architecture', 'application-binary-interface'],
    introducedIn: 'layers-of-abstraction',
  },
  {
    id: 'instruction-set-architecture',
    term: 'instruction set architecture',
    zh: '指令集架构',
    aliases: ['ISA'],
    definition:
      'The interface between hardware and software: the instructions, registers, memory model and exception behaviour that a processor promises to implement, such as x86-64, Arm or RISC-V.',
    related: ['interface', 'application-binary-interface', 'isa-level-virtualization'],
    introducedIn: 'layers-of-abstraction',
  },
  {
    id: 'system-call',
    term: 'system call',
    zh: '系统调用',
    aliases: ['syscall'],
    definition:
      'A request from a user program to the operating system kernel, made through a special instruction that switches the processor into kernel mode; the set of system calls is the kernel’s interface to applications.',
    related: ['application-binary-interface', 'os-level-virtualization'],
    introducedIn: 'layers-of-abstraction',
  },
  {
    id: 'application-binary-interface',
    term: 'application binary interface',
    zh: '应用二进制接口',
    aliases: ['ABI'],
    definition:
      'The interface a compiled program sees: the user-mode part of the instruction set plus the operating system’s system calls and binary conventions (calling convention, executable format). A program binary is portable to any system that offers the same ABI.',
    related: ['instruction-set-architecture', 'system-call', 'application-programming-interface'],
    introducedIn: 'layers-of-abstraction',
  },
  {
    id: 'application-programming-interface',
    term: 'application programming interface',
    zh: '应用程序编程接口',
    aliases: ['API'],
    definition:
      'An interface defined at the source-code level, as named functions, types and their meanings, such as the Win32 API or the POSIX C library; a program written to an API must be compiled or linked against an implementation of it.',
    related: ['application-binary-interface', 'library-level-virtualization'],
    introducedIn: 'layers-of-abstraction',
  },
  {
    id: 'emulation',
    term: 'emulation',
    zh: '仿真',
    aliases: ['emulator'],
    definition:
      'Reproducing the behaviour of one instruction set (and its devices) in software on a machine with another, by interpreting or translating each guest instruction; it can run software for a foreign processor, at a large cost in speed.',
    related: ['isa-level-virtualization', 'instruction-set-architecture'],
    introducedIn: 'layers-of-abstraction',
  },
  {
    id: 'isa-level-virtualization',
    term: 'ISA-level virtualization',
    zh: '指令集架构级虚拟化',
    aliases: ['instruction-set-level virtualization'],
    definition:
      'Virtualization at the instruction-set interface, done entirely in software by emulating the target instruction set, so that guests built for one processor architecture run on another (Bochs, QEMU’s translator).',
    related: ['emulation', 'instruction-set-architecture', 'hardware-level-virtualization'],
    introducedIn: 'layers-of-abstraction',
  },
  {
    id: 'hardware-level-virtualization',
    term: 'hardware-abstraction-level virtualization',
    zh: '硬件抽象层虚拟化',
    aliases: ['system-level virtualization', 'hardware virtualization'],
    definition:
      'Virtualization that gives each guest operating system a complete virtual machine (processors, memory and devices) with the same instruction set as the host, so that most guest instructions run directly on the real processor and a hypervisor handles the rest.',
    related: ['hypervisor', 'system-virtual-machine', 'isa-level-virtualization'],
    introducedIn: 'layers-of-abstraction',
  },
  {
    id: 'os-level-virtualization',
    term: 'OS-level virtualization',
    zh: '操作系统级虚拟化',
    aliases: ['container virtualization', 'operating-system-level virtualization'],
    definition:
      'Virtualization at the system-call interface: one operating system kernel runs several isolated user-space instances, each with its own view of files, processes, network and limits. There is no hypervisor and no guest kernel.',
    related: ['container', 'system-call', 'hardware-level-virtualization'],
    introducedIn: 'layers-of-abstraction',
  },
  {
    id: 'container',
    term: 'container',
    zh: '容器',
    definition:
      'An isolated user-space instance produced by OS-level virtualization: a group of ordinary processes that the shared host kernel gives their own file system, process and network view and resource limits.',
    related: ['os-level-virtualization', 'virtual-machine'],
    introducedIn: 'layers-of-abstraction',
  },
  {
    id: 'library-level-virtualization',
    term: 'library-level virtualization',
    zh: '库函数级虚拟化',
    definition:
      'Virtualization at the library (API) or system-call interface of one operating system, reimplemented on top of another, so that unmodified programs written for the first run on the second; Wine and WSL 1 are examples.',
    related: ['application-programming-interface', 'application-binary-interface', 'os-level-virtualization'],
    introducedIn: 'layers-of-abstraction',
  },
  {
    id: 'language-level-virtualization',
    term: 'language-level virtualization',
    zh: '编程语言级虚拟化',
    aliases: ['language virtual machine', 'high-level-language virtual machine'],
    definition:
      'Virtualization of an instruction set that no hardware implements: programs are compiled to a portable intermediate code (bytecode) which a runtime interprets or compiles to the host’s machine code, as in the JVM, the .NET CLR and WebAssembly.',
    related: ['process-virtual-machine', 'isa-level-virtualization'],
    introducedIn: 'layers-of-abstraction',
  },
  {
    id: 'process-virtual-machine',
    term: 'process virtual machine',
    zh: '进程虚拟机',
    definition:
      'A virtual machine that supports a single program: it is created when the program starts and ends with it, and offers that program an ABI or API rather than a whole machine (language runtimes, binary translators, compatibility layers).',
    related: ['system-virtual-machine', 'language-level-virtualization'],
    introducedIn: 'layers-of-abstraction',
  },
  {
    id: 'system-virtual-machine',
    term: 'system virtual machine',
    zh: '系统虚拟机',
    definition:
      'A virtual machine that provides a complete hardware environment on which a whole operating system and its many processes run, and which persists independently of any one program.',
    related: ['process-virtual-machine', 'hardware-level-virtualization', 'virtual-machine'],
    introducedIn: 'layers-of-abstraction',
  },
];
