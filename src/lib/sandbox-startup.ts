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
  /** The id of the figure shown (src/data/virtualization-figures.ts). */
  figure: string;
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

/** Words the sandbox list is written with, in the page's language (src/i18n/demos/cold-start.ts). */
export interface SandboxWords {
  sandboxes: Record<SandboxId, string>;
  /** {range} (the simulation uses {startup}). */
  rangeUsed: string;
  /** Between the figure and its conditions: ": " / "：". */
  colon: string;
}

const EN_WORDS = { lang: 'en-US', rangeUsed: '{range} (the simulation uses {startup})', colon: ': ' };

/** "850–950 ms" for a figure with a range, else "193 ms". */
function shown(f: VirtFigure, startupMs: number, w: { lang: string; rangeUsed: string } = EN_WORDS): string {
  const startup = `${startupMs.toLocaleString(w.lang)} ms`;
  if (!f.range) return startup;
  return w.rangeUsed.replace('{range}', `${Math.round(f.range.min * 1000)}–${Math.round(f.range.max * 1000)} ms`).replace('{startup}', startup);
}

/**
 * The sandboxes as a page in another language shows them: labels from the catalogue, conditions from
 * `conditions` (figure id → text in that language; a figure missing there keeps its English text).
 */
export function localizeSandboxes(list: readonly SandboxStartup[], w: SandboxWords & { number: { lang: string } }, conditions: Readonly<Record<string, string>>, figures: readonly VirtFigure[] = allFigures): SandboxStartup[] {
  return list.map((s) => {
    const f = figures.find((x) => x.id === s.figure)!;
    const text = conditions[f.id] ?? f.conditions;
    return { ...s, label: w.sandboxes[s.id], source: `${shown(f, s.startupMs, { lang: w.number.lang, rangeUsed: w.rangeUsed })}${w.colon}${text}` };
  });
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
      figure: f.id,
    };
  });
}

export const SANDBOX_STARTUPS: readonly SandboxStartup[] = buildSandboxes();

export function sandboxById(id: string, list: readonly SandboxStartup[] = SANDBOX_STARTUPS): SandboxStartup | undefined {
  return list.find((s) => s.id === id);
}
