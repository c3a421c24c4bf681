/** The cold-start simulator's starting values. The workload numbers are illustrative; the start-up time comes from the chosen sandbox. */
import type { ColdStartInput } from '../../src/lib/cold-start';
import { sandboxById, type SandboxId } from '../../src/lib/sandbox-startup';

export const DEFAULT_SANDBOX: SandboxId = 'firecracker';

export function coldStartDefaults(sandbox: SandboxId = DEFAULT_SANDBOX, fallbackStartupMs = 125): ColdStartInput {
  return {
    rate: 0.2,
    burst: 1,
    keepWarmS: 10,
    startupMs: sandboxById(sandbox)?.startupMs ?? fallbackStartupMs,
    execMs: 100,
    durationS: 300,
    seed: 1,
  };
}
