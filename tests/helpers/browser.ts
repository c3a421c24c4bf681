/**
 * Chromium through playwright-core ($CHROMIUM_PATH, Debian's or GitHub's Google Chrome: nothing
 * downloads a browser). The site tests share one browser: the global setup starts it
 * (launchBrowserServer) and each test file connects to it (useBrowser / connectBrowser), so a run
 * starts Chromium once instead of once per file.
 */
import { existsSync } from 'node:fs';
import { chromium, type Browser, type BrowserServer, type LaunchOptions } from 'playwright-core';
import { afterAll, beforeAll, inject } from 'vitest';
import { findChromium } from '../../src/lib/chromium-path.ts';

export const CHROMIUM = findChromium() ?? process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/**
 * Debian's chromium-headless-shell (the same Chromium build without the browser around it, the
 * binary Playwright itself prefers for headless runs): a page in a new context costs it about a
 * third less processor time than the full browser (9.2 against 13.6 s for six chapters with axe),
 * and `npm test` is bound by the processor. Used when installed and no CHROMIUM_PATH is set; the
 * full browser otherwise (GitHub's runners have Google Chrome only).
 */
export const HEADLESS_SHELL = '/usr/lib/chromium/chromium-headless-shell';
export const TEST_CHROMIUM = !process.env.CHROMIUM_PATH && existsSync(HEADLESS_SHELL) ? HEADLESS_SHELL : CHROMIUM;

function launchOptions(executablePath = TEST_CHROMIUM): LaunchOptions {
  if (!existsSync(executablePath)) {
    throw new Error(`No Chromium at ${executablePath}: install Debian's package (apt-get install -y chromium) or set CHROMIUM_PATH`);
  }
  return {
    executablePath,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync'],
  };
}

/** A browser of one's own (the benchmark, scripts): the full Chromium, as readers run it. */
export async function launchBrowser(): Promise<Browser> {
  return chromium.launch(launchOptions(CHROMIUM));
}

/** The browser the site tests share, started by the global setup. */
export async function launchBrowserServer(): Promise<BrowserServer> {
  return chromium.launchServer(launchOptions());
}

/** Connect to the shared browser (its close() only disconnects); launch one if there is none. */
export async function connectBrowser(): Promise<Browser> {
  let endpoint: string | undefined;
  try {
    endpoint = inject('browserWSEndpoint');
  } catch {
    endpoint = undefined; // not inside a Vitest run
  }
  return endpoint ? chromium.connect(endpoint) : launchBrowser();
}

/**
 * The shared browser for a test file: connected before the file's tests, disconnected after them.
 * The callback receives it, e.g. `let browser: Browser; useBrowser((b) => (browser = b));`.
 */
export function useBrowser(receive: (browser: Browser) => void): void {
  let connected: Browser | undefined;
  beforeAll(async () => {
    connected = await connectBrowser();
    receive(connected);
  });
  afterAll(async () => {
    await connected?.close();
  });
}
