/** The book's one bibliography: every part's entries, validated together. */
import { checkReferences, type Reference } from '../../lib/references';
import { references as common } from './common';
import { references as foundations } from './foundations';
import { references as system } from './system';
import { references as systemCpuMemory } from './system-cpu-memory';
import { references as systemMigration } from './system-migration';
import { references as systemSecurity } from './system-security';
import { references as lightweight } from './lightweight';
import { references as cloudNative } from './cloud-native';
import { references as simulators } from './simulators';
import { references as figures } from './figures';

export const references: Reference[] = checkReferences([
  ...common,
  ...foundations,
  ...system,
  ...systemCpuMemory,
  ...systemMigration,
  ...systemSecurity,
  ...lightweight,
  ...cloudNative,
  ...simulators,
  ...figures,
]);
export const referencesByKey = new Map(references.map((r) => [r.key, r]));
