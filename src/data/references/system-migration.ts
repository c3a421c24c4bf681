import type { Reference } from '../../lib/references';

/**
 * References first cited in the Part II chapter on live migration and nested virtualization.
 * Reused from elsewhere: clark2005 (foundations.ts); intelsdm2026, linux-kvm-api2026
 * (system-cpu-memory.ts); agache2020, bugnion2017 (common.ts); kata2026 (lightweight.ts).
 * Web documentation that is a living page carries the year it was consulted and says so in a note.
 */
export const references: Reference[] = [
  // Papers
  {
    key: 'hines2009',
    type: 'inproceedings',
    authors: ['Michael R. Hines', 'Kartik Gopalan'],
    title: 'Post-Copy Based Live Virtual Machine Migration Using Adaptive Pre-Paging and Dynamic Self-Ballooning',
    venue: '2009 ACM SIGPLAN/SIGOPS International Conference on Virtual Execution Environments (VEE ’09), Washington, DC, 51–60',
    year: 2009,
    doi: '10.1145/1508293.1508301',
  },
  {
    key: 'benyehuda2010',
    type: 'inproceedings',
    authors: ['Muli Ben-Yehuda', 'Michael D. Day', 'Zvi Dubitzky', 'Michael Factor', 'Nadav Har’El', 'Abel Gordon', 'Anthony Liguori', 'Orit Wasserman', 'Ben-Ami Yassour'],
    title: 'The Turtles Project: Design and Implementation of Nested Virtualization',
    venue: '9th USENIX Symposium on Operating Systems Design and Implementation (OSDI ’10), Vancouver, 423–436',
    year: 2010,
    url: 'https://www.usenix.org/conference/osdi10/turtles-project-design-and-implementation-nested-virtualization',
  },

  // QEMU and KVM documentation
  {
    key: 'qemu-migration2026',
    type: 'web',
    authors: ['QEMU Project'],
    title: 'Migration framework; Postcopy',
    venue: 'QEMU documentation, Developer Information, Internal Subsystem Information',
    year: 2026,
    url: 'https://www.qemu.org/docs/master/devel/migration/index.html',
    note: 'Living documentation (docs/devel/migration/ in the QEMU source tree); consulted December 2026. Describes postcopy (“a failure of either side causes the guest to be lost”) and the dirty-limit throttle added in QEMU 8.1.',
  },
  {
    key: 'qemu-qmp2026',
    type: 'web',
    authors: ['QEMU Project'],
    title: 'QEMU QMP Reference Manual: Migration',
    venue: 'QEMU documentation (generated from qapi/migration.json)',
    year: 2026,
    url: 'https://www.qemu.org/docs/master/interop/qemu-qmp-ref.html',
    note: 'Living documentation; consulted December 2026. Defines the auto-converge capability (since QEMU 1.6), the throttle-trigger-threshold parameter (ratio of bytes dirtied to bytes transferred in a period that triggers more throttling, default 50%, since 5.0), the announce-rounds parameter, the postcopy-ram capability and the downtime-limit parameter (default 300 ms, also set as DEFAULT_MIGRATE_SET_DOWNTIME in migration/options.c).',
  },
  {
    key: 'qemu-announce2026',
    type: 'web',
    authors: ['QEMU Project'],
    title: 'net/announce.c: self-announce',
    venue: 'QEMU source code',
    year: 2026,
    url: 'https://gitlab.com/qemu-project/qemu/-/blob/master/net/announce.c',
    note: 'Source file; consulted December 2026. announce_self_create() builds a broadcast RARP frame (Ethernet type 0x8035) with the NIC’s MAC address as source; qemu_announce_self_iter() sends it for every NIC and also calls the NIC’s own announce hook (virtio-net guest announce). The default of five rounds is the constant SELF_ANNOUNCE_ROUNDS (include/migration/misc.h); the gap between rounds grows by the announce-step parameter.',
  },
  {
    key: 'linux-nested-vmx2026',
    type: 'web',
    authors: ['The Linux kernel developers'],
    title: 'Nested VMX',
    venue: 'The Linux Kernel documentation, Documentation/virt/kvm/x86/nested-vmx.rst',
    year: 2026,
    url: 'https://docs.kernel.org/virt/kvm/x86/nested-vmx.html',
    note: 'Living documentation; consulted December 2026. Names the levels L0, L1 and L2 and points to the Turtles paper for the design.',
  },

  // Cloud providers
  {
    key: 'azure-nested2017',
    type: 'web',
    authors: ['Microsoft Azure'],
    title: 'Nested Virtualization in Azure',
    venue: 'Microsoft Azure Blog, July 2017',
    year: 2017,
    url: 'https://azure.microsoft.com/en-us/blog/nested-virtualization-in-azure/',
    note: 'Announces nested virtualization on the Dv3 and Ev3 virtual machine sizes, the first Azure sizes to run on Windows Server 2016 hosts.',
  },
  {
    key: 'gce-nested2026',
    type: 'web',
    authors: ['Google Cloud'],
    title: 'About nested virtualization',
    venue: 'Compute Engine documentation',
    year: 2026,
    url: 'https://cloud.google.com/compute/docs/instances/nested-virtualization/overview',
    note: 'Living page; consulted December 2026. L0 is Google’s KVM-based hypervisor; Compute Engine exposes Intel VT-x to L1 VMs; L1 must run Linux KVM; VMs on AMD and Arm processors are excluded; nested VMs may lose 10% or more of their performance.',
  },
  {
    key: 'aws-nested2026',
    type: 'web',
    authors: ['Amazon Web Services'],
    title: 'Use nested virtualization to run hypervisors in Amazon EC2 instances',
    venue: 'Amazon EC2 User Guide',
    year: 2026,
    url: 'https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/amazon-ec2-nested-virtualization.html',
    note: 'Living page; consulted December 2026. Nested virtualization on virtual (non-bare-metal) C8i, M8i and R8i instances, with KVM or Hyper-V as the L1 hypervisor; the Nitro System passes Intel VT-x to the instance.',
  },
  {
    key: 'aws-baremetal2019',
    type: 'web',
    authors: ['Amazon Web Services'],
    title: 'Introducing five new Amazon EC2 bare metal instances',
    venue: 'AWS What’s New, February 2019',
    year: 2019,
    url: 'https://aws.amazon.com/about-aws/whats-new/2019/02/introducing-five-new-amazon-ec2-bare-metal-instances/',
  },
];
