/**
 * The sandbox start-up times the cold-start simulator offers, taken from the book's figures module.
 *
 * Every sandbox offered has a sourced start-up figure of its own; a technology without one is not
 * offered (a demo never shows one technology's figure for another). The build fails if a listed
 * figure is missing or is not a sourced start-up time of that very technology. Only build-time code
 * imports this module; the widget receives the table as data, so the figures never reach the
 * browser bundle.
 */
import { figures as allFigures } from '../data/virtualization-figures';
import type { VirtFigure } from './figures';

export type SandboxId = 'container' | 'gvisor' | 'kata' | 'firecracker' | 'vm';

export interface SandboxStartup {
  id: SandboxId;
  label: string;
  /** The technology (in src/data/virtualization-figures.ts) whose figure this sandbox shows. */
  technology: string;
  /** Start-up time in milliseconds, from the sandbox's own sourced figure. */
  startupMs: number;
  /** What the figure measured and under which conditions (shown beside the field). */
  source: string;
  /** Bibliography key and link of the source. */
  refKey: string;
  url: string;
}

export interface SandboxChoice {
  id: SandboxId;
  label: string;
  technology: string;
  figure: string;
}

export const SANDBOX_CHOICES: readonly SandboxChoice[] = [
  { id: 'container', label: 'Container (runc, through Docker)', technology: 'container', figure: 'gvisor-perf-runc-startup' },
  { id: 'gvisor', label: 'gVisor sandbox (runsc, through Docker)', technology: 'gvisor', figure: 'gvisor-perf-runsc-startup' },
  { id: 'kata', label: 'Kata Containers pod', technology: 'kata', figure: 'kuasar-kata-startup-serial' },
  { id: 'firecracker', label: 'Firecracker microVM', technology: 'firecracker', figure: 'nsdi20-data-fc-e2e' },
  { id: 'vm', label: 'VM (QEMU/KVM, minimal guest)', technology: 'qemu-minimal', figure: 'nsdi20-data-qemu-boot' },
];

/** "850–950 ms" for a figure with a range, else "193 ms". */
function shown(f: VirtFigure, startupMs: number): string {
  if (!f.range) return `${startupMs.toLocaleString('en-US')} ms`;
  return `${Math.round(f.range.min * 1000)}–${Math.round(f.range.max * 1000)} ms (the simulation uses ${startupMs.toLocaleString('en-US')} ms)`;
}

/** The sandboxes, each with its own figure; throws (failing the build) on a missing or borrowed figure. */
export function buildSandboxes(choices: readonly SandboxChoice[] = SANDBOX_CHOICES, figures: readonly VirtFigure[] = allFigures): SandboxStartup[] {
  const seen = new Set<string>();
  return choices.map((c) => {
    const f = figures.find((x) => x.id === c.figure);
    if (!f || f.metric !== 'startup-time' || f.unit !== 's' || f.source.kind !== 'reference') {
      throw new Error(`sandbox-startup: figure "${c.figure}" for ${c.id} is missing or is not a sourced start-up time in seconds`);
    }
    if (f.technology !== c.technology) {
      throw new Error(`sandbox-startup: ${c.id} would show the figure "${c.figure}" of ${f.technology}, not its own (${c.technology})`);
    }
    if (seen.has(c.figure)) throw new Error(`sandbox-startup: figure "${c.figure}" is offered twice`);
    seen.add(c.figure);
    const startupMs = Math.round(f.value * 1000);
    return {
      id: c.id,
      label: c.label,
      technology: c.technology,
      startupMs,
      source: `${shown(f, startupMs)}: ${f.conditions}`,
      refKey: f.source.key,
      url: f.source.url,
    };
  });
}

export const SANDBOX_STARTUPS: readonly SandboxStartup[] = buildSandboxes();

export function sandboxById(id: string, list: readonly SandboxStartup[] = SANDBOX_STARTUPS): SandboxStartup | undefined {
  return list.find((s) => s.id === id);
}
