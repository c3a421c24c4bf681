/**
 * TEMPORARY copy of the two start-up figures the cold-start simulator uses, in the shape of
 * src/data/virtualization-figures.ts (written on the `demos` branch, same ids and values). When that
 * module is on main, point src/lib/sandbox-startup.ts at it and delete this file.
 * Values in seconds. Source: the Firecracker NSDI ’20 paper's artifact data (Agache et al. 2020).
 */
const NSDI20_DATA =
  'https://github.com/firecracker-microvm/nsdi2020-data/blob/8d365b04e85927dcc7ab075c12a79ccea49f5268/data/m5d.metal-ht/boot-serial.csv';
const CONDITIONS =
  'Median of 1,000 serial boots on an AWS m5d.metal host (hyper-threading on); LinuxKit minimal guest, 1 vCPU, 256 MiB, no network, root file system on a virtio block device';

export const figures = [
  {
    id: 'nsdi20-data-qemu-boot',
    technology: 'qemu-minimal',
    metric: 'startup-time',
    value: 0.234,
    unit: 's',
    conditions: `${CONDITIONS}; QEMU with KVM booting the kernel directly (-kernel), timed from starting QEMU until the guest signals through a debug port and QEMU exits.`,
    source: { kind: 'reference', key: 'agache2020', url: NSDI20_DATA, locator: 'boot-serial.csv, rows “qemu”' },
  },
  {
    id: 'nsdi20-data-fc-e2e',
    technology: 'firecracker',
    metric: 'startup-time',
    value: 0.193,
    unit: 's',
    conditions: `${CONDITIONS}; end to end, from starting the Firecracker process and configuring the VM through its API to the guest’s init: the fair comparison with QEMU’s 234 ms.`,
    source: { kind: 'reference', key: 'agache2020', url: NSDI20_DATA, locator: 'boot-serial.csv, rows “firecracker-e2e”' },
  },
] as const;
