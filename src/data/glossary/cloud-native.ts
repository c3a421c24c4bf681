import type { GlossaryEntry } from '../../lib/glossary';

/** Glossary terms introduced in this part's chapters. */
export const entries: GlossaryEntry[] = [];
