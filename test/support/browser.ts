import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { chromium, type Browser, type Locator, type Page } from 'playwright-core';
import { provided, repoRoot } from './test-server.js';

/** Debian's Chromium by default; we never download a browser. Override with CHROMIUM_PATH. */
export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Where `screenshot()` writes, relative to the repository root. */
export const screenshotDir = join(repoRoot, 'test-results', 'screenshots');

/**
 * True when browser tests should be skipped: only when Chromium is missing on a developer's
 * machine. In CI (CI set) a missing Chromium must fail the run, not hide the e2e tier.
 */
export const skipBrowserTests = !existsSync(chromiumPath) && !process.env.CI;

if (skipBrowserTests) {
  // eslint-disable-next-line no-console -- tell the developer why a tier is skipped
  console.warn(
    `e2e tests skipped: no Chromium at ${chromiumPath}. Install it (apt-get install chromium) or set CHROMIUM_PATH.`,
  );
}

export const chromiumArgs = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/**
 * Headless Chromium through playwright-core. Close it in afterAll. In the e2e project this is a
 * connection to the run's one Chromium (`e2e-setup.ts` starts it once; closing the connection
 * closes the contexts this file opened, not the browser), so a file does not pay a browser start.
 * Elsewhere (a script, another project) it launches a browser of its own.
 */
export async function launchBrowser(): Promise<Browser> {
  const endpoint = await provided('browserWsEndpoint');
  if (endpoint) return chromium.connect(endpoint);
  return chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
}

/** Saves a full-page screenshot to `test-results/screenshots/<name>.png` and returns its path. */
export async function screenshot(page: Page, name: string): Promise<string> {
  await mkdir(screenshotDir, { recursive: true });
  const path = join(screenshotDir, `${name}.png`);
  await page.screenshot({ path, fullPage: true });
  return path;
}

/**
 * Types an ISO date (yyyy-mm-dd) into a date field (`DateField`) the way an Indonesian user does,
 * day first ("07/08/2024"), and leaves the field so it shows the date in words and its calendar
 * closes. An empty string clears the field.
 */
export async function fillDate(field: Locator, isoDate: string): Promise<void> {
  const [year, month, day] = isoDate.split('-');
  await field.fill(isoDate === '' ? '' : `${day}/${month}/${year}`);
  await field.blur();
}
