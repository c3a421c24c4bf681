import type { GlossaryEntry } from '../../lib/glossary';

/** Glossary entries introduced in the Part II chapter on live migration and nested virtualization. */
const chapter = 'live-migration-and-nesting';

export const entries: GlossaryEntry[] = [
  {
    id: 'pre-copy-migration',
    term: 'pre-copy migration',
    zh: '预拷贝迁移',
    aliases: ['pre-copy', 'iterative pre-copy'],
    definition:
      'Live migration that copies a running virtual machine’s memory to the destination in rounds while the guest keeps running, each round resending the pages dirtied during the previous one, and then pauses the guest briefly to copy the last dirty pages and the CPU and device state.',
    related: ['live-migration', 'dirty-page', 'stop-and-copy', 'post-copy-migration'],
    introducedIn: chapter,
  },
  {
    id: 'post-copy-migration',
    term: 'post-copy migration',
    zh: '后拷贝迁移',
    aliases: ['post-copy', 'postcopy'],
    definition:
      'Live migration that moves the CPU and device state first and resumes the guest at the destination at once; memory pages follow afterwards, pushed in the background or fetched over the network when the guest faults on one. Each page crosses once, but until the last arrives the guest depends on both hosts.',
    related: ['live-migration', 'pre-copy-migration'],
    introducedIn: chapter,
  },
  {
    id: 'dirty-page',
    term: 'dirty page',
    zh: '脏页',
    definition:
      'A page of guest memory written since it was last copied (or since dirty tracking last cleared it), so the copy at the destination is stale and the page must be sent again.',
    related: ['dirty-page-tracking', 'pre-copy-migration', 'writable-working-set'],
    introducedIn: chapter,
  },
  {
    id: 'dirty-page-tracking',
    term: 'dirty page tracking',
    zh: '脏页跟踪',
    aliases: ['dirty logging', 'dirty page logging'],
    definition:
      'How a hypervisor learns which guest pages were written: by write-protecting them and noting the fault, by reading dirty bits in its second-level page tables, or by hardware that logs written addresses (Intel PML). KVM reports the result to user space as a dirty bitmap or a dirty ring.',
    related: ['dirty-page', 'page-modification-logging', 'pre-copy-migration'],
    introducedIn: chapter,
  },
  {
    id: 'page-modification-logging',
    term: 'page-modification logging',
    zh: '页修改日志',
    aliases: ['PML'],
    definition:
      'An Intel VT-x feature in which the processor, when it sets a dirty bit in the EPT tables, also appends the guest-physical address to a log page in memory, and causes a VM exit only when the log is full; it replaces one fault per first write with one exit per log page.',
    related: ['dirty-page-tracking', 'extended-page-tables', 'vm-exit'],
    introducedIn: chapter,
  },
  {
    id: 'writable-working-set',
    term: 'writable working set',
    zh: '可写工作集',
    aliases: ['WWS'],
    definition:
      'The set of pages a running guest writes to over and over, which pre-copy keeps resending in every round; its size and rewrite rate decide how small the final stop-and-copy set can get.',
    related: ['dirty-page', 'pre-copy-migration', 'stop-and-copy'],
    introducedIn: chapter,
  },
  {
    id: 'stop-and-copy',
    term: 'stop-and-copy',
    zh: '停机拷贝',
    definition:
      'The last phase of pre-copy migration (and the whole of a non-live migration): the guest is paused, the remaining dirty pages and the CPU and device state are sent, and the guest resumes at the destination.',
    related: ['pre-copy-migration', 'downtime'],
    introducedIn: chapter,
  },
  {
    id: 'downtime',
    term: 'downtime',
    zh: '停机时间',
    definition:
      'In live migration, the time during which the guest runs on neither host: from the pause at the source to the resume at the destination, dominated in pre-copy by the size of the final dirty set divided by the link bandwidth.',
    related: ['stop-and-copy', 'total-migration-time'],
    introducedIn: chapter,
  },
  {
    id: 'total-migration-time',
    term: 'total migration time',
    zh: '总迁移时间',
    definition:
      'The time from the start of a migration to the moment the source host is no longer needed, during which both hosts hold the virtual machine’s state and the migration consumes bandwidth and CPU.',
    related: ['downtime', 'pre-copy-migration'],
    introducedIn: chapter,
  },
  {
    id: 'auto-converge',
    term: 'auto-converge',
    zh: '自动收敛',
    aliases: ['CPU throttling for migration'],
    definition:
      'A QEMU migration capability that throttles the guest’s virtual CPUs when pre-copy is not converging, and raises the throttle step by step while the bytes the guest dirties in a period exceed a set share (the throttle-trigger-threshold, 50% by default) of the bytes sent in that period.',
    related: ['pre-copy-migration', 'dirty-page'],
    introducedIn: chapter,
  },
  {
    id: 'gratuitous-arp',
    term: 'gratuitous ARP',
    zh: '免费 ARP',
    aliases: ['unsolicited ARP reply'],
    definition:
      'An ARP message a host broadcasts about its own IP address without being asked. Neighbours update their ARP caches from it and switches learn its source port; after a live migration it matters most when the virtual machine’s MAC address may change. QEMU itself announces a migrated guest with broadcast RARP frames from the unchanged MAC address, which only switches need; a virtio-net guest with the guest-announce feature sends its own gratuitous packets.',
    related: ['live-migration'],
    introducedIn: chapter,
  },
  {
    id: 'nested-virtualization',
    term: 'nested virtualization',
    zh: '嵌套虚拟化',
    definition:
      'Running a hypervisor, with its own virtual machines, inside a virtual machine. The levels are numbered: L0 is the hypervisor on the hardware, L1 the guest hypervisor, L2 the guests of L1.',
    related: ['guest-hypervisor', 'exit-multiplication', 'vmcs-shadowing'],
    introducedIn: chapter,
  },
  {
    id: 'guest-hypervisor',
    term: 'guest hypervisor',
    zh: '客户机虚拟机监视器',
    aliases: ['L1 hypervisor'],
    definition:
      'A hypervisor that runs inside a virtual machine (at level L1) and manages virtual machines of its own; on x86 it uses VMX instructions that the hypervisor below it (L0) must intercept and emulate.',
    related: ['nested-virtualization', 'vmcs'],
    introducedIn: chapter,
  },
  {
    id: 'exit-multiplication',
    term: 'exit multiplication',
    zh: '退出倍增',
    definition:
      'The effect, under nested virtualization, that one VM exit of an L2 guest turns into many exits to L0: L0 must forward the exit to the guest hypervisor, and the guest hypervisor’s own handling (VMCS reads and writes, VMRESUME) traps to L0 again and again.',
    related: ['nested-virtualization', 'vm-exit', 'vmcs-shadowing'],
    introducedIn: chapter,
  },
  {
    id: 'vmcs-shadowing',
    term: 'VMCS shadowing',
    zh: 'VMCS 影子',
    aliases: ['shadow VMCS'],
    definition:
      'A VT-x feature that lets a guest hypervisor execute VMREAD and VMWRITE without a VM exit: they access a shadow VMCS that the hypervisor below has prepared, choosing through bitmaps which fields may be read or written directly.',
    related: ['vmcs', 'nested-virtualization', 'exit-multiplication'],
    introducedIn: chapter,
  },
  {
    id: 'multi-dimensional-paging',
    term: 'multi-dimensional paging',
    zh: '多维分页',
    aliases: ['nested EPT', 'EPT on EPT'],
    definition:
      'The Turtles project’s way of virtualizing the MMU for nested guests: L0 combines the guest hypervisor’s EPT tables (L2 to L1 addresses) with its own (L1 to L0) into one table that maps L2 addresses straight to host-physical ones, which the hardware then walks as ordinary EPT.',
    related: ['nested-virtualization', 'extended-page-tables', 'shadow-page-table'],
    introducedIn: chapter,
  },
];
