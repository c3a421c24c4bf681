import type { Reference } from '../../lib/references';

/** References first cited in the Part II chapter on live migration and nested virtualization. */
export const references: Reference[] = [];
