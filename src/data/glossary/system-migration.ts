import type { GlossaryEntry } from '../../lib/glossary';

/** Glossary entries introduced in the Part II chapter on live migration and nested virtualization. */
export const entries: GlossaryEntry[] = [];
