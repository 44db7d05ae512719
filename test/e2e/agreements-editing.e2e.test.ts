import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultAgreementRules } from '../../src/domain/agreements/index.js';
import { seed000Ksb } from '../../src/domain/agreements/seed-agreements.test-support.js';
import { fillDate, screenshot, skipBrowserTests } from '../support/browser.js';
import {
  apiLogin,
  bekasiAdmin,
  chooseRegion,
  chooseSegment,
  malangAdmin,
  partyCard,
  startJourney,
  viewportScreenshot,
  type Journey,
} from './agreements-support.js';

/**
 * Editing a shared record in the browser: a partner who starts entering the seed-000 KSB joins the record
 * Kota Bekasi entered instead (confirming its side), then both parties edit it at once: the second save
 * gets the conflict, sees what the first changed, and keeps or drops its own edits.
 */

const users = { bekasi: bekasiAdmin, malang: malangAdmin };
type UserKey = keyof typeof users;

const purpose = 'Meningkatkan perekonomian kedua wilayah melalui pelayanan dasar, pangan, dan pariwisata';
const bekasiNotes = 'Nomor KSB kedua pihak belum tercantum dalam berita Prolite';

describe.skipIf(skipBrowserTests)('editing shared agreements in the browser', () => {
  let journey: Journey<UserKey> | undefined;
  const pages = {} as Record<UserKey, Page>;
  let agreementId = '';

  const base = () => {
    if (!journey) throw new Error('the server did not start');
    return journey.server.baseUrl;
  };
  const openForm = async (page: Page) => {
    await page.goto(`${base()}/kerja-sama/${agreementId}/ubah`);
    await page.getByTestId('agreement-form').waitFor();
  };

  beforeAll(async () => {
    journey = await startJourney(users);
    Object.assign(pages, journey.pages);
    // Kota Bekasi entered the seed-000 KSB; Kota Malang has not confirmed it yet.
    const bekasi = await apiLogin(base(), users.bekasi.email);
    agreementId = (await bekasi.send<{ id: string }>('POST', '/api/agreements', seed000Ksb)).id;
  });

  afterAll(async () => {
    await journey?.close();
  });

  it('lets Kota Malang join the KSB Kota Bekasi entered instead of entering it again', async () => {
    const page = pages.malang;
    await page.goto(`${base()}/kerja-sama/baru`);
    await page.getByTestId('agreement-form').waitFor();
    await chooseSegment(page.getByTestId('field-ksddNature'), 'Sukarela');
    await page
      .getByTestId('field-title')
      .fill(
        'Kesepakatan Bersama Pemerintah Kota Malang dan Pemerintah Kota Bekasi tentang Kerja Sama Pelayanan Dasar',
      );
    expect(await partyCard(page, 0).getByTestId('party-region').inputValue()).toBe('Kota Malang');
    await chooseRegion(page, partyCard(page, 1), 'Kota Bekasi');
    await fillDate(page.getByTestId('field-signingDate'), '2024-08-07');
    await page.getByTestId('agreement-save').click();

    const dialog = page.getByTestId('duplicate-dialog');
    const candidate = page.getByTestId('duplicate-candidate');
    await candidate.waitFor();
    expect(await candidate.count()).toBe(1);
    expect(await candidate.innerText()).toContain('Sudah dikonfirmasi: Kota Bekasi');
    await viewportScreenshot(page, 'agreement-duplicate');
    await candidate.getByTestId('duplicate-join').click();
    await page.waitForURL(new RegExp(`/kerja-sama/${agreementId}$`));
    await expect.poll(() => dialog.count()).toBe(0);
    await page.getByTestId('agreement-confirmed-own').waitFor();
    expect(await page.getByTestId('agreement-confirmations').first().innerText()).toBe(
      'dikonfirmasi 2 dari 2 pihak',
    );

    // Nothing new was created: Kota Malang has the one shared record.
    await page.goto(`${base()}/kerja-sama`);
    await page.getByTestId('agreement-row').first().waitFor();
    expect(await page.getByTestId('agreement-total').innerText()).toBe('1 kerja sama');
  });

  it('shows the second editor what the first changed, in Indonesian and English, and saves both', async () => {
    const [bekasi, malang] = [pages.bekasi, pages.malang];
    await Promise.all([openForm(bekasi), openForm(malang)]);

    // Kota Malang saves first: the purpose and the validity.
    await malang.getByTestId('field-purpose').fill(purpose);
    await fillDate(malang.getByTestId('field-validFrom'), '2024-08-07');
    await fillDate(malang.getByTestId('field-validUntil'), '2029-08-07');
    await malang.getByTestId('agreement-save').click();
    await malang.waitForURL(new RegExp(`/kerja-sama/${agreementId}$`));

    // Kota Bekasi, still on the version it opened, adds a note and saves: a conflict.
    await bekasi.getByTestId('field-notes').fill(bekasiNotes);
    await bekasi.getByTestId('agreement-save').click();
    const alert = bekasi.getByTestId('form-conflict');
    await alert.waitFor();
    expect(bekasi.url()).toMatch(/\/ubah$/);
    expect(await changeRow(bekasi, 'purpose')).toEqual(['Maksud dan tujuan', 'Tidak diisi', purpose]);
    expect(await changeRow(bekasi, 'validFrom')).toEqual(['Berlaku sejak', 'Tidak diisi', '7 Agustus 2024']);
    expect(await changeRow(bekasi, 'validUntil')).toEqual([
      'Berlaku sampai',
      'Tidak diisi',
      '7 Agustus 2029',
    ]);
    // Kota Malang changed agreed content: Kota Bekasi's confirmation was withdrawn, and that shows too.
    expect(await changeRow(bekasi, 'confirmedParties')).toEqual([
      'Pihak yang telah mengonfirmasi',
      'Kota Bekasi, Kota Malang',
      'Kota Malang',
    ]);
    const fields = await alert
      .getByTestId('conflict-change')
      .evaluateAll((rows) => rows.map((row) => row.getAttribute('data-field')));
    // Saving from the form may also link a signatory to the officials register (signatories): allowed.
    expect(fields.filter((field) => field !== 'signatories').sort()).toEqual([
      'confirmedParties',
      'purpose',
      'validFrom',
      'validUntil',
    ]);
    expect(fields).not.toContain('notes');
    await bekasi.evaluate(() => window.scrollTo(0, 0));
    await screenshot(bekasi, 'agreement-conflict');

    // The same alert in English.
    await bekasi.getByTestId('lang-switch').getByText('EN', { exact: true }).click();
    await alert.getByText('Someone else changed this agreement').waitFor();
    expect(await changeRow(bekasi, 'validUntil')).toEqual(['Valid until', 'Not given', '7 August 2029']);
    expect((await changeRow(bekasi, 'purpose'))[0]).toBe('Purpose');
    await bekasi.getByTestId('lang-switch').getByText('ID', { exact: true }).click();
    await alert.getByText('Kerja sama ini telah diubah oleh pengguna lain').waitFor();

    // Keeping the note: it is saved on top of Kota Malang's version, which stays.
    await alert.getByTestId('conflict-reapply').click();
    await bekasi.waitForURL(new RegExp(`/kerja-sama/${agreementId}$`));
    const detail = bekasi.getByTestId('agreement-detail');
    await detail.getByText(bekasiNotes, { exact: true }).waitFor();
    await detail.getByText(purpose, { exact: true }).waitFor();
    await detail.getByText('7 Agustus 2024 s.d. 7 Agustus 2029').waitFor();
  });

  it('marks a field both changed, and can drop the own edits for the latest version', async () => {
    const [bekasi, malang] = [pages.bekasi, pages.malang];
    await Promise.all([openForm(bekasi), openForm(malang)]);
    await malang.getByTestId('field-objectScope').fill('Pelayanan dasar, ketahanan pangan, dan pariwisata');
    await malang.getByTestId('agreement-save').click();
    await malang.waitForURL(new RegExp(`/kerja-sama/${agreementId}$`));

    await bekasi.getByTestId('field-objectScope').fill('Pelayanan dasar dan perdagangan');
    await bekasi.getByTestId('agreement-save').click();
    await bekasi.getByTestId('form-conflict').waitFor();
    const row = bekasi.locator('[data-testid=conflict-change][data-field=objectScope]');
    expect(await row.innerText()).toContain('juga Anda ubah');
    await bekasi.getByTestId('conflict-discard').click();
    await expect
      .poll(() => bekasi.getByTestId('field-objectScope').inputValue())
      .toBe('Pelayanan dasar, ketahanan pangan, dan pariwisata');
    expect(await bekasi.getByTestId('form-conflict').count()).toBe(0);
    // The note saved before is in the reloaded form too.
    expect(await bekasi.getByTestId('field-notes').inputValue()).toBe(bekasiNotes);
    expect(journey?.pageErrors).toEqual([]);
  });

  it('shows the content checklist of the rules the administrator configured', async () => {
    const page = pages.malang;
    await page.goto(`${base()}/kerja-sama/baru`);
    await page.getByTestId('agreement-form').waitFor();
    // The default KSB checklist asks only for the follow-up among the clauses the fields cannot show.
    await page.getByTestId('content-followUp').waitFor();
    expect(await page.getByTestId('content-forceMajeure').count()).toBe(0);

    // The system administrator adds force majeure and dispute settlement to the KSB's minimum content.
    const admin = await apiLogin(base(), 'sysadmin@sinergi.test');
    const { contentChecklists } = defaultAgreementRules;
    await admin.send(
      'PUT',
      '/api/settings/agreement-rules',
      {
        contentChecklists: {
          ...contentChecklists,
          kesepakatan_bersama: [
            ...contentChecklists.kesepakatan_bersama,
            'forceMajeure',
            'disputeSettlement',
          ],
        },
      },
      200,
    );
    await page.reload();
    await page.getByTestId('agreement-form').waitFor();
    await page.getByTestId('content-forceMajeure').waitFor();
    await page.getByTestId('content-disputeSettlement').waitFor();
    await page.getByTestId('content-followUp').waitFor();
  });
});

/** The cells of the conflict table's row for a field: label, value before, value now. */
async function changeRow(page: Page, field: string): Promise<string[]> {
  const cells = page.locator(`[data-testid=conflict-change][data-field=${field}] td`);
  return (await cells.allInnerTexts()).map((text) => text.trim());
}
