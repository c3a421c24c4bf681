/** The cold-start simulator's starting values: the illustrative workload, and the chosen sandbox's own start-up time. */
import { COLD_START_WORKLOAD, type ColdStartInput } from '../../src/lib/cold-start';
import { sandboxById, type SandboxId } from '../../src/lib/sandbox-startup';

export const DEFAULT_SANDBOX: SandboxId = 'firecracker';

/** Defaults for a sandbox: its own sourced start-up figure, never another's. */
export function coldStartDefaults(sandbox: SandboxId = DEFAULT_SANDBOX): ColdStartInput {
  const s = sandboxById(sandbox);
  if (!s) throw new Error(`no sandbox "${sandbox}"`);
  return { ...COLD_START_WORKLOAD, startupMs: s.startupMs };
}
