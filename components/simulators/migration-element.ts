/** <pre-copy-migration>: recomputes the rounds whenever a field changes; bad input keeps the last good table. */
import { MIGRATION_LIMITS, simulateMigration, type MigrationInput } from '../../src/lib/migration';
import type { MigrationMessages } from '../../src/i18n/demos/migration';
import { renderRounds, renderVerdict } from './migration-view';
import { localizeRules, messagesOf, readFields, showError, wireForm } from './form';

class PreCopyMigration extends HTMLElement {
  private m: MigrationMessages | null = null;

  connectedCallback(): void {
    if (this.m) return;
    this.m = messagesOf<MigrationMessages>(this);
    wireForm(this, () => this.update());
  }

  private update(): void {
    const m = this.m!;
    const stale = this.querySelector<HTMLElement>('[data-part="stale"]') as HTMLElement;
    const values = readFields(this, localizeRules(MIGRATION_LIMITS, m.fields), m.number) as MigrationInput | null;
    if (!values) {
      stale.hidden = false;
      return;
    }
    const outcome = simulateMigration(values, m);
    if (!outcome.ok) {
      // Every field parsed, so the problem is between fields (the threshold above the memory size).
      for (const [name, message] of Object.entries(outcome.errors)) showError(this, name, message ?? '');
      stale.hidden = false;
      return;
    }
    stale.hidden = true;
    (this.querySelector('[data-part="rounds"]') as HTMLElement).innerHTML = renderRounds(outcome.result, values.memoryMiB, m);
    (this.querySelector('[data-part="verdict"]') as HTMLElement).innerHTML = renderVerdict(outcome.result, values, m);
  }
}

if (!customElements.get('pre-copy-migration')) customElements.define('pre-copy-migration', PreCopyMigration);
