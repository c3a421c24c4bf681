import type { Reference } from '../../lib/references';

/**
 * Sources of the comparison figures (src/data/virtualization-figures.ts) that are not papers already
 * in common.ts: specifications, benchmark guides and published benchmark data.
 */
export const references: Reference[] = [
  {
    key: 'firecracker-spec2018',
    type: 'spec',
    authors: ['Amazon Web Services'],
    title: 'Firecracker Specification',
    venue: 'SPECIFICATION.md in the firecracker-microvm/firecracker repository',
    year: 2018,
    url: 'https://github.com/firecracker-microvm/firecracker/blob/main/SPECIFICATION.md',
    note: 'A living document, enforced by integration tests; first added in October 2018. The 2018 version names i3.metal hosts, later versions m5d.metal and m6g.metal.',
  },
  {
    key: 'firecracker-data2020',
    type: 'software',
    authors: ['Amazon Web Services'],
    title: 'Firecracker benchmarking code and data (NSDI ’20)',
    venue: 'firecracker-microvm/nsdi2020-data repository',
    year: 2020,
    url: 'https://github.com/firecracker-microvm/nsdi2020-data',
    note: 'Scripts and raw results behind the measurements in Agache et al. (2020). The boot-time medians cited (QEMU 234 ms, Firecracker 111 ms logged and 193 ms end to end) are from data/m5d.metal-ht/boot-serial.csv at commit 8d365b0 (April 2019, hyper-threading enabled, QEMU with its default SeaBIOS; the same run’s qboot median, in boot-serial-qboot-cdf.dat, is 212 ms); the QEMU-with-qboot comparison (median 244 ms with SeaBIOS, 214 ms with qboot) is from data/m5d.metal/boot-serial-qemu-cdf.dat and boot-serial-qboot-cdf.dat as last updated in February 2020 (commit 47fd4af). The README notes that QEMU is built as a statically linked binary.',
  },
  {
    key: 'bonzini2015',
    type: 'software',
    authors: ['Paolo Bonzini'],
    title: 'qboot: a minimal x86 firmware for booting Linux kernels',
    venue: 'bonzini/qboot repository',
    year: 2015,
    url: 'https://github.com/bonzini/qboot',
    note: 'First commit 20 May 2015; announced by Bonzini the next day (LWN, “Announcing qboot, a minimal x86 firmware for QEMU”). The README from May 2015 to November 2018 gives QEMU’s start-up time as 500–700 ms and 60 ms with qboot; the version of July 2019 drops the totals.',
  },
  {
    key: 'gvisor-perf2019',
    type: 'web',
    authors: ['The gVisor Authors'],
    title: 'gVisor Performance Guide',
    venue: 'gvisor.dev documentation; data in website/performance/*.csv of the google/gvisor repository',
    year: 2019,
    url: 'https://gvisor.dev/docs/architecture_guide/performance/',
    note: 'Measured on Google Compute Engine n1-standard-4 VMs with the ptrace platform unless stated. The guide and its data were first published in May 2019 (google/gvisor-website pull request 64) and later moved into the google/gvisor repository.',
  },
  {
    key: 'kuasar-benchmark2023',
    type: 'report',
    authors: ['The Kuasar Authors'],
    title: 'Kuasar benchmarking code',
    venue: 'tests/benchmark/Benchmark.md in the kuasar-io/kuasar repository',
    year: 2023,
    url: 'https://github.com/kuasar-io/kuasar/blob/main/tests/benchmark/Benchmark.md',
    note: 'Published by Kuasar, a sandbox runtime that competes with Kata Containers; compares Kata 2.5.2 with Kuasar on Cloud Hypervisor v28.2.',
  },
  {
    key: 'unikraft-artifacts2021',
    type: 'software',
    authors: ['Unikraft contributors'],
    title: 'Unikraft EuroSys ’21 artifacts',
    venue: 'unikraft/eurosys21-artifacts repository',
    year: 2021,
    url: 'https://github.com/unikraft/eurosys21-artifacts',
    note: 'Scripts and results for the figures of Kuenzer et al. (2021); boot times of Figure 10 in experiments/fig_10_unikraft-boot/paperresults.',
  },
];
