import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fillDate, screenshot, skipBrowserTests } from '../support/browser.js';
import {
  bekasiAdmin,
  chooseOption,
  partyCard,
  startJourney,
  type Journey,
  type TestUser,
  viewportScreenshot,
} from './agreements-support.js';

/**
 * The officials register in the browser: Kota Bekasi's administrator records the term of its Pj. Wali
 * Kota (with a typo fixed and the term ended on the day the elected mayor took office), and the agreement
 * form then suggests him for a signing date inside the term and warns when the date falls outside it.
 * A reviewer neither sees the page in the navigation nor may open it.
 */

const users = {
  admin: bekasiAdmin,
  reviewer: {
    email: 'tkksd@bekasikota.go.id',
    name: 'TKKSD Kota Bekasi',
    regionCode: '32.75',
    role: 'reviewer',
  },
} as const satisfies Record<string, TestUser>;
type UserKey = keyof typeof users;

describe.skipIf(skipBrowserTests)('officials in the browser', () => {
  let journey: Journey<UserKey> | undefined;
  const pages = {} as Record<UserKey, Page>;

  const base = () => {
    if (!journey) throw new Error('the server did not start');
    return journey.server.baseUrl;
  };

  beforeAll(async () => {
    journey = await startJourney(users);
    Object.assign(pages, journey.pages);
  });

  afterAll(async () => {
    await journey?.close();
  });

  it('lets the region administrator enter, correct and end the term of a Pj. Wali Kota', async () => {
    const page = pages.admin;
    await page.getByTestId('nav-admin').click();
    await page.getByTestId('nav-officials').click();
    await page.waitForURL(/\/admin\/pejabat$/);
    expect(await page.getByTestId('officials-title').innerText()).toBe('Pejabat daerah');
    await page.getByTestId('officials-empty').waitFor();

    await page.getByTestId('official-create').click();
    const form = page.getByTestId('official-form');
    await form.waitFor();
    await form.getByTestId('official-form-name').fill('Gani Muhammad');
    // A kota's register offers its own offices; Wali Kota comes first.
    expect(await form.getByTestId('official-form-office').inputValue()).toBe('Wali Kota');
    await chooseOption(page, form.getByTestId('official-form-acting'), 'Pj. (Penjabat)');
    await fillDate(form.getByTestId('official-form-start'), '2023-09-20');
    // An end before the start is refused, with the reason under the field.
    await fillDate(form.getByTestId('official-form-end'), '2023-01-01');
    await form.getByTestId('official-form-submit').click();
    await form.getByText('Tanggal selesai tidak boleh sebelum tanggal mulai menjabat.').waitFor();
    await fillDate(form.getByTestId('official-form-end'), '');
    await viewportScreenshot(page, 'officials-form');
    await form.getByTestId('official-form-submit').click();
    await form.waitFor({ state: 'detached' });

    const row = page.getByTestId('official-row').first();
    await row.getByText('Gani Muhammad', { exact: true }).waitFor();
    expect(await row.innerText()).toContain('Pj. Wali Kota');
    expect(await row.getByTestId('official-period').innerText()).toBe('20 September 2023 – sekarang');
    expect(await row.getAttribute('data-status')).toBe('current');

    // The name was misspelt: correct it.
    await row.getByTestId('official-edit').click();
    await form.getByTestId('official-form-name').fill('Gani Muhamad');
    await form.getByTestId('official-form-submit').click();
    await form.waitFor({ state: 'detached' });
    await row.getByText('Gani Muhamad', { exact: true }).waitFor();

    // The elected mayor took office on 20 February 2025: the acting term ends the day before.
    await row.getByTestId('official-end').click();
    const end = page.getByTestId('official-end-form');
    await end.getByText('Sampai kapan Gani Muhamad menjabat sebagai Pj. Wali Kota?').waitFor();
    await fillDate(end.getByTestId('official-end-date'), '2025-02-19');
    await end.getByTestId('official-end-submit').click();
    await end.waitFor({ state: 'detached' });
    await expect
      .poll(() => row.getByTestId('official-period').innerText())
      .toBe('20 September 2023 – 19 Februari 2025');
    expect(await row.getAttribute('data-status')).toBe('ended');
    expect(await row.getByTestId('official-end').count()).toBe(0);
    await screenshot(page, 'officials-list');
  });

  it('suggests the Pj. Wali Kota for a signing date inside his term and warns outside it', async () => {
    const page = pages.admin;
    await page.goto(`${base()}/kerja-sama/baru`);
    await page.getByTestId('agreement-form').waitFor();
    const signatory = partyCard(page, 0).getByTestId('signatory').first();
    expect(await partyCard(page, 0).getByTestId('party-region').inputValue()).toBe('Kota Bekasi');
    await fillDate(page.getByTestId('field-signingDate'), '2024-08-07');

    const suggestion = signatory.getByTestId('official-suggestion');
    await suggestion.waitFor();
    expect(await suggestion.innerText()).toContain(
      'Menurut daftar pejabat, pada tanggal itu jabatan ini dipegang Pj. Wali Kota Gani Muhamad.',
    );
    await suggestion.getByRole('button', { name: 'Gunakan' }).click();
    expect(await signatory.getByTestId('signatory-name').inputValue()).toBe('Gani Muhamad');
    expect(await signatory.getByTestId('signatory-acting').inputValue()).toBe('Pj. (Penjabat)');
    await suggestion.waitFor({ state: 'detached' });
    expect(await signatory.getByTestId('official-warning').count()).toBe(0);

    // Signed after his term ended: the register says he was no longer in office.
    await fillDate(page.getByTestId('field-signingDate'), '2025-06-02');
    const warning = signatory.getByTestId('official-warning');
    await warning.waitFor();
    expect(await warning.innerText()).toBe(
      'Menurut daftar pejabat, penandatangan tidak menjabat pada tanggal itu',
    );
    await signatory.scrollIntoViewIfNeeded();
    await viewportScreenshot(page, 'officials-signatory-warning');

    // Back inside the term, the warning goes away.
    await fillDate(page.getByTestId('field-signingDate'), '2024-01-15');
    await warning.waitFor({ state: 'detached' });
  });

  it('deletes a term after asking, and the register is empty again', async () => {
    const page = pages.admin;
    await page.goto(`${base()}/admin/pejabat`);
    const row = page.getByTestId('official-row').first();
    await row.getByText('Gani Muhamad', { exact: true }).waitFor();
    await row.getByTestId('official-delete').click();
    const dialog = page.getByRole('dialog');
    await dialog.getByText('Gani Muhamad', { exact: false }).waitFor();
    expect(await dialog.innerText()).toContain('Pj. Wali Kota');
    await dialog.getByTestId('confirm-action').click();
    await page.getByTestId('officials-empty').waitFor();
    expect(await page.getByTestId('officials-total').innerText()).toBe('0 masa jabatan');
    expect(await page.getByTestId('official-row').count()).toBe(0);
  });

  it('keeps the register from users who may not manage it', async () => {
    const page = pages.reviewer;
    expect(await page.getByTestId('nav-officials').count()).toBe(0);
    await page.goto(`${base()}/admin/pejabat`);
    await page.getByTestId('forbidden').waitFor();
    expect(await page.getByTestId('official-create').count()).toBe(0);
    expect(journey?.pageErrors).toEqual([]);
  });
});
