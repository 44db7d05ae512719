import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { chromium, type Browser, type Locator, type Page } from 'playwright-core';
import { expect } from 'vitest';
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

/**
 * Picks an option of a Mantine combobox (Select, MultiSelect, RegionSelect) as a user does: opens
 * the field, types `search` if given, clicks the option and checks that the pick took.
 *
 * The dropdown lives in a portal and follows its field. Under load the page above the field can
 * still move (a list or a name arriving), and in clean-clone runs a click meant for an option then
 * landed on the form behind it, which closed the dropdown ("… intercepts pointer events", then
 * "element is not visible" until the timeout). Once, a region's option never showed after typing.
 * So the pick is checked, and the field is opened and typed into again, up to three times.
 *
 * `option` is the option's exact name, or a pattern for options that show more than their label (a
 * region's province and code). A single select must then show the option's name (or match the
 * pattern), or `value` when given; with `multiple`, a MultiSelect must show it as a pill.
 */
export async function pickOption(
  page: Page,
  input: Locator,
  option: string | RegExp,
  { search, value, multiple = false }: { search?: string; value?: string; multiple?: boolean } = {},
): Promise<void> {
  const target =
    typeof option === 'string'
      ? page.getByRole('option', { name: option, exact: true })
      : page.getByRole('option', { name: option }).first();
  const picked = async (): Promise<boolean> => {
    if (multiple) {
      // A MultiSelect shows each pick as a pill beside its input (and may hide picked options).
      const pills = input.locator('xpath=ancestor::*[contains(@class, "mantine-MultiSelect-pillsList")][1]');
      const pill =
        typeof option === 'string' ? pills.getByText(option, { exact: true }) : pills.getByText(option);
      return (await pill.count()) > 0;
    }
    const shown = await input.inputValue();
    if (value !== undefined) return shown === value;
    return typeof option === 'string' ? shown === option : option.test(shown);
  };
  const attempts = 3;
  for (let attempt = 1; ; attempt += 1) {
    // A click that landed late may have picked the option after all.
    if (attempt > 1 && (await picked())) return;
    try {
      // A click on a plain select toggles its dropdown: open it only when no list is showing.
      if ((await page.getByRole('listbox').count()) === 0) await input.click();
      if (search !== undefined) await input.fill(search);
      await target.waitFor({ state: 'visible', timeout: 10_000 });
      await target.click({ timeout: 5_000 });
      await expect.poll(picked, { timeout: 2_000 }).toBe(true);
      return;
    } catch (error) {
      if (attempt === attempts) throw error;
    }
  }
}
