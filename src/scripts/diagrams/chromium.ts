import { chromium, type Browser } from 'playwright-core';

import { findChromium } from '../../lib/chromium-path.ts';

/** $CHROMIUM_PATH, Debian's Chromium or GitHub's Google Chrome (chromium-path.ts). Nothing is ever downloaded. */
export const CHROMIUM_PATH = findChromium() ?? process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
  });
}
