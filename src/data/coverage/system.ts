import type { CoveragePoint } from '../../lib/coverage';

/**
 * Source-article points covered by this part's chapters. This block: chapters hypervisor-architectures and
 * hypervisors-in-practice (source articles 000 §2.2.2–2.2.3 and §3.1, 001, 002 §3.1.1, 003 VMM models and
 * classic hypervisors, 004 §1c, §4 and §5).
 */
export const points: CoveragePoint[] = [
  // ---- Chapter: hypervisor-architectures ----
  // Source article 000 §2.2.3
  { article: '000', point: 'From the point of view of how the host implements the VMM, system virtualization divides by implementation structure into distinct models', covered: 'sec:hypervisor-architectures/where-the-hypervisor-sits' },
  { article: '000', point: 'The name hypervisor comes from calling an OS a supervisor, so an OS that runs other OSes is a hypervisor', covered: 'sec:what-is-virtualization/host-guest-and-hypervisor' },
  { article: '000', point: 'Hypervisor model: the VMM is a complete OS designed for virtualization that owns all physical resources (CPU, memory, I/O)', covered: 'sec:hypervisor-architectures/the-hypervisor-model' },
  { article: '000', point: 'Hypervisor model: the VMM both manages physical resources and creates and manages the virtual environments', covered: 'sec:hypervisor-architectures/the-hypervisor-model' },
  { article: '000', point: 'Hypervisor model: virtualization is more efficient because one component manages resources and virtualizes them; VM security depends only on the VMM', covered: 'sec:hypervisor-architectures/the-hypervisor-model' },
  { article: '000', point: 'Hypervisor model: the VMM must drive all devices, device drivers are a heavy burden, so products support only a selected set of I/O devices', covered: 'sec:hypervisor-architectures/the-price-drivers' },
  {
    article: '000',
    point: 'Typical hypervisor-model product: VMware vSphere for enterprises',
    covered: 'sec:hypervisor-architectures/the-hypervisor-model',
    correction: { right: 'The bare-metal hypervisor is ESX / ESXi; vSphere is the name of the suite that contains it', source: 'vmware2009' },
  },
  { article: '000', point: 'Hosted model: the host OS (Windows, Linux) owns and manages physical resources and has no virtualization function itself', covered: 'sec:hypervisor-architectures/the-hosted-model' },
  { article: '000', point: 'Hosted model: the VMM is a kernel module of the host OS, sometimes with a user-space process such as an I/O device model', covered: 'sec:hypervisor-architectures/the-hosted-model' },
  { article: '000', point: 'Hosted model: the VMM obtains resources by calling host OS services, and each VM is scheduled as a host process', covered: 'sec:hypervisor-architectures/the-hosted-model' },

  // Source article 002 §3.1.1
  { article: '002', point: 'Type I hypervisors run directly on the machine as the operating system and are efficient; guest accesses to resources are intercepted and performed by the hypervisor; examples VMware ESXi and Xen', covered: 'sec:hypervisor-architectures/the-hypervisor-model' },
  {
    article: '002',
    point: 'Type I hypervisors require hardware support',
    covered: 'sec:hypervisor-architectures/the-price-drivers',
    correction: { right: 'They do not: Xen (2003) and VMware ESX Server ran on x86 before VT-x and AMD-V existed, using paravirtualization and binary translation', source: 'barham2003' },
  },
  { article: '002', point: 'Type II hypervisors run as applications on an OS; guest accesses are intercepted too; usually less efficient because they do not access hardware directly; examples VMware Workstation and VirtualBox', covered: 'sec:hypervisor-architectures/the-hosted-model' },
  { article: '002', point: 'The type I / type II split has influenced the field ever since', covered: 'sec:hypervisor-architectures/goldbergs-two-types' },

  // Source article 003 VMM models
  { article: '003', point: 'By VMM implementation structure there are three models: hypervisor model, hosted model and hybrid model', covered: 'sec:hypervisor-architectures/where-the-hypervisor-sits' },
  { article: '003', point: 'Hypervisor model: the VMM allocates and manages the physical hardware and also creates environments, allocates resources to them, manages them and completes guest tasks', covered: 'sec:hypervisor-architectures/the-hypervisor-model' },
  { article: '003', point: 'Hosted model: the VMM runs on the host system and cooperates with it to virtualize guests', covered: 'sec:hypervisor-architectures/the-hosted-model' },
  { article: '003', point: 'Hybrid model: a combination of the hypervisor model and the hosted model', covered: 'sec:hypervisor-architectures/the-hybrid-model' },

  // Source article 004 §5
  { article: '004', point: 'The VMM is the key part of virtualization and has a typical four-layer architecture', covered: 'sec:hypervisor-architectures/inside-a-vmm-a-layered-architecture' },
  { article: '004', point: 'Hardware layer: physical CPU, memory, disk and network', covered: 'sec:hypervisor-architectures/inside-a-vmm-a-layered-architecture' },
  { article: '004', point: 'Core layer: virtualization engine, resource allocation and virtual CPU scheduling', covered: 'sec:hypervisor-architectures/inside-a-vmm-a-layered-architecture' },
  { article: '004', point: 'Interface layer: standard APIs for managing VMs and monitoring resource use', covered: 'sec:hypervisor-architectures/inside-a-vmm-a-layered-architecture' },
  { article: '004', point: 'Management-tools layer: graphical or command-line tools for managing VMs and resources', covered: 'sec:hypervisor-architectures/inside-a-vmm-a-layered-architecture' },
  { article: '004', point: 'Workflow step 1: on a create request the VMM allocates resources from the physical pool according to its allocation policy and creates the VM', covered: 'sec:hypervisor-architectures/the-request-workflow' },
  { article: '004', point: 'Workflow step 2: on a start request the VMM loads the guest OS and applications and hands control to the guest OS', covered: 'sec:hypervisor-architectures/the-request-workflow' },
  { article: '004', point: 'Workflow step 3: when the guest OS requests CPU, memory or disk, the VMM decides by policy whether to allocate them', covered: 'sec:hypervisor-architectures/the-workflow-in-a-real-stack' },
  { article: '004', point: 'Workflow step 4: on a shutdown request the VMM unloads the guest OS and applications and releases the physical resources', covered: 'sec:hypervisor-architectures/the-request-workflow' },
  { article: '004', point: 'Lost sequence diagram: client, virtual machine (OS, applications) and physical resources (CPU, memory, disk) with createVM, startVM and stopVM (redrawn as a Mermaid sequence diagram)', covered: 'sec:hypervisor-architectures/the-request-workflow' },
  { article: '004', point: 'Lost sequence diagram: client, VMM and virtual machine with create VM, resourceAlloc, load OS and applications, start VM, resource request, allocateResource, unload and shut down (redrawn as a Mermaid sequence diagram)', covered: 'sec:hypervisor-architectures/the-request-workflow' },
  { article: '004', point: 'Typical VMM techniques are paravirtualization (guest OS modified) and full virtualization (guest OS unmodified)', covered: 'sec:hypervisor-architectures/the-workflow-in-a-real-stack' },

  // ---- Chapter: hypervisors-in-practice ----
  // Source article 000 §3.1 (promised but never written) and §2.2.2
  { article: '000', point: 'Contents promise a section on VMware among system-level virtualization implementations', covered: 'sec:hypervisors-in-practice/vmware-workstation-and-esxi' },
  { article: '000', point: 'Contents promise a section on Microsoft’s virtualization (Hyper-V)', covered: 'sec:hypervisors-in-practice/microsoft-hyper-v' },
  { article: '000', point: 'Contents promise a section on Xen', covered: 'sec:hypervisors-in-practice/xen' },
  { article: '000', point: 'Contents promise a section on KVM', covered: 'sec:hypervisors-in-practice/kvm-qemu-and-libvirt' },
  { article: '000', point: 'Contents promise a section on Oracle VM VirtualBox', covered: 'sec:hypervisors-in-practice/virtualbox' },
  { article: '000', point: 'Contents promise a section on Bochs', covered: 'sec:hypervisors-in-practice/bochs' },
  { article: '000', point: 'Contents promise a section on QEMU', covered: 'sec:hypervisors-in-practice/qemu' },
  {
    article: '000',
    point: 'Full virtualization is widespread: VirtualBox, KVM, VMware Workstation, VMware ESX (renamed VMware vSphere at version 4.0), and Xen, which also supports full virtualization',
    covered: 'sec:hypervisors-in-practice/esxi-and-vsphere-the-bare-metal-platform',
    correction: { right: 'Version 4 renamed the suite (VMware Infrastructure became vSphere); the hypervisor remained ESX 4.0 / ESXi 4.0', source: 'vmware2009' },
  },
  { article: '000', point: 'Xen also supports full virtualization', covered: 'sec:hypervisors-in-practice/pv-hvm-and-pvh-guests' },
  {
    article: '000',
    point: 'Microsoft Hyper-V uses technology similar to Xen and can be classed as paravirtualization',
    covered: 'sec:hypervisors-in-practice/what-hyper-v-requires',
    correction: { right: 'Hyper-V requires VT-x or AMD-V with SLAT and runs unmodified guests: hardware-assisted full virtualization with optional paravirtual I/O (VMBus, enlightenments)', source: 'microsoft-hyperv-req2025' },
  },

  // Source article 001 (its QEMU and KVM–QEMU points are covered with chapters 4–5)
  { article: '001', point: 'VMware has two product lines: ESXi, installed on bare metal without an OS (type 1), and VMware Workstation, familiar to ordinary users (type 2)', covered: 'sec:hypervisors-in-practice/vmware-workstation-and-esxi' },
  { article: '001', point: 'VMware translates the original CPU instruction sequence into a processed instruction sequence (binary translation)', covered: 'sec:hypervisors-in-practice/workstation-the-hosted-vmm' },
  { article: '001', point: 'VMware installs as third-party software on Linux, Windows or macOS, while KVM is integrated into the Linux kernel, which itself becomes the hypervisor, so KVM runs only on Linux', covered: 'sec:hypervisors-in-practice/linux-as-the-hypervisor' },

  // Source article 003 classic hardware-abstraction-level systems (its QEMU, Bochs and KVM points are covered with chapters 4–5)
  { article: '003', point: 'Xen is an open-source VMM made of three parts: Hypervisor, Domain0 and DomainU', covered: 'sec:hypervisors-in-practice/hypervisor-dom0-and-domu' },
  { article: '003', point: 'VMware Workstation is desktop software that lets users create and run several x86 virtual machines at once', covered: 'sec:hypervisors-in-practice/workstation-the-hosted-vmm' },

  // Source article 004 §1c, §4
  { article: '004', point: 'Common virtualization software includes VMware, VirtualBox and KVM', covered: 'sec:hypervisors-in-practice/choosing-a-hypervisor' },
  { article: '004', point: 'Common full-virtualization technologies include VMware ESXi and Microsoft Hyper-V', covered: 'sec:hypervisors-in-practice/microsoft-hyper-v' },
  {
    article: '004',
    point: 'Common paravirtualization technologies include Xen and Oracle VM VirtualBox',
    covered: 'sec:hypervisors-in-practice/virtualbox',
    correction: { right: 'VirtualBox is a hosted full-virtualization VMM for unmodified guests; its Minimal, KVM and Hyper-V paravirtualization providers are optional interfaces for clocks, spinlocks and similar details', source: 'virtualbox-manual2019' },
  },
];
