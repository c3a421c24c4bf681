/**
 * The Chinese edition's titles and text of the timeline's milestones (src/data/timeline.ts),
 * translated from the English beside them; dates, kinds and sources stay in the English file only
 * (dates are written the Chinese way by dateInChinese in src/lib/timeline.ts, sources keep their own
 * language). tests/unit/timeline.test.ts checks that every milestone has its Chinese text.
 */
export const milestonesZh: Record<string, { title: string; text: string }> = {
  'strachey-time-sharing': {
    title: 'Strachey 的《大型快速计算机中的分时》',
    text: '在巴黎的 ICIP 会议上宣读：一篇关于分时与多道程序设计的论文，后来被视为虚拟化的最初构想。常被误记为 1956 年。',
  },
  atlas: {
    title: 'Atlas 与单级存储',
    text: '曼彻斯特大学与费兰蒂公司的 Atlas 投入使用，带来了第一个分页式虚拟内存。',
  },
  'm44-44x': {
    title: 'IBM M44/44X',
    text: '一台改造过的 IBM 7044 运行“44X”虚拟机；“虚拟机”（virtual machine）一词大概由此而来。',
  },
  'cp-40': {
    title: 'CP-40',
    text: 'IBM 剑桥科学中心开发了 CP-40，一个让每个用户都拥有一台虚拟 System/360 的控制程序。',
  },
  'hypervisor-term': {
    title: '“hypervisor”一词',
    text: '约 1965 年为 IBM 360/65 的软件而造；最晚在 1970 年见诸文字（Katzan，AFIPS 春季联合计算机会议）。',
  },
  'cp-67': {
    title: 'CP-67/CMS',
    text: 'CP-40 的后继者运行在 System/360 Model 67 上，每台虚拟机中运行单用户操作系统 CMS。',
  },
  'vm-370': {
    title: 'VM/370 发布',
    text: 'IBM 发布 CP-67 的后继者 VM/370，用于带虚拟内存的 System/370 机器。',
  },
  'goldberg-thesis': {
    title: 'Goldberg 的博士论文：I 型与 II 型',
    text: 'Robert Goldberg 在哈佛的博士论文区分了直接运行在裸机上的监视器（I 型）和由操作系统承载的监视器（II 型）。',
  },
  'popek-goldberg': {
    title: 'Popek 与 Goldberg 的条件',
    text: '等价性、资源控制和效率；如果一个体系结构的敏感指令都是特权指令，它就是可虚拟化的。',
  },
  chroot: {
    title: 'chroot',
    text: '第七版 Unix（1979 年）中的第 61 号系统调用，为其后代（包括 BSD）所继承（说它是 1982 年才加入 BSD 的，是误读了旧记录）。它只改变一个进程的根目录，别的什么都不做。',
  },
  softpc: {
    title: 'SoftPC',
    text: 'Insignia 公司的 PC 仿真器先在 Unix 工作站上、后来在 Macintosh 上运行 DOS 程序。',
  },
  wine: {
    title: 'Wine',
    text: '在 Unix 上重新实现 Windows API 的工作始于 1993 年；十五年后发布 1.0 版。',
  },
  bochs: {
    title: 'Bochs',
    text: 'Kevin Lawton 于 1994 年开始编写的可移植 x86 PC 仿真器，被 MandrakeSoft 收购，并于 2000 年 3 月以 LGPL 许可证发布。',
  },
  vmware: {
    title: 'VMware Workstation，随后是 ESX 和 GSX Server',
    text: '用二进制翻译加直接执行，在没有硬件帮助的情况下虚拟化 x86：先是寄居式产品，2001 年推出服务器产品。',
  },
  jail: {
    title: 'FreeBSD jail',
    text: 'jail 约束无所不能的 root：每个分区都有自己的 root 用户、文件和 IP 地址。',
  },
  'robin-irvine': {
    title: 'x86 的虚拟化缺口',
    text: 'Robin 和 Irvine 找出 17 条敏感却非特权的 Pentium 指令，因此 x86 不满足 Popek 与 Goldberg 的条件。',
  },
  'linux-vserver': {
    title: 'Linux-VServer',
    text: '一个内核补丁把一个 Linux 系统划分成多个安全上下文，每个都是一台虚拟专用服务器。',
  },
  xen: {
    title: 'Xen',
    text: '在 SOSP ’03 上提出的半虚拟化：修改过的客户机直接调用虚拟机监视器，目标是每台宿主机运行 100 台虚拟机、开销只有几个百分点。',
  },
  qemu: {
    title: 'QEMU',
    text: 'Fabrice Bellard 发布 QEMU，一个基于动态二进制翻译的快速仿真器。',
  },
  'solaris-containers': {
    title: 'Solaris Containers（Zones）',
    text: 'Sun 在 Solaris 10 中提供 zone：同一个操作系统实例中相互隔离的应用环境。',
  },
  openvz: {
    title: 'OpenVZ',
    text: 'SWsoft 把其 Virtuozzo 容器的核心以 GPL 许可证发布，名为 OpenVZ。',
  },
  'vt-x-amd-v': {
    title: 'Intel VT-x 与 AMD-V',
    text: '硬件虚拟化扩展出现在 Pentium 4 662/672 和 Athlon 64 中，补上了 x86 的缺口。',
  },
  kvm: {
    title: 'KVM 并入 Linux 2.6.20',
    text: '内核本身成为虚拟机监视器：一个使用 VT-x 或 AMD-V 的模块，由 QEMU 模拟设备。',
  },
  'npt-ept': {
    title: '嵌套页表：AMD NPT 与 Intel EPT',
    text: 'AMD 的 Barcelona（2007 年）和 Intel 的 Nehalem（2008 年）提供二级地址转换，消除了影子页表的大部分开销。',
  },
  cgroups: {
    title: 'cgroups 并入 Linux 2.6.24',
    text: '控制组让内核能够统计并限制一组进程所用的资源。',
  },
  lxc: {
    title: 'LXC',
    text: 'LXC 的第一个版本用主线内核的命名空间和 cgroups 构建容器。',
  },
  'hyper-v': {
    title: 'Hyper-V',
    text: '微软的虚拟机监视器随 Windows Server 2008 发布；它需要 VT-x 或 AMD-V。',
  },
  'user-namespaces': {
    title: '用户命名空间在 Linux 3.8 中完成',
    text: '容器内的 root 从此可以映射为容器外的一个非特权用户。',
  },
  docker: {
    title: 'Docker 亮相',
    text: 'Solomon Hykes 在 PyCon 的一个五分钟闪电演讲中展示 Docker：镜像、分层，以及一条命令运行一个容器。',
  },
  libcontainer: {
    title: 'Docker 0.9 用 libcontainer 取代 LXC',
    text: 'Docker 通过自己的 Go 库直接操作命名空间和 cgroups，这个库就是 runc 的前身。',
  },
  kubernetes: {
    title: 'Kubernetes，随后是 CNCF',
    text: 'Google 于 2014 年发布 Kubernetes；1.0 版于 2015 年 7 月 21 日发布，同时成立云原生计算基金会（CNCF），Kubernetes 是其第一个项目。',
  },
  lambda: {
    title: 'AWS Lambda',
    text: '函数即服务：代码按需运行，按调用次数计费；发布之初，每个客户的函数运行在各自的 EC2 实例中。',
  },
  openwhisk: {
    title: 'OpenWhisk',
    text: 'IBM 研究院开源其无服务器平台；2016 年 10 月提交 Apache 孵化器，同年 11 月被接受。',
  },
  wsl: {
    title: 'WSL 1，随后是 WSL 2',
    text: 'Windows 运行 Linux 程序，起初靠在其内核中翻译系统调用，2019 年起改为在轻量级虚拟机中运行真正的 Linux 内核。',
  },
  envoy: {
    title: 'Envoy 开源',
    text: 'Lyft 公开了这个代理，它后来成为大多数服务网格的数据平面。',
  },
  istio: {
    title: 'Istio 0.1',
    text: 'Google、IBM 和 Lyft 发布一个基于 Envoy 的服务网格；它于 2023 年 7 月从 CNCF 毕业。',
  },
  lightvm: {
    title: 'LightVM',
    text: '采用重新设计的工具栈的 Xen 在 2.3 ms 内启动一台虚拟机，每台宿主机可容纳数千个客户机。',
  },
  kata: {
    title: 'Kata Containers',
    text: 'Intel 的 Clear Containers 与 Hyper 的 runV 在 OpenStack 基金会下合并：每个容器运行在一台轻量级虚拟机中。',
  },
  gvisor: {
    title: 'gVisor 开源',
    text: 'Google 公开了它用 Go 编写的用户态内核，用来截获容器的系统调用。',
  },
  knative: {
    title: 'Knative',
    text: 'Google 与合作伙伴发起 Knative，在 Kubernetes 上提供无服务器的服务部署与事件处理；2022 年 3 月起成为 CNCF 孵化项目，2025 年 10 月毕业。',
  },
  firecracker: {
    title: 'Firecracker',
    text: 'AWS 开源了支撑 Lambda 和 Fargate 的微虚拟机监视器；NSDI 论文随后于 2020 年 2 月发表。',
  },
  istiod: {
    title: 'Istio 1.5 与 istiod',
    text: 'Pilot、Citadel 和 Galley 合并为一个控制平面程序 istiod，Mixer 被弃用。',
  },
  unikraft: {
    title: 'Unikraft',
    text: 'EuroSys ’21 上的模块化单内核构建工具：镜像约 1 MB，毫秒级启动，能运行针对其 POSIX 层重新构建的 nginx、Redis 等现成应用。',
  },
  hyperlight: {
    title: 'Hyperlight 0.1.0',
    text: '微软的微虚拟机管理器：一个库，在完全没有客户机内核的虚拟机中运行一个函数。',
  },
};
