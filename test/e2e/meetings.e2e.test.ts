import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { fillDate, launchBrowser, pickOption, screenshot, skipBrowserTests } from '../support/browser.js';
import { ensureUiBuilt } from '../support/ensure-ui-built.js';
import { startTestServer, type TestServer } from '../support/test-server.js';
import { apiLogin, bekasiAdmin, createUsers, login } from './agreements-support.js';

/**
 * Seed 001 as what it is: the audience of Kota Bekasi with DKI Jakarta's vice-governor (5 December 2017),
 * entered by Kota Bekasi's administrator as an audiensi, with its decision "membentuk tim kecil" shown
 * ready to become a follow-up action. Screenshots at 1366 and 390 px.
 */
const decision = 'Membentuk tim kecil untuk meningkatkan kerja sama ke depan';
const title = 'Audiensi Wali Kota Bekasi dengan Wakil Gubernur DKI Jakarta';

async function chooseRegionIn(page: Page, testId: string, name: string): Promise<void> {
  // An option reads its name, then its level and code ("DKI Jakarta Provinsi 31").
  await pickOption(page, page.getByTestId(testId), new RegExp(`^${name}\\b`), { search: name, value: name });
}

describe.skipIf(skipBrowserTests)('seed 001 as a meeting (pertemuan)', () => {
  let server: TestServer | undefined;
  let browser: Browser | undefined;
  let page: Page;
  let meetingId = '';
  const pageErrors: string[] = [];
  const base = () => server?.baseUrl ?? '';

  // The shared machine can be slow to start the server: allow it three minutes.
  beforeAll(async () => {
    ensureUiBuilt();
    server = await startTestServer({ startTimeoutMs: 180_000 });
    await createUsers(server, [bekasiAdmin]);
    browser = await launchBrowser();
    const context = await browser.newContext({ locale: 'id-ID', viewport: { width: 1280, height: 900 } });
    page = await context.newPage();
    page.setDefaultTimeout(30_000);
    page.on('pageerror', (error) => pageErrors.push(error.message));
    await login(page, base(), bekasiAdmin.email);
  }, 300_000);
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('refuses a meeting without a regional government, saying why in Indonesian', async () => {
    await page.goto(`${base()}/pertemuan`);
    await page.getByTestId('nav-kegiatan').waitFor();
    await page.getByTestId('meeting-new').click();
    await page.getByTestId('meeting-form-title').waitFor();
    await page.getByTestId('meeting-field-title').fill('Rapat dengan kementerian');
    // Replace the region row with an institution named in words.
    await page.getByRole('button', { name: 'Hapus Peserta 1' }).click();
    await page.getByTestId('participant-add-named').click();
    await page.getByTestId('participant-name-0').fill('Kementerian PUPR');
    await page.getByTestId('meeting-save').click();
    const errors = page.getByTestId('meeting-errors');
    await errors.waitFor();
    expect(await errors.innerText()).toContain('Sedikitnya satu pemerintah daerah harus ikut serta');
    expect(page.url()).toMatch(/\/pertemuan\/baru$/);
  });

  it('enters seed 001 as an audiensi of Kota Bekasi with DKI Jakarta, with its decision', async () => {
    await page.goto(`${base()}/pertemuan/baru`);
    await page.getByTestId('meeting-form-title').waitFor();
    await page.getByTestId('meeting-field-title').fill(title);
    expect(await page.getByTestId('meeting-field-kind').inputValue()).toBe('Audiensi');
    await chooseRegionIn(page, 'meeting-field-host', 'DKI Jakarta');
    await fillDate(page.getByTestId('meeting-field-date'), '2017-12-05');
    await page
      .getByTestId('meeting-field-place')
      .fill('Ruang Rapat TPUT Balai Kota, Jalan Merdeka Selatan No. 8-9, Gambir, Jakarta Pusat');
    await chooseRegionIn(page, 'participant-region-0', 'Kota Bekasi');
    await page.getByTestId('participant-add-region').click();
    await chooseRegionIn(page, 'participant-region-1', 'DKI Jakarta');
    await page.getByTestId('person-add').click();
    await page.getByTestId('person-name-0').fill('Rahmat Effendi');
    await page.getByTestId('person-post-0').fill('Wali Kota Bekasi');
    await page.getByTestId('person-add').click();
    await page.getByTestId('person-name-1').fill('Sandiaga Salahudin Uno');
    await page.getByTestId('person-post-1').fill('Wakil Gubernur DKI Jakarta');
    await page.getByTestId('meeting-field-agenda').fill('Kemitraan Pemprov DKI Jakarta dengan Pemkot Bekasi');
    await page
      .getByTestId('meeting-field-summary')
      .fill('Bantuan kemitraan di bidang lingkungan hidup, PUPR, kesehatan, pendidikan dan catatan sipil.');
    await page.getByTestId('decision-add').click();
    await page.getByTestId('decision-text-0').fill(decision);
    await page.setViewportSize({ width: 390, height: 844 });
    await screenshot(page, 'meeting-form-seed001-390');
    await page.setViewportSize({ width: 1366, height: 900 });
    await screenshot(page, 'meeting-form-seed001-1366');

    await page.getByTestId('meeting-save').click();
    await page.waitForURL(/\/pertemuan\/[0-9a-f-]{36}$/);
    meetingId = page.url().split('/').pop() ?? '';
    await page.getByTestId('meeting-title').waitFor();
    expect(await page.getByTestId('meeting-title').innerText()).toBe(title);
    const decisions = page.getByTestId('meeting-decision');
    expect(await decisions.count()).toBe(1);
    expect(await decisions.first().innerText()).toContain(decision);
    const decisionId = await decisions.first().getAttribute('data-id');
    const makeAction = decisions.first().getByTestId('decision-make-action');
    expect(await makeAction.innerText()).toBe('Jadikan tindak lanjut');
    expect(await makeAction.getAttribute('href')).toBe(
      `/tindak-lanjut/baru?parentType=meeting&parentId=${meetingId}&decisionId=${decisionId}`,
    );
    const participants = await page.getByTestId('meeting-participants').innerText();
    expect(participants).toContain('Kota Bekasi');
    expect(participants).toContain('DKI Jakarta');
    expect(await page.getByTestId('meeting-persons').innerText()).toContain('Wakil Gubernur DKI Jakarta');
    expect(await page.getByTestId('meeting-details').innerText()).toContain('5 Desember 2017');
    const history = page.getByTestId('audit-history');
    await history.getByText('Pertemuan dicatat').first().waitFor();
    await screenshot(page, 'meeting-detail-seed001-1366');
    await page.setViewportSize({ width: 390, height: 844 });
    await screenshot(page, 'meeting-detail-seed001-390');
    await page.setViewportSize({ width: 1280, height: 900 });
  });

  it('turns its decision into an action owned by an OPD of Kota Bekasi, in one step', async () => {
    const api = await apiLogin(base(), bekasiAdmin.email);
    await api.send('POST', '/api/opds', {
      regionCode: '32.75',
      name: 'Badan Perencanaan Pembangunan Daerah',
      abbreviation: 'Bappeda',
    });
    await page.goto(`${base()}/pertemuan/${meetingId}`);
    await page.getByTestId('decision-make-action').click();
    await page.waitForURL(/\/tindak-lanjut\/baru\?/);
    // The decision's words are the action's title already.
    await expect.poll(() => page.getByTestId('action-title').inputValue()).toBe(decision);
    await pickOption(page, page.getByTestId('action-opd'), 'Badan Perencanaan Pembangunan Daerah (Bappeda)');
    await fillDate(page.getByTestId('action-due'), '2018-03-31');
    await page.getByTestId('action-save').click();
    await page.waitForURL(/\/tindak-lanjut\/[0-9a-f-]{36}$/);
    await expect.poll(() => page.getByTestId('action-title').textContent()).toBe(decision);
    await screenshot(page, 'meeting-decision-action-1366');

    // The meeting's decision now shows its action instead of the button.
    await page.goto(`${base()}/pertemuan/${meetingId}`);
    const item = page.getByTestId('meeting-decision').first();
    // The decision names its action by its OPD and status.
    await expect
      .poll(() => item.getByTestId('decision-action').innerText())
      .toBe('Tindak lanjut Bappeda: Direncanakan');
    expect(await item.getByTestId('decision-make-action').count()).toBe(0);
    // And the meeting lists its follow-up actions with their OPD, as an agreement does.
    const actions = page.getByTestId('actions-section').getByTestId('actions-item');
    await actions.first().waitFor();
    expect(await actions.count()).toBe(1);
    expect(await actions.first().innerText()).toContain('Badan Perencanaan Pembangunan Daerah');
    await page.setViewportSize({ width: 390, height: 844 });
    await item.scrollIntoViewIfNeeded();
    await screenshot(page, 'meeting-decision-action-390');
    await page.setViewportSize({ width: 1280, height: 900 });
  });

  it('lists it under its filters and on both regions’ pages', async () => {
    await page.goto(`${base()}/pertemuan?kind=audiensi&region=31`);
    const row = page.getByTestId('meeting-row');
    await row.first().waitFor();
    expect(await row.count()).toBe(1);
    expect(await row.first().getAttribute('data-id')).toBe(meetingId);
    await page.setViewportSize({ width: 1366, height: 768 });
    await screenshot(page, 'meetings-list-1366');
    await page.setViewportSize({ width: 390, height: 844 });
    await screenshot(page, 'meetings-list-390');
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(`${base()}/pertemuan?kind=rapat_koordinasi`);
    await page.getByTestId('meetings-empty').waitFor();

    await page.goto(`${base()}/wilayah/32.75`);
    const section = page.getByTestId('region-meetings');
    await section.getByText(title).waitFor();
    await page.goto(`${base()}/wilayah/31`);
    await page.getByTestId('region-meetings').getByText(title).waitFor();
    expect(pageErrors).toEqual([]);
  });
});
