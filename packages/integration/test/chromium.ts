// Debian's Chromium through playwright-core. Never skipped: without Chromium the test fails and says
// what to do, because a skipped browser check looks green while proving nothing.
import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

/** Where the Chromium binary is: `LUOSHI_CHROMIUM` or Debian's package. */
export const CHROMIUM_PATH = process.env['LUOSHI_CHROMIUM'] ?? '/usr/bin/chromium';

/** Launches headless Chromium, or throws with how to install it. */
export async function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(
      `[@luoshi/integration] needs Chromium at ${CHROMIUM_PATH}: install it (apt-get install -y chromium) or set LUOSHI_CHROMIUM`,
    );
  }
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
    ],
  });
}
