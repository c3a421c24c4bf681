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
    related: ['control-group', 'container', 'user-namespace'],
    introducedIn: 'containers',
  },
  {
    id: 'user-namespace',
    term: 'user namespace',
    zh: '用户命名空间',
    definition:
      'A namespace that gives its processes their own mapping of user and group IDs, so that a process can be root (UID 0) inside a container while being an unprivileged user on the host.',
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
    related: ['library-operating-system', 'microvm'],
    introducedIn: 'lightweight-virtualization',
  },
  {
    id: 'microvm',
    term: 'microVM',
    zh: '微虚拟机',
    aliases: ['micro virtual machine', 'microVMs'],
    definition:
      'A hardware-virtualized VM with a deliberately minimal virtual machine monitor and device model (no firmware, a handful of virtio devices), which boots a minimal guest kernel in one to two hundred milliseconds; the monitor itself adds only a few megabytes to the guest’s own memory. Firecracker is the best-known example.',
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
    related: ['microvm', 'user-space-kernel', 'container-runtime'],
    introducedIn: 'lightweight-virtualization',
  },
];
