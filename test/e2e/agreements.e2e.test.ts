import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fillDate, screenshot, skipBrowserTests } from '../support/browser.js';
import {
  apiLogin,
  bekasiAdmin,
  chooseOption,
  chooseRegion,
  chooseSectors,
  chooseSegment,
  confirmAsPartner,
  fillSignatory,
  fixtureFile,
  malangAdmin,
  partyCard,
  save,
  startJourney,
  viewportScreenshot,
  type Journey,
  type TestUser,
} from './agreements-support.js';

/**
 * The acceptance journey of the agreements with the seed articles (Done when of the agreements issue):
 * region administrators enter the KSB of seed 000 (Kota Bekasi + Kota Malang, two acting signatories), the
 * KSB and PKS of seed 003 (Kota and Kabupaten Pasuruan) and the KSB of seed 002 (Kota Malang + Kota Jambi)
 * in the browser; each partner confirms its side; search finds each of them (with a typo, and "kerja sama"
 * against "kerjasama"); and each is followed through its lifecycle: signed copies uploaded in the
 * documents panel, with the lifecycle panel saying what the next step needs; the PKS through the TKKSD
 * review (a reviewer), the DPRD approval once its condition applies, and its signing, to pelaksanaan. The
 * seed-000 and seed-002 KSB, whose articles give no numbers nor validity, wait at their signing until each
 * party's administrator fills in its own number through the edit form (the other party's confirmation is
 * then asked again, and given), then run through pelaksanaan, monitoring & evaluasi and pelaporan; the
 * seed-000 KSB is ended early (diakhiri) with a termination document and a reason.
 */

const users = {
  bekasi: bekasiAdmin,
  malang: malangAdmin,
  kotaPasuruan: {
    email: 'admin@pasuruankota.go.id',
    name: 'Admin Kota Pasuruan',
    regionCode: '35.75',
    role: 'region_admin',
  },
  kabPasuruan: {
    email: 'admin@pasuruankab.go.id',
    name: 'Admin Kabupaten Pasuruan',
    regionCode: '35.14',
    role: 'region_admin',
  },
  jambi: {
    email: 'admin@jambikota.go.id',
    name: 'Admin Kota Jambi',
    regionCode: '15.71',
    role: 'region_admin',
  },
  tkksdPasuruan: {
    email: 'tkksd@pasuruankota.go.id',
    name: 'TKKSD Kota Pasuruan',
    regionCode: '35.75',
    role: 'reviewer',
  },
} as const satisfies Record<string, TestUser>;
type UserKey = keyof typeof users;

const seed000Title =
  'Kesepakatan Bersama Pemerintah Kota Bekasi dan Pemerintah Kota Malang tentang Kerja Sama Pelayanan Dasar';
const seed003KsbTitle =
  'Kesepakatan Bersama Pemerintah Kota Pasuruan dan Pemerintah Kabupaten Pasuruan tentang Kerja Sama Daerah';
const seed003PksTitle =
  'Perjanjian Kerja Sama Pemerintah Kota Pasuruan dan Pemerintah Kabupaten Pasuruan tentang Pelayanan Kesehatan';
const seed002Title =
  'Kesepakatan Bersama Pemerintah Kota Malang dan Pemerintah Kota Jambi tentang Kerja Sama Pembangunan Daerah';
/** Each party's number of the seed-000 and seed-002 KSB, from the signed copy (the articles give none). */
const seed000Numbers = { bekasi: '130/45/KSB/Setda.Kerjasama/2024', malang: '180/12/35.73.401/2024' };
const seed002Numbers = { malang: '180/3/35.73.401/2026', jambi: '100.3.7/05/KSB/Setda/2026' };

describe.skipIf(skipBrowserTests)('agreements in the browser', () => {
  let journey: Journey<UserKey> | undefined;
  const pages = {} as Record<UserKey, Page>;
  const ids: Record<string, string> = {};

  const base = () => {
    if (!journey) throw new Error('the server did not start');
    return journey.server.baseUrl;
  };
  const open = async (page: Page, id: string | undefined) => {
    await page.goto(`${base()}/kerja-sama/${id ?? ''}`);
    await page.getByTestId('agreement-detail').waitFor();
  };

  beforeAll(async () => {
    journey = await startJourney(users);
    Object.assign(pages, journey.pages);
  });

  afterAll(async () => {
    await journey?.close();
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
    await fillDate(page.getByTestId('field-signingDate'), '2024-08-07');
    // Dates read and show the Indonesian way, never the browser's mm/dd/yyyy.
    expect(await page.getByTestId('field-signingDate').inputValue()).toBe('7 Agustus 2024');
    expect(await page.getByTestId('field-validFrom').getAttribute('placeholder')).toBe('hh/bb/tttt');
    expect(await page.locator('input[type="date"]').count()).toBe(0);
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
    // Entered after the fact without choosing a stage: signed on 7 August 2024, so at its signing stage
    // since that day, in the detail and the history; not at persiapan since today.
    await page.locator('[data-testid=agreement-stage][data-stage=ksb]').waitFor();
    expect(await page.getByTestId('agreement-lifecycle').innerText()).toContain('sejak 7 Agustus 2024');
    expect(await page.getByTestId('agreement-timeline').innerText()).toContain('7 Agustus 2024');
    for (const [width, height] of [
      [1366, 900],
      [390, 844],
    ] as const) {
      await page.setViewportSize({ width, height });
      await page.evaluate(() => window.scrollTo(0, 0));
      await screenshot(page, `agreement-000-after-the-fact-${width}`);
    }
    await page.setViewportSize({ width: 1280, height: 900 });
  });

  it('Kota Malang confirms the seed-000 KSB, already at its signing, and uploads the signed copy', async () => {
    const page = pages.malang;
    await confirmAsPartner(page, base(), ids.seed000 ?? '');
    // Leaving the KSB stage needs the signed copy: the panel says so before it is uploaded.
    expect(await nextStep(page, 'pelaksanaan').innerText()).toContain(
      'Unggah dokumen: Naskah yang ditandatangani',
    );
    await uploadDocument(page, 'ksb-signed.pdf', 'Naskah yang ditandatangani', 'KSB yang ditandatangani');

    // The article gives neither the document numbers ("Nomor:" is blank) nor a validity: pelaksanaan
    // stays closed, and the panel lists exactly what is missing.
    const step = nextStep(page, 'pelaksanaan');
    expect(await step.getAttribute('data-allowed')).toBe('false');
    const missing = await step.locator('li').allInnerTexts();
    expect(missing).toEqual([
      'Isi nomor dokumen pihak ini (Kota Bekasi)',
      'Isi nomor dokumen pihak ini (Kota Malang)',
      'Isi awal dan akhir masa berlaku',
    ]);
    await page
      .getByTestId('agreement-timeline')
      .getByText('Dokumen diunggah: KSB yang ditandatangani (versi 1)')
      .waitFor();
    await page.evaluate(() => window.scrollTo(0, 0));
    await screenshot(page, 'agreement-000-detail');
  });

  it('finds the seed-000 KSB by searching "kerjasama Bekasi", with its flags in the row', async () => {
    const page = pages.bekasi;
    const row = await search(page, 'kerjasama Bekasi', [seed000Title]);
    expect(await row.getByTestId('agreement-doctype').innerText()).toBe('KSB');
    expect(await row.getByTestId('agreement-confirmations').innerText()).toBe('dikonfirmasi 2 dari 2 pihak');
    await row.getByTestId('agreement-acting').waitFor();
    expect(await row.innerText()).toContain('7 Agustus 2024');
    expect(await row.getByTestId('agreement-status').getAttribute('data-status')).toBe('ksb');
    for (const [width, height] of [
      [1366, 900],
      [390, 844],
    ] as const) {
      await page.setViewportSize({ width, height });
      await screenshot(page, `agreements-list-000-${width}`);
    }
    await page.setViewportSize({ width: 1280, height: 900 });
    // The CSV link carries the same filters.
    await expect
      .poll(() => page.getByTestId('agreements-csv').getAttribute('href'))
      .toBe('/api/agreements/export.csv?q=kerjasama+Bekasi');
  });

  it('each party of the seed-000 KSB fills in its own number; Kota Bekasi confirms again and it runs to pelaporan', async () => {
    // The signed copy gives each party's number, which the article left blank; these are that copy's
    // (made up for the test, in the form the two Setda use).
    await numberEachSide(
      ids.seed000 ?? '',
      { user: 'bekasi', index: 0, region: 'Kota Bekasi', code: '32.75', number: seed000Numbers.bekasi },
      { user: 'malang', index: 1, region: 'Kota Malang', code: '35.73', number: seed000Numbers.malang },
      ['2024-08-07', '2029-08-06'],
    );
    const bekasi = pages.bekasi;
    await moveTo(bekasi, 'pelaksanaan', 'Naskah KSB bernomor diterima; OPD terkait menindaklanjuti');
    expect(await bekasi.getByTestId('agreement-days-left').innerText()).toMatch(/^berakhir dalam \d+ hari$/);
    // In force: evaluations and reports follow; it cannot end yet, nor be extended without a perpanjangan.
    expect(await nextStep(bekasi, 'monitoring_evaluasi').getAttribute('data-allowed')).toBe('true');
    expect(await nextStep(bekasi, 'pelaporan').getAttribute('data-allowed')).toBe('true');
    expect(await nextStep(bekasi, 'berakhir').locator('li').allInnerTexts()).toEqual([
      'Kerja sama masih berlaku: gunakan pengakhiran lebih awal',
    ]);
    expect(await nextStep(bekasi, 'diperpanjang').locator('li').allInnerTexts()).toEqual([
      'Kaitkan dokumen perpanjangan terlebih dahulu',
    ]);
    await moveTo(bekasi, 'monitoring_evaluasi', 'Evaluasi semester I oleh TKKSD kedua pihak');
    await uploadDocument(bekasi, 'ksb-signed-v2.pdf', 'Hasil evaluasi', 'Hasil evaluasi semester I');
    await moveTo(bekasi, 'pelaporan', 'Laporan kerja sama kepada Gubernur Jawa Barat');
    expect(await nextStep(bekasi, 'pelaksanaan').getAttribute('data-allowed')).toBe('true');
  });

  it('Kota Bekasi ends the seed-000 KSB early: the termination document first, then the reason', async () => {
    const page = pages.bekasi;
    const step = nextStep(page, 'diakhiri');
    expect(await step.getAttribute('data-ready')).toBe('false');
    expect(await step.locator('li').allInnerTexts()).toEqual([
      'Isi alasan pengakhiran kerja sama',
      'Unggah atau kaitkan naskah pengakhiran',
    ]);
    await uploadDocument(
      page,
      'ksb-signed.pdf',
      'Naskah pengakhiran',
      'Naskah pengakhiran KSB Bekasi–Malang',
    );
    // Only the reason is left, and the dialog asks for it: the step can be opened.
    expect(await step.locator('li').allInnerTexts()).toEqual(['Isi alasan pengakhiran kerja sama']);
    expect(await step.getAttribute('data-ready')).toBe('true');
    await step.getByTestId('next-step-move').click();
    const dialog = page.getByRole('dialog');
    const submit = dialog.getByTestId('transition-submit');
    expect(await submit.isDisabled()).toBe(true);
    const reason = 'Diakhiri atas kesepakatan para pihak; kerja sama dilanjutkan melalui PKS per bidang';
    await dialog.getByTestId('transition-reason').fill(reason);
    await viewportScreenshot(page, 'agreement-000-termination');
    await submit.click();
    await page.locator('[data-testid=agreement-stage][data-stage=diakhiri]').waitFor();
    await page.getByTestId('agreement-timeline').getByText(reason, { exact: true }).waitFor();
    expect(await page.getByTestId('next-step').count()).toBe(0);
    await page.getByTestId('agreement-lifecycle').getByText('Tidak ada langkah lanjutan.').waitFor();
    // Ended early, it no longer counts the days to its validity's end.
    expect(await page.getByTestId('agreement-days-left').count()).toBe(0);
    expect(await page.getByTestId('agreement-confirmations').first().innerText()).toBe(
      'dikonfirmasi 2 dari 2 pihak',
    );
    await page.evaluate(() => window.scrollTo(0, 0));
    await screenshot(page, 'agreement-000-final');
  });

  it('enters the seed-003 KSB as Kota Pasuruan; Kabupaten Pasuruan confirms it and it reaches pelaksanaan', async () => {
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
    await fillDate(page.getByTestId('field-signingDate'), '2021-12-16');
    await page.getByTestId('field-signingPlace').fill('Hotel Horison Kota Pasuruan');
    await fillDate(page.getByTestId('field-validFrom'), '2021-12-16');
    await fillDate(page.getByTestId('field-validUntil'), '2026-12-16');
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
    // The source, as the news headline wrote it ("Kerjasama" in one word).
    await page
      .getByTestId('field-notes')
      .fill('Sumber: FaktualNews.co, "Pemkot Pasuruan dan Pemkab Pasuruan Jalin Kerjasama"');
    await page.getByTestId('content-followUp').check();
    // Walked from its first stage below: chosen, since a past signing date would enter it as signed.
    await chooseEntryStage(page, 'Persiapan');
    ids.seed003Ksb = await save(page);
    expect(await page.getByTestId('agreement-acting').count()).toBe(0);
    await page.getByTestId('agreement-parties').getByText('415.4/123/424.013/2021').waitFor();

    const partner = pages.kabPasuruan;
    await confirmAsPartner(partner, base(), ids.seed003Ksb);
    await moveTo(partner, 'penawaran', 'Surat penawaran Wali Kota Pasuruan telah dijawab');
    await moveTo(partner, 'ksb', 'KSB ditandatangani Wali Kota dan Bupati Pasuruan');
    expect(await partner.getByTestId('checklist-summary').innerText()).toBe('Lengkap');
    expect(await nextStep(partner, 'pelaksanaan').getAttribute('data-allowed')).toBe('false');
    await uploadDocument(
      partner,
      'ksb-signed.pdf',
      'Naskah yang ditandatangani',
      'Naskah KSB bertanda tangan',
    );
    await moveTo(partner, 'pelaksanaan', 'KSB berlaku; OPD terkait menindaklanjuti');
    await partner.evaluate(() => window.scrollTo(0, 0));
    await screenshot(partner, 'agreement-detail');
  });

  it('enters the seed-003 PKS and takes it through TKKSD review, DPRD approval and signing to pelaksanaan', async () => {
    const page = pages.kotaPasuruan;
    await open(page, ids.seed003Ksb);
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
    await fillDate(page.getByTestId('field-signingDate'), '2021-12-16');
    await fillDate(page.getByTestId('field-validFrom'), '2021-12-16');
    await fillDate(page.getByTestId('field-validUntil'), '2026-12-16');
    await page.getByTestId('field-objectScope').fill('Pelayanan kesehatan rujukan lintas wilayah');
    // Walked from its first stage below: chosen, since a past signing date would enter it as signed.
    await chooseEntryStage(page, 'Penyusunan PKS');
    ids.seed003Pks = await save(page);
    await page.getByTestId('agreement-family').getByText(seed003KsbTitle).waitFor();
    await confirmAsPartner(pages.kabPasuruan, base(), ids.seed003Pks);

    // Leaving penyusunan_pks needs the draft the TKKSD reviews.
    await open(page, ids.seed003Pks);
    expect(await nextStep(page, 'penandatanganan_pks').getAttribute('data-allowed')).toBe('false');
    expect(await nextStep(page, 'penandatanganan_pks').innerText()).toContain(
      'Unggah dokumen: Rancangan naskah',
    );
    await uploadDocument(page, 'draft.docx', 'Rancangan naskah', 'Rancangan PKS pelayanan kesehatan');
    // Without a DPRD condition the draft goes straight to signing; the DPRD step does not apply.
    expect(await nextStep(page, 'penandatanganan_pks').getAttribute('data-allowed')).toBe('true');
    expect(await nextStep(page, 'persetujuan_dprd').innerText()).toContain(
      'Kerja sama ini tidak memerlukan persetujuan DPRD',
    );

    // The referral costs are not in this year's APBD: the DPRD must approve before signing.
    await page.getByTestId('agreement-edit').click();
    await page.getByTestId('agreement-form').waitFor();
    await page.getByTestId('field-fundingNotInCurrentApbd').check();
    await save(page);
    expect(await nextStep(page, 'persetujuan_dprd').getAttribute('data-allowed')).toBe('true');
    expect(await nextStep(page, 'penandatanganan_pks').innerText()).toContain(
      'Kerja sama ini memerlukan persetujuan DPRD terlebih dahulu',
    );
    // That changed what the parties agreed: Kabupaten Pasuruan's confirmation is asked for again.
    await confirmAsPartner(pages.kabPasuruan, base(), ids.seed003Pks);

    // The TKKSD reviewer completes the review and sends the draft to the DPRD.
    const reviewer = pages.tkksdPasuruan;
    await open(reviewer, ids.seed003Pks);
    expect(await reviewer.getByTestId('agreement-edit').count()).toBe(0);
    await moveTo(reviewer, 'persetujuan_dprd', 'Rancangan PKS telah direviu TKKSD Kota Pasuruan');
    // The DPRD's approval is recorded by the region administrator, not by the reviewer.
    expect(await nextStep(reviewer, 'penandatanganan_pks').innerText()).toContain(
      'Hanya administrator daerah yang dapat melakukan langkah ini.',
    );

    await open(page, ids.seed003Pks);
    expect(await nextStep(page, 'penandatanganan_pks').innerText()).toContain(
      'Unggah dokumen: Persetujuan DPRD',
    );
    await uploadDocument(page, 'ksb-signed-v2.pdf', 'Persetujuan DPRD', 'Persetujuan DPRD Kota Pasuruan');
    await moveTo(page, 'penandatanganan_pks', 'Disetujui DPRD');
    expect(await nextStep(page, 'pelaksanaan').innerText()).toContain(
      'Unggah dokumen: Naskah yang ditandatangani',
    );
    await uploadDocument(page, 'ksb-signed.pdf', 'Naskah yang ditandatangani', 'Naskah PKS bertanda tangan');
    await moveTo(page, 'pelaksanaan', 'PKS ditandatangani; rujukan lintas wilayah berjalan');

    const timeline = page.getByTestId('agreement-timeline');
    for (const text of [
      'Tahap: Persetujuan DPRD',
      'Rancangan PKS telah direviu TKKSD Kota Pasuruan',
      'Dokumen diunggah: Persetujuan DPRD Kota Pasuruan (versi 1)',
      'Tahap: Penandatanganan PKS',
      'Dikonfirmasi oleh Kabupaten Pasuruan',
    ])
      await timeline.getByText(text, { exact: true }).waitFor();
    await timeline.locator('[data-kind=linked]').getByText(seed003KsbTitle).waitFor();
    await page.evaluate(() => window.scrollTo(0, 0));
    await screenshot(page, 'agreement-pks-detail');

    // The KSB lists its PKS, in the family panel and in its timeline.
    await open(pages.kabPasuruan, ids.seed003Ksb);
    await pages.kabPasuruan.getByTestId('agreement-family').getByText(seed003PksTitle).waitFor();
    await pages.kabPasuruan
      .getByTestId('agreement-timeline')
      .locator('[data-kind=linked]')
      .getByText(seed003PksTitle)
      .waitFor();
  });

  it('enters the seed-002 KSB as Kota Malang; Kota Jambi confirms it and takes it to its signing', async () => {
    const page = pages.malang;
    await page.goto(`${base()}/kerja-sama/baru`);
    await page.getByTestId('agreement-form').waitFor();
    await chooseSegment(page.getByTestId('field-ksddNature'), 'Sukarela');
    await page.getByTestId('field-title').fill(seed002Title);
    const [first, second] = [partyCard(page, 0), partyCard(page, 1)];
    await chooseRegion(page, second, 'Kota Jambi');
    await fillSignatory(page, first, 'Wahyu Hidayat');
    await fillSignatory(page, second, 'Maulana');
    await fillDate(page.getByTestId('field-signingDate'), '2026-01-12');
    await page.getByTestId('field-signingPlace').fill('Ruang Sidang Balai Kota Malang');
    await chooseSectors(page, [
      'Pendidikan',
      'Kesehatan',
      'Pekerjaan Umum dan Penataan Ruang',
      'Pelayanan Publik',
      'Keuangan dan Pendapatan Daerah',
    ]);
    await page
      .getByTestId('field-purpose')
      .fill(
        'Pertukaran praktik baik digitalisasi pendataan pajak dan retribusi daerah untuk meningkatkan PAD',
      );
    // Walked from its first stage below: chosen, since a past signing date would enter it as signed.
    await chooseEntryStage(page, 'Persiapan');
    ids.seed002 = await save(page);

    const partner = pages.jambi;
    await confirmAsPartner(partner, base(), ids.seed002);
    await moveTo(partner, 'penawaran', 'Kunjungan kerja Pemkot Jambi ke Kota Malang');
    await moveTo(partner, 'ksb', 'KSB ditandatangani saat kunjungan kerja Pemkot Jambi');
    await uploadDocument(partner, 'ksb-signed.pdf', 'Naskah yang ditandatangani', 'KSB Malang–Jambi');
    const step = nextStep(partner, 'pelaksanaan');
    expect(await step.getAttribute('data-allowed')).toBe('false');
    expect(await step.locator('li').allInnerTexts()).toEqual([
      'Isi nomor dokumen pihak ini (Kota Malang)',
      'Isi nomor dokumen pihak ini (Kota Jambi)',
      'Isi awal dan akhir masa berlaku',
    ]);
  });

  it('Kota Jambi and Kota Malang each fill in their number of the seed-002 KSB; it runs to pelaporan', async () => {
    await numberEachSide(
      ids.seed002 ?? '',
      { user: 'jambi', index: 1, region: 'Kota Jambi', code: '15.71', number: seed002Numbers.jambi },
      { user: 'malang', index: 0, region: 'Kota Malang', code: '35.73', number: seed002Numbers.malang },
      ['2026-01-12', '2031-01-11'],
    );
    const jambi = pages.jambi;
    await moveTo(jambi, 'pelaksanaan', 'KSB bernomor; Bapenda Kota Jambi mempelajari pendataan pajak');
    await moveTo(jambi, 'monitoring_evaluasi', 'Evaluasi pertukaran praktik baik PAD');
    await moveTo(jambi, 'pelaporan', 'Laporan kerja sama kepada Gubernur Jambi');
    await uploadDocument(jambi, 'ksb-signed-v2.pdf', 'Laporan', 'Laporan kerja sama tahun 2026');
    // A report filed, the work goes on: back to pelaksanaan is open, the end is not yet.
    expect(await nextStep(jambi, 'pelaksanaan').getAttribute('data-allowed')).toBe('true');
    expect(await nextStep(jambi, 'berakhir').getAttribute('data-allowed')).toBe('false');
    const parties = jambi.getByTestId('agreement-parties');
    await parties.getByText(`Nomor: ${seed002Numbers.malang}`).waitFor();
    await parties.getByText(`Nomor: ${seed002Numbers.jambi}`).waitFor();
    await jambi.evaluate(() => window.scrollTo(0, 0));
    await screenshot(jambi, 'agreement-002-final');
  });

  it('links the Kota Jambi visit that led to the seed-002 KSB; each record shows the other', async () => {
    // Seed 002: the KSB was signed during Pemkot Jambi's work visit to Kota Malang.
    const visitTitle = 'Kunjungan kerja Pemkot Jambi ke Kota Malang';
    const jambiApi = await apiLogin(base(), users.jambi.email);
    const visit = await jambiApi.send<{ id: string }>('POST', '/api/visits', {
      title: visitTitle,
      kind: 'kunjungan_kerja',
      hostRegionCode: '35.73',
      visitors: [{ regionCode: '15.71', institution: 'pemda' }],
      delegates: [{ name: 'Maulana', post: 'Wali Kota Jambi', regionCode: '15.71' }],
      hosts: [{ name: 'Wahyu Hidayat', post: 'Wali Kota Malang', regionCode: '35.73' }],
      startDate: '2026-01-12',
      endDate: '2026-01-12',
      place: 'Ruang Sidang Balai Kota Malang',
      topics: [{ sector: 'keuangan_daerah', text: 'Digitalisasi pendataan pajak dan retribusi daerah' }],
      purpose: 'Mempelajari digitalisasi pendataan pajak dan retribusi daerah',
      goodPractices: [],
    });
    const page = pages.jambi;
    await page.goto(`${base()}/kunjungan/${visit.id}`);
    const panel = page.getByTestId('linked-records');
    await panel.getByText('Belum ada catatan terkait.').waitFor();
    await panel.getByTestId('linked-records-add').click();
    await panel.getByTestId('linked-records-query').fill('Malang Jambi');
    const result = panel.getByTestId('linked-records-result').filter({ hasText: seed002Title });
    await result.getByTestId('linked-records-link').click();
    await panel.getByTestId('linked-record').filter({ hasText: seed002Title }).waitFor();
    expect(await result.getByTestId('linked-records-link').innerText()).toBe('Sudah tertaut');
    for (const width of [1366, 390]) {
      await page.setViewportSize({ width, height: 900 });
      await panel.scrollIntoViewIfNeeded();
      await screenshot(page, `visit-002-linked-${width}`);
    }
    await page.setViewportSize({ width: 1280, height: 900 });

    // The KSB's page shows the visit it came from, for the other party too.
    await open(pages.malang, ids.seed002);
    const onKsb = pages.malang.getByTestId('linked-records');
    await onKsb.getByTestId('linked-record').filter({ hasText: visitTitle }).waitFor();
    await onKsb.scrollIntoViewIfNeeded();
    await screenshot(pages.malang, 'agreement-002-linked-visit');
  });

  it('finds each seed agreement by search, with a typo and with "kerja sama" for "kerjasama"', async () => {
    // "Kerjasama" is only in the KSB's notes (the headline); the query writes it in two words.
    const ksb = await search(pages.kabPasuruan, 'jalin kerja sama Pasuruan', [seed003KsbTitle]);
    expect(await ksb.getByTestId('agreement-status').getAttribute('data-status')).toBe('pelaksanaan');
    // A typo: "kesehatn" for "kesehatan"; of the two Pasuruan agreements only the PKS mentions referrals.
    await search(pages.kotaPasuruan, 'kesehatn rujukan', [seed003PksTitle]);
    await search(pages.kotaPasuruan, 'kesehatn Pasuruan', [seed003KsbTitle, seed003PksTitle]);
    // A typo in a party's name: of Kota Malang's two agreements, the one with Kota Jambi.
    await search(pages.malang, 'Jambbi', [seed002Title]);
    await search(pages.malang, 'pendataan pajak retribusi', [seed002Title]);
  });

  it('lists both agreements of Kota Malang, and screenshots the list', async () => {
    const page = pages.malang;
    await page.goto(`${base()}/kerja-sama`);
    await page.getByTestId('agreement-row').filter({ hasText: seed002Title }).waitFor();
    await page.getByTestId('agreement-row').filter({ hasText: seed000Title }).waitFor();
    expect(await page.getByTestId('agreement-total').innerText()).toBe('2 kerja sama');
    await screenshot(page, 'agreements-list');
    expect(journey?.pageErrors).toEqual([]);
  });

  /** The lifecycle panel's entry for a next stage. */
  function nextStep(page: Page, stage: string) {
    return page.locator(`[data-testid=next-step][data-stage=${stage}]`);
  }

  type Side = { user: UserKey; index: number; region: string; code: string; number: string };

  /**
   * The signed copy has arrived: the first party's administrator fills in its own number and the
   * validity, which asks the second party to confirm again, and the lifecycle panel still asks for the
   * second party's number; the second party's administrator fills that in, which asks the first party
   * again and leaves nothing missing for pelaksanaan; the first party confirms again.
   */
  async function numberEachSide(id: string, first: Side, second: Side, validity: [string, string]) {
    const [firstPage, secondPage] = [pages[first.user], pages[second.user]];
    await fillOwnSide(firstPage, id, first, '', validity);
    await expectConfirmations(firstPage, { [first.code]: true, [second.code]: false });
    expect(await nextStep(firstPage, 'pelaksanaan').locator('li').allInnerTexts()).toEqual([
      `Isi nomor dokumen pihak ini (${second.region})`,
    ]);
    await fillOwnSide(secondPage, id, second, first.number);
    await expectConfirmations(secondPage, { [first.code]: false, [second.code]: true });
    expect(await nextStep(secondPage, 'pelaksanaan').getAttribute('data-allowed')).toBe('true');
    expect(await nextStep(secondPage, 'pelaksanaan').locator('li').count()).toBe(0);
    await confirmAsPartner(firstPage, base(), id);
  }

  /**
   * As one party's administrator, once the signed copy arrives: opens the edit form, checks that the
   * partner's number is shown as stored (`partnerNumber`, '' for none) and leaves it alone, fills in the
   * own side's number (and the validity when given) and saves.
   */
  async function fillOwnSide(
    page: Page,
    id: string,
    own: { index: number; region: string; number: string },
    partnerNumber: string,
    validity?: [string, string],
  ): Promise<void> {
    await open(page, id);
    await page.getByTestId('agreement-edit').click();
    await page.getByTestId('agreement-form').waitFor();
    const card = partyCard(page, own.index);
    expect(await card.getByTestId('party-region').inputValue()).toBe(own.region);
    const partner = partyCard(page, own.index === 0 ? 1 : 0);
    expect(await partner.getByTestId('party-documentNumber').inputValue()).toBe(partnerNumber);
    await card.getByTestId('party-documentNumber').fill(own.number);
    if (validity) {
      await fillDate(page.getByTestId('field-validFrom'), validity[0]);
      await fillDate(page.getByTestId('field-validUntil'), validity[1]);
    }
    await save(page);
    const parties = page.getByTestId('agreement-parties');
    await parties.getByText(`Nomor: ${own.number}`).waitFor();
    if (partnerNumber) await parties.getByText(`Nomor: ${partnerNumber}`).waitFor();
  }

  /** The open agreement's confirmation count and each party's badge, by region code. */
  async function expectConfirmations(page: Page, confirmed: Record<string, boolean>): Promise<void> {
    const count = Object.values(confirmed).filter(Boolean).length;
    const total = Object.keys(confirmed).length;
    expect(await page.getByTestId('agreement-confirmations').first().innerText()).toBe(
      `dikonfirmasi ${count} dari ${total} pihak`,
    );
    for (const [code, done] of Object.entries(confirmed))
      expect(
        await page
          .locator(`[data-testid=agreement-party][data-key="${code}"]`)
          .getByTestId('party-confirmation')
          .innerText(),
        code,
      ).toBe(done ? 'Dikonfirmasi' : 'Belum dikonfirmasi');
  }

  /** Chooses "Tahap saat dicatat" on the new-agreement form. */
  async function chooseEntryStage(page: Page, label: string): Promise<void> {
    await chooseOption(page, page.getByTestId('field-entryStage'), label);
  }

  /** Moves the open agreement to `stage` through the lifecycle panel's dialog, with a note. */
  async function moveTo(page: Page, stage: string, note: string, shot?: string): Promise<void> {
    const step = nextStep(page, stage);
    await expect.poll(() => step.getAttribute('data-allowed')).toBe('true');
    await step.getByTestId('next-step-move').click();
    const dialog = page.getByRole('dialog');
    await dialog.getByTestId('transition-note').fill(note);
    if (shot) await viewportScreenshot(page, shot);
    await dialog.getByTestId('transition-submit').click();
    await page.locator(`[data-testid=agreement-stage][data-stage=${stage}]`).waitFor();
    await page.getByTestId('agreement-timeline').getByText(note, { exact: true }).waitFor();
  }

  /** Uploads a fixture through the documents panel as a new document of a kind. */
  async function uploadDocument(page: Page, file: string, kindLabel: string, title: string): Promise<void> {
    const panel = page.getByTestId('agreement-documents');
    await panel.getByTestId('document-upload-open').click();
    const form = panel.getByTestId('document-upload-form');
    await form.locator('input[type=file]').setInputFiles(fixtureFile(file));
    await chooseOption(page, form.getByTestId('document-kind'), kindLabel);
    await form.getByTestId('document-title').fill(title);
    await form.getByTestId('document-submit').click();
    await panel.getByTestId('agreement-document').filter({ hasText: title }).waitFor();
    await page.getByTestId('agreement-timeline').getByText(`Dokumen diunggah: ${title} (versi 1)`).waitFor();
  }

  /** Searches the list as the page's user and returns the row of the agreement with `title`. */
  /**
   * Types a query into the list's search box as the page's user, checks that the search it sends finds
   * exactly the agreements with `titles` and that the list shows them, and returns the first one's row.
   */
  async function search(page: Page, query: string, titles: string[]) {
    await page.goto(`${base()}/kerja-sama`);
    await page.getByTestId('agreement-row').first().waitFor();
    const answer = page.waitForResponse((response) => {
      const url = new URL(response.url());
      return url.pathname === '/api/agreements' && url.searchParams.get('q') === query;
    });
    await page.getByTestId('agreement-search').fill(query);
    const found = ((await (await answer).json()) as { items: Array<{ title: string }> }).items;
    expect(found.map((item) => item.title).sort(), `results of "${query}"`).toEqual([...titles].sort());
    const rows = page.getByTestId('agreement-row');
    await expect.poll(() => rows.count()).toBe(titles.length);
    for (const title of titles) await rows.filter({ hasText: title }).waitFor();
    return rows.filter({ hasText: titles[0] ?? '' });
  }
});
