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
    definitionZh:
      '一种热迁移：在客户机继续运行的同时，分若干轮把虚拟机的内存复制到目的主机，每一轮重新发送上一轮期间被写脏的页；最后短暂暂停客户机，复制最后的脏页以及 CPU 和设备状态。',
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
    definitionZh:
      '一种热迁移：先迁移 CPU 和设备状态，并立即在目的主机上恢复客户机运行；内存页随后跟进，或在后台推送，或在客户机访问某页发生缺页时通过网络取回。每一页只传输一次，但在最后一页到达之前，客户机要同时依赖两台主机。',
    related: ['live-migration', 'pre-copy-migration'],
    introducedIn: chapter,
  },
  {
    id: 'dirty-page',
    term: 'dirty page',
    zh: '脏页',
    definition:
      'A page of guest memory written since it was last copied (or since dirty tracking last cleared it), so the copy at the destination is stale and the page must be sent again.',
    definitionZh:
      '自上次复制以来（或自脏页跟踪上次清除其标记以来）又写入过的客户机内存页；目的主机上的副本因此已经过时，必须重新发送该页。',
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
    definitionZh:
      '虚拟机监视器获知哪些客户机页被写过的方法：对页进行写保护并记录由此产生的缺页，读取其二级页表中的脏位，或由硬件记录被写入的地址（Intel PML）。KVM 以脏页位图或脏页环的形式把结果报告给用户空间。',
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
    definitionZh:
      'Intel VT-x 的一项功能：处理器在 EPT 表中设置脏位时，还会把相应的客户机物理地址追加到内存中的一个日志页里，只有日志写满时才引发 VM Exit；原来每次首次写入都要引发一次缺页，现在每写满一个日志页才退出一次。',
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
    definitionZh:
      '正在运行的客户机反复写入的那些页的集合，预拷贝在每一轮都要重新发送它们；其大小和重写速率决定了最后停机拷贝阶段的页集能缩小到什么程度。',
    related: ['dirty-page', 'pre-copy-migration', 'stop-and-copy'],
    introducedIn: chapter,
  },
  {
    id: 'stop-and-copy',
    term: 'stop-and-copy',
    zh: '停机拷贝',
    definition:
      'The last phase of pre-copy migration (and the whole of a non-live migration): the guest is paused, the remaining dirty pages and the CPU and device state are sent, and the guest resumes at the destination.',
    definitionZh:
      '预拷贝迁移的最后阶段（也是非热迁移的全部过程）：暂停客户机，发送剩余的脏页以及 CPU 和设备状态，然后在目的主机上恢复客户机运行。',
    related: ['pre-copy-migration', 'downtime'],
    introducedIn: chapter,
  },
  {
    id: 'downtime',
    term: 'downtime',
    zh: '停机时间',
    definition:
      'In live migration, the time during which the guest runs on neither host: from the pause at the source to the resume at the destination, dominated in pre-copy by the size of the final dirty set divided by the link bandwidth.',
    definitionZh:
      '热迁移中客户机在两台主机上都不运行的时间：从在源主机上暂停到在目的主机上恢复；在预拷贝中，它主要取决于最后脏页集的大小除以链路带宽。',
    related: ['stop-and-copy', 'total-migration-time'],
    introducedIn: chapter,
  },
  {
    id: 'total-migration-time',
    term: 'total migration time',
    zh: '总迁移时间',
    definition:
      'The time from the start of a migration to the moment the source host is no longer needed, during which both hosts hold the virtual machine’s state and the migration consumes bandwidth and CPU.',
    definitionZh:
      '从迁移开始到不再需要源主机为止的时间；在此期间，两台主机都保存着虚拟机的状态，迁移会消耗带宽和 CPU。',
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
    definitionZh:
      'QEMU 的一项迁移功能：当预拷贝无法收敛时对客户机的虚拟 CPU 进行限速；只要客户机在一个周期内写脏的字节数超过该周期内发送字节数的设定比例（throttle-trigger-threshold，默认 50%），就逐步加大限速幅度。',
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
    definitionZh:
      '主机在没有收到请求的情况下，为自己的 IP 地址主动广播的 ARP 消息。邻居据此更新各自的 ARP 缓存，交换机据此学到该主机连在哪个端口上；热迁移之后，在虚拟机的 MAC 地址可能改变时它最为重要。QEMU 本身以客户机未变的 MAC 地址广播 RARP 帧来宣告客户机已迁移，这种帧只有交换机需要；具有 guest-announce 特性的 virtio-net 客户机会自己发送免费报文。',
    related: ['live-migration'],
    introducedIn: chapter,
  },
  {
    id: 'nested-virtualization',
    term: 'nested virtualization',
    zh: '嵌套虚拟化',
    definition:
      'Running a hypervisor, with its own virtual machines, inside a virtual machine. The levels are numbered: L0 is the hypervisor on the hardware, L1 the guest hypervisor, L2 the guests of L1.',
    definitionZh:
      '在虚拟机内部运行一个虚拟机监视器及其虚拟机。各层级依次编号：L0 是运行在硬件上的虚拟机监视器，L1 是客户机虚拟机监视器，L2 是 L1 的客户机。',
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
    definitionZh:
      '运行在虚拟机内部（L1 层）并管理自己的虚拟机的虚拟机监视器；在 x86 上它使用 VMX 指令，其下的虚拟机监视器（L0）必须拦截并模拟这些指令。',
    related: ['nested-virtualization', 'vmcs'],
    introducedIn: chapter,
  },
  {
    id: 'exit-multiplication',
    term: 'exit multiplication',
    zh: '退出倍增',
    definition:
      'The effect, under nested virtualization, that one VM exit of an L2 guest turns into many exits to L0: L0 must forward the exit to the guest hypervisor, and the guest hypervisor’s own handling (VMCS reads and writes, VMRESUME) traps to L0 again and again.',
    definitionZh:
      '嵌套虚拟化下的一种效应：L2 客户机的一次 VM Exit 会变成多次进入 L0 的退出。L0 必须把该退出转交给客户机虚拟机监视器，而客户机虚拟机监视器自身的处理（读写 VMCS、VMRESUME）又一次次陷入 L0。',
    related: ['nested-virtualization', 'vm-exit', 'vmcs-shadowing'],
    introducedIn: chapter,
  },
  {
    id: 'vmcs-shadowing',
    term: 'VMCS shadowing',
    zh: 'VMCS 影子',
    aliases: ['shadow VMCS'],
    definition:
      'A VT-x feature that lets a guest hypervisor execute VMREAD and VMWRITE without a VM exit: they access a shadow VMCS that the hypervisor below has prepared, and bitmaps set by that hypervisor choose which fields may be read or written directly.',
    definitionZh:
      'VT-x 的一项功能，使客户机虚拟机监视器执行 VMREAD 和 VMWRITE 时不引发 VM Exit：这两条指令访问的是下层虚拟机监视器准备好的影子 VMCS，下层虚拟机监视器还通过位图选定哪些字段可以直接读写。',
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
    definitionZh:
      'Turtles 项目为嵌套客户机虚拟化 MMU 的方法：L0 把客户机虚拟机监视器的 EPT 表（L2 地址到 L1 地址）与自己的 EPT 表（L1 到 L0）合并成一张表，把 L2 地址直接映射到宿主机物理地址，再由硬件像遍历普通 EPT 一样遍历它。',
    related: ['nested-virtualization', 'extended-page-tables', 'shadow-page-table'],
    introducedIn: chapter,
  },
];
