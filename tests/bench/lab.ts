/**
 * Measures the lab machine on its chapter page (issue: "a real Linux machine in the page"):
 * lab JavaScript before Start, bytes downloaded until a shell prompt, time to a prompt restored
 * from the saved state and booted cold, on this machine and with Chromium's 4× CPU throttling
 * (a phone), and the memory the machine uses.
 */
import type { Browser, Page } from 'playwright-core';

export interface LabRun {
  mode: 'restore' | 'cold';
  throttle: number;
  /** From pressing Start (or Cold boot) to the shell's prompt. */
  msToPrompt: number;
  /** Bytes transferred (compressed, as sent) from pressing Start until the prompt. */
  bytesToPrompt: number;
}
export interface LabBench {
  page: string;
  runs: LabRun[];
  /** JavaScript heap in use once the machine runs, and the guest's WebAssembly memory. */
  jsHeapMiB: number;
  wasmMemoryMiB: number;
}

async function toPrompt(page: Page, mode: 'restore' | 'cold', throttle: number): Promise<LabRun> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle });
  let bytes = 0;
  const onFinished = async (req: import('playwright-core').Request) => {
    const sizes = await req.sizes().catch(() => null);
    if (sizes) bytes += Math.max(0, sizes.responseBodySize) + Math.max(0, sizes.responseHeadersSize);
  };
  page.on('requestfinished', onFinished);
  const t0 = Date.now();
  if (mode === 'restore') await page.click('linux-lab [data-part="start"]');
  else await page.click('linux-lab [data-part="cold"]');
  await page.waitForFunction(
    (m) => document.querySelector('linux-lab')?.getAttribute('data-ready') === 'running' && document.querySelector('linux-lab')?.getAttribute('data-boot-mode') === m,
    mode,
    { timeout: 240_000, polling: 100 },
  );
  const ms = Date.now() - t0;
  page.off('requestfinished', onFinished);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
  return { mode, throttle, msToPrompt: ms, bytesToPrompt: bytes };
}

export async function benchLab(browser: Browser, url: string, path: string): Promise<LabBench> {
  const runs: LabRun[] = [];
  let jsHeapMiB = 0;
  let wasmMemoryMiB = 0;
  for (const throttle of [1, 4]) {
    // A fresh context each time: an empty cache, as a first visit.
    // No service worker: it would fetch the files itself, and the page would not see their sizes.
    const ctx = await browser.newContext({ viewport: { width: 1280, height: 900 }, serviceWorkers: 'block' });
    const page = await ctx.newPage();
    await page.goto(`${url}${path}`);
    runs.push(await toPrompt(page, 'restore', throttle));
    if (throttle === 1) {
      const cdp = await ctx.newCDPSession(page);
      const heap = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };
      jsHeapMiB = heap.usedSize / 2 ** 20;
      wasmMemoryMiB = await page.evaluate(
        () => ((document.querySelector('linux-lab') as HTMLElement & { lab: { emulator: { v86: { cpu: { wasm_memory: WebAssembly.Memory } } } } }).lab.emulator.v86.cpu.wasm_memory.buffer.byteLength) / 2 ** 20,
      );
    }
    // Cold boot on the same page (its files are then downloaded; the emulator is cached).
    runs.push(await toPrompt(page, 'cold', throttle));
    await ctx.close();
  }
  return { page: path, runs, jsHeapMiB, wasmMemoryMiB };
}
