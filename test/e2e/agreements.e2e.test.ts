import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, screenshot, skipBrowserTests } from '../support/browser.js';
import { ensureUiBuilt } from '../support/ensure-ui-built.js';
import { startTestServer, type TestServer } from '../support/test-server.js';

/**
 * Agreements in the browser, with the seed articles: region administrators enter the KSB of seed 000
 * (Kota Bekasi + Kota Malang), the KSB and PKS of seed 003 (Kota and Kabupaten Pasuruan) and the KSB of
 * seed 002 (Kota Malang + Kota Jambi); each partner confirms its side, the list finds them, and the
 * lifecycle moves one step where its guard allows.
 */

const password = 'kerja-sama-daerah-2024!';
const admins = {
  bekasi: { email: 'admin@bekasikota.go.id', name: 'Admin Kota Bekasi', regionCode: '32.75' },
  malang: { email: 'admin@malangkota.go.id', name: 'Admin Kota Malang', regionCode: '35.73' },
  kotaPasuruan: { email: 'admin@pasuruankota.go.id', name: 'Admin Kota Pasuruan', regionCode: '35.75' },
  kabPasuruan: { email: 'admin@pasuruankab.go.id', name: 'Admin Kabupaten Pasuruan', regionCode: '35.14' },
  jambi: { email: 'admin@jambikota.go.id', name: 'Admin Kota Jambi', regionCode: '15.71' },
} as const;
type AdminKey = keyof typeof admins;

const seed000Title =
  'Kesepakatan Bersama Pemerintah Kota Bekasi dan Pemerintah Kota Malang tentang Kerja Sama Pelayanan Dasar';
const seed003KsbTitle =
  'Kesepakatan Bersama Pemerintah Kota Pasuruan dan Pemerintah Kabupaten Pasuruan tentang Kerja Sama Daerah';
const seed003PksTitle =
  'Perjanjian Kerja Sama Pemerintah Kota Pasuruan dan Pemerintah Kabupaten Pasuruan tentang Pelayanan Kesehatan';
const seed002Title =
  'Kesepakatan Bersama Pemerintah Kota Malang dan Pemerintah Kota Jambi tentang Kerja Sama Pembangunan Daerah';

describe.skipIf(skipBrowserTests)('agreements in the browser', () => {
  let server: TestServer | undefined;
  let browser: Browser | undefined;
  const contexts: BrowserContext[] = [];
  const pages = {} as Record<AdminKey, Page>;
  const pageErrors: string[] = [];
  const ids: Record<string, string> = {};

  const base = () => {
    if (!server) throw new Error('the server did not start');
    return server.baseUrl;
  };

  beforeAll(async () => {
    ensureUiBuilt();
    server = await startTestServer();
    await createUsers(server);
    browser = await launchBrowser();
    for (const key of Object.keys(admins) as AdminKey[]) {
      const context = await browser.newContext({ locale: 'id-ID', viewport: { width: 1280, height: 900 } });
      contexts.push(context);
      const page = await context.newPage();
      page.setDefaultTimeout(15_000);
      page.on('pageerror', (error) => pageErrors.push(`${key}: ${error.message}`));
      pages[key] = page;
    }
    await Promise.all(
      (Object.keys(admins) as AdminKey[]).map((key) => login(pages[key], base(), admins[key].email)),
    );
  });

  afterAll(async () => {
    for (const context of contexts) await context.close();
    await browser?.close();
    await server?.stop();
  });

  it('enters the seed-000 KSB as Kota Bekasi and flags the acting signatories', async () => {
    const page = pages.bekasi;
    await page.goto(`${base()}/kerja-sama`);
    await page.getByTestId('agreement-new').click();
    await page.getByTestId('agreement-form').waitFor();

    await chooseSegment(page.getByTestId('field-ksddNature'), 'Sukarela');
    await page.getByTestId('field-title').fill(seed000Title);
    const [first, second] = [partyCard(page, 0), partyCard(page, 1)];
    // The user's own region is the first party already.
    expect(await first.getByTestId('party-region').inputValue()).toBe('Kota Bekasi');
    await chooseRegion(page, second, 'Kota Malang');
    await fillSignatory(page, first, 'Gani Muhamad', 'Pj.');
    await fillSignatory(page, second, 'Wahyu Hidayat', 'Pj.');
    await page.getByTestId('field-signingDate').fill('2024-08-07');
    await page.getByTestId('field-signingPlace').fill('Aula Balai Kota Malang');
    await chooseSectors(page, [
      'Pangan',
      'Kesehatan',
      'Perdagangan',
      'Penelitian, Pengembangan, dan Inovasi',
      'Pariwisata',
      'Pertanian',
    ]);
    await page.evaluate(() => window.scrollTo(0, 0));
    await screenshot(page, 'agreement-form');

    ids.seed000 = await save(page);
    await page.getByTestId('agreement-acting').first().waitFor();
    expect(await page.getByTestId('agreement-title').innerText()).toBe(seed000Title);
    expect(await page.getByTestId('agreement-confirmations').first().innerText()).toBe(
      'dikonfirmasi 1 dari 2 pihak',
    );
    const signatories = await page.getByTestId('agreement-signatory').allInnerTexts();
    expect(signatories.join('\n')).toContain('Gani Muhamad · Pj. Wali Kota');
    expect(signatories.join('\n')).toContain('Wahyu Hidayat · Pj. Wali Kota');
    expect(await page.getByTestId('agreement-warnings').innerText()).toContain('Pj., Plt., Plh.');
  });

  it('lets Kota Malang confirm its side and move the KSB one step', async () => {
    const page = pages.malang;
    await confirmAsPartner(page, base(), ids.seed000 ?? '');
    await moveOneStep(page, 'penawaran', 'agreement-lifecycle');
  });

  it('finds the seed-000 KSB by searching "kerjasama Bekasi", with its flags in the row', async () => {
    const page = pages.bekasi;
    await page.goto(`${base()}/kerja-sama`);
    await page.getByTestId('agreement-search').fill('kerjasama Bekasi');
    await expect.poll(() => page.url()).toContain('q=kerjasama+Bekasi');
    const row = page.getByTestId('agreement-row').filter({ hasText: seed000Title });
    await row.waitFor();
    expect(await row.getByTestId('agreement-doctype').innerText()).toBe('KSB');
    expect(await row.getByTestId('agreement-confirmations').innerText()).toBe('dikonfirmasi 2 dari 2 pihak');
    await row.getByTestId('agreement-acting').waitFor();
    expect(await row.innerText()).toContain('7 Agustus 2024');
    expect(await row.getByTestId('agreement-status').getAttribute('data-status')).toBe('penawaran');
    // The CSV link carries the same filters.
    await expect
      .poll(() => page.getByTestId('agreements-csv').getAttribute('href'))
      .toBe('/api/agreements/export.csv?q=kerjasama+Bekasi');
  });

  it('enters the seed-003 KSB as Kota Pasuruan; Kabupaten Pasuruan confirms it', async () => {
    const page = pages.kotaPasuruan;
    await page.goto(`${base()}/kerja-sama/baru`);
    await page.getByTestId('agreement-form').waitFor();
    await chooseSegment(page.getByTestId('field-ksddNature'), 'Wajib');
    await page.getByTestId('field-title').fill(seed003KsbTitle);
    const [first, second] = [partyCard(page, 0), partyCard(page, 1)];
    await chooseRegion(page, second, 'Kabupaten Pasuruan');
    await first.getByTestId('party-documentNumber').fill('415.4/001/423.011/2021');
    await second.getByTestId('party-documentNumber').fill('415.4/123/424.013/2021');
    await fillSignatory(page, first, 'Saifullah Yusuf');
    await fillSignatory(page, second, 'Irsyad Yusuf');
    expect(await second.getByTestId('signatory-office').inputValue()).toBe('Bupati');
    await page.getByTestId('field-signingDate').fill('2021-12-16');
    await page.getByTestId('field-signingPlace').fill('Hotel Horison Kota Pasuruan');
    await page.getByTestId('field-validFrom').fill('2021-12-16');
    await page.getByTestId('field-validUntil').fill('2026-12-16');
    await chooseSectors(page, [
      'Kesehatan',
      'Pendidikan',
      'Pelayanan Publik',
      'Penanggulangan Bencana',
      'Koperasi, Usaha Kecil, dan Menengah',
    ]);
    await page
      .getByTestId('field-purpose')
      .fill('Menjalin kemitraan strategis dalam pembangunan daerah dan pelayanan publik yang terintegrasi');
    await page
      .getByTestId('field-objectScope')
      .fill('Pelayanan kesehatan, pendidikan, penanggulangan bencana, koperasi dan UKM');
    await page.getByTestId('content-followUp').check();
    ids.seed003Ksb = await save(page);
    expect(await page.getByTestId('agreement-acting').count()).toBe(0);
    await page.getByTestId('agreement-parties').getByText('415.4/123/424.013/2021').waitFor();

    await confirmAsPartner(pages.kabPasuruan, base(), ids.seed003Ksb);
    await moveOneStep(pages.kabPasuruan, 'penawaran');
    expect(await pages.kabPasuruan.getByTestId('checklist-summary').innerText()).toBe('Lengkap');
    await pages.kabPasuruan.evaluate(() => window.scrollTo(0, 0));
    await screenshot(pages.kabPasuruan, 'agreement-detail');
  });

  it('enters the seed-003 PKS under its KSB; the next step waits for the TKKSD reviewer', async () => {
    const page = pages.kotaPasuruan;
    await page.goto(`${base()}/kerja-sama/${ids.seed003Ksb}`);
    await page.getByTestId('agreement-add-pks').click();
    await page.getByTestId('agreement-form').waitFor();
    // The PKS starts from its KSB: type, parent and parties are filled in.
    expect(await page.getByTestId('field-documentType').inputValue()).toBe('PKS · Perjanjian Kerja Sama');
    expect(await page.getByTestId('field-parent').inputValue()).toContain(seed003KsbTitle);
    await page.getByTestId('field-title').fill(seed003PksTitle);
    const [first, second] = [partyCard(page, 0), partyCard(page, 1)];
    expect(await second.getByTestId('party-region').inputValue()).toBe('Kabupaten Pasuruan');
    await first.getByTestId('party-documentNumber').fill('445/050/423.011/2021');
    await second.getByTestId('party-documentNumber').fill('445/210/424.013/2021');
    await fillSignatory(page, first, 'Saifullah Yusuf');
    await fillSignatory(page, second, 'Irsyad Yusuf');
    await page.getByTestId('field-signingDate').fill('2021-12-16');
    await page.getByTestId('field-validFrom').fill('2021-12-16');
    await page.getByTestId('field-validUntil').fill('2024-12-16');
    await page.getByTestId('field-objectScope').fill('Pelayanan kesehatan rujukan lintas wilayah');
    ids.seed003Pks = await save(page);
    const family = page.getByTestId('agreement-family');
    await family.getByText(seed003KsbTitle).waitFor();

    await confirmAsPartner(pages.kabPasuruan, base(), ids.seed003Pks);
    // Leaving penyusunan_pks needs the draft reviewed by the TKKSD: the panel says what is missing.
    const next = pages.kabPasuruan.locator('[data-testid=next-step][data-stage=penandatanganan_pks]');
    expect(await next.getAttribute('data-allowed')).toBe('false');
    expect(await next.innerText()).toContain('Unggah dokumen: Rancangan naskah');

    // The KSB lists its PKS.
    await pages.kabPasuruan.goto(`${base()}/kerja-sama/${ids.seed003Ksb}`);
    await pages.kabPasuruan.getByTestId('agreement-family').getByText(seed003PksTitle).waitFor();
  });

  it('enters the seed-002 KSB as Kota Malang; Kota Jambi confirms and moves it', async () => {
    const page = pages.malang;
    await page.goto(`${base()}/kerja-sama/baru`);
    await page.getByTestId('agreement-form').waitFor();
    await chooseSegment(page.getByTestId('field-ksddNature'), 'Sukarela');
    await page.getByTestId('field-title').fill(seed002Title);
    const [first, second] = [partyCard(page, 0), partyCard(page, 1)];
    await chooseRegion(page, second, 'Kota Jambi');
    await fillSignatory(page, first, 'Wahyu Hidayat');
    await fillSignatory(page, second, 'Maulana');
    await page.getByTestId('field-signingDate').fill('2026-01-12');
    await page.getByTestId('field-signingPlace').fill('Ruang Sidang Balai Kota Malang');
    await chooseSectors(page, [
      'Pendidikan',
      'Kesehatan',
      'Pekerjaan Umum dan Penataan Ruang',
      'Pelayanan Publik',
      'Keuangan dan Pendapatan Daerah',
    ]);
    ids.seed002 = await save(page);
    await confirmAsPartner(pages.jambi, base(), ids.seed002);
    await moveOneStep(pages.jambi, 'penawaran');
  });

  it('lists all four agreements for a party, and screenshots the list', async () => {
    const page = pages.malang;
    await page.goto(`${base()}/kerja-sama`);
    await page.getByTestId('agreement-row').filter({ hasText: seed002Title }).waitFor();
    expect(await page.getByTestId('agreement-total').innerText()).toBe('2 kerja sama');
    await screenshot(page, 'agreements-list');
    expect(pageErrors).toEqual([]);
  });
});

/** Creates the first administrator with the setup link, then the region administrators through the API. */
async function createUsers(server: TestServer): Promise<void> {
  const setupUrl = new URL(await server.setupUrl());
  const token = setupUrl.searchParams.get('token') ?? '';
  const setup = await fetch(`${server.baseUrl}/api/auth/setup`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ token, email: 'sysadmin@sinergi.test', name: 'Admin Sistem', password }),
  });
  expect(setup.status).toBe(201);
  const { csrfToken } = (await setup.json()) as { csrfToken: string };
  const cookie = (setup.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
  for (const admin of Object.values(admins)) {
    const response = await fetch(`${server.baseUrl}/api/users`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Cookie: cookie, 'X-CSRF-Token': csrfToken },
      body: JSON.stringify({ ...admin, role: 'region_admin', password }),
    });
    expect(response.status, await response.clone().text()).toBe(201);
  }
}

async function login(page: Page, baseUrl: string, email: string): Promise<void> {
  await page.goto(`${baseUrl}/masuk?next=${encodeURIComponent('/kerja-sama')}`);
  await page.getByTestId('login-email').fill(email);
  await page.getByTestId('login-password').fill(password);
  await page.getByTestId('login-submit').click();
  await page.waitForURL(/\/kerja-sama$/);
  await page.getByTestId('nav-kerja-sama').waitFor();
}

function partyCard(page: Page, index: number): Locator {
  return page.getByTestId('party-card').nth(index);
}

async function chooseSegment(control: Locator, label: string): Promise<void> {
  await control.getByText(label, { exact: true }).click();
}

/** Picks an option of the open Mantine combobox by its exact label. */
async function chooseOption(page: Page, label: string): Promise<void> {
  await page.getByRole('option', { name: label, exact: true }).click();
}

async function chooseRegion(page: Page, card: Locator, name: string): Promise<void> {
  const input = card.getByTestId('party-region');
  await input.click();
  await input.fill(name);
  await chooseOption(page, name);
  expect(await input.inputValue()).toBe(name);
}

async function fillSignatory(
  page: Page,
  card: Locator,
  name: string,
  acting?: 'Pj.' | 'Plt.' | 'Plh.',
): Promise<void> {
  const signatory = card.getByTestId('signatory').first();
  await signatory.getByTestId('signatory-name').fill(name);
  if (acting) {
    await signatory.getByTestId('signatory-acting').click();
    await page.getByRole('option', { name: new RegExp(`^${acting.replace('.', '\\.')} `) }).click();
  }
}

async function chooseSectors(page: Page, labels: string[]): Promise<void> {
  const input = page.getByTestId('field-sectors');
  for (const label of labels) {
    await input.click();
    await input.fill(label);
    await chooseOption(page, label);
  }
  await page.keyboard.press('Escape');
}

/** Saves the form and returns the new agreement's id from the detail page it opens. */
async function save(page: Page): Promise<string> {
  await page.getByTestId('agreement-save').click();
  await page.waitForURL(/\/kerja-sama\/[0-9a-f-]{36}$/);
  const detail = page.getByTestId('agreement-detail');
  await detail.waitFor();
  return (await detail.getAttribute('data-id')) ?? '';
}

/** The partner's administrator opens the record and confirms it: both parties have then confirmed. */
async function confirmAsPartner(page: Page, baseUrl: string, id: string): Promise<void> {
  await page.goto(`${baseUrl}/kerja-sama/${id}`);
  await page.getByTestId('agreement-detail').waitFor();
  expect(await page.getByTestId('agreement-confirmations').first().innerText()).toBe(
    'dikonfirmasi 1 dari 2 pihak',
  );
  await page.getByTestId('agreement-confirm').click();
  await page.getByTestId('agreement-confirmed-own').waitFor();
  expect(await page.getByTestId('agreement-confirmations').first().innerText()).toBe(
    'dikonfirmasi 2 dari 2 pihak',
  );
}

/** Moves the open agreement to `stage` through the lifecycle panel's dialog. */
async function moveOneStep(page: Page, stage: string, shot?: string): Promise<void> {
  const step = page.locator(`[data-testid=next-step][data-stage=${stage}]`);
  expect(await step.getAttribute('data-allowed')).toBe('true');
  await step.getByTestId('next-step-move').click();
  const dialog = page.getByRole('dialog');
  await dialog.getByTestId('transition-note').fill('Surat penawaran telah dikirim');
  if (shot) await screenshot(page, shot);
  await dialog.getByTestId('transition-submit').click();
  await page.locator(`[data-testid=agreement-stage][data-stage=${stage}]`).waitFor();
  await page.getByTestId('agreement-timeline').getByText('Surat penawaran telah dikirim').waitFor();
}
