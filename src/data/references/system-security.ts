import type { Reference } from '../../lib/references';

/** References first cited in the Part II chapter on confidential computing and VM security. */
export const references: Reference[] = [];
