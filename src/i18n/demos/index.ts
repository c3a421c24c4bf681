/**
 * The demos' and simulators' part of the catalogue: one object per widget, each in its own file,
 * all plain strings (templates with {placeholders}) so that a widget's object can be written into
 * its data-messages attribute and reach the browser for the page's language only. Messages
 * (src/i18n/messages.ts) extends DemoMessages: a key missing in one language fails type-checking.
 */
import type { Locale } from '../client';
import { BOOT_COMPARISON_MESSAGES, type BootComparisonMessages } from './boot-comparison';
import { COLD_START_MESSAGES, type ColdStartMessages } from './cold-start';
import { DENSITY_MESSAGES, type DensityMessages } from './density';
import { FEATURE_MATRIX_MESSAGES, type FeatureMatrixMessages } from './feature-matrix';
import { EXIT_COST_MESSAGES, type ExitCostMessages } from './exit-cost';
import { MIGRATION_MESSAGES, type MigrationMessages } from './migration';
import { PAGE_WALK_MESSAGES, type PageWalkMessages } from './page-walk';
import { TRAP_STEPPER_MESSAGES, type TrapStepperMessages } from './trap-stepper';

export interface DemoMessages {
  bootComparison: BootComparisonMessages;
  coldStart: ColdStartMessages;
  density: DensityMessages;
  exitCost: ExitCostMessages;
  featureMatrix: FeatureMatrixMessages;
  migration: MigrationMessages;
  pageWalk: PageWalkMessages;
  trapStepper: TrapStepperMessages;
}

function demoMessages(locale: Locale): DemoMessages {
  return {
    bootComparison: BOOT_COMPARISON_MESSAGES[locale],
    coldStart: COLD_START_MESSAGES[locale],
    density: DENSITY_MESSAGES[locale],
    exitCost: EXIT_COST_MESSAGES[locale],
    featureMatrix: FEATURE_MATRIX_MESSAGES[locale],
    migration: MIGRATION_MESSAGES[locale],
    pageWalk: PAGE_WALK_MESSAGES[locale],
    trapStepper: TRAP_STEPPER_MESSAGES[locale],
  };
}

export const DEMO_MESSAGES: Record<Locale, DemoMessages> = { en: demoMessages('en'), 'zh-cn': demoMessages('zh-cn') };
