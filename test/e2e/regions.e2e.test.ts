import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, screenshot, skipBrowserTests } from '../support/browser.js';
import { ensureUiBuilt } from '../support/ensure-ui-built.js';
import { startTestServer, type TestServer } from '../support/test-server.js';

/**
 * The first journey: a visitor opens Sinergi, reads it in Indonesian, switches language,
 * searches the region list and opens a region, then reads the data credits.
 * The steps share one page, in order, like a person would.
 */
describe.skipIf(skipBrowserTests)('first journey: regions', () => {
  let server: TestServer | undefined;
  let browser: Browser | undefined;
  let context: BrowserContext;
  let page: Page;
  const pageErrors: string[] = [];

  beforeAll(async () => {
    ensureUiBuilt();
    server = await startTestServer();
    browser = await launchBrowser();
    // Our users browse in Indonesian; the UI must default to it.
    context = await browser.newContext({ locale: 'id-ID', viewport: { width: 1280, height: 800 } });
    page = await context.newPage();
    page.setDefaultTimeout(15_000);
    page.on('pageerror', (error) => pageErrors.push(error.message));
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('opens the Wilayah page in Indonesian', async () => {
    await page.goto(`${requireServer(server).baseUrl}/`);
    await expectLanguage(page, 'id');
    await page.getByRole('heading', { name: 'Wilayah' }).first().waitFor();
  });

  it('switches to English, keeps it after a reload, and switches back', async () => {
    await switchLanguage(page, 'en');
    expect(await page.evaluate(() => localStorage.getItem('sinergi.lang'))).toBe('en');

    await page.reload();
    await expectLanguage(page, 'en');

    await switchLanguage(page, 'id');
    expect(await page.evaluate(() => localStorage.getItem('sinergi.lang'))).toBe('id');
    await page.getByRole('heading', { name: 'Wilayah' }).first().waitFor();
  });

  it('finds both Bekasi regions by name', async () => {
    await page.locator('[data-testid=region-search]').pressSequentially('Bekasi', { delay: 20 });
    const rows = page.locator('[data-testid=region-row]');
    await rows.filter({ hasText: 'Kota Bekasi' }).first().waitFor();
    await rows.filter({ hasText: 'Kabupaten Bekasi' }).first().waitFor();

    const texts = await rows.allInnerTexts();
    expect(texts.some((text) => text.includes('Kota Bekasi'))).toBe(true);
    expect(texts.some((text) => text.includes('Kabupaten Bekasi'))).toBe(true);
    // The search narrows the list: every row left mentions Bekasi.
    expect(texts.every((text) => /bekasi/i.test(text))).toBe(true);
    await screenshot(page, 'wilayah-bekasi');
  });

  it('opens Kota Bekasi', async () => {
    const row = page.locator('[data-testid=region-row]').filter({ hasText: 'Kota Bekasi' }).first();
    await row.getByText('Kota Bekasi').first().click();

    const title = page.locator('[data-testid=region-title]');
    await title.waitFor();
    await expect.poll(() => title.innerText(), { timeout: 15_000 }).toContain('Kota Bekasi');
    // The map draws the boundary once its GeoJSON has arrived.
    await expect
      .poll(() => page.locator('[data-testid=region-map] path.leaflet-interactive').count(), {
        timeout: 15_000,
      })
      .toBeGreaterThanOrEqual(2);
    await screenshot(page, 'region-kota-bekasi');
  });

  it('credits the region data (ODbL) on the Tentang page', async () => {
    await page.goto(`${requireServer(server).baseUrl}/tentang`);
    // The footer of every page names the data too; the full credit lives in the page's credits.
    const credits = page.locator('[data-testid=about-credits]');
    await credits
      .getByText(/idn-area-data/)
      .first()
      .waitFor({ state: 'visible' });
    expect(await credits.innerText()).toContain('ODbL');
    await screenshot(page, 'tentang');
  });

  it('raised no uncaught errors in the page', () => {
    expect(pageErrors).toEqual([]);
  });
});

function requireServer(server: TestServer | undefined): TestServer {
  if (!server) throw new Error('the test server did not start (see beforeAll)');
  return server;
}

async function expectLanguage(page: Page, lang: 'id' | 'en'): Promise<void> {
  await page.waitForFunction((expected) => document.documentElement.lang === expected, lang, {
    timeout: 15_000,
  });
}

/**
 * Switches the UI language with `[data-testid=lang-switch]`. The control may be a native select,
 * a segmented control (radios with labels), a toggle button, or a button opening a menu; all are
 * handled so the test states the user's intent rather than one widget's shape.
 */
async function switchLanguage(page: Page, lang: 'id' | 'en'): Promise<void> {
  const label = lang === 'en' ? /^(English|EN)$/i : /^(Bahasa Indonesia|Indonesia|ID)$/i;
  const control = page.locator('[data-testid=lang-switch]').first();
  if ((await control.evaluate((element) => element.tagName)) === 'SELECT') {
    await control.selectOption(lang);
  } else if ((await control.getByRole('radio', { name: label }).count()) > 0) {
    await control.locator('label').filter({ hasText: label }).first().click();
  } else {
    await control.click();
    const switched = await page
      .waitForFunction((expected) => document.documentElement.lang === expected, lang, {
        timeout: 2_000,
      })
      .then(() => true)
      .catch(() => false);
    if (!switched) {
      await page
        .getByRole('menuitem', { name: label })
        .or(page.getByRole('option', { name: label }))
        .first()
        .click();
    }
  }
  await expectLanguage(page, lang);
}
