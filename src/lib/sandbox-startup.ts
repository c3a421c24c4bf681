/**
 * The sandbox start-up times the cold-start simulator offers, taken from the book's figures module.
 *
 * A technology with no checked start-up figure has `startupMs: null`: the widget then asks the reader
 * for their own value instead of showing an invented one. Only build-time code imports this module;
 * the widget receives the table as data, so the figures never reach the browser bundle.
 */
import { figures } from '../data/virtualization-figures';

export type SandboxId = 'container' | 'gvisor' | 'firecracker' | 'vm';

export interface SandboxStartup {
  id: SandboxId;
  label: string;
  /** Start-up time in milliseconds, or null when the book has no checked figure. */
  startupMs: number | null;
  /** What the figure measured and under which conditions, or why there is none (shown beside the field). */
  source: string;
  /** Bibliography key and link of the source, when there is one. */
  refKey?: string;
  url?: string;
}

const CHOICES: { id: SandboxId; label: string; figure: string | null; none?: string }[] = [
  {
    id: 'container',
    label: 'Container (runc)',
    figure: null,
    none: 'The book has no measured start-up time for a plain container (only that it is hundreds of milliseconds, far slower than LightVM’s 2.3 ms): enter your own.',
  },
  { id: 'gvisor', label: 'gVisor sandbox', figure: null, none: 'The book has no measured start-up time for a gVisor sandbox: enter your own.' },
  { id: 'firecracker', label: 'Firecracker microVM', figure: 'nsdi20-data-fc-e2e' },
  { id: 'vm', label: 'VM (QEMU/KVM, minimal guest)', figure: 'nsdi20-data-qemu-boot' },
];

function build(): SandboxStartup[] {
  return CHOICES.map((c) => {
    if (!c.figure) return { id: c.id, label: c.label, startupMs: null, source: c.none ?? 'Enter your own start-up time.' };
    const f = figures.find((x) => x.id === c.figure);
    if (!f || f.metric !== 'startup-time' || f.unit !== 's' || f.source.kind !== 'reference') {
      throw new Error(`sandbox-startup: figure "${c.figure}" is missing or is not a sourced start-up time in seconds`);
    }
    const startupMs = Math.round(f.value * 1000);
    return { id: c.id, label: c.label, startupMs, source: `${startupMs} ms: ${f.conditions}`, refKey: f.source.key, url: f.source.url };
  });
}

export const SANDBOX_STARTUPS: readonly SandboxStartup[] = build();

export function sandboxById(id: string, list: readonly SandboxStartup[] = SANDBOX_STARTUPS): SandboxStartup | undefined {
  return list.find((s) => s.id === id);
}
