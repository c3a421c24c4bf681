/**
 * The demos' and simulators' part of the catalogue: one object per widget, each in its own file,
 * all plain strings (templates with {placeholders}) so that a widget's object can be written into
 * its data-messages attribute and reach the browser for the page's language only. Messages
 * (src/i18n/messages.ts) extends DemoMessages: a key missing in one language fails type-checking.
 */
import type { Locale } from '../client';
import { COLD_START_MESSAGES, type ColdStartMessages } from './cold-start';
import { EXIT_COST_MESSAGES, type ExitCostMessages } from './exit-cost';
import { MIGRATION_MESSAGES, type MigrationMessages } from './migration';
import { PAGE_WALK_MESSAGES, type PageWalkMessages } from './page-walk';
import { TRAP_STEPPER_MESSAGES, type TrapStepperMessages } from './trap-stepper';

export interface DemoMessages {
  coldStart: ColdStartMessages;
  exitCost: ExitCostMessages;
  migration: MigrationMessages;
  pageWalk: PageWalkMessages;
  trapStepper: TrapStepperMessages;
}

function demoMessages(locale: Locale): DemoMessages {
  return {
    coldStart: COLD_START_MESSAGES[locale],
    exitCost: EXIT_COST_MESSAGES[locale],
    migration: MIGRATION_MESSAGES[locale],
    pageWalk: PAGE_WALK_MESSAGES[locale],
    trapStepper: TRAP_STEPPER_MESSAGES[locale],
  };
}

export const DEMO_MESSAGES: Record<Locale, DemoMessages> = { en: demoMessages('en'), 'zh-cn': demoMessages('zh-cn') };
