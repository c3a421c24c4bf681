import type { GlossaryEntry } from '../../lib/glossary';

/** Glossary entries introduced in the Part II chapter on confidential computing and VM security. */
export const entries: GlossaryEntry[] = [];
