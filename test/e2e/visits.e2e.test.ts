import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fillDate, pickOption, screenshot, skipBrowserTests } from '../support/browser.js';
import {
  chooseOption,
  fixtureFile,
  startJourney,
  type Journey,
  type TestUser,
} from './agreements-support.js';

/**
 * Seed 004 entered as a work visit by an administrator of Kabupaten Bekasi: Pemkab Bekasi and its DPRD
 * visit Kota Malang for a studi komparasi on tax management, the Malang Creative Center and the Supit
 * Urang landfill, learned as good practices that then show on Kota Malang's region page.
 */
const kabBekasiAdmin = {
  email: 'admin@bekasikab.go.id',
  name: 'Admin Kabupaten Bekasi',
  regionCode: '32.16',
  role: 'region_admin',
} as const satisfies TestUser;

const topics = [
  { text: 'Pengelolaan pajak daerah', sector: 'Keuangan dan Pendapatan Daerah' },
  { text: 'Malang Creative Center', sector: 'Ekonomi Kreatif' },
  { text: 'TPA Supit Urang', sector: 'Lingkungan Hidup' },
];

async function pick(page: Page, input: Locator, search: string, option: string): Promise<void> {
  await pickOption(page, input, option, { search });
}

/** Picks a region in a RegionSelect, whose options also show the province and code. */
async function pickRegion(page: Page, input: Locator, name: string): Promise<void> {
  await pickOption(page, input, new RegExp(`^${name}\\b`), { search: name, value: name });
}

async function screenshotsAt(page: Page, name: string): Promise<void> {
  for (const [width, height] of [
    [1366, 900],
    [390, 844],
  ] as const) {
    await page.setViewportSize({ width, height });
    await page.waitForTimeout(200);
    await screenshot(page, `${name}-${width}`);
  }
  await page.setViewportSize({ width: 1280, height: 900 });
}

describe.skipIf(skipBrowserTests)('work visits: seed 004 entered by Kabupaten Bekasi', () => {
  let journey: Journey<'bekasi'>;
  let page: Page;
  let visitUrl = '';

  beforeAll(async () => {
    // A loaded machine (CI shares its cores) may take over a minute to start the server.
    journey = await startJourney({ bekasi: kabBekasiAdmin }, { startTimeoutMs: 180_000 });
    page = journey.pages.bekasi;
  }, 300_000);
  afterAll(async () => {
    await journey?.close();
  });

  it('enters the visit with its visitors, delegation, topics and good practices', async () => {
    await page.getByTestId('nav-kegiatan').click();
    await page.getByTestId('nav-kunjungan').first().click();
    await page.getByTestId('visits-title').waitFor();
    await page.getByTestId('visit-new').click();
    await page
      .getByTestId('visit-title-input')
      .fill('Studi komparasi Pemkab dan DPRD Kabupaten Bekasi ke Kota Malang');
    await chooseOption(page, page.getByTestId('visit-kind'), 'Studi komparasi');
    await pickRegion(page, page.getByTestId('visit-host'), 'Kota Malang');
    await fillDate(page.getByTestId('visit-start'), '2025-01-16');
    await fillDate(page.getByTestId('visit-end'), '2025-01-16');
    await page.getByTestId('visit-place').fill('Ruang Sidang Balai Kota Malang');

    // The first visitor is the user's own region (Pemkab Bekasi); the second its DPRD.
    const visitorRows = page.getByTestId('visitor-row');
    expect(await visitorRows.first().getByTestId('visitor-region').inputValue()).toBe('Kabupaten Bekasi');
    await page.getByTestId('visitor-add').click();
    const dprd = visitorRows.nth(1);
    await pickRegion(page, dprd.getByTestId('visitor-region'), 'Kabupaten Bekasi');
    await chooseOption(page, dprd.getByTestId('visitor-institution'), 'DPRD');
    await dprd.getByTestId('visitor-name').fill('DPRD Kabupaten Bekasi');

    await page.getByTestId('delegate-add').click();
    await page.getByTestId('delegate-name').nth(0).fill('Dedy Supriyadi');
    await page.getByTestId('delegate-post').nth(0).fill('Pj. Bupati Bekasi');

    for (const [index, topic] of topics.entries()) {
      if (index > 0) await page.getByTestId('topic-add').click();
      const row = page.getByTestId('topic-row').nth(index);
      await row.getByTestId('topic-text').fill(topic.text);
      await pick(page, row.getByTestId('topic-sector'), topic.sector.slice(0, 8), topic.sector);
      await page.getByTestId('practice-add').click();
      const practice = page.getByTestId('practice-row').nth(index);
      await practice.getByTestId('practice-text').fill(topic.text);
      await pick(page, practice.getByTestId('practice-sector'), topic.sector.slice(0, 8), topic.sector);
    }
    await page
      .getByTestId('visit-purpose')
      .fill(
        'Studi komparasi pengelolaan pajak, Malang Creative Center, dan pengelolaan sampah di TPA Supit Urang.',
      );
    await screenshotsAt(page, 'visit-004-form');

    await page.getByTestId('visit-save').click();
    await page.waitForURL(/\/kunjungan\/[0-9a-f-]{36}$/);
    visitUrl = page.url();
    await page.getByTestId('visit-title').waitFor();
    const visitors = await page.getByTestId('visit-visitors').innerText();
    expect(visitors).toContain('Kabupaten Bekasi');
    expect(visitors).toContain('DPRD Kabupaten Bekasi');
    const practices = await page.getByTestId('visit-good-practices').innerText();
    for (const topic of topics) expect(practices).toContain(topic.text);
    await page.getByTestId('visit-audit').getByText('Kunjungan dicatat').first().waitFor();
    await screenshotsAt(page, 'visit-004-detail');
  }, 300_000);

  it("shows the good practices on Kota Malang's page, and the visit among those it received", async () => {
    await page.goto(`${journey.server.baseUrl}/wilayah/35.73`);
    const section = page.getByTestId('region-good-practices');
    await section.getByTestId('good-practice').nth(2).waitFor();
    const text = await section.innerText();
    for (const topic of topics) expect(text).toContain(topic.text);
    expect(text).toContain('DPRD Kabupaten Bekasi');
    await page
      .getByTestId('region-visits-received')
      .getByText('Studi komparasi Pemkab dan DPRD Kabupaten Bekasi ke Kota Malang')
      .waitFor();
    await screenshotsAt(page, 'visit-004-region-malang');
  });

  it("keeps the visit's report in its documents panel, in Indonesian, and deletes it", async () => {
    await page.goto(visitUrl);
    const panel = page.getByTestId('record-documents');
    await panel.getByText('Belum ada dokumen.').waitFor();
    await panel.getByTestId('document-upload-open').click();
    const form = panel.getByTestId('document-upload-form');
    await form.locator('input[type=file]').setInputFiles(fixtureFile('stamp.png'));
    await chooseOption(page, form.getByTestId('document-kind'), 'Laporan');
    await form.getByTestId('document-title').fill('Laporan kunjungan kerja');
    await form.getByTestId('document-submit').click();
    const document = panel.getByTestId('agreement-document').filter({ hasText: 'Laporan kunjungan kerja' });
    await document.waitFor();
    expect(await document.getAttribute('data-kind')).toBe('laporan');
    const download = await document.getByTestId('document-download').getAttribute('href');
    expect(download).toMatch(/^\/api\/visits\/[0-9a-f-]{36}\/documents\/[0-9a-f-]{36}\/versions\/1\/file$/);
    await screenshotsAt(page, 'visit-004-documents');
    page.once('dialog', (dialog) => void dialog.accept());
    await document.getByTestId('document-delete').click();
    await panel.getByText('Belum ada dokumen.').waitFor();
  });

  it('after a partner saved meanwhile, loads the latest version into the form, saying the edits are replaced', async () => {
    // A second tab of the same user stands for the partner who saves first.
    const other = await page.context().newPage();
    try {
      await Promise.all([page.goto(`${visitUrl}/ubah`), other.goto(`${visitUrl}/ubah`)]);
      await other.getByTestId('visit-place').fill('Ngalam Command Center');
      await other.getByTestId('visit-save').click();
      await other.waitForURL(visitUrl);

      const title = page.getByTestId('visit-title-input');
      const stored = await title.inputValue();
      await title.fill('Judul yang belum disimpan');
      await page.getByTestId('visit-save').click();
      const alert = page.getByTestId('visit-conflict');
      await alert.waitFor();
      expect(await alert.innerText()).toContain('isian Anda yang belum disimpan akan diganti');
      await alert.getByTestId('visit-conflict-reload').click();
      await page.getByTestId('visit-replaced').waitFor();
      expect(page.url()).toBe(`${visitUrl}/ubah`);
      expect(await page.getByTestId('visit-place').inputValue()).toBe('Ngalam Command Center');
      expect(await title.inputValue()).toBe(stored);
      expect(await page.getByTestId('visit-conflict').count()).toBe(0);
    } finally {
      await other.close();
    }
  });

  it('lists the visit under the visits Kabupaten Bekasi made', async () => {
    await page.goto(`${journey.server.baseUrl}/kunjungan?region=32.16&direction=made`);
    await page.getByTestId('visit-row').first().waitFor();
    expect(await page.getByTestId('visit-row').count()).toBe(1);
    await screenshotsAt(page, 'visit-004-list');
    expect(visitUrl).not.toBe('');
  });

  it('asks Kota Malang before deleting the shared visit, shows the pending deletion at once, and withdraws it', async () => {
    // The page refreshes through the deletion's and the decision's own invalidations (no reload).
    await page.goto(visitUrl);
    await page.getByTestId('visit-delete').click();
    await page.getByTestId('confirm-action').click();
    const panel = page.getByTestId('pending-changes');
    const change = panel.locator('[data-testid="pending-change"][data-kind="delete"]');
    await change.waitFor();
    expect(await change.innerText()).toContain('Hapus catatan ini');
    expect(await change.getByTestId('pending-change-awaiting').innerText()).toContain('Kota Malang');
    expect(page.url()).toBe(visitUrl);
    await screenshotsAt(page, 'visit-004-pending-delete');
    // The history words the proposal: its kind and the region it waits for, never a stored key.
    const history = page.getByTestId('audit-history');
    await history.getByText('Perubahan diusulkan (menunggu pihak lain)').first().waitFor();
    const historyText = await history.innerText();
    expect(historyText).toContain('Hapus catatan');
    expect(historyText).toContain('Menunggu persetujuan');
    expect(historyText).not.toMatch(/changeId|requiredRegionCodes|\bdelete\b|35\.73/);

    const withdraw = change.getByTestId('pending-change-reject');
    expect(await withdraw.innerText()).toBe('Tarik usulan');
    await withdraw.click();
    await panel.waitFor({ state: 'detached' });
    expect(page.url()).toBe(visitUrl);
    await page.getByTestId('visit-title').waitFor();
    expect(journey.pageErrors).toEqual([]);
  });
});
