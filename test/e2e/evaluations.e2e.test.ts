import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { screenshot, screenshotDir, skipBrowserTests } from '../support/browser.js';
import { apiLogin, malangAdmin, startJourney, type Journey } from './agreements-support.js';

/**
 * Monitoring and evaluation in the browser (issue 12): Kota Malang's administrator opens a KSB entered
 * through the API, sees its evaluation periods, records the implementing OPD's evaluation with two
 * indicators (a missing unit is refused first, in Indonesian, and nothing is saved), and opens it.
 * Screenshots at 1366 and 390 px.
 */
const users = { admin: malangAdmin } as const;

describe.skipIf(skipBrowserTests)('evaluations in the browser', () => {
  let journey: Journey<'admin'> | undefined;
  let page: Page;
  let agreementId = '';

  beforeAll(async () => {
    // A shared, busy machine may take longer than the default minute to migrate a fresh database.
    journey = await startJourney(users, { startTimeoutMs: 300_000 });
    page = journey.pages.admin;
    const api = await apiLogin(journey.server.baseUrl, malangAdmin.email);
    const created = await api.send<{ id: string }>('POST', '/api/agreements?force=true', {
      title: 'Kesepakatan Bersama tentang Kerjasama Pengelolaan Sampah Terpadu',
      kind: 'ksdd',
      ksddNature: 'sukarela',
      documentType: 'kesepakatan_bersama',
      parties: [
        { kind: 'region', regionCode: '35.73', documentNumber: '180/01/35.73.112/2024' },
        { kind: 'region', regionCode: '35.14', documentNumber: '180/17/424.013/2024' },
      ],
      signingDate: '2024-08-07',
      validFrom: '2024-08-07',
      validUntil: '2029-08-06',
      sectors: ['lingkungan_hidup'],
      purpose: 'Meningkatkan pelayanan persampahan kedua daerah',
    });
    agreementId = created.id;
  }, 480_000);

  afterAll(async () => {
    await journey?.close();
  });

  it('lets a region administrator record an evaluation with two indicators', async () => {
    const base = journey!.server.baseUrl;
    await page.setViewportSize({ width: 1366, height: 900 });
    await page.goto(`${base}/kerja-sama/${agreementId}`);
    const section = page.getByTestId('agreement-evaluations');
    await section.waitFor();
    await section.getByTestId('evaluation-period').first().waitFor();
    expect(await section.getByRole('heading', { level: 2 }).innerText()).toBe('Monitoring dan evaluasi');
    expect(await section.getByTestId('evaluation-period').first().getAttribute('data-status')).toBe(
      'berjalan',
    );
    expect(await section.getByTestId('evaluation-progress').innerText()).toMatch(
      /^0 dari 2 periode dievaluasi/,
    );
    // Signed in August 2024 and never evaluated: the second semester of 2024 is overdue since its due
    // date, which is not the next deadline.
    expect(await section.getByTestId('evaluation-overdue').innerText()).toMatch(
      /^Evaluasi terlambat sejak 30 Jan(uari)? 2025$/,
    );

    await section.getByTestId('evaluation-add').click();
    const form = section.getByTestId('evaluation-form');
    await form.waitFor();
    expect(await form.getAttribute('data-role')).toBe('opd_pelaksana');
    const period = form.getByTestId('evaluation-period-select');
    const periodKey = await section.getByTestId('evaluation-period').first().getAttribute('data-period');
    expect(await period.inputValue()).toMatch(/^Semester [12] \d{4}$/);

    const indicators = form.getByTestId('evaluation-indicator');
    await indicators.nth(0).getByTestId('indicator-name').fill('Sampah terangkut');
    await indicators.nth(0).getByTestId('indicator-unit').fill('ton/hari');
    await indicators.nth(0).getByTestId('indicator-baseline').fill('20');
    await indicators.nth(0).getByTestId('indicator-target').fill('50');
    await indicators.nth(0).getByTestId('indicator-actual').fill('42,5');
    await form.getByTestId('evaluation-add-indicator').click();
    await indicators.nth(1).getByTestId('indicator-name').fill('Bank sampah aktif');
    await indicators.nth(1).getByTestId('indicator-target').fill('10');
    await indicators.nth(1).getByTestId('indicator-actual').fill('7');
    await form.getByTestId('evaluation-problems').fill('Armada pengangkut terbatas');

    // Without the unit of the second indicator: refused in Indonesian, nothing sent.
    await form.getByTestId('evaluation-save').click();
    const issues = form.getByTestId('evaluation-issues');
    await issues.waitFor();
    expect(await issues.innerText()).toContain('Indikator 2 – Satuan: Isi satuan indikator');
    await screenshot(page, 'evaluation-form-unit-missing-1366');

    await indicators.nth(1).getByTestId('indicator-unit').fill('unit');
    await form.getByTestId('evaluation-save').click();
    await form.waitFor({ state: 'detached' });
    const item = section.getByTestId('evaluation-item');
    await item.waitFor();
    expect(await item.innerText()).toContain('OPD pelaksana');
    expect(await item.innerText()).toContain('2 indikator');
    // The period's status is its own read, refreshed with the list after the save: wait for it.
    const done = section.locator(`[data-testid="evaluation-period"][data-period="${periodKey}"]`);
    await section
      .locator(`[data-testid="evaluation-period"][data-period="${periodKey}"][data-status="done"]`)
      .waitFor({ timeout: 10_000 });
    expect(await done.getAttribute('data-status')).toBe('done');
    await section.scrollIntoViewIfNeeded();
    await screenshot(page, 'evaluation-section-1366');

    await item.getByTestId('evaluation-open').click();
    await page.waitForURL(/\/evaluasi\/[0-9a-f-]{36}$/);
    const detail = page.getByTestId('evaluation-detail');
    await detail.waitFor();
    const rows = detail.getByTestId('evaluation-indicator-row');
    expect(await rows.count()).toBe(2);
    expect(await rows.nth(0).innerText()).toMatch(/Sampah terangkut\s+ton\/hari\s+20\s+50\s+42,5/);
    expect(await detail.getByTestId('evaluation-problems-text').innerText()).toBe(
      'Armada pengangkut terbatas',
    );
    await screenshot(page, 'evaluation-detail-1366');

    await page.setViewportSize({ width: 390, height: 844 });
    await page.reload();
    await detail.waitFor();
    await rows.first().waitFor();
    await screenshot(page, 'evaluation-detail-390');
    // Nothing is wider than the phone (the indicator table scrolls inside its own box).
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await page.goto(`${base}/kerja-sama/${agreementId}`);
    await section.getByTestId('evaluation-item').waitFor();
    await section.getByTestId('evaluation-add').click();
    await section.getByTestId('evaluation-form').waitFor();
    // The implementing OPD has evaluated the newest period: its next form starts on the one before.
    const previousKey = await section
      .locator('li[data-testid="evaluation-period"]')
      .nth(1)
      .getAttribute('data-period');
    expect(previousKey).not.toBe(periodKey);
    const [year, half] = (previousKey ?? '').split('-S');
    expect(await section.getByTestId('evaluation-period-select').inputValue()).toBe(
      `Semester ${half} ${year}`,
    );
    // The section alone: a full page at 390 px is too tall to read.
    await section.screenshot({ path: join(screenshotDir, 'evaluation-section-form-390.png') });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    // The Bagian Kerja Sama's form rates the aspects instead.
    await section.getByTestId('evaluation-role').getByText('Bagian Kerja Sama', { exact: true }).click();
    await section.getByTestId('evaluation-ratings').waitFor();
    expect(await section.getByTestId('evaluation-indicators').count()).toBe(0);
    await section.screenshot({ path: join(screenshotDir, 'evaluation-form-kerja-sama-390.png') });
    expect(journey!.pageErrors).toEqual([]);
  }, 300_000);
});
