/** The five source articles the book is written from (kept outside this repository). */
export interface SourceArticle {
  id: '000' | '001' | '002' | '003' | '004';
  title: string;
  titleEn: string;
  kind: string;
  covers: string;
}

export const sourceArticles: SourceArticle[] = [
  {
    id: '000',
    title: '虚拟化技术的分类及介绍',
    titleEn: 'Kinds of virtualization technology, and an introduction to each',
    kind: 'A long survey article, cut off part-way through',
    covers:
      'Why virtualization matters, IaaS/PaaS/SaaS and the IBM 370; layers of abstraction, host and guest; hardware-abstraction, OS, library and language-level virtualization; the VMM and its three tasks; virtualizable architectures, privileged and sensitive instructions, trap-and-emulate; emulation, full virtualization, paravirtualization; hypervisor and hosted models. Its table of contents promises sections on specific products that the text never reaches.',
  },
  {
    id: '001',
    title: '云计算底层技术虚拟化',
    titleEn: 'Virtualization, the technology beneath cloud computing',
    kind: 'A popular-science article',
    covers:
      'Type 1 and type 2 hypervisors; full virtualization; QEMU and VMware; paravirtualization and hypercalls (Xen); VT-x and AMD-V; the KVM/QEMU split; containers (LXC, cgroups, namespaces, Docker) and escape risk; Firecracker, gVisor and NEMU; the trend towards finer-grained environments.',
  },
  {
    id: '002',
    title: '虚拟化介绍',
    titleEn: 'An introduction to virtualization',
    kind: 'A study note',
    covers:
      'Definition; the problems virtualization solves; classification by object and by level (hardware, OS, library, language: JVM, Dalvik/ART); x86 rings; type I and II hypervisors; full, para- and hardware-assisted virtualization; containers; Firecracker; a comparison of VMs, containers and Firecracker.',
  },
  {
    id: '003',
    title: '虚拟化技术',
    titleEn: 'Virtualization technology (lecture slides from an edge-computing course)',
    kind: 'Lecture slides',
    covers:
      'History from Strachey to SoftPC; five levels of virtualization with examples; hypervisor, hosted and hybrid models; a feature matrix of chroot, Linux-VServer, OpenVZ, LXC and Docker; VMs vs containers; Docker; unikernels; Firecracker; a performance table; microservices; service mesh; serverless; review questions.',
  },
  {
    id: '004',
    title: '服务器虚拟化技术',
    titleEn: 'Server virtualization (reading notes on a Kunpeng processor book)',
    kind: 'Reading notes on a book chapter',
    covers:
      'Concept, host and guest; classification by resource and by level; benefits and seven characteristics of server virtualization; full, para- and container virtualization; hardware assistance for CPU, I/O, memory (EPT/NPT) and interrupts; the four-layer VMM architecture and its request workflow, with two sequence diagrams whose drawings were lost.',
  },
];
