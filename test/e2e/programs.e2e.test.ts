import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pickOption, screenshot, skipBrowserTests } from '../support/browser.js';
import { bekasiAdmin, chooseOption, startJourney, type Journey } from './agreements-support.js';

/**
 * Seed 001 in the browser: Kota Bekasi's administrator records the three projects DKI Jakarta funds
 * in Bekasi (flyover Rawapanjang, flyover Cipendawa, clean water) as bantuan keuangan, then enters the
 * budget, realisation and physical progress of one of them afterwards. The amounts read as Rupiah,
 * the list filters by funder, and both region pages show the programs. Screenshots at 1366 and 390 px.
 */

const users = { admin: bekasiAdmin } as const;
const projects = [
  'Pembangunan flyover Rawapanjang',
  'Pembangunan flyover Cipendawa',
  'Penyediaan air bersih untuk Kota Bekasi',
];

async function chooseRegion(page: Page, testId: string, name: string): Promise<void> {
  // The option reads "<name> <province> · <code>": match its start.
  await pickOption(page, page.getByTestId(testId), new RegExp(`^${name}\\b`), { search: name, value: name });
}

async function atWidths(page: Page, name: string): Promise<void> {
  for (const width of [1366, 390]) {
    await page.setViewportSize({ width, height: width === 390 ? 844 : 900 });
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.waitForTimeout(200);
    await screenshot(page, `${name}-${width}`);
  }
  await page.setViewportSize({ width: 1366, height: 900 });
}

describe.skipIf(skipBrowserTests)('programs in the browser (seed 001)', () => {
  let journey: Journey<keyof typeof users> | undefined;
  let page: Page;
  const base = () => journey!.server.baseUrl;

  beforeAll(async () => {
    // A loaded machine (shared CI runners) can take more than a minute to migrate a fresh database.
    journey = await startJourney(users, { startTimeoutMs: 240_000 });
    page = journey.pages.admin;
    // Searches answer slowly on a loaded machine; the journey's 15 s is too short there.
    page.setDefaultTimeout(45_000);
  }, 360_000);
  afterAll(async () => {
    await journey?.close();
  });

  it('enters the three DKI-funded projects and lists them by funder', async () => {
    await page.getByTestId('nav-kegiatan').click();
    await page.getByTestId('nav-program').click();
    await page.waitForURL(/\/program$/);
    for (const title of projects) {
      await page.goto(`${base()}/program/baru`);
      await page.getByTestId('program-title-input').fill(title);
      // Bantuan keuangan is the default kind of a new program.
      expect(await page.getByTestId('program-kind').inputValue()).toBe('Bantuan keuangan');
      await chooseRegion(page, 'program-funder', 'DKI Jakarta');
      await chooseRegion(page, 'program-recipient', 'Kota Bekasi');
      await page.getByTestId('program-location').fill(title.includes('air') ? 'Kota Bekasi' : 'Bekasi Timur');
      if (title === projects[0]) await atWidths(page, 'program-form-new');
      await page.getByTestId('program-save').click();
      await page.waitForURL(/\/program\/[0-9a-f-]{36}$/);
      expect(await page.getByTestId('program-title').innerText()).toBe(title);
    }

    await page.goto(`${base()}/program?region=31&role=funder`);
    await page.getByTestId('program-row').nth(2).waitFor();
    expect(await page.getByTestId('program-row').count()).toBe(3);
    expect(await page.getByTestId('programs-count').innerText()).toBe('3 program');
    const rows = await page.getByTestId('program-row').allInnerTexts();
    for (const row of rows) expect(row).toContain('DKI Jakarta → Kota Bekasi');
    await page.goto(`${base()}/program?region=31&role=recipient`);
    await page.getByTestId('programs-empty').waitFor();
  }, 300_000);

  it('enters budget, realisation and progress afterwards, refusing a realisation over budget without a note', async () => {
    await page.goto(`${base()}/program?q=Rawapanjang`);
    await page.getByTestId('program-row').first().getByRole('link').click();
    await page.waitForURL(/\/program\/[0-9a-f-]{36}$/);
    await page.getByTestId('program-edit').click();
    await page.waitForURL(/\/ubah$/);

    await chooseOption(page, page.getByTestId('program-status-input'), 'Berjalan');
    await page.getByTestId('program-progress-input').fill('35');
    await page.getByTestId('budget-add').click();
    await page.getByTestId('budget-add').click();
    const lines = page.getByTestId('budget-line');
    await lines.nth(0).getByTestId('budget-year-input').fill('2024');
    await lines.nth(0).getByTestId('budget-amount-input').fill('10000000000');
    await lines.nth(0).getByTestId('budget-realisation-input').fill('10500000000');
    await lines.nth(1).getByTestId('budget-year-input').fill('2025');
    await lines.nth(1).getByTestId('budget-amount-input').fill('50000000000');
    await lines.nth(1).getByTestId('budget-realisation-input').fill('20000000000');
    await page.getByTestId('program-save').click();
    // Over the budget without a note: the message names the line and the field, nothing is saved.
    const issues = page.getByTestId('program-form-issues');
    await issues.waitFor();
    expect(await issues.innerText()).toContain('Anggaran 1 – Realisasi');
    await atWidths(page, 'program-form-budget-error');
    await lines.nth(0).getByTestId('budget-note-input').fill('Tambahan APBD Perubahan 2024');
    await page.getByTestId('program-save').click();
    await page.waitForURL(/\/program\/[0-9a-f-]{36}$/);

    expect(await page.getByTestId('program-status').innerText()).toBe('Berjalan');
    expect(await page.getByTestId('program-progress').innerText()).toBe('35%');
    const years = await page.getByTestId('budget-year').allInnerTexts();
    expect(years[0]).toContain('Rp 10.000.000.000');
    expect(years[0]).toContain('Rp 10.500.000.000');
    expect(years[0]).toContain('105%');
    expect(years[1]).toContain('40%');
    const total = await page.getByTestId('budget-total').innerText();
    expect(total).toContain('Rp 60.000.000.000');
    expect(total).toContain('Rp 30.500.000.000');
    expect(total).toContain('50,8%');
    // The history says what changed, in words.
    const history = page.getByTestId('audit-history');
    await history.getByText('Program diubah').waitFor();
    expect(await history.innerText()).not.toContain('physicalProgress');
    await atWidths(page, 'program-detail');

    await page.goto(`${base()}/program`);
    await page.getByTestId('program-row').nth(2).waitFor();
    await atWidths(page, 'program-list');
  }, 300_000);

  it("shows the programs on the funder's and the recipient's region pages", async () => {
    await page.goto(`${base()}/wilayah/31`);
    const funded = page.getByTestId('region-programs-funder');
    await funded.getByTestId('program-row').nth(2).waitFor();
    expect(await page.getByTestId('region-programs-recipient').innerText()).toContain('Belum ada program.');
    await page.goto(`${base()}/wilayah/32.75`);
    await page.getByTestId('region-programs-recipient').getByTestId('program-row').nth(2).waitFor();
    await page.getByTestId('region-programs').scrollIntoViewIfNeeded();
    await atWidths(page, 'program-region');
    expect(journey!.pageErrors).toEqual([]);
  }, 300_000);
});
