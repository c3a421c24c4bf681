/**
 * Every figure the comparison demos show (<BootComparison />, <DensityCalculator />): start-up time,
 * memory overhead, image size, system-call latency and creation rate of VMs, containers, sandboxes,
 * unikernels and microVMs, in base units (seconds, bytes, per second), each with the conditions under
 * which it was measured and its source.
 *
 * Two provenances sit side by side:
 * - 'slides': the performance table of source article 003 (lecture slides), kept so the reader can see
 *   what the book corrects. Its container start-up time is printed there in microseconds (微秒); that
 *   is a unit error, stored here corrected to milliseconds with the correction and its source.
 * - 'sourced': figures from papers, specifications and benchmark data, with their conditions.
 *
 * Checked by tests/unit/virtualization-figures.test.ts (zod schema, units, ranges, bibliography keys).
 */
import type { Technology, VirtFigure } from '../lib/figures';

const MB = 1e6;
const MiB = 2 ** 20;
const ms = 1e-3;
const ns = 1e-9;

export const technologies = [
  {
    id: 'process',
    name: 'Linux process (fork/exec)',
    family: 'process',
    isolation: { rank: 1, justification: 'An ordinary process: separate address space, but the same kernel, file system and network view as every other process.' },
  },
  {
    id: 'container',
    name: 'Container (runc / Docker)',
    family: 'container',
    isolation: { rank: 2, justification: 'Namespaces and cgroups over one shared host kernel: a kernel or runtime flaw can let a container escape (runc CVE-2019-5736).' },
  },
  {
    id: 'gvisor',
    name: 'gVisor (runsc)',
    family: 'sandbox',
    isolation: { rank: 3, justification: 'A user-space kernel (the Sentry) serves the application’s system calls, so only a small, filtered set reaches the host kernel.' },
  },
  {
    id: 'kata',
    name: 'Kata Containers',
    family: 'vm',
    isolation: { rank: 4, justification: 'Each pod runs in a lightweight VM with its own guest kernel: the boundary is the hypervisor and the VMM chosen (QEMU, Cloud Hypervisor, Firecracker).' },
  },
  {
    id: 'full-vm',
    name: 'Full-distribution VM',
    family: 'vm',
    isolation: { rank: 4, justification: 'Hardware virtualization with its own guest kernel; the attack surface is the hypervisor plus a general-purpose device model.' },
  },
  {
    id: 'qemu-minimal',
    name: 'QEMU/KVM, minimal guest, direct kernel boot',
    family: 'vm',
    isolation: { rank: 4, justification: 'Hardware virtualization with its own guest kernel; QEMU still emulates a general-purpose PC device model.' },
  },
  {
    id: 'cloud-hypervisor',
    name: 'Cloud Hypervisor',
    family: 'microvm',
    isolation: { rank: 4, justification: 'Hardware virtualization through KVM with a Rust VMM that leaves out most legacy devices.' },
  },
  {
    id: 'firecracker',
    name: 'Firecracker microVM',
    family: 'microvm',
    isolation: { rank: 4, justification: 'Hardware virtualization through KVM with a minimal device model, and a Rust VMM confined by a jailer and seccomp filters.' },
  },
  {
    id: 'unikernel',
    name: 'Unikernel (the slide table’s generic row)',
    family: 'unikernel',
    isolation: { rank: 4, justification: 'A single-application VM: tenants are separated by the hypervisor, as for any VM.' },
  },
  {
    id: 'unikraft',
    name: 'Unikraft unikernel',
    family: 'unikernel',
    isolation: { rank: 4, justification: 'A single-application VM on KVM (QEMU, Firecracker or Solo5): tenants are separated by the hypervisor.' },
  },
  {
    id: 'clickos',
    name: 'ClickOS (Mini-OS on Xen)',
    family: 'unikernel',
    isolation: { rank: 4, justification: 'A single-application Xen guest: tenants are separated by the Xen hypervisor.' },
  },
  {
    id: 'lightvm',
    name: 'LightVM (Xen, redesigned toolstack)',
    family: 'unikernel',
    isolation: { rank: 4, justification: 'Ordinary Xen guests (unikernels or tiny Linux VMs): tenants are separated by the Xen hypervisor.' },
  },
] as const satisfies readonly Technology[];

export type TechnologyId = (typeof technologies)[number]['id'];

/** The slide table's figures (source article 003, 「性能对比」). */
const SLIDE_ARTICLE = '003';
const SLIDE_LOCATOR = 'performance table 「性能对比」 (start-up time, image size, memory overhead)';
const SEED_CONDITIONS = 'Stated without conditions, hardware or source in the slide table.';
/** Sizes only: the slide's unit. */
const SEED_CONDITIONS_MB = 'Stated without conditions, hardware or source in the slide table; the slide writes “MBs”, read here as 10⁶ bytes.';

function slideFigure(
  id: string,
  technology: TechnologyId,
  metric: VirtFigure['metric'],
  text: string,
  value: number,
  extra: Partial<VirtFigure> = {},
): VirtFigure {
  return {
    id,
    technology,
    metric,
    value,
    unit: metric === 'startup-time' ? 's' : 'B',
    qualifier: 'approx',
    conditions: metric === 'startup-time' ? SEED_CONDITIONS : SEED_CONDITIONS_MB,
    provenance: 'slides',
    source: { kind: 'slides', article: SLIDE_ARTICLE, locator: SLIDE_LOCATOR, text },
    headline: true,
    ...extra,
  };
}

const FC_SPEC = 'https://github.com/firecracker-microvm/firecracker/blob/main/SPECIFICATION.md';
const NSDI20 = 'https://www.usenix.org/conference/nsdi20/presentation/agache';
const NSDI20_DATA =
  'https://github.com/firecracker-microvm/nsdi2020-data/blob/8d365b04e85927dcc7ab075c12a79ccea49f5268/data/m5d.metal-ht/boot-serial.csv';
const NSDI20_BOOT_CONDITIONS =
  'Median of 1,000 serial boots on an AWS m5d.metal host (hyper-threading on); LinuxKit minimal guest, 1 vCPU, 256 MiB, no network, root file system on a virtio block device';
const GVISOR_PERF = 'https://gvisor.dev/docs/architecture_guide/performance/';
const GVISOR_STARTUP = 'https://github.com/google/gvisor/blob/508e25b6d6e9a81edb6ddf8738450b79898b446a/website/performance/startup.csv';
const GVISOR_HOST = 'Google Compute Engine n1-standard-4 VM (Broadwell), Debian 9, Linux 4.19';
const KUASAR = 'https://github.com/kuasar-io/kuasar/blob/main/tests/benchmark/Benchmark.md';
const KUASAR_ENV = 'Kata 2.5.2 with Cloud Hypervisor v28.2, guest kernel 6.1.6, containerd 1.7.0, CentOS 8; ubuntu image, host networking, overlayfs';
const UNIKRAFT_ART =
  'https://github.com/unikraft/eurosys21-artifacts/tree/0026c3a0d0923bbca6c8e97c37abda3c8759b0e7/experiments/fig_10_unikraft-boot/paperresults';
const UNIKRAFT_ART_CONDITIONS = 'Unikraft “helloworld” image on KVM; VMM set-up plus guest boot, mean of 26 runs (EuroSys ’21 artifact for Figure 10, data as of its last rerun, March 2021)';

export const figures: VirtFigure[] = [
  // ---- Source article 003, slide table -----------------------------------------------------------
  slideFigure('slides-full-vm-startup', 'full-vm', 'startup-time', '~5/10秒', 5, { range: { min: 5, max: 10 } }),
  slideFigure('slides-full-vm-image', 'full-vm', 'image-size', '~1000MBs', 1000 * MB),
  slideFigure('slides-full-vm-memory', 'full-vm', 'memory-overhead', '~100MBs', 100 * MB),
  slideFigure('slides-container-startup', 'container', 'startup-time', '~800/1000 微秒', 800 * ms, {
    range: { min: 800 * ms, max: 1000 * ms },
    correction: {
      text: 'The slide prints microseconds (微秒); the unit is wrong by a factor of 1,000. LightVM’s 2.3 ms boot is “two orders of magnitude faster than Docker”, so a container starts in hundreds of milliseconds.',
      key: 'manco2017',
    },
  }),
  slideFigure('slides-container-image', 'container', 'image-size', '~50MBs', 50 * MB),
  slideFigure('slides-container-memory', 'container', 'memory-overhead', '~5MBs', 5 * MB),
  slideFigure('slides-unikernel-startup', 'unikernel', 'startup-time', '~<50毫秒', 50 * ms, { qualifier: 'under' }),
  slideFigure('slides-unikernel-image', 'unikernel', 'image-size', '~5MBs', 5 * MB),
  slideFigure('slides-unikernel-memory', 'unikernel', 'memory-overhead', '~8MBs', 8 * MB),
  slideFigure('slides-firecracker-startup', 'firecracker', 'startup-time', '~100毫秒', 100 * ms),
  slideFigure('slides-firecracker-memory', 'firecracker', 'memory-overhead', '~3MBs', 3 * MB),

  // ---- Process baseline ------------------------------------------------------------------------
  {
    id: 'lightvm-paper-fork-exec',
    technology: 'process',
    metric: 'startup-time',
    value: 1 * ms,
    unit: 's',
    qualifier: 'approx',
    conditions: 'fork/exec of a process on Linux, the baseline LightVM compares itself with.',
    provenance: 'sourced',
    source: { kind: 'reference', key: 'manco2017', url: 'https://doi.org/10.1145/3132747.3132763', locator: 'abstract' },
    headline: true,
  },

  // ---- Containers (runc) ----------------------------------------------------------------------
  {
    id: 'gvisor-perf-runc-memory',
    technology: 'container',
    metric: 'memory-overhead',
    value: 4_092_150,
    unit: 'B',
    qualifier: 'measured',
    conditions: `Empty container (a process that only sleeps) run with runc; host free memory before and after starting 50 of them, divided by 50. ${GVISOR_HOST}.`,
    provenance: 'sourced',
    source: { kind: 'reference', key: 'gvisor-perf2019', url: GVISOR_PERF, locator: 'Memory usage; density.csv (runc, density.empty)' },
    headline: true,
  },
  {
    id: 'gvisor-perf-runc-syscall',
    technology: 'container',
    metric: 'syscall-latency',
    value: 1939 * ns,
    unit: 's',
    qualifier: 'measured',
    conditions: `Average time of a raw system call made in a loop inside a runc container. ${GVISOR_HOST}.`,
    provenance: 'sourced',
    source: { kind: 'reference', key: 'gvisor-perf2019', url: GVISOR_PERF, locator: 'System calls; syscall.csv (runc)' },
    headline: true,
  },

  {
    id: 'gvisor-perf-runc-startup',
    technology: 'container',
    metric: 'startup-time',
    value: 1193 * ms,
    unit: 's',
    qualifier: 'measured',
    conditions: `Total time to start a container that only runs the command “true” (Alpine image) through Docker with runc; most of it is Docker’s own work, not the isolation. ${GVISOR_HOST}.`,
    provenance: 'sourced',
    source: { kind: 'reference', key: 'gvisor-perf2019', url: GVISOR_STARTUP, locator: 'Start-up time; startup.csv (runc, startup.empty)' },
    headline: true,
  },

  // ---- gVisor ----------------------------------------------------------------------------------
  {
    id: 'gvisor-perf-runsc-startup',
    technology: 'gvisor',
    metric: 'startup-time',
    value: 1144 * ms,
    unit: 's',
    qualifier: 'measured',
    conditions: `Total time to start a container that only runs the command “true” (Alpine image) through Docker with runsc on the ptrace platform; most of it is Docker’s own work, as the runc figure measured the same way shows. ${GVISOR_HOST}.`,
    provenance: 'sourced',
    source: { kind: 'reference', key: 'gvisor-perf2019', url: GVISOR_STARTUP, locator: 'Start-up time; startup.csv (runsc, startup.empty)' },
    headline: true,
  },
  {
    id: 'gvisor-perf-runsc-memory',
    technology: 'gvisor',
    metric: 'memory-overhead',
    value: 23_695_032,
    unit: 'B',
    qualifier: 'measured',
    conditions: `Empty container (a process that only sleeps) run with runsc on the ptrace platform; host free memory before and after starting 50 of them, divided by 50. ${GVISOR_HOST}.`,
    provenance: 'sourced',
    source: { kind: 'reference', key: 'gvisor-perf2019', url: GVISOR_PERF, locator: 'Memory usage; density.csv (runsc, density.empty)' },
    headline: true,
  },
  {
    id: 'gvisor-perf-runsc-ptrace-syscall',
    technology: 'gvisor',
    metric: 'syscall-latency',
    value: 38_219 * ns,
    unit: 's',
    qualifier: 'measured',
    conditions: `Average time of a raw system call in a loop, gVisor on the ptrace platform (the slowest way to intercept system calls). ${GVISOR_HOST}.`,
    provenance: 'sourced',
    source: { kind: 'reference', key: 'gvisor-perf2019', url: GVISOR_PERF, locator: 'System calls; syscall.csv (runsc)' },
    headline: true,
  },
  {
    id: 'gvisor-perf-runsc-kvm-syscall',
    technology: 'gvisor',
    metric: 'syscall-latency',
    value: 763 * ns,
    unit: 's',
    qualifier: 'measured',
    conditions: `Average time of a raw system call in a loop, gVisor on the KVM platform, here inside a cloud VM (nested virtualization). ${GVISOR_HOST}.`,
    provenance: 'sourced',
    source: { kind: 'reference', key: 'gvisor-perf2019', url: GVISOR_PERF, locator: 'System calls; syscall.csv (runsc-kvm)' },
    headline: false,
  },

  // ---- Kata Containers -------------------------------------------------------------------------
  {
    id: 'kuasar-kata-startup-serial',
    technology: 'kata',
    metric: 'startup-time',
    value: 850 * ms,
    unit: 's',
    qualifier: 'approx',
    range: { min: 850 * ms, max: 950 * ms },
    conditions: `One pod and its container started at a time, timed end to end through the CRI, 500 runs. ${KUASAR_ENV}. Benchmark published by Kuasar, a competing project.`,
    provenance: 'sourced',
    source: { kind: 'reference', key: 'kuasar-benchmark2023', url: KUASAR, locator: 'Figure 1' },
    headline: true,
  },
  {
    id: 'kuasar-kata-startup-parallel',
    technology: 'kata',
    metric: 'startup-time',
    value: 1.6,
    unit: 's',
    qualifier: 'approx',
    range: { min: 1.6, max: 1.8 },
    conditions: `Pods started in parallel groups (of 50 by the figure’s caption; the text says 30), timed end to end through the CRI. ${KUASAR_ENV}. Benchmark published by Kuasar, a competing project.`,
    provenance: 'sourced',
    source: { kind: 'reference', key: 'kuasar-benchmark2023', url: KUASAR, locator: 'Figure 2' },
    headline: false,
  },
  {
    id: 'kuasar-kata-memory',
    technology: 'kata',
    metric: 'memory-overhead',
    value: 18 * MB,
    unit: 'B',
    qualifier: 'approx',
    conditions: `Average proportional set size (PSS) of the containerd-shim-kata-v2 processes per pod with up to 50 pods. Counts the shim only: the Cloud Hypervisor process and the guest VM’s memory come on top. ${KUASAR_ENV}.`,
    provenance: 'sourced',
    source: { kind: 'reference', key: 'kuasar-benchmark2023', url: KUASAR, locator: 'Figure 3' },
    headline: true,
    partial: true,
  },

  // ---- QEMU/KVM with a minimal guest -----------------------------------------------------------
  {
    id: 'nsdi20-data-qemu-boot',
    technology: 'qemu-minimal',
    metric: 'startup-time',
    value: 234 * ms,
    unit: 's',
    qualifier: 'measured',
    conditions: `${NSDI20_BOOT_CONDITIONS}; QEMU with KVM booting the kernel directly (-kernel), timed from starting QEMU until the guest signals through a debug port and QEMU exits.`,
    provenance: 'sourced',
    source: { kind: 'reference', key: 'firecracker-data2020', url: NSDI20_DATA, locator: 'boot-serial.csv, rows “qemu”' },
    headline: true,
  },
  {
    id: 'qboot-default-qemu-overhead',
    technology: 'qemu-minimal',
    metric: 'startup-time',
    value: 500 * ms,
    unit: 's',
    qualifier: 'approx',
    range: { min: 500 * ms, max: 700 * ms },
    conditions: 'QEMU’s own start-up before the guest kernel runs (dynamic linking about 150 ms, SeaBIOS about 150 ms, loading the kernel through fw_cfg about 350 ms), with a stock QEMU of 2015–16.',
    provenance: 'sourced',
    source: { kind: 'reference', key: 'bonzini2015', url: 'https://github.com/bonzini/qboot', locator: 'README (versions of 2015–2018)' },
    headline: false,
  },
  {
    id: 'qboot-tuned-qemu-overhead',
    technology: 'qemu-minimal',
    metric: 'startup-time',
    value: 60 * ms,
    unit: 's',
    qualifier: 'approx',
    conditions: 'QEMU’s own start-up before the guest kernel runs, with a stripped-down QEMU build, the qboot firmware and the fw_cfg DMA interface (QEMU 2.7 and later).',
    provenance: 'sourced',
    source: { kind: 'reference', key: 'bonzini2015', url: 'https://github.com/bonzini/qboot', locator: 'README (versions of 2015–2018)' },
    headline: false,
  },
  {
    id: 'nsdi20-qemu-memory',
    technology: 'qemu-minimal',
    metric: 'memory-overhead',
    value: 131 * MB,
    unit: 'B',
    qualifier: 'approx',
    conditions: 'Memory used by the QEMU process beyond the guest’s own memory, measured on an AWS m5d.metal host for the comparison in the Firecracker paper.',
    provenance: 'sourced',
    source: { kind: 'reference', key: 'agache2020', url: NSDI20 },
    headline: true,
  },

  // ---- Cloud Hypervisor ------------------------------------------------------------------------
  {
    id: 'nsdi20-chv-memory',
    technology: 'cloud-hypervisor',
    metric: 'memory-overhead',
    value: 13 * MB,
    unit: 'B',
    qualifier: 'approx',
    conditions: 'Memory used by the Cloud Hypervisor process beyond the guest’s own memory, measured on an AWS m5d.metal host for the comparison in the Firecracker paper.',
    provenance: 'sourced',
    source: { kind: 'reference', key: 'agache2020', url: NSDI20 },
    headline: true,
  },

  // ---- Firecracker -----------------------------------------------------------------------------
  {
    id: 'fc-spec-boot',
    technology: 'firecracker',
    metric: 'startup-time',
    value: 125 * ms,
    unit: 's',
    qualifier: 'at-most',
    conditions: 'Specification: from the InstanceStart API call to the guest’s /sbin/init, for 1 vCPU and 128 MiB with the Firecracker-tuned minimal kernel and root file system and the serial console off; AWS m5d.metal (hyper-threading off) or m6g.metal hosts (i3.metal in the 2018 version).',
    provenance: 'sourced',
    source: { kind: 'reference', key: 'firecracker-spec2018', url: FC_SPEC, locator: 'item “Overhead”' },
    // Not the headline: it stops at /sbin/init, while the QEMU bar is end to end (see fc-e2e).
    headline: false,
  },
  {
    id: 'nsdi20-data-fc-boot',
    technology: 'firecracker',
    metric: 'startup-time',
    value: 111 * ms,
    unit: 's',
    qualifier: 'measured',
    conditions: `${NSDI20_BOOT_CONDITIONS}; the boot time Firecracker logs when the guest’s init signals through a debug port.`,
    provenance: 'sourced',
    source: { kind: 'reference', key: 'firecracker-data2020', url: NSDI20_DATA, locator: 'boot-serial.csv, rows “firecracker”' },
    headline: false,
  },
  {
    id: 'nsdi20-data-fc-e2e',
    technology: 'firecracker',
    metric: 'startup-time',
    value: 193 * ms,
    unit: 's',
    qualifier: 'measured',
    conditions: `${NSDI20_BOOT_CONDITIONS}; wall-clock time of the whole start script (starting Firecracker, configuring the VM through its API, booting the guest): the fair comparison with QEMU’s 234 ms.`,
    provenance: 'sourced',
    source: { kind: 'reference', key: 'firecracker-data2020', url: NSDI20_DATA, locator: 'boot-serial.csv, rows “firecracker-e2e”' },
    // The headline: timed like QEMU's 234 ms in the same data set, so the bars compare like with like.
    headline: true,
  },
  {
    id: 'nsdi20-fc-memory',
    technology: 'firecracker',
    metric: 'memory-overhead',
    value: 3 * MB,
    unit: 'B',
    qualifier: 'approx',
    conditions: 'Memory used by the Firecracker VMM process beyond the guest’s own memory, measured on an AWS m5d.metal host; the guest kernel’s memory comes out of the guest’s allocation.',
    provenance: 'sourced',
    source: { kind: 'reference', key: 'agache2020', url: NSDI20 },
    headline: true,
  },
  {
    id: 'fc-spec-memory',
    technology: 'firecracker',
    metric: 'memory-overhead',
    value: 5 * MiB,
    unit: 'B',
    qualifier: 'at-most',
    conditions: 'Specification: memory of the VMM threads for a microVM with 1 vCPU and 128 MiB; depends on the workload (many vsock connections can exceed it) and excludes the MMDS data store.',
    provenance: 'sourced',
    source: { kind: 'reference', key: 'firecracker-spec2018', url: FC_SPEC, locator: 'item “Overhead”' },
    headline: false,
  },
  {
    id: 'nsdi20-fc-rate',
    technology: 'firecracker',
    metric: 'creation-rate',
    value: 150,
    unit: '1/s',
    qualifier: 'approx',
    conditions: 'MicroVMs created per second on one host (AWS m5d.metal), as reported in the Firecracker paper.',
    provenance: 'sourced',
    source: { kind: 'reference', key: 'agache2020', url: NSDI20 },
    headline: true,
  },

  // ---- Unikernels ------------------------------------------------------------------------------
  {
    id: 'unikraft-paper-boot',
    technology: 'unikraft',
    metric: 'startup-time',
    value: 3 * ms,
    unit: 's',
    qualifier: 'approx',
    range: { min: 3 * ms, max: 40 * ms },
    conditions: 'Total boot time of Unikraft images on KVM, VMM set-up included; the spread comes from the VMM (Firecracker and Solo5 fastest, QEMU slowest).',
    provenance: 'sourced',
    source: { kind: 'reference', key: 'kuenzer2021', url: 'https://doi.org/10.1145/3447786.3456248', locator: 'abstract' },
    headline: true,
  },
  {
    id: 'unikraft-art-fc',
    technology: 'unikraft',
    metric: 'startup-time',
    value: 3.06 * ms,
    unit: 's',
    qualifier: 'measured',
    conditions: `${UNIKRAFT_ART_CONDITIONS}; Firecracker as the VMM.`,
    provenance: 'sourced',
    source: { kind: 'reference', key: 'unikraft-artifacts2021', url: UNIKRAFT_ART, locator: 'paperresults/firecracker.csv' },
    headline: false,
  },
  {
    id: 'unikraft-art-solo5',
    technology: 'unikraft',
    metric: 'startup-time',
    value: 3.07 * ms,
    unit: 's',
    qualifier: 'measured',
    conditions: `${UNIKRAFT_ART_CONDITIONS}; Solo5 as the VMM.`,
    provenance: 'sourced',
    source: { kind: 'reference', key: 'unikraft-artifacts2021', url: UNIKRAFT_ART, locator: 'paperresults/solo5.csv' },
    headline: false,
  },
  {
    id: 'unikraft-art-qemu-microvm',
    technology: 'unikraft',
    metric: 'startup-time',
    value: 9.05 * ms,
    unit: 's',
    qualifier: 'measured',
    conditions: `${UNIKRAFT_ART_CONDITIONS}; QEMU with its “microvm” machine type.`,
    provenance: 'sourced',
    source: { kind: 'reference', key: 'unikraft-artifacts2021', url: UNIKRAFT_ART, locator: 'paperresults/qemumicrovm.csv' },
    headline: false,
  },
  {
    id: 'unikraft-art-qemu',
    technology: 'unikraft',
    metric: 'startup-time',
    value: 38.4 * ms,
    unit: 's',
    qualifier: 'measured',
    conditions: `${UNIKRAFT_ART_CONDITIONS}; QEMU with its default PC machine type.`,
    provenance: 'sourced',
    source: { kind: 'reference', key: 'unikraft-artifacts2021', url: UNIKRAFT_ART, locator: 'paperresults/qemu.csv' },
    headline: false,
  },
  {
    id: 'unikraft-paper-image',
    technology: 'unikraft',
    metric: 'image-size',
    value: 1 * MB,
    unit: 'B',
    qualifier: 'approx',
    conditions: 'Size of the Unikraft images of the paper’s off-the-shelf applications (such as nginx, SQLite and Redis).',
    provenance: 'sourced',
    source: { kind: 'reference', key: 'kuenzer2021', url: 'https://doi.org/10.1145/3447786.3456248', locator: 'abstract' },
    headline: true,
  },
  {
    id: 'unikraft-paper-memory',
    technology: 'unikraft',
    metric: 'memory-overhead',
    value: 10 * MB,
    unit: 'B',
    qualifier: 'under',
    conditions: 'Least memory the paper’s Unikraft applications need to run: the whole VM, application included, so it overstates the isolation layer’s own share.',
    provenance: 'sourced',
    source: { kind: 'reference', key: 'kuenzer2021', url: 'https://doi.org/10.1145/3447786.3456248', locator: 'abstract' },
    headline: true,
  },
  {
    id: 'clickos-boot',
    technology: 'clickos',
    metric: 'startup-time',
    value: 30 * ms,
    unit: 's',
    qualifier: 'approx',
    conditions: 'Boot of a ClickOS middlebox VM (Click on Mini-OS) on Xen.',
    provenance: 'sourced',
    source: { kind: 'reference', key: 'martins2014', url: 'https://www.usenix.org/conference/nsdi14/technical-sessions/presentation/martins', locator: 'abstract' },
    headline: true,
  },
  {
    id: 'clickos-memory',
    technology: 'clickos',
    metric: 'memory-overhead',
    value: 5 * MB,
    unit: 'B',
    qualifier: 'approx',
    conditions: 'The abstract calls ClickOS VMs “small (5MB)”; read here as the memory a running ClickOS VM needs, middlebox included.',
    provenance: 'sourced',
    source: { kind: 'reference', key: 'martins2014', url: 'https://www.usenix.org/conference/nsdi14/technical-sessions/presentation/martins', locator: 'abstract' },
    headline: true,
  },
  {
    id: 'lightvm-boot',
    technology: 'lightvm',
    metric: 'startup-time',
    value: 2.3 * ms,
    unit: 's',
    qualifier: 'measured',
    conditions: 'Boot of a minimal VM (a unikernel) on Xen with LightVM’s redesigned, distributed toolstack.',
    provenance: 'sourced',
    source: { kind: 'reference', key: 'manco2017', url: 'https://doi.org/10.1145/3132747.3132763', locator: 'abstract' },
    headline: true,
  },
];
