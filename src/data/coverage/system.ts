import type { CoveragePoint } from '../../lib/coverage';

/** Seed points covered by this part's chapters. */
export const points: CoveragePoint[] = [];
