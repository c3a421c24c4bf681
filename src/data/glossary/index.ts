/** The book's one glossary: every part's entries, validated together. */
import { checkGlossary, type CheckedGlossaryEntry } from '../../lib/glossary';
import { entries as foundations } from './foundations';
import { entries as system } from './system';
import { entries as systemCpuMemory } from './system-cpu-memory';
import { entries as systemMigration } from './system-migration';
import { entries as systemSecurity } from './system-security';
import { entries as lightweight } from './lightweight';
import { entries as cloudNative } from './cloud-native';

export const glossary: CheckedGlossaryEntry[] = checkGlossary([...foundations, ...system, ...systemCpuMemory, ...systemMigration, ...systemSecurity, ...lightweight, ...cloudNative]);
export const glossaryById = new Map(glossary.map((e) => [e.id, e]));
