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
    definitionZh:
      '通过与真实资源相同的接口来提供资源，同时改变其底层的实现方式，使为真实资源编写的软件无须修改即可运行。它用于把一个物理资源划分为多个、把多个资源汇聚为一个，以及把同一资源的各个使用者相互隔离。',
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
    definitionZh:
      '虚拟化系统中真实、物理的一方：把自身资源分给各客户机使用的那台机器（如果有宿主机操作系统，也包括它）。',
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
    definitionZh:
      '虚拟化系统中虚拟的一方：虚拟机或虚拟环境，以及在其中运行的软件；它们看到的是宿主机提供的虚拟资源。',
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
    definitionZh:
      '真实机器的一个高效、隔离的软件副本：一组虚拟资源（处理器、内存、设备），其行为与所模仿的硬件足够接近，使操作系统及其应用程序无须修改即可在其上运行。',
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
    definitionZh:
      '创建并运行虚拟机的软件层：它拥有或借用物理资源，为每台虚拟机分配其份额，并在客户机试图执行会影响真实机器或其他客户机的操作时进行干预。',
    related: ['virtual-machine', 'host', 'guest'],
    introducedIn: 'what-is-virtualization',
  },
  {
    id: 'partitioning',
    term: 'partitioning',
    zh: '分区',
    definition:
      'Dividing one physical resource into several virtual ones, each of which looks to its user like a whole resource of its own; running many virtual machines on one server is partitioning.',
    definitionZh:
      '把一个物理资源划分为若干虚拟资源，每个虚拟资源在其使用者看来都是一个完整、独占的资源；在一台服务器上运行多台虚拟机就是分区。',
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
    definitionZh:
      '把若干物理资源合并为一个更大的虚拟资源，使用者从资源池中取用资源，而无须知道由哪个物理单元为其服务；存储阵列把许多磁盘呈现为一个卷就是池化。',
    related: ['partitioning', 'virtualization'],
    introducedIn: 'what-is-virtualization',
  },
  {
    id: 'isolation',
    term: 'isolation',
    zh: '隔离',
    definition:
      'The property that what happens inside one virtual machine or container (a crash, a bug, an attack, a burst of load) cannot affect the others sharing the same host, beyond the limits the administrator sets.',
    definitionZh:
      '虚拟机和容器的一种特性：一台虚拟机或一个容器内部发生的事情（崩溃、缺陷、攻击、负载突增），对共享同一宿主机的其他虚拟机或容器的影响不会超出管理员设定的限度。',
    related: ['virtual-machine', 'partitioning'],
    introducedIn: 'what-is-virtualization',
  },
  {
    id: 'encapsulation',
    term: 'encapsulation',
    zh: '封装',
    definition:
      'The property that a virtual machine’s whole state (its disks, configuration and, when paused, its memory) is held in files, so that it can be copied, moved, backed up or restored like any other data.',
    definitionZh:
      '虚拟机的一种特性：它的全部状态（磁盘、配置，以及暂停时的内存）都保存在文件中，因此可以像其他任何数据一样复制、移动、备份或恢复。',
    related: ['virtual-machine', 'live-migration'],
    introducedIn: 'what-is-virtualization',
  },
  {
    id: 'hardware-independence',
    term: 'hardware independence',
    zh: '硬件无关性',
    definition:
      'The property that a virtual machine sees standard virtual hardware rather than the particular host’s devices, so it can run unmodified on any host that runs the same hypervisor.',
    definitionZh:
      '虚拟机的一种特性：它看到的是标准的虚拟硬件，而不是某台宿主机特有的设备，因此无须修改就能在运行同一虚拟机监视器的任何宿主机上运行。',
    related: ['encapsulation', 'virtual-machine'],
    introducedIn: 'what-is-virtualization',
  },
  {
    id: 'server-consolidation',
    term: 'server consolidation',
    zh: '服务器整合',
    definition:
      'Moving the workloads of many lightly used physical servers onto fewer, more fully used hosts as virtual machines, which saves hardware, floor space and energy.',
    definitionZh:
      '把许多利用率低的物理服务器上的工作负载，以虚拟机的形式迁移到数量更少、利用率更高的宿主机上，从而节省硬件、机房空间和能源。',
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
    definitionZh:
      '在虚拟机持续运行的情况下，把它从一台物理宿主机迁移到另一台，其间的暂停短到用户几乎察觉不到。',
    related: ['encapsulation', 'virtual-machine'],
    introducedIn: 'what-is-virtualization',
  },
  {
    id: 'cloud-computing',
    term: 'cloud computing',
    zh: '云计算',
    definition:
      'A model for on-demand network access to a shared pool of configurable computing resources that can be provisioned and released quickly with little management effort; NIST names five essential characteristics, three service models (IaaS, PaaS, SaaS) and four deployment models.',
    definitionZh:
      '一种通过网络按需访问共享的可配置计算资源池的模型，只需很少的管理工作，这些资源就能快速分配和释放；NIST 为其列出了五个基本特征、三种服务模式（IaaS、PaaS、SaaS）和四种部署模式。',
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
    definitionZh:
      '一种云服务模式：提供商出租处理能力、存储和网络（通常以虚拟机的形式），由客户在其上安装和管理操作系统与应用程序。',
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
    definitionZh:
      '一种云服务模式：客户把应用程序部署到提供商管理的平台上（平台由编程语言、库和服务构成），无须管理其下的服务器、操作系统或存储。',
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
    definitionZh:
      '一种云服务模式：客户通过网络（通常是浏览器）使用提供商现成的应用程序；除了可能要调整一些设置，其下的一切都无须客户管理。',
    related: ['cloud-computing', 'iaas', 'paas'],
    introducedIn: 'what-is-virtualization',
  },
  {
    id: 'edge-computing',
    term: 'edge computing',
    zh: '边缘计算',
    definition:
      'Running computation and storage close to where data is produced and used (in base stations, gateways, factory floors or small local data centres) instead of only in distant cloud data centres, to cut latency and network traffic.',
    definitionZh:
      '在靠近数据产生和使用的地方（基站、网关、工厂车间或小型本地数据中心）进行计算和存储，而不是只在遥远的云数据中心进行，以降低延迟、减少网络流量。',
    related: ['cloud-computing', 'virtualization'],
    introducedIn: 'what-is-virtualization',
  },
  {
    id: 'storage-virtualization',
    term: 'storage virtualization',
    zh: '存储虚拟化',
    definition:
      'Presenting storage from many physical devices as logical volumes (virtual disks) whose location and layout are hidden from their users, with the controller adding functions such as access control, caching and replication.',
    definitionZh:
      '把来自许多物理设备的存储呈现为逻辑卷（虚拟磁盘），向使用者隐藏其位置和布局，并由控制器增加访问控制、缓存和复制等功能。',
    related: ['resource-pooling', 'virtualization'],
    introducedIn: 'what-is-virtualization',
  },
  {
    id: 'network-virtualization',
    term: 'network virtualization',
    zh: '网络虚拟化',
    definition:
      'Building logical networks (virtual switches, virtual LANs, overlay networks) on top of physical network equipment, or combining several devices to act as one, so that networks can be created, divided and reconfigured in software.',
    definitionZh:
      '在物理网络设备之上构建逻辑网络（虚拟交换机、虚拟局域网、覆盖网络），或把若干设备组合起来当作一台使用，从而可以用软件创建、划分和重新配置网络。',
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
    definitionZh:
      '在数据中心的虚拟机中运行用户的桌面环境，并通过网络显示在用户自己的设备上，使桌面得以集中管理、随处访问。',
    related: ['application-virtualization', 'virtual-machine'],
    introducedIn: 'what-is-virtualization',
  },
  {
    id: 'application-virtualization',
    term: 'application virtualization',
    zh: '应用虚拟化',
    definition:
      'Delivering an application packaged with its own view of files, settings and libraries, so that it runs on a user’s machine (or is streamed from a server) without being installed into, or conflicting with, the local operating system.',
    definitionZh:
      '把应用程序连同它自己的文件、设置和库视图一起打包交付，使它在用户的机器上运行（或从服务器流式传输）时无须安装到本地操作系统中，也不会与本地操作系统冲突。',
    related: ['desktop-virtualization', 'virtualization'],
    introducedIn: 'what-is-virtualization',
  },
  {
    id: 'gpu-virtualization',
    term: 'GPU virtualization',
    zh: 'GPU 虚拟化',
    definition:
      'Sharing one graphics processor among several virtual machines, or giving a virtual machine direct use of one, so that graphics and compute workloads in virtual machines can use GPU hardware.',
    definitionZh:
      '让几台虚拟机共享一个图形处理器，或让一台虚拟机直接使用一个图形处理器，使虚拟机中的图形和计算工作负载能够利用 GPU 硬件。',
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
    definitionZh:
      '在一台计算机上运行许多交互式用户的程序，处理器在它们之间切换得非常快，使每个用户仿佛独占一台机器。',
    related: ['multiprogramming', 'virtual-machine'],
    introducedIn: 'history',
  },
  {
    id: 'multiprogramming',
    term: 'multiprogramming',
    zh: '多道程序设计',
    definition:
      'Keeping several programs in memory at once and switching the processor to another whenever the running one waits (for example for input or output), so that the processor is not left idle.',
    definitionZh:
      '同时在内存中保留多个程序，每当正在运行的程序需要等待（例如等待输入或输出）时，就把处理器切换给另一个程序，使处理器不至于空闲。',
    related: ['time-sharing'],
    introducedIn: 'history',
  },
  {
    id: 'virtual-memory',
    term: 'virtual memory',
    zh: '虚拟内存',
    definition:
      'Giving each program an address space of its own that the hardware and operating system map, page by page, onto physical memory and backing storage, so that programs need not know where, or whether, their data is in main memory.',
    definitionZh:
      '为每个程序提供独立的地址空间，由硬件和操作系统逐页将其映射到物理内存和后备存储上，使程序无须知道其数据位于主存的何处，甚至是否在主存中。',
    related: ['time-sharing', 'virtualization'],
    introducedIn: 'history',
  },
  {
    id: 'mainframe',
    term: 'mainframe',
    zh: '大型机',
    definition:
      'A large, centrally managed computer built for high reliability and throughput and shared by many users and workloads at once, such as IBM’s System/360 and its successors.',
    definitionZh:
      '一种集中管理的大型计算机，为高可靠性和高吞吐量而设计，同时由许多用户和工作负载共享，例如 IBM 的 System/360 及其后继机型。',
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
    definitionZh:
      '计算机系统中的一个层次，它向上一层提供简化的接口并隐藏自身的实现方式，使每一层只需了解其下一层的接口。',
    related: ['interface', 'virtualization'],
    introducedIn: 'layers-of-abstraction',
  },
  {
    id: 'interface',
    term: 'interface',
    zh: '接口',
    definition:
      'The set of operations, with their exact meanings, through which one layer of a system uses another, such as an instruction set, a system-call table or a library’s functions.',
    definitionZh:
      '系统中一层使用另一层时所借助的一组操作及其确切含义，例如指令集、系统调用表或一个库的函数。',
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
    definitionZh:
      '硬件与软件之间的接口：处理器承诺实现的指令、寄存器、内存模型和异常行为，例如 x86-64、Arm 或 RISC-V。',
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
    definitionZh:
      '用户程序向操作系统内核发出的请求，通过一条把处理器切换到内核态的特殊指令发起；系统调用的集合就是内核向应用程序提供的接口。',
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
    definitionZh:
      '已编译程序所看到的接口：指令集中的用户态部分，加上操作系统的系统调用和二进制约定（调用约定、可执行文件格式）。程序的二进制文件可以移植到任何提供相同 ABI 的系统上。',
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
    definitionZh:
      '在源代码层面定义的接口，由具名的函数、类型及其含义构成，例如 Win32 API 或 POSIX C 库；按某个 API 编写的程序必须针对该 API 的某个实现进行编译或链接。',
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
    definitionZh:
      '在采用另一种指令集的机器上，用软件重现某种指令集（及其设备）的行为，方法是逐条解释或翻译客户机指令；它能运行为其他处理器编写的软件，但速度代价很大。',
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
    definitionZh:
      '在指令集接口上实现的虚拟化，完全由软件通过仿真目标指令集来完成，使为一种处理器架构构建的客户机能在另一种架构上运行（Bochs、QEMU 的翻译器）。',
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
    definitionZh:
      '一种虚拟化：为每个客户机操作系统提供一台完整的虚拟机（处理器、内存和设备），其指令集与宿主机相同，因此大多数客户机指令直接在真实处理器上运行，其余的由虚拟机监视器处理。',
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
    definitionZh:
      '在系统调用接口上实现的虚拟化：一个操作系统内核运行若干相互隔离的用户空间实例，每个实例都有自己的文件、进程、网络视图和资源限制。其中没有虚拟机监视器，也没有客户机内核。',
    related: ['container', 'system-call', 'hardware-level-virtualization'],
    introducedIn: 'layers-of-abstraction',
  },
  {
    id: 'container',
    term: 'container',
    zh: '容器',
    definition:
      'An isolated user-space instance produced by OS-level virtualization: a group of ordinary processes that the shared host kernel gives their own file system, process and network view and resource limits.',
    definitionZh:
      '由操作系统级虚拟化产生的隔离用户空间实例：一组普通进程，共享的宿主机内核为它们提供各自的文件系统、进程和网络视图以及资源限制。',
    related: ['os-level-virtualization', 'virtual-machine'],
    introducedIn: 'layers-of-abstraction',
  },
  {
    id: 'library-level-virtualization',
    term: 'library-level virtualization',
    zh: '库函数级虚拟化',
    definition:
      'Virtualization at the library (API) or system-call interface of one operating system, reimplemented on top of another, so that unmodified programs written for the first run on the second; Wine and WSL 1 are examples.',
    definitionZh:
      '在一个操作系统的库（API）或系统调用接口上实现的虚拟化，即在另一个操作系统之上重新实现这些接口，使为前者编写的程序无须修改就能在后者上运行；Wine 和 WSL 1 就是例子。',
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
    definitionZh:
      '对一种没有任何硬件实现的指令集进行虚拟化：程序被编译成可移植的中间代码（字节码），由运行时解释执行或编译成宿主机的机器码，如 JVM、.NET CLR 和 WebAssembly。',
    related: ['process-virtual-machine', 'isa-level-virtualization'],
    introducedIn: 'layers-of-abstraction',
  },
  {
    id: 'process-virtual-machine',
    term: 'process virtual machine',
    zh: '进程虚拟机',
    definition:
      'A virtual machine that supports a single program: it is created when the program starts and ends with it, and offers that program an ABI or API rather than a whole machine (language runtimes, binary translators, compatibility layers).',
    definitionZh:
      '只支持单个程序的虚拟机：它随程序启动而创建、随程序结束而终止，向该程序提供的是 ABI 或 API，而不是整台机器（语言运行时、二进制翻译器、兼容层）。',
    related: ['system-virtual-machine', 'language-level-virtualization'],
    introducedIn: 'layers-of-abstraction',
  },
  {
    id: 'system-virtual-machine',
    term: 'system virtual machine',
    zh: '系统虚拟机',
    definition:
      'A virtual machine that provides a complete hardware environment on which a whole operating system and its many processes run, and which persists independently of any one program.',
    definitionZh:
      '提供完整硬件环境的虚拟机，整个操作系统及其众多进程都在其上运行，它的存在不依赖于任何单个程序。',
    related: ['process-virtual-machine', 'hardware-level-virtualization', 'virtual-machine'],
    introducedIn: 'layers-of-abstraction',
  },
];
