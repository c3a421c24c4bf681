/**
 * <linux-lab>: the part of the lab that every page with a lab ships (keep it under 3 KB gzipped).
 * It waits for the reader to press Start, then loads the emulator and terminal (lab-runtime.ts,
 * ≈0.5 MB of JavaScript and WebAssembly plus the saved machine) and hands the element over.
 */
class LinuxLab extends HTMLElement {
  connectedCallback(): void {
    const start = this.querySelector<HTMLButtonElement>('[data-part="start"]');
    const status = this.querySelector<HTMLElement>('[data-part="status"]');
    if (!start || !status || this.dataset.ready) return;
    this.dataset.ready = 'idle';
    status.textContent = 'The machine is not running. Start it to try the steps below.';
    start.addEventListener('click', async () => {
      start.disabled = true;
      status.textContent = 'Loading the emulator…';
      try {
        const { startLab } = await import('./lab-runtime');
        await startLab(this);
      } catch (e) {
        start.disabled = false;
        status.textContent = `The lab machine could not be loaded (${e instanceof Error ? e.message : String(e)}). Check your connection and press Start again.`;
      }
    });
  }
}
if (!customElements.get('linux-lab')) customElements.define('linux-lab', LinuxLab);
