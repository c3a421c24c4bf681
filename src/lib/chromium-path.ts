/**
 * Where a Chromium is: $CHROMIUM_PATH if set, else Debian's (/usr/bin/chromium), else the Google
 * Chrome that GitHub's Ubuntu runners carry (/usr/bin/google-chrome). Nothing is ever downloaded.
 */
import { existsSync } from 'node:fs';

export const CHROMIUM_CANDIDATES = ['/usr/bin/chromium', '/usr/bin/google-chrome', '/usr/bin/chromium-browser', '/usr/bin/google-chrome-stable'];

export function findChromium(env: Record<string, string | undefined> = process.env, exists: (p: string) => boolean = existsSync): string | undefined {
  if (env.CHROMIUM_PATH) return exists(env.CHROMIUM_PATH) ? env.CHROMIUM_PATH : undefined;
  return CHROMIUM_CANDIDATES.find((p) => exists(p));
}
