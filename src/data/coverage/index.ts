/** Where the book covers each point of the five source articles. */
import { checkCoverage } from '../../lib/coverage';
import { points as foundations } from './foundations';
import { points as system } from './system';
import { points as systemCpuMemory } from './system-cpu-memory';
import { points as lightweight } from './lightweight';
import { points as cloudNative } from './cloud-native';

export const coverage = checkCoverage([...foundations, ...system, ...systemCpuMemory, ...lightweight, ...cloudNative]);
