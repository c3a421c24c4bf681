/** The cold-start simulator's starting values: the illustrative workload, and the chosen sandbox's start-up time. */
import { COLD_START_WORKLOAD, type ColdStartInput } from '../../src/lib/cold-start';
import { sandboxById, type SandboxId } from '../../src/lib/sandbox-startup';

export const DEFAULT_SANDBOX: SandboxId = 'firecracker';

/** Defaults for a sandbox; one without a checked figure starts from the default sandbox's figure. */
export function coldStartDefaults(sandbox: SandboxId = DEFAULT_SANDBOX): ColdStartInput {
  const startupMs = sandboxById(sandbox)?.startupMs ?? sandboxById(DEFAULT_SANDBOX)?.startupMs;
  if (startupMs == null) throw new Error(`no start-up figure for the default sandbox "${DEFAULT_SANDBOX}"`);
  return { ...COLD_START_WORKLOAD, startupMs };
}
