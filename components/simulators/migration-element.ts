/** <pre-copy-migration>: recomputes the rounds whenever a field changes; bad input keeps the last good table. */
import { MIGRATION_FIELDS, simulateMigration, type MigrationInput } from '../../src/lib/migration';
import { renderRounds, renderVerdict } from './migration-view';
import { readFields, showError } from './form';

class PreCopyMigration extends HTMLElement {
  private wired = false;

  connectedCallback(): void {
    if (this.wired) return;
    this.wired = true;
    const form = this.querySelector('form') as HTMLFormElement;
    form.addEventListener('submit', (event) => event.preventDefault());
    form.addEventListener('input', () => this.update());
    form.addEventListener('change', () => this.update());
  }

  private update(): void {
    const stale = this.querySelector<HTMLElement>('[data-part="stale"]') as HTMLElement;
    const values = readFields(this, MIGRATION_FIELDS) as MigrationInput | null;
    if (!values) {
      stale.hidden = false;
      return;
    }
    const outcome = simulateMigration(values);
    if (!outcome.ok) {
      // Every field parsed, so the problem is between fields (the threshold above the memory size).
      for (const [name, message] of Object.entries(outcome.errors)) showError(this, name, message ?? '');
      stale.hidden = false;
      return;
    }
    stale.hidden = true;
    (this.querySelector('[data-part="rounds"]') as HTMLElement).innerHTML = renderRounds(outcome.result, values.memoryMiB);
    (this.querySelector('[data-part="verdict"]') as HTMLElement).innerHTML = renderVerdict(outcome.result, values);
  }
}

if (!customElements.get('pre-copy-migration')) customElements.define('pre-copy-migration', PreCopyMigration);
