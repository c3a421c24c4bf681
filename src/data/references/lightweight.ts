import type { Reference } from '../../lib/references';

/** References first cited in this part (shared ones live in common.ts). */
export const references: Reference[] = [];
