import type { GlossaryEntry } from '../../lib/glossary';

/** Glossary terms introduced in this part's chapters. */
export const entries: GlossaryEntry[] = [
  // Chapter 8: containers
  {
    id: 'chroot',
    term: 'chroot',
    zh: 'chroot（改变根目录）',
    aliases: ['change root'],
    definition:
      'A Unix system call (and command) that changes the directory a process and its children treat as “/”. It only changes how path names are resolved; it is not a security boundary.',
    definitionZh:
      'Unix 的一个系统调用（及命令），用于改变一个进程及其子进程视为“/”的目录。它只改变路径名的解析方式，并不构成安全边界。',
    related: ['jail', 'os-level-virtualization'],
    introducedIn: 'containers',
  },
  {
    id: 'jail',
    term: 'jail',
    zh: 'FreeBSD Jail 机制',
    aliases: ['FreeBSD jail'],
    definition:
      'FreeBSD’s OS-level virtualization facility (2000): a chroot strengthened so that processes inside, even root, are confined to their own file-system subtree, host name, IP addresses and process set.',
    definitionZh:
      'FreeBSD 的操作系统级虚拟化机制（2000）：一种强化了的 chroot，使其中的进程（即使是 root）被限制在各自的文件系统子树、主机名、IP 地址和进程集合之内。',
    related: ['chroot', 'os-level-virtualization'],
    introducedIn: 'containers',
  },
  {
    id: 'namespace',
    term: 'namespace',
    zh: '命名空间',
    aliases: ['Linux namespace', 'namespaces'],
    definition:
      'A Linux kernel mechanism that wraps a global resource (mount points, process IDs, network stack, host name, IPC objects, user IDs, cgroup root, clocks) so that the processes inside see their own isolated instance of it.',
    definitionZh:
      'Linux 内核的一种机制，它把某种全局资源（挂载点、进程 ID、网络栈、主机名、IPC 对象、用户 ID、cgroup 根、时钟）包装起来，使命名空间内的进程看到该资源自己的一份隔离实例。',
    related: ['control-group', 'container', 'user-namespace'],
    introducedIn: 'containers',
  },
  {
    id: 'user-namespace',
    term: 'user namespace',
    zh: '用户命名空间',
    definition:
      'A namespace that gives its processes their own mapping of user and group IDs, so that a process can be root (UID 0) inside a container while being an unprivileged user on the host.',
    definitionZh:
      '为其中的进程提供自己的用户 ID 与组 ID 映射的命名空间，使一个进程可以在容器内是 root（UID 0），而在宿主机上只是一个非特权用户。',
    related: ['namespace', 'linux-capabilities'],
    introducedIn: 'containers',
  },
  {
    id: 'rootless-container',
    term: 'rootless container',
    zh: '无根容器',
    aliases: ['rootless mode'],
    definition:
      'A container whose engine and runtime run as an ordinary, unprivileged user inside a user namespace, with container IDs mapped to the user’s subordinate ID range, so that an escape yields no more than that user’s privileges on the host.',
    definitionZh:
      '一种容器：其引擎和运行时都以普通的非特权用户身份在用户命名空间中运行，容器内的 ID 映射到该用户的从属 ID 范围，因此即使发生逃逸，得到的权限也不会超过该用户在宿主机上的权限。',
    related: ['user-namespace', 'container', 'control-group'],
    introducedIn: 'containers',
  },
  {
    id: 'control-group',
    term: 'control group',
    zh: '控制组',
    aliases: ['cgroup', 'cgroups', 'cgroup v2'],
    definition:
      'A Linux kernel mechanism that organizes processes into a hierarchy and lets controllers account for and limit what each group uses: CPU time, memory, block I/O, number of processes and more.',
    definitionZh:
      'Linux 内核的一种机制，它把进程组织成层次结构，并让各控制器统计和限制每个组使用的资源：CPU 时间、内存、块 I/O、进程数等。',
    related: ['namespace', 'container'],
    introducedIn: 'containers',
  },
  {
    id: 'union-file-system',
    term: 'union file system',
    zh: '联合文件系统',
    aliases: ['union mount', 'overlay file system', 'OverlayFS', 'overlayfs'],
    definition:
      'A file system that presents several directory trees stacked on top of each other as one: reads fall through to the highest layer that has the file, and writes go only to the top, writable layer.',
    definitionZh:
      '把层层叠放的若干目录树呈现为一棵目录树的文件系统：读操作落到含有该文件的最上层，写操作只进入最顶层的可写层。',
    related: ['copy-on-write', 'container-image'],
    introducedIn: 'containers',
  },
  {
    id: 'copy-on-write',
    term: 'copy-on-write',
    zh: '写时复制',
    aliases: ['CoW', 'COW'],
    definition:
      'A technique in which several users share one copy of some data until one of them writes; only then is a private copy made for the writer. Container layers, process forking and memory page sharing all rely on it.',
    definitionZh:
      '一种技术：多个使用者共享同一份数据，直到其中一个进行写入，这时才为写入者复制一份私有副本。容器分层、进程 fork 和内存页共享都依赖这种技术。',
    related: ['union-file-system'],
    introducedIn: 'containers',
  },
  {
    id: 'container-image',
    term: 'container image',
    zh: '容器镜像',
    aliases: ['image', 'Docker image', 'OCI image'],
    definition:
      'A read-only, portable package of a container’s root file system, stored as an ordered list of layers, together with configuration (the command to run, environment, ports) and a manifest that names the layers by their hashes.',
    definitionZh:
      '容器根文件系统的只读、可移植的打包形式，以有序的层列表形式存储，并附有配置（要运行的命令、环境变量、端口）和一个以哈希值标明各层的清单（manifest）。',
    related: ['union-file-system', 'container-registry', 'open-container-initiative'],
    introducedIn: 'containers',
  },
  {
    id: 'container-registry',
    term: 'container registry',
    zh: '镜像仓库',
    aliases: ['registry', 'image registry', 'repository'],
    definition:
      'A server that stores and distributes container images, such as Docker Hub or a company’s private registry; clients push images to it and pull them by name, tag or content hash.',
    definitionZh:
      '存储和分发容器镜像的服务器，例如 Docker Hub 或公司的私有仓库；客户端把镜像推送到仓库，并按名称、标签或内容哈希拉取镜像。',
    related: ['container-image'],
    introducedIn: 'containers',
  },
  {
    id: 'container-runtime',
    term: 'container runtime',
    zh: '容器运行时',
    aliases: ['OCI runtime', 'low-level runtime', 'high-level runtime'],
    definition:
      'The software that actually creates containers. A low-level (OCI) runtime such as runc sets up namespaces, cgroups and the root file system and starts the process; a high-level runtime such as containerd manages images, storage and the lifecycle of many containers.',
    definitionZh:
      '实际创建容器的软件。低层（OCI）运行时（例如 runc）负责设置命名空间、cgroup 和根文件系统并启动进程；高层运行时（例如 containerd）负责管理镜像、存储以及大量容器的生命周期。',
    related: ['open-container-initiative', 'container', 'container-orchestration'],
    introducedIn: 'containers',
  },
  {
    id: 'open-container-initiative',
    term: 'Open Container Initiative',
    zh: '开放容器倡议',
    aliases: ['OCI', 'OCI specifications'],
    definition:
      'A Linux Foundation project that publishes vendor-neutral specifications for containers: the image format, the runtime (how a bundle is started) and the distribution protocol, so that images and runtimes from different vendors interoperate.',
    definitionZh:
      'Linux 基金会的一个项目，发布与厂商无关的容器规范：镜像格式、运行时（如何启动一个 bundle）和分发协议，使不同厂商的镜像和运行时能够互操作。',
    related: ['container-image', 'container-runtime'],
    introducedIn: 'containers',
  },
  {
    id: 'linux-capabilities',
    term: 'capabilities',
    zh: 'Linux 权能（capabilities）',
    aliases: ['Linux capabilities', 'capability'],
    definition:
      'The division of root’s privileges into separate units (such as CAP_NET_ADMIN or CAP_SYS_ADMIN) that can be granted or dropped one by one, so a container’s root can be given only the few privileges it needs.',
    definitionZh:
      '把 root 的特权划分为一个个独立的单元（例如 CAP_NET_ADMIN 或 CAP_SYS_ADMIN），可以逐项授予或放弃，因此容器中的 root 可以只获得它所需的少数特权。',
    related: ['seccomp', 'user-namespace'],
    introducedIn: 'containers',
  },
  {
    id: 'seccomp',
    term: 'seccomp',
    zh: '安全计算模式（seccomp）',
    aliases: ['seccomp-bpf', 'secure computing mode'],
    definition:
      'A Linux facility that lets a process install a filter, written as a small BPF program, which the kernel runs on every system call the process makes, allowing, denying or trapping it. It shrinks the kernel interface a container can reach.',
    definitionZh:
      'Linux 的一种机制，允许进程安装一个以小型 BPF 程序编写的过滤器，内核对该进程发起的每个系统调用运行这个过滤器，以允许、拒绝或捕获该调用。它缩小了容器能够触及的内核接口。',
    related: ['linux-capabilities', 'linux-security-module'],
    introducedIn: 'containers',
  },
  {
    id: 'linux-security-module',
    term: 'Linux Security Module',
    zh: 'Linux 安全模块',
    aliases: ['LSM', 'AppArmor', 'SELinux'],
    definition:
      'A framework of hooks in the Linux kernel through which mandatory access control policies, such as AppArmor and SELinux, check operations (opening files, mounting, using the network) against rules that even root cannot bypass.',
    definitionZh:
      'Linux 内核中的钩子框架，AppArmor 和 SELinux 等强制访问控制策略借助它，按照连 root 也无法绕过的规则检查各种操作（打开文件、挂载、使用网络）。',
    related: ['seccomp', 'linux-capabilities'],
    introducedIn: 'containers',
  },
  {
    id: 'container-escape',
    term: 'container escape',
    zh: '容器逃逸',
    aliases: ['container breakout'],
    definition:
      'An attack in which code running inside a container gains access to the host or to other containers, usually through a kernel bug, a runtime bug or a misconfiguration such as a privileged container.',
    definitionZh:
      '一种攻击：在容器内运行的代码获得了对宿主机或其他容器的访问，通常是利用内核缺陷、运行时缺陷，或特权容器之类的错误配置。',
    related: ['container', 'linux-capabilities'],
    introducedIn: 'containers',
  },
  {
    id: 'container-orchestration',
    term: 'container orchestration',
    zh: '容器编排',
    aliases: ['orchestrator', 'Kubernetes'],
    definition:
      'Automating where and how containers run across a cluster: scheduling them onto machines, restarting failed ones, scaling, networking and rolling out new versions. Kubernetes is the dominant orchestrator; it drives container runtimes but is not itself a virtualization technology.',
    definitionZh:
      '在集群中自动决定容器在哪里、以何种方式运行：把容器调度到机器上，重启失败的容器，扩缩容，配置网络，以及滚动发布新版本。Kubernetes 是占主导地位的编排器；它驱动容器运行时，但本身并不是一种虚拟化技术。',
    related: ['container-runtime', 'container'],
    introducedIn: 'containers',
  },

  // Chapter 9: library- and language-level virtualization
  {
    id: 'compatibility-layer',
    term: 'compatibility layer',
    zh: '兼容层',
    definition:
      'Software that lets programs written for one operating system run on another by reimplementing the first system’s interfaces (its libraries or its system calls) on top of the second, without emulating any hardware.',
    definitionZh:
      '一类软件：在一个操作系统之上重新实现另一个操作系统的接口（库或系统调用），使为后者编写的程序能在前者上运行，而不仿真任何硬件。',
    related: ['library-level-virtualization', 'windows-subsystem-for-linux'],
    introducedIn: 'library-and-language-vms',
  },
  {
    id: 'windows-subsystem-for-linux',
    term: 'Windows Subsystem for Linux',
    zh: '适用于 Linux 的 Windows 子系统',
    aliases: ['WSL', 'WSL 1', 'WSL 2'],
    definition:
      'Microsoft’s facility for running unmodified Linux programs on Windows. WSL 1 (2016) translated Linux system calls inside the Windows kernel; WSL 2 (announced 2019) runs a real Linux kernel in a lightweight, managed virtual machine.',
    definitionZh:
      '微软在 Windows 上运行未经修改的 Linux 程序的机制。WSL 1（2016）在 Windows 内核中翻译 Linux 系统调用；WSL 2（2019 年宣布）在一台轻量的托管虚拟机中运行真正的 Linux 内核。',
    related: ['compatibility-layer', 'library-level-virtualization'],
    introducedIn: 'library-and-language-vms',
  },
  {
    id: 'bytecode',
    term: 'bytecode',
    zh: '字节码',
    aliases: ['intermediate code', 'intermediate language'],
    definition:
      'The instruction set of a language virtual machine: compact, portable code (Java class files, CIL, DEX, WebAssembly) that compilers emit instead of machine code, and that a runtime verifies, interprets or compiles on the target machine.',
    definitionZh:
      '语言虚拟机的指令集：编译器生成的紧凑、可移植的代码（Java 类文件、CIL、DEX、WebAssembly），用以代替机器码，由运行时在目标机器上验证、解释执行或编译。',
    related: ['language-level-virtualization', 'just-in-time-compilation'],
    introducedIn: 'library-and-language-vms',
  },
  {
    id: 'java-virtual-machine',
    term: 'Java virtual machine',
    zh: 'Java 虚拟机',
    aliases: ['JVM', 'HotSpot'],
    definition:
      'The abstract machine defined by Oracle’s JVM specification, which executes class files of bytecode; an implementation such as HotSpot provides class loading, run-time data areas, an execution engine with interpreter and JIT compiler, a native interface and a garbage collector.',
    definitionZh:
      '由 Oracle 的 JVM 规范定义的抽象机器，执行由字节码构成的类文件；HotSpot 等实现提供类加载、运行时数据区、带解释器和 JIT 编译器的执行引擎、本地接口以及垃圾回收器。',
    related: ['bytecode', 'class-loader', 'garbage-collection', 'just-in-time-compilation'],
    introducedIn: 'library-and-language-vms',
  },
  {
    id: 'class-loader',
    term: 'class loader',
    zh: '类加载器',
    aliases: ['class loader subsystem'],
    definition:
      'The JVM subsystem that finds the binary form of a class, loads it, links it (verification, preparation, resolution) and initializes it, on demand the first time the class is used.',
    definitionZh:
      'JVM 中的一个子系统，在某个类首次被使用时按需查找该类的二进制形式，并完成加载、链接（验证、准备、解析）和初始化。',
    related: ['java-virtual-machine'],
    introducedIn: 'library-and-language-vms',
  },
  {
    id: 'just-in-time-compilation',
    term: 'just-in-time compilation',
    zh: '即时编译',
    aliases: ['JIT', 'JIT compiler'],
    definition:
      'Compiling bytecode to native machine code while the program runs, usually only for the methods that profiling shows to be hot, so that frequently executed code runs at close to native speed while cold code stays interpreted.',
    definitionZh:
      '在程序运行时把字节码编译为本地机器码，通常只编译性能剖析显示为热点的方法，使频繁执行的代码以接近原生的速度运行，而冷代码仍然解释执行。',
    related: ['bytecode', 'ahead-of-time-compilation', 'java-virtual-machine'],
    introducedIn: 'library-and-language-vms',
  },
  {
    id: 'ahead-of-time-compilation',
    term: 'ahead-of-time compilation',
    zh: '预先编译',
    aliases: ['AOT'],
    definition:
      'Compiling bytecode to native code before the program runs, for example when an app is installed, so that no compiler work is needed at start-up; Android’s ART introduced it for DEX code.',
    definitionZh:
      '在程序运行之前（例如安装应用时）就把字节码编译为本地代码，使启动时无须任何编译工作；Android 的 ART 为 DEX 代码引入了这种方式。',
    related: ['just-in-time-compilation', 'android-runtime'],
    introducedIn: 'library-and-language-vms',
  },
  {
    id: 'garbage-collection',
    term: 'garbage collection',
    zh: '垃圾回收',
    aliases: ['garbage collector', 'GC'],
    definition:
      'Automatic reclamation of heap memory: the runtime finds objects that no running code can reach any more and frees their memory, so programs never free objects explicitly.',
    definitionZh:
      '自动回收堆内存：运行时找出任何运行中的代码都无法再访问到的对象并释放其内存，因此程序从不需要显式释放对象。',
    related: ['java-virtual-machine'],
    introducedIn: 'library-and-language-vms',
  },
  {
    id: 'java-native-interface',
    term: 'Java Native Interface',
    zh: 'Java 本地接口',
    aliases: ['JNI', 'native method interface'],
    definition:
      'The JVM’s standard interface for calling code written in C, C++ or assembly (native methods) from Java, and for native code to create and use Java objects.',
    definitionZh:
      'JVM 的标准接口，用于从 Java 调用以 C、C++ 或汇编编写的代码（本地方法），也供本地代码创建和使用 Java 对象。',
    related: ['java-virtual-machine'],
    introducedIn: 'library-and-language-vms',
  },
  {
    id: 'common-language-infrastructure',
    term: 'Common Language Infrastructure',
    zh: '公共语言基础结构',
    aliases: ['CLI', 'ECMA-335', 'Common Intermediate Language', 'CIL'],
    definition:
      'The ECMA-335 standard that defines a language-neutral virtual execution system: a common type system, metadata, the Common Intermediate Language (CIL) and rules for cross-language interoperation. Microsoft’s CLR and Mono implement it.',
    definitionZh:
      'ECMA-335 标准，它定义了一个与语言无关的虚拟执行系统：通用类型系统、元数据、公共中间语言（CIL）以及跨语言互操作的规则。微软的 CLR 和 Mono 实现了这一标准。',
    related: ['common-language-runtime', 'bytecode'],
    introducedIn: 'library-and-language-vms',
  },
  {
    id: 'common-language-runtime',
    term: 'Common Language Runtime',
    zh: '公共语言运行时',
    aliases: ['CLR', '.NET runtime'],
    definition:
      'Microsoft’s implementation of the CLI’s virtual execution system for .NET: it loads assemblies, verifies and JIT-compiles CIL, manages memory with a garbage collector and lets code written in C#, F#, Visual Basic and other languages interoperate.',
    definitionZh:
      '微软为 .NET 实现的 CLI 虚拟执行系统：它加载程序集，验证并 JIT 编译 CIL，用垃圾回收器管理内存，并让以 C#、F#、Visual Basic 等语言编写的代码互操作。',
    related: ['common-language-infrastructure', 'just-in-time-compilation'],
    introducedIn: 'library-and-language-vms',
  },
  {
    id: 'dalvik',
    term: 'Dalvik',
    zh: 'Dalvik 虚拟机',
    aliases: ['Dalvik virtual machine', 'DEX'],
    definition:
      'Android’s original runtime, a register-based virtual machine that ran DEX (Dalvik Executable) bytecode with an interpreter and a JIT compiler; ART replaced it as the default in Android 5.0.',
    definitionZh:
      'Android 最初的运行时，一种基于寄存器的虚拟机，用解释器和 JIT 编译器运行 DEX（Dalvik 可执行文件）字节码；从 Android 5.0 起，ART 取代它成为默认运行时。',
    related: ['android-runtime', 'bytecode'],
    introducedIn: 'library-and-language-vms',
  },
  {
    id: 'android-runtime',
    term: 'Android Runtime',
    zh: 'Android 运行时（ART）',
    aliases: ['ART'],
    definition:
      'The managed runtime of Android since version 5.0. It executes the same DEX bytecode as Dalvik but compiles it ahead of time with dex2oat, and later versions mix this with JIT compilation guided by profiles.',
    definitionZh:
      'Android 自 5.0 版起的托管运行时。它执行与 Dalvik 相同的 DEX 字节码，但用 dex2oat 预先编译；后来的版本把预先编译与基于性能剖析数据的 JIT 编译结合起来。',
    related: ['dalvik', 'ahead-of-time-compilation'],
    introducedIn: 'library-and-language-vms',
  },
  {
    id: 'webassembly',
    term: 'WebAssembly',
    zh: 'WebAssembly 二进制指令格式',
    aliases: ['Wasm'],
    definition:
      'A portable, compact binary instruction format for a stack-based virtual machine, standardized by the W3C, designed to be validated quickly and run safely at near-native speed in browsers and, increasingly, outside them.',
    definitionZh:
      '一种面向基于栈的虚拟机的可移植、紧凑的二进制指令格式，由 W3C 标准化；其设计目标是能够快速验证，并在浏览器中（也越来越多地在浏览器之外）以接近原生的速度安全运行。',
    related: ['bytecode', 'language-level-virtualization'],
    introducedIn: 'library-and-language-vms',
  },

  // Chapter 10: lightweight virtualization
  {
    id: 'library-operating-system',
    term: 'library operating system',
    zh: '库操作系统',
    aliases: ['library OS', 'LibOS'],
    definition:
      'An operating system whose services (memory management, network stack, file systems, drivers) are provided as libraries linked into the application rather than by a separate kernel, so that only the services an application uses are included.',
    definitionZh:
      '一种操作系统，其服务（内存管理、网络协议栈、文件系统、驱动）以链接进应用程序的库的形式提供，而不是由单独的内核提供，因此只包含应用程序实际用到的服务。',
    related: ['unikernel'],
    introducedIn: 'lightweight-virtualization',
  },
  {
    id: 'unikernel',
    term: 'unikernel',
    zh: '单内核（unikernel）',
    aliases: ['unikernels'],
    definition:
      'A single-purpose virtual machine image built by linking one application with just the library-operating-system components it needs into a single address space, which boots directly on a hypervisor. MirageOS, Unikraft and OSv are examples.',
    definitionZh:
      '一种单一用途的虚拟机镜像：把一个应用程序与它所需的库操作系统组件链接到同一个地址空间中，直接在虚拟机监视器上启动。MirageOS、Unikraft 和 OSv 都是例子。',
    related: ['library-operating-system', 'microvm'],
    introducedIn: 'lightweight-virtualization',
  },
  {
    id: 'microvm',
    term: 'microVM',
    zh: '微虚拟机',
    aliases: ['micro virtual machine', 'microVMs'],
    definition:
      'A hardware-virtualized VM with a deliberately minimal virtual machine monitor and device model (no firmware, a handful of virtio devices), which boots a minimal guest kernel in a fraction of a second (Firecracker’s specification: at most 125 ms to the guest’s init); the monitor itself adds only a few megabytes to the guest’s own memory. Firecracker is the best-known example.',
    definitionZh:
      '一种硬件虚拟化的虚拟机，其虚拟机监视器和设备模型被有意精简到最少（没有固件，只有少数几个 virtio 设备），能在远不到一秒的时间内启动一个精简的客户机内核（Firecracker 的规格：到客户机 init 至多 125 ms）；监视器本身只在客户机自身的内存之外增加几 MB。Firecracker 是最著名的例子。',
    related: ['unikernel', 'sandboxed-container'],
    introducedIn: 'lightweight-virtualization',
  },
  {
    id: 'user-space-kernel',
    term: 'user-space kernel',
    zh: '用户态内核',
    aliases: ['application kernel'],
    definition:
      'A program that implements an operating system’s system-call interface in user mode and services a sandboxed application’s system calls itself, passing only a small, filtered set on to the real host kernel; gVisor’s Sentry is an example.',
    definitionZh:
      '一种程序：在用户态实现操作系统的系统调用接口，自己处理沙箱内应用程序的系统调用，只把经过过滤的一小部分调用转交给真正的宿主机内核；gVisor 的 Sentry 就是一例。',
    related: ['sandboxed-container', 'seccomp'],
    introducedIn: 'lightweight-virtualization',
  },
  {
    id: 'sandboxed-container',
    term: 'sandboxed container',
    zh: '安全容器',
    aliases: ['secure container', 'sandboxed container runtime'],
    definition:
      'A container that keeps the container interface (images, OCI runtime, Kubernetes pods) but adds a second isolation boundary around it, either a lightweight VM per pod (Kata Containers) or a user-space kernel (gVisor).',
    definitionZh:
      '一种容器，它保留容器接口（镜像、OCI 运行时、Kubernetes Pod），但在外面再加一道隔离边界：要么是每个 Pod 一台轻量虚拟机（Kata Containers），要么是一个用户态内核（gVisor）。',
    related: ['microvm', 'user-space-kernel', 'container-runtime'],
    introducedIn: 'lightweight-virtualization',
  },
];
