/**
 * <linux-lab>: the part of the lab that every page with a lab ships (keep it under 3 KB gzipped).
 * It waits for the reader to press Start, then loads the emulator and terminal (lab-runtime.ts,
 * ≈0.5 MB of JavaScript and WebAssembly plus the saved machine) and hands the element over.
 * Its words are the page language's templates in data-messages (src/i18n/lab.ts), not code.
 */
import type { LabClientMessages } from '../../src/i18n/lab';

class LinuxLab extends HTMLElement {
  connectedCallback(): void {
    const start = this.querySelector<HTMLButtonElement>('[data-part="start"]');
    const status = this.querySelector<HTMLElement>('[data-part="status"]');
    if (!start || !status || this.dataset.ready) return;
    const m = JSON.parse(this.dataset.messages!) as LabClientMessages;
    this.dataset.ready = 'idle';
    status.textContent = m.idle;
    start.addEventListener('click', async () => {
      start.disabled = true;
      status.textContent = m.loading;
      try {
        const { startLab } = await import('./lab-runtime');
        await startLab(this, m);
      } catch (e) {
        start.disabled = false;
        status.textContent = m.loadFailed.replace('{error}', e instanceof Error ? e.message : String(e));
      }
    });
  }
}
if (!customElements.get('linux-lab')) customElements.define('linux-lab', LinuxLab);
