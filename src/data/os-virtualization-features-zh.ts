/**
 * The Chinese edition's text for the feature matrix (src/data/os-virtualization-features.ts): the
 * notes on each technology and on each cell, translated from the English beside them. Values and
 * sources stay in the English file only; tests/unit/feature-matrix.test.ts checks that every note has
 * its Chinese text. Feature names in Chinese are the `zh` of each feature there.
 */
export const osFeatureNotesZh: { technologies: Record<string, string>; cells: Record<string, string> } = {
  technologies: {
    chroot: '不是安全边界：有 root 权限的进程可以离开 chroot，进程、用户和网络也仍然是共享的。自 1979 年的 V7 Unix 起就有。',
    'linux-vserver': '已停止开发：一个在 2001 年到 2018 年间开发的内核补丁。数值取自维基百科该表格的较早版本。',
    openvz: '数值取自维基百科该表格的较新版本；它是商业产品 Virtuozzo 的核心，2005 年开源。',
    lxc: '数值取自维基百科该表格的较新版本；建立在主线内核的命名空间和 cgroups 之上。',
    docker: 'root 隔离和 I/O 限制从 Docker 1.10（2016 年）起才有；更早的版本两者都没有。',
  },
  cells: {
    'chroot/fs-isolation': '只改变一个进程及其子进程看到的根目录，别的什么都不做；root 进程可以逃出去。',
    'linux-vserver/copy-on-write': '客户机通过写时复制的硬链接共享文件。',
    'linux-vserver/net-isolation': '是隔离，而不是虚拟化：客户机只能使用分配给它的 IP 地址，而网络接口、路由和防火墙都在宿主机上配置。',
    'linux-vserver/root-isolation': '客户机的 root 受其安全上下文和一组缩减的权能（capabilities）约束，而不是映射为宿主机上的非特权用户；表格把这评为“部分”。',
    'openvz/copy-on-write': '表格的较早版本写的是“否”，较新版本写的是“是”。',
    'openvz/live-migration': '自 2006 年 11 月起支持热迁移。',
    'lxc/disk-quota': 'LXC 本身不设配额：限制来自容器背后的存储，例如 LVM 卷、btrfs 或 ZFS 配额，或以回环方式挂载的镜像。',
    'lxc/root-isolation': '非特权容器通过用户命名空间把 root 映射为宿主机上的普通用户，自 Linux 3.8（2013 年）起完整可用。',
    'lxc/io-rate-limit': '通过 cgroup 的块 I/O 控制器实现；在 cgroup v1 下，它的限速只对直接 I/O 有效，对带缓冲的写不起作用。',
    'lxc/live-migration': '通过 CRIU（用户态检查点与恢复）实现；表格的较早版本写的是“否”。',
    'docker/copy-on-write': '容器共享只读的镜像层，并写入属于自己的一层。',
    'docker/disk-quota': '幻灯片表格中的「间接」意思是“部分”：大小限制（--storage-opt size=）只对部分存储驱动有效，例如启用项目配额的 XFS 上的 overlay2、btrfs 或 ZFS。',
    'docker/root-isolation': '自 Docker 1.10 起可以把 root 重映射为宿主机上的非特权用户（userns-remap），也可以使用无根模式，但默认关闭：默认容器的 root 就是宿主机的 UID 0，只是权能有所缩减。',
    'docker/io-rate-limit': '自 Docker 1.10 起：可按设备设置每秒读写字节数或操作数的上限。',
    'docker/live-migration': '幻灯片表格写的是“否”。Docker 可以借助 CRIU 为容器做检查点并恢复，但这只是实验性功能；它自身没有热迁移。',
  },
};
