import type { CoveragePoint } from '../../lib/coverage';

/** Points of the five source articles covered by this part's chapters. */
export const points: CoveragePoint[] = [
  // ---- Source article 000 (taxonomy survey) ----
  {
    article: '000',
    point: 'OS-level virtualization: the kernel provides several isolated user-space instances (containers), each with its own file system, network, settings and libraries',
    covered: 'sec:containers/one-kernel-many-user-spaces',
  },
  {
    article: '000',
    point: 'OS-level virtualization is efficient, with very low overhead, and needs no special hardware support',
    covered: 'sec:containers/what-a-container-is-and-is-not',
  },
  {
    article: '000',
    point: 'OS-level virtualization is less flexible: every container must use the same operating system (kernel) as the host',
    covered: 'sec:lightweight-virtualization/virtual-machines-and-containers-point-by-point',
  },
  {
    article: '000',
    point: 'OS-level isolation between user-space instances is comparatively coarse-grained',
    covered: 'sec:containers/container-security',
  },
  {
    article: '000',
    point: 'Promised sections on chroot, LXC, Docker, Linux-VServer and Virtuozzo/OpenVZ as OS-level implementations',
    covered: 'sec:containers/from-chroot-to-lxc-a-short-lineage',
  },
  {
    article: '000',
    point: 'Library-level virtualization: operating systems expose different library interfaces; virtualizing them lets unmodified applications run on another OS (Wine emulates the Windows library interface on Linux)',
    covered: 'sec:library-and-language-vms/wine-reimplementing-an-api',
  },
  {
    article: '000',
    point: 'Language-level virtual machines (JVM, Microsoft CLR) run process-level jobs compiled to intermediate code for a virtual architecture, which the runtime translates to machine code',
    covered: 'sec:library-and-language-vms/language-virtual-machines',
  },

  // ---- Source article 001 (cloud virtualization popular science) ----
  {
    article: '001',
    point: 'Virtualizing a whole computer is costly when a program only wants an isolated execution environment',
    covered: 'sec:containers/one-kernel-many-user-spaces',
  },
  {
    article: '001',
    point: 'A host struggles at about 10 VMs but copes easily with 100 isolated environments',
    covered: 'sec:lightweight-virtualization/packing-a-host',
    correction: { right: 'Illustrative only: Xen targeted 100 VMs per host in 2003 and LightVM ran thousands of lightweight guests; density depends on per-VM memory and monitor overhead', source: 'barham2003' },
  },
  {
    article: '001',
    point: 'LXC uses cgroups and namespaces to isolate files, network and other resources in a separate space on the native OS',
    covered: 'sec:containers/lxc',
  },
  {
    article: '001',
    point: 'Analogy: a three-bedroom flat divided by a sublandlord into self-contained studios',
    covered: 'sec:containers/an-analogy-one-flat-several-studios',
  },
  {
    article: '001',
    point: 'Docker is in essence close to LXC and was at first a higher-level wrapper of it; it packages components and dependencies for portability',
    covered: 'sec:containers/lxc',
    correction: { right: 'Docker began on LXC but switched to its own libcontainer as the default in version 0.9 (March 2014) and removed the LXC driver in 1.10', source: 'docker2014' },
  },
  {
    article: '001',
    point: 'Containers are light: their instructions run directly on the CPU and all share one operating system',
    covered: 'sec:containers/what-a-container-is-and-is-not',
  },
  {
    article: '001',
    point: 'Containers are less secure than VMs: a shared kernel means a kernel exploit can let a program escape and endanger the host',
    covered: 'sec:containers/container-security',
  },
  {
    article: '001',
    point: 'Firecracker combines the strong isolation of VMs with the lightness of containers as microVMs isolated by KVM',
    covered: 'sec:lightweight-virtualization/microvms-firecracker',
  },
  {
    article: '001',
    point: 'Each microVM runs a stripped-down micro OS designed specifically for containers',
    covered: 'sec:lightweight-virtualization/what-it-achieves',
    correction: { right: 'Firecracker runs ordinary Linux guest kernels (4.14 and later) and OSv guests, typically with a minimal configuration', source: 'firecrackerfaq2026' },
  },
  {
    article: '001',
    point: 'Google’s gVisor and Intel’s NEMU also work in this ultra-light virtualization space',
    covered: 'sec:lightweight-virtualization/gvisor-a-kernel-in-user-space',
  },
  {
    article: '001',
    point: 'Intel’s NEMU as a lightweight hypervisor',
    covered: 'sec:lightweight-virtualization/what-it-achieves',
  },
  {
    article: '001',
    point: 'Trend: the granularity of virtualization moves from whole machines to an OS to the environment of one microservice',
    covered: 'sec:lightweight-virtualization/choosing-an-isolation-boundary',
  },

  // ---- Source article 002 (study note) ----
  {
    article: '002',
    point: 'OS-level virtualization is containerization: several user-space instances with their own environment, each an isolated process rather than a full OS; Docker is small, fast to start, scalable and suited to microservices and CI',
    covered: 'sec:containers/what-a-container-is-and-is-not',
  },
  {
    article: '002',
    point: 'Function-library-level virtualization virtualizes OS library interfaces so software runs unmodified on another OS; Wine runs Windows programs on Linux',
    covered: 'sec:library-and-language-vms/wine-reimplementing-an-api',
  },
  {
    article: '002',
    point: 'Process-level (language-level) virtualization: a process that simulates an abstract computer with its own architecture; JVM, Dalvik and ART',
    covered: 'sec:library-and-language-vms/language-virtual-machines',
  },
  {
    article: '002',
    point: 'Android runtimes named “Dailvik” and ART',
    covered: 'sec:library-and-language-vms/dalvik-and-art',
    correction: { right: 'The runtime is spelled Dalvik; ART replaced it as the default in Android 5.0', source: 'android2014' },
  },
  {
    article: '002',
    point: 'Containers are lightweight VMs without a guest OS: many containers share one kernel, contain the application and its environment, are tens to hundreds of MB, and depend on the host OS',
    covered: 'sec:containers/what-a-container-is-and-is-not',
  },
  {
    article: '002',
    point: 'Container isolation is weak and leads to escape vulnerabilities, so public clouds run containers inside VMs for multi-tenant isolation, wasting resources',
    covered: 'sec:lightweight-virtualization/virtual-machines-and-containers-point-by-point',
  },
  {
    article: '002',
    point: 'AWS built Firecracker to give a secure, flexible and efficient runtime as its services grew',
    covered: 'sec:lightweight-virtualization/why-aws-built-it',
  },
  {
    article: '002',
    point: 'Firecracker is an open-source lightweight virtualization runtime by AWS for serverless and container workloads; microVMs implement only the devices modern workloads need and combine VM security with container speed',
    covered: 'sec:lightweight-virtualization/a-minimal-monitor',
  },
  {
    article: '002',
    point: 'Firecracker advantages: one container or pod per microVM, memory-safe Rust, a minimal device model “based on crosvm”, ultra-light design',
    covered: 'sec:lightweight-virtualization/a-minimal-monitor',
    correction: { right: 'Firecracker started from crosvm, but the two have diverged; they now share components through rust-vmm', source: 'firecrackerfaq2026' },
  },
  {
    article: '002',
    point: 'Four-point comparison of VMs, containers and Firecracker: isolation, resource use, start-up time, flexibility',
    covered: 'sec:lightweight-virtualization/isolation-resources-start-up-time-and-flexibility',
  },
  {
    article: '002',
    point: 'Summary: VMs give the best isolation for complex workloads; containers are light and portable; Firecracker balances efficiency and isolation between them',
    covered: 'sec:lightweight-virtualization/isolation-resources-start-up-time-and-flexibility',
  },

  // ---- Source article 003 (lecture slides) ----
  {
    article: '003',
    point: 'OS-level virtualization: the host kernel allows several isolated user-space instances (containers); chroot, Linux-VServer, OpenVZ, LXC and Docker are examples',
    covered: 'sec:containers/from-chroot-to-lxc-a-short-lineage',
  },
  {
    article: '003',
    point: 'chroot changes a process’s root directory so it cannot reach files outside; useful for maintenance and troubleshooting of systems that cannot boot',
    covered: 'sec:containers/chroot',
  },
  {
    article: '003',
    point: 'chroot greatly increases system security',
    covered: 'sec:containers/chroot',
    correction: { right: 'chroot is not a security boundary: it only changes path-name resolution, and root can escape it', source: 'manchroot2026' },
  },
  {
    article: '003',
    point: 'Linux-VServer uses security contexts, segmented routing and chroot to create isolated virtual private servers',
    covered: 'sec:containers/linux-vserver-and-openvz',
  },
  {
    article: '003',
    point: 'Namespaces isolate kernel resources; cgroups prioritize and limit CPU, memory, I/O and network; LXC combines them',
    covered: 'sec:containers/namespaces-what-a-process-can-see',
  },
  {
    article: '003',
    point: 'Control groups set priorities and limits on CPU, memory and I/O',
    covered: 'sec:containers/control-groups-what-a-process-can-use',
  },
  {
    article: '003',
    point: 'Docker’s core technologies: namespaces, cgroups, union file systems and a container format',
    covered: 'sec:containers/layered-images-and-copy-on-write',
  },
  {
    article: '003',
    point: 'Feature matrix of chroot, Linux-VServer, OpenVZ, LXC and Docker (copy-on-write, quotas, isolation, I/O limits, memory limits, live migration)',
    covered: 'sec:containers/comparing-os-level-virtualization-systems',
    correction: { right: 'The table is a translation of Wikipedia’s implementations table mixing revisions; Docker’s “indirect” disk quota is “partial”, root isolation and I/O rate limiting date from Docker 1.10, checkpointing is experimental, and Linux-VServer is defunct', source: 'oslevel-wikipedia2026' },
  },
  {
    article: '003',
    point: 'Library-level virtualization virtualizes the OS library interface so applications run unmodified on other OSes; Wine and WSL are typical',
    covered: 'sec:library-and-language-vms/wine-reimplementing-an-api',
  },
  {
    article: '003',
    point: 'Wine is a compatibility layer for running Windows applications on POSIX-compliant systems, an implementation of the Windows API',
    covered: 'sec:library-and-language-vms/how-wine-works',
  },
  {
    article: '003',
    point: 'WSL is library-level virtualization that runs tools from a genuine Ubuntu 14.04 image natively',
    covered: 'sec:library-and-language-vms/wsl-1-and-wsl-2',
    correction: { right: 'The Ubuntu 14.04 detail describes only the 2016 beta; WSL 1 translates system calls in the Windows kernel, and WSL 2 (2019) runs a real Linux kernel in a lightweight VM', source: 'microsoft-wsl2024' },
  },
  {
    article: '003',
    point: 'Language-level virtualization compiles to an intermediate format that is translated to the target machine’s instructions; JVM and CLI are classic examples',
    covered: 'sec:library-and-language-vms/language-virtual-machines',
  },
  {
    article: '003',
    point: 'The JVM is a specification; it has its own complete architecture and is essentially a program',
    covered: 'sec:library-and-language-vms/a-specification-not-a-program',
  },
  {
    article: '003',
    point: 'The JVM has five modules: class loader subsystem, runtime data areas, execution engine, native method interface and garbage collector',
    covered: 'sec:library-and-language-vms/the-five-subsystems',
  },
  {
    article: '003',
    point: 'The CLI specifies how types are declared, used and managed at run time and supports cross-language interoperation, type safety and high-performance execution',
    covered: 'sec:library-and-language-vms/the-cli-and-the-clr',
  },
  {
    article: '003',
    point: 'VMs come from hardware-abstraction-level virtualization and containers from OS-level virtualization; architecture of hosted VMs versus containers',
    covered: 'sec:lightweight-virtualization/virtual-machines-and-containers-point-by-point',
  },
  {
    article: '003',
    point: 'Container advantages over VMs: start-up time, disk and memory use, performance, density, lightness, fast deployment, portability, elastic management',
    covered: 'sec:lightweight-virtualization/virtual-machines-and-containers-point-by-point',
  },
  {
    article: '003',
    point: 'VM advantages over containers: workload migration, cross-OS virtualization, stronger security, more powerful virtualization (even an Android VM)',
    covered: 'sec:lightweight-virtualization/virtual-machines-and-containers-point-by-point',
  },
  {
    article: '003',
    point: 'Docker features: lightweight, standard (open standards), secure',
    covered: 'sec:containers/the-oci-specifications',
  },
  {
    article: '003',
    point: 'A failing Docker container affects neither other containers nor endangers the system itself',
    covered: 'sec:containers/a-real-escape-cve-2019-5736',
    correction: { right: 'Containers share the host kernel and runtime, and escapes happen: runc CVE-2019-5736 (CVSS 8.6) gave a malicious container root on the host', source: 'nvd2019' },
  },
  {
    article: '003',
    point: 'Docker components: images, containers (in essence host processes) and repositories (registries)',
    covered: 'sec:containers/images-containers-and-registries',
  },
  {
    article: '003',
    point: 'Docker security mechanisms: kernel namespaces, control groups, daemon security, kernel capabilities, other security mechanisms',
    covered: 'sec:containers/layers-of-defence',
  },
  {
    article: '003',
    point: 'Docker’s overall architecture and components (diagram)',
    covered: 'sec:containers/dockers-architecture',
  },
  {
    article: '003',
    point: 'Kernel types: monolithic kernels versus microkernels',
    covered: 'sec:lightweight-virtualization/library-operating-systems',
  },
  {
    article: '003',
    point: 'A library OS implements the traditional kernel services separately as libraries',
    covered: 'sec:lightweight-virtualization/library-operating-systems',
  },
  {
    article: '003',
    point: 'Unikernels are images built with a LibOS, with five advantages: security, small footprint, optimizability, fast boot, efficiency',
    covered: 'sec:lightweight-virtualization/library-operating-systems',
  },
  {
    article: '003',
    point: 'Firecracker is a lightweight VMM designed for secure, efficient serverless functions and containers; advantages: security, fast start, low overhead',
    covered: 'sec:lightweight-virtualization/microvms-firecracker',
  },
  {
    article: '003',
    point: 'Performance table: start-up time, image size, memory overhead and language dependence of VMs, containers, unikernels and Firecracker',
    covered: 'sec:lightweight-virtualization/how-fast-and-how-small-the-numbers',
  },
  {
    article: '003',
    point: 'Container start-up time of about 800/1000 microseconds',
    covered: 'sec:lightweight-virtualization/how-fast-and-how-small-the-numbers',
    correction: { right: 'The unit is milliseconds: the kernel’s part (namespaces, cgroup, process) takes milliseconds, but Docker start times are hundreds of milliseconds or more, and LightVM’s 2.3 ms boot was two orders of magnitude faster than Docker', source: 'manco2017' },
  },
  {
    article: '003',
    point: 'Unikernels have weak programming-language dependence',
    covered: 'sec:lightweight-virtualization/mirageos-unikraft-and-osv',
    correction: { right: 'Only POSIX-compatible unikernels (OSv, Unikraft) are language-independent; MirageOS requires OCaml and HaLVM Haskell', source: 'madhavapeddy2013' },
  },
  {
    article: '003',
    point: 'Traditional VMs start in about 5–10 s with images of about 1000 MB and about 100 MB memory overhead',
    covered: 'sec:lightweight-virtualization/how-fast-and-how-small-the-numbers',
    correction: { right: 'Unsourced and distribution-dependent: a statically linked QEMU boots a minimal Linux guest in about 0.23 s (median, NSDI ’20 artifact data), and the Firecracker paper measured QEMU’s monitor overhead at about 131 MB beyond the guest’s memory', source: 'firecracker-data2020' },
  },
  {
    article: '003',
    point: 'Review question: briefly compare traditional VMs and containers and outline the advantages of each',
    covered: 'sec:lightweight-virtualization/review-questions',
  },

  // ---- Source article 004 (Kunpeng book notes) ----
  {
    article: '004',
    point: 'OS virtualization runs an independent OS in each virtual machine and needs a VMM',
    covered: 'sec:containers/what-a-container-is-and-is-not',
    correction: { right: 'OS-level virtualization shares one kernel among isolated user spaces and has no VMM', source: 'mannamespaces2026' },
  },
  {
    article: '004',
    point: 'The OS kernel provides isolated user-space instances with their own file system, network, settings and libraries, also called container virtualization',
    covered: 'sec:containers/one-kernel-many-user-spaces',
  },
  {
    article: '004',
    point: 'Instruction-set virtualization dynamically translates code for one processor into another’s; the most common example is the JVM',
    covered: 'sec:library-and-language-vms/language-virtual-machines',
    correction: { right: 'The JVM is a language-level (process) VM running bytecode for a virtual ISA; ISA-level emulators are QEMU’s dynamic translator, Bochs and SoftPC', source: 'smith2005' },
  },
  {
    article: '004',
    point: 'Containerization: containers share the OS kernel with isolated applications, start and stop quickly and have low overhead',
    covered: 'sec:lightweight-virtualization/virtual-machines-and-containers-point-by-point',
  },
  {
    article: '004',
    point: 'Common container virtualization technologies include Docker and Kubernetes',
    covered: 'sec:containers/orchestration-what-kubernetes-is-and-is-not',
    correction: { right: 'Kubernetes is an orchestrator that drives container runtimes through the CRI; it is not a virtualization technology', source: 'kubernetes2026' },
  },
];
