/**
 * Adapter: the sandbox start-up times the cold-start simulator offers.
 *
 * TEMPORARY. The book's figures module, src/data/virtualization-figures.ts, is being written on the
 * `demos` branch. Until it lands on main, this file holds the few figures the simulator needs,
 * copied from /work/shared/facts.md with their sources. When the module lands, repoint
 * `SANDBOX_STARTUPS` at it (one import) and delete the table below; nothing else imports figures.
 *
 * A technology with no checked start-up figure has `startupMs: null`: the widget then asks the reader
 * for their own value instead of showing an invented one.
 */

export type SandboxId = 'container' | 'gvisor' | 'firecracker' | 'vm';

export interface SandboxStartup {
  id: SandboxId;
  label: string;
  /** Start-up time in milliseconds, or null when the book has no checked figure. */
  startupMs: number | null;
  /** Where the figure comes from and under which conditions (shown beside the field). */
  source: string;
  /** Bibliography key of the source, when there is one. */
  refKey?: string;
}

export const SANDBOX_STARTUPS: readonly SandboxStartup[] = [
  {
    id: 'container',
    label: 'Container (runc)',
    startupMs: null,
    source: 'The book has no checked start-up figure for a plain container: enter your own.',
  },
  {
    id: 'gvisor',
    label: 'gVisor sandbox',
    startupMs: null,
    source: 'The book has no checked start-up figure for gVisor: enter your own.',
  },
  {
    id: 'firecracker',
    label: 'Firecracker microVM',
    startupMs: 125,
    source:
      'About 125 ms to boot a minimal Linux guest (Agache et al., NSDI ’20; the Firecracker specification targets ≤125 ms to the guest’s init, 1 vCPU, 128 MiB).',
    refKey: 'agache2020',
  },
  {
    id: 'vm',
    label: 'Full VM (QEMU)',
    startupMs: 230,
    source:
      'About 0.23 s for QEMU booting a minimal LinuxKit guest (Firecracker paper’s artifact data, m5d.metal); a full distribution takes much longer.',
    refKey: 'agache2020',
  },
];

export function sandboxById(id: string): SandboxStartup | undefined {
  return SANDBOX_STARTUPS.find((s) => s.id === id);
}
