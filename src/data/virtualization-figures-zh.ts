/**
 * The Chinese edition's text for the figures of src/data/virtualization-figures.ts: technology names
 * and isolation notes, the conditions of every figure and the corrections, translated from the English
 * beside them. Values, units and sources stay in the English file only (the provenance is there);
 * tests/unit/virtualization-figures.test.ts checks that every technology and figure has its Chinese text.
 */

const SLIDE = '幻灯片表格中没有给出条件、硬件或出处。';
/** Sizes only: the slide's unit. */
const SLIDE_MB = '幻灯片表格中没有给出条件、硬件或出处；幻灯片写作“MBs”，这里按 10⁶ 字节理解。';
const GVISOR_HOST = 'Google Compute Engine n1-standard-4 虚拟机（Broadwell），Debian 9，Linux 4.19。';
const KUASAR_ENV = 'Kata 2.5.2 搭配 Cloud Hypervisor v28.2，客户机内核 6.1.6，containerd 1.7.0，CentOS 8；ubuntu 镜像，宿主机网络，overlayfs';
const NSDI20_BOOT = '在 AWS m5d.metal 宿主机（开启超线程）上串行启动 1,000 次取中位数；LinuxKit 最小化客户机，1 个 vCPU，256 MiB，无网络，根文件系统位于 virtio 块设备上';
const UNIKRAFT_ART = 'KVM 上的 Unikraft “helloworld”镜像；VMM 准备时间加客户机启动时间，26 次运行的平均值（EuroSys ’21 图 10 的复现材料，数据截至其最后一次重跑，2021 年 3 月）';

export interface FigureTextZh {
  technologies: Record<string, { name: string; justification: string }>;
  /** Figure id → its conditions. */
  conditions: Record<string, string>;
  /** Figure id → the text of its correction. */
  corrections: Record<string, string>;
  /** Where in the slide table its figures are (the English file's locator of every slide-table figure). */
  slideLocator: string;
  /**
   * Where in a cited source a figure is (the English file's `locator`), in Chinese: file names and
   * rows stay as the source prints them; its section headings are said in Chinese.
   */
  locators: Record<string, string>;
}

export const figureTextZh: FigureTextZh = {
  technologies: {
    process: { name: 'Linux 进程（fork/exec）', justification: '普通进程：地址空间彼此独立，但与其他所有进程共用同一个内核、同一个文件系统视图和网络视图。' },
    container: { name: '容器（runc / Docker）', justification: '在同一个共享的宿主机内核之上用命名空间和 cgroups 隔离：内核或运行时的缺陷可能让容器逃逸（runc CVE-2019-5736）。' },
    gvisor: { name: 'gVisor（runsc）', justification: '由一个用户态内核（Sentry）处理应用的系统调用，只有经过过滤的一小部分系统调用会到达宿主机内核。' },
    kata: { name: 'Kata Containers', justification: '每个 Pod 运行在一个带有独立客户机内核的轻量级虚拟机中：边界是虚拟机监视器以及所选的 VMM（QEMU、Cloud Hypervisor、Firecracker）。' },
    'full-vm': { name: '完整发行版虚拟机', justification: '带有独立客户机内核的硬件虚拟化；攻击面是虚拟机监视器加上一套通用的设备模型。' },
    'qemu-minimal': { name: 'QEMU/KVM，最小化客户机，直接引导内核', justification: '带有独立客户机内核的硬件虚拟化；QEMU 仍然模拟一整套通用 PC 设备模型。' },
    'cloud-hypervisor': { name: 'Cloud Hypervisor', justification: '通过 KVM 实现硬件虚拟化，VMM 用 Rust 编写，省去了大多数传统设备。' },
    firecracker: { name: 'Firecracker 微虚拟机', justification: '通过 KVM 实现硬件虚拟化，设备模型极小，Rust 编写的 VMM 还受 jailer 和 seccomp 过滤器约束。' },
    unikernel: { name: '单内核（幻灯片表格中的笼统一行）', justification: '只运行一个应用的虚拟机：和任何虚拟机一样，租户之间由虚拟机监视器隔开。' },
    unikraft: { name: 'Unikraft 单内核', justification: 'KVM 上（QEMU、Firecracker 或 Solo5）只运行一个应用的虚拟机：租户之间由虚拟机监视器隔开。' },
    clickos: { name: 'ClickOS（Xen 上的 Mini-OS）', justification: '只运行一个应用的 Xen 客户机：租户之间由 Xen 虚拟机监视器隔开。' },
    lightvm: { name: 'LightVM（Xen，重新设计的工具栈）', justification: '普通的 Xen 客户机（单内核或极小的 Linux 虚拟机）：租户之间由 Xen 虚拟机监视器隔开。' },
  },
  conditions: {
    'slides-full-vm-startup': SLIDE,
    'slides-full-vm-image': SLIDE_MB,
    'slides-full-vm-memory': SLIDE_MB,
    'slides-container-startup': SLIDE,
    'slides-container-image': SLIDE_MB,
    'slides-container-memory': SLIDE_MB,
    'slides-unikernel-startup': SLIDE,
    'slides-unikernel-image': SLIDE_MB,
    'slides-unikernel-memory': SLIDE_MB,
    'slides-firecracker-startup': SLIDE,
    'slides-firecracker-memory': SLIDE_MB,
    'lightvm-paper-fork-exec': 'Linux 上一个进程的 fork/exec，即 LightVM 用来比较的基线。',
    'gvisor-perf-runc-memory': `用 runc 运行空容器（只执行 sleep 的进程）；启动 50 个前后宿主机空闲内存之差除以 50。${GVISOR_HOST}`,
    'gvisor-perf-runc-syscall': `在 runc 容器内循环执行一个最简单的系统调用的平均时间。${GVISOR_HOST}`,
    'gvisor-perf-runc-startup': `通过 Docker 用 runc 启动一个只运行命令“true”的容器（Alpine 镜像）的总时间；其中大部分是 Docker 自身的工作，而不是隔离带来的开销。${GVISOR_HOST}`,
    'gvisor-perf-runsc-startup': `通过 Docker 用 runsc（ptrace 平台）启动一个只运行命令“true”的容器（Alpine 镜像）的总时间；其中大部分是 Docker 自身的工作，用同样方法测得的 runc 数值可以说明这一点。${GVISOR_HOST}`,
    'gvisor-perf-runsc-memory': `用 runsc（ptrace 平台）运行空容器（只执行 sleep 的进程）；启动 50 个前后宿主机空闲内存之差除以 50。${GVISOR_HOST}`,
    'gvisor-perf-runsc-ptrace-syscall': `循环执行一个最简单的系统调用的平均时间，gVisor 使用 ptrace 平台（截获系统调用最慢的方式）。${GVISOR_HOST}`,
    'gvisor-perf-runsc-kvm-syscall': `循环执行一个最简单的系统调用的平均时间，gVisor 使用 KVM 平台，这里运行在云虚拟机内（嵌套虚拟化）。${GVISOR_HOST}`,
    'kuasar-kata-startup-serial': `每次启动一个 Pod 及其容器，通过 CRI 端到端计时，共 500 次。${KUASAR_ENV}。基准测试由竞争项目 Kuasar 发布。`,
    'kuasar-kata-startup-parallel': `按组并行启动 Pod（图注说每组 50 个，正文说 30 个），通过 CRI 端到端计时。${KUASAR_ENV}。基准测试由竞争项目 Kuasar 发布。`,
    'kuasar-kata-memory': `最多 50 个 Pod 时，每个 Pod 的 containerd-shim-kata-v2 进程的平均比例集大小（PSS）。只计入 shim：Cloud Hypervisor 进程和客户机虚拟机的内存另算。${KUASAR_ENV}。`,
    'nsdi20-data-qemu-boot': `${NSDI20_BOOT}；QEMU 配合 KVM 直接引导内核（-kernel），从启动 QEMU 开始计时，直到客户机通过调试端口发出信号、QEMU 退出为止。`,
    'qboot-default-qemu-overhead': '客户机内核开始运行之前 QEMU 自身的启动时间（动态链接约 150 ms，SeaBIOS 约 150 ms，通过 fw_cfg 加载内核约 350 ms），使用 2015—2016 年的原版 QEMU。',
    'qboot-tuned-qemu-overhead': '客户机内核开始运行之前 QEMU 自身的启动时间，使用裁剪过的 QEMU 构建、qboot 固件和 fw_cfg DMA 接口（QEMU 2.7 及以后）。',
    'nsdi20-qemu-memory': 'QEMU 进程在客户机自身内存之外占用的内存，在 AWS m5d.metal 宿主机上测得，用于 Firecracker 论文中的比较。',
    'nsdi20-chv-memory': 'Cloud Hypervisor 进程在客户机自身内存之外占用的内存，在 AWS m5d.metal 宿主机上测得，用于 Firecracker 论文中的比较。',
    'fc-spec-boot': '规范：从 InstanceStart API 调用到客户机的 /sbin/init，1 个 vCPU、128 MiB，使用为 Firecracker 调优的最小内核和根文件系统，关闭串口控制台；AWS m5d.metal（关闭超线程）或 m6g.metal 宿主机（2018 年版本为 i3.metal）。',
    'nsdi20-data-fc-boot': `${NSDI20_BOOT}；客户机的 init 通过调试端口发出信号时 Firecracker 记录的启动时间。`,
    'nsdi20-data-fc-e2e': `${NSDI20_BOOT}；整个启动脚本的墙上时间（启动 Firecracker、通过其 API 配置虚拟机、引导客户机），可与 QEMU 的 234 ms 公平比较。`,
    'nsdi20-fc-memory': 'Firecracker VMM 进程在客户机自身内存之外占用的内存，在 AWS m5d.metal 宿主机上测得；客户机内核的内存从客户机分配的内存中支出。',
    'fc-spec-memory': '规范：一个 1 vCPU、128 MiB 的微虚拟机的 VMM 线程所占内存；随工作负载变化（大量 vsock 连接可能超出此值），不含 MMDS 数据存储。',
    'nsdi20-fc-rate': 'Firecracker 论文报告的单台宿主机（AWS m5d.metal）每秒创建的微虚拟机数量。',
    'unikraft-paper-boot': 'KVM 上 Unikraft 镜像的总启动时间，包括 VMM 的准备；数值的分布来自不同的 VMM（Firecracker 和 Solo5 最快，QEMU 最慢）。',
    'unikraft-art-fc': `${UNIKRAFT_ART}；VMM 为 Firecracker。`,
    'unikraft-art-solo5': `${UNIKRAFT_ART}；VMM 为 Solo5。`,
    'unikraft-art-qemu-microvm': `${UNIKRAFT_ART}；VMM 为使用“microvm”机器类型的 QEMU。`,
    'unikraft-art-qemu': `${UNIKRAFT_ART}；VMM 为使用默认 PC 机器类型的 QEMU。`,
    'unikraft-paper-image': '论文中现成应用（如 nginx、SQLite 和 Redis）的 Unikraft 镜像大小。',
    'unikraft-paper-memory': '论文中 Unikraft 应用运行所需的最少内存：整个虚拟机（含应用本身），因此高估了隔离层自身所占的份额。',
    'clickos-boot': '在 Xen 上启动一个 ClickOS 中间盒虚拟机（运行在 Mini-OS 上的 Click）。',
    'clickos-memory': '论文摘要称 ClickOS 虚拟机“很小（5MB）”；这里理解为一个运行中的 ClickOS 虚拟机（含中间盒）所需的内存。',
    'lightvm-boot': '在 Xen 上用 LightVM 重新设计的分布式工具栈启动一个最小虚拟机（单内核）。',
  },
  slideLocator: '其中的「性能对比」表（启动时间、镜像大小、内存开销）',
  locators: {
    abstract: '摘要',
    'item “Overhead”': '“Overhead”一项',
    'README (versions of 2015–2018)': 'README（2015–2018 年的各版本）',
    'paperresults/solo5.csv': '文件 paperresults/solo5.csv',
    'paperresults/qemumicrovm.csv': '文件 paperresults/qemumicrovm.csv',
    'paperresults/qemu.csv': '文件 paperresults/qemu.csv',
    'paperresults/firecracker.csv': '文件 paperresults/firecracker.csv',
    'boot-serial.csv, rows “qemu”': 'boot-serial.csv 中“qemu”各行',
    'boot-serial.csv, rows “firecracker”': 'boot-serial.csv 中“firecracker”各行',
    'boot-serial.csv, rows “firecracker-e2e”': 'boot-serial.csv 中“firecracker-e2e”各行',
    'System calls; syscall.csv (runsc-kvm)': '系统调用一节，syscall.csv（runsc-kvm）',
    'System calls; syscall.csv (runsc)': '系统调用一节，syscall.csv（runsc）',
    'System calls; syscall.csv (runc)': '系统调用一节，syscall.csv（runc）',
    'Start-up time; startup.csv (runsc, startup.empty)': '启动时间一节，startup.csv（runsc，startup.empty）',
    'Start-up time; startup.csv (runc, startup.empty)': '启动时间一节，startup.csv（runc，startup.empty）',
    'Memory usage; density.csv (runsc, density.empty)': '内存占用一节，density.csv（runsc，density.empty）',
    'Memory usage; density.csv (runc, density.empty)': '内存占用一节，density.csv（runc，density.empty）',
    'Figure 1': '图 1',
    'Figure 2': '图 2',
    'Figure 3': '图 3',
  },
  corrections: {
    'slides-container-startup':
      '幻灯片印的单位是微秒；单位错了 1,000 倍。LightVM 2.3 ms 的启动时间“比 Docker 快两个数量级”，所以容器的启动时间在几百毫秒量级。',
  },
};

/** The figures and technologies with their text in Chinese (values, units and sources unchanged). */
export function figuresInChinese<T extends { id: string; name: string; isolation: { rank: number; justification: string } }, F extends { id: string; conditions: string; correction?: { text: string; key: string }; source: { kind: string } }>(
  technologies: readonly T[],
  figures: readonly F[],
): { technologies: T[]; figures: F[] } {
  const z = figureTextZh;
  return {
    technologies: technologies.map((t) => {
      const zh = z.technologies[t.id];
      return zh ? { ...t, name: zh.name, isolation: { ...t.isolation, justification: zh.justification } } : t;
    }),
    figures: figures.map((f) => ({
      ...f,
      conditions: z.conditions[f.id] ?? f.conditions,
      ...(f.correction ? { correction: { ...f.correction, text: z.corrections[f.id] ?? f.correction.text } } : {}),
      ...(f.source.kind === 'slides' ? { source: { ...f.source, locator: z.slideLocator } } : {}),
      // A cited source's place in Chinese (the page's language, so not marked lang="en").
      ...(f.source.kind === 'reference' && 'locator' in f.source && typeof f.source.locator === 'string' && z.locators[f.source.locator]
        ? { source: { ...f.source, locator: z.locators[f.source.locator], locatorTranslated: true } }
        : {}),
    })),
  };
}
