/**
 * The OS-level virtualization feature matrix of <FeatureMatrix /> (chapter 8). Base values are source article
 * 003's table 「不同虚拟化技术的比较」, itself an unattributed translation of the implementations table
 * of Wikipedia's "OS-level virtualization" article (older revisions for chroot and Linux-VServer,
 * newer ones for OpenVZ and LXC). Where the book differs from the slide table, the cell says why.
 * Every value depends on the version: these describe each system at its mature state.
 */
import type { Feature, FeatureCell, OsTechnology, SourceLink, Support } from '../lib/feature-matrix';

export const features = [
  { id: 'copy-on-write', label: 'Copy-on-write', zh: '写时复制' },
  { id: 'disk-quota', label: 'Disk quota', zh: '磁盘配额' },
  { id: 'cpu-quota', label: 'CPU quota', zh: 'CPU 配额' },
  { id: 'fs-isolation', label: 'File-system isolation', zh: '文件系统隔离' },
  { id: 'net-isolation', label: 'Network isolation', zh: '网络隔离' },
  { id: 'root-isolation', label: 'Root privilege isolation', zh: 'root 权限隔离' },
  { id: 'io-rate-limit', label: 'I/O rate limiting', zh: 'I/O 限速' },
  { id: 'memory-limit', label: 'Memory limits', zh: '内存限制' },
  { id: 'live-migration', label: 'Checkpointing and live migration', zh: '检查点与热迁移' },
] as const satisfies readonly Feature[];

type FeatureId = (typeof features)[number]['id'];

const WIKIPEDIA: SourceLink = { label: 'Wikipedia, “OS-level virtualization”, implementations table', url: 'https://en.wikipedia.org/wiki/OS-level_virtualization#Implementations' };
const CHROOT_MAN: SourceLink = { label: 'chroot(2), Linux manual page', url: 'https://man7.org/linux/man-pages/man2/chroot.2.html' };
const VSERVER: SourceLink = { label: 'Wikipedia, “Linux-VServer”', url: 'https://en.wikipedia.org/wiki/Linux-VServer' };
const OPENVZ_HISTORY: SourceLink = { label: 'OpenVZ wiki, “History”', url: 'https://wiki.openvz.org/History' };
const USERNS: SourceLink = { label: 'user_namespaces(7), Linux manual page', url: 'https://man7.org/linux/man-pages/man7/user_namespaces.7.html' };
const BLKIO: SourceLink = { label: 'OCI runtime specification, Linux block I/O (cgroup v1 throttling applies to direct I/O only)', url: 'https://github.com/opencontainers/runtime-spec/pull/1194' };
const DOCKER_USERNS: SourceLink = { label: 'Docker documentation, “Isolate containers with a user namespace”', url: 'https://docs.docker.com/engine/security/userns-remap/' };
const DOCKER_CHECKPOINT: SourceLink = { label: 'Docker documentation, “docker checkpoint” (experimental)', url: 'https://docs.docker.com/reference/cli/docker/checkpoint/' };
const DOCKER_RUN: SourceLink = { label: 'Docker documentation, “docker container run” (--storage-opt, --device-read-bps)', url: 'https://docs.docker.com/reference/cli/docker/container/run/' };

const cell = (value: Support, slides: Support = value, note?: string, sources?: SourceLink[]): FeatureCell => ({ value, slides, note, sources });
const row = (cells: Record<FeatureId, FeatureCell>) => cells;

export const osTechnologies: OsTechnology[] = [
  {
    id: 'chroot',
    name: 'chroot',
    note: 'Not a security boundary: a process with root privilege can leave a chroot, and processes, users and the network stay shared. In V7 Unix since 1979.',
    cells: row({
      'copy-on-write': cell('no'),
      'disk-quota': cell('no'),
      'cpu-quota': cell('no'),
      'fs-isolation': cell('partial', 'partial', 'Changes the root directory that a process and its children see, and nothing else; a root process can escape it.', [CHROOT_MAN]),
      'net-isolation': cell('no'),
      'root-isolation': cell('no'),
      'io-rate-limit': cell('no'),
      'memory-limit': cell('no'),
      'live-migration': cell('no'),
    }),
  },
  {
    id: 'linux-vserver',
    name: 'Linux-VServer',
    years: '2001–2018',
    note: 'Defunct: a kernel patch developed from 2001 to 2018. Values as in an older revision of Wikipedia’s table.',
    cells: row({
      'copy-on-write': cell('yes', 'yes', 'Guests share files through copy-on-write hard links.', [VSERVER]),
      'disk-quota': cell('yes'),
      'cpu-quota': cell('yes'),
      'fs-isolation': cell('yes'),
      'net-isolation': cell('partial', 'partial', 'Isolation, not virtualization: a guest is limited to the IP addresses it is given, while interfaces, routing and the firewall are configured on the host.', [VSERVER]),
      'root-isolation': cell('partial', 'partial', 'A guest’s root is confined by its security context and a reduced set of capabilities rather than mapped to an unprivileged host user; the table rates this as partial.', [WIKIPEDIA]),
      'io-rate-limit': cell('yes'),
      'memory-limit': cell('yes'),
      'live-migration': cell('no'),
    }),
  },
  {
    id: 'openvz',
    name: 'OpenVZ',
    note: 'Values as in a newer revision of Wikipedia’s table; the core of the commercial Virtuozzo, opened in 2005.',
    cells: row({
      'copy-on-write': cell('yes', 'yes', 'Older revisions of the table said No; newer ones say Yes.', [WIKIPEDIA]),
      'disk-quota': cell('yes'),
      'cpu-quota': cell('yes'),
      'fs-isolation': cell('yes'),
      'net-isolation': cell('yes'),
      'root-isolation': cell('yes'),
      'io-rate-limit': cell('yes'),
      'memory-limit': cell('yes'),
      'live-migration': cell('yes', 'yes', 'Live migration since November 2006.', [OPENVZ_HISTORY]),
    }),
  },
  {
    id: 'lxc',
    name: 'LXC',
    note: 'Values as in a newer revision of Wikipedia’s table; built on the mainline kernel’s namespaces and cgroups.',
    cells: row({
      'copy-on-write': cell('yes'),
      'disk-quota': cell('partial', 'partial', 'LXC sets no quota itself: a limit comes from the storage behind the container, such as an LVM volume, a btrfs or ZFS quota, or a loop-mounted image.', [WIKIPEDIA]),
      'cpu-quota': cell('yes'),
      'fs-isolation': cell('yes'),
      'net-isolation': cell('yes'),
      'root-isolation': cell('yes', 'yes', 'Unprivileged containers map root to an ordinary host user through user namespaces, complete since Linux 3.8 (2013).', [USERNS]),
      'io-rate-limit': cell('partial', 'partial', 'Through the cgroup block-I/O controller; under cgroup v1 its throttling applies to direct I/O only, not to buffered writes.', [BLKIO]),
      'memory-limit': cell('yes'),
      'live-migration': cell('yes', 'yes', 'Through CRIU (checkpoint/restore in user space); older revisions of the table said No.', [WIKIPEDIA]),
    }),
  },
  {
    id: 'docker',
    name: 'Docker',
    note: 'Root isolation and I/O limits apply from Docker 1.10 (2016); earlier versions lacked both.',
    cells: row({
      'copy-on-write': cell('yes', 'yes', 'Containers share read-only image layers and write to a layer of their own.'),
      'disk-quota': cell('partial', 'partial', 'The slide table’s 「间接」 (“indirect”) means partial: a size limit (--storage-opt size=) works only with some storage drivers, such as overlay2 on XFS with project quotas, btrfs or ZFS.', [DOCKER_RUN]),
      'cpu-quota': cell('yes'),
      'fs-isolation': cell('yes'),
      'net-isolation': cell('yes'),
      'root-isolation': cell('partial', 'yes', 'Available since Docker 1.10 by remapping root to an unprivileged host user (userns-remap), and through rootless mode, but off by default: a default container’s root is the host’s UID 0 with reduced capabilities.', [DOCKER_USERNS]),
      'io-rate-limit': cell('yes', 'yes', 'Since Docker 1.10: read and write limits in bytes or operations per second per device.', [DOCKER_RUN]),
      'memory-limit': cell('yes'),
      'live-migration': cell('partial', 'no', 'The slide table says No. Docker can checkpoint and restore a container with CRIU, but only as an experimental feature; it has no live migration of its own.', [DOCKER_CHECKPOINT]),
    }),
  },
];

export const matrixSources: SourceLink[] = [WIKIPEDIA];
