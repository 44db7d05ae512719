/**
 * The agreements of the seed articles (/work/shared/seeds), as records, for tests. Parties, signatories,
 * dates, places and sectors come from the articles; document numbers, validity, the PKS's OPD signatories
 * and its content are invented for the tests (the articles do not give them).
 */
import { agreementInputSchema } from './schema';
import type { AgreementFormValues, AgreementInput } from './schema';
import type { Stage } from './stages';

/** Parses form values into an agreement, overriding the given fields. */
export function agreement(
  values: AgreementFormValues,
  overrides: Partial<AgreementFormValues> = {},
): AgreementInput {
  return agreementInputSchema.parse({ ...values, ...overrides });
}

/** Seed 000: KSB Kota Bekasi and Kota Malang, signed 2024-08-07 by two Pj. Wali Kota; no numbers given. */
export const seed000Ksb: AgreementFormValues = {
  title:
    'Kesepakatan Bersama Pemerintah Kota Bekasi dan Pemerintah Kota Malang tentang Kerja Sama Pelayanan Dasar',
  kind: 'ksdd',
  ksddNature: 'sukarela',
  documentType: 'kesepakatan_bersama',
  parties: [
    { kind: 'region', regionCode: '32.75' },
    { kind: 'region', regionCode: '35.73' },
  ],
  signatories: [
    { partyKey: '32.75', name: 'Gani Muhamad', office: 'wali_kota', actingKind: 'pj' },
    { partyKey: '35.73', name: 'Wahyu Hidayat', office: 'wali_kota', actingKind: 'pj' },
  ],
  signingDate: '2024-08-07',
  signingPlace: 'Aula Balai Kota Malang',
  sectors: [
    'pangan',
    'kesehatan',
    'perdagangan',
    'penelitian_pengembangan_inovasi',
    'pariwisata',
    'pertanian',
  ],
};

export const seed003KsbId = '3f7a1c9e-2b4d-4e8f-9a6b-0c1d2e3f4a5b';

/** Seed 003: KSB Kota Pasuruan and Kabupaten Pasuruan, 2021-12-16. */
export const seed003Ksb: AgreementFormValues = {
  title:
    'Kesepakatan Bersama Pemerintah Kota Pasuruan dan Pemerintah Kabupaten Pasuruan tentang Kerja Sama Daerah',
  kind: 'ksdd',
  ksddNature: 'wajib',
  documentType: 'kesepakatan_bersama',
  parties: [
    { kind: 'region', regionCode: '35.75', documentNumber: '415.4/001/423.011/2021' },
    { kind: 'region', regionCode: '35.14', documentNumber: '415.4/123/424.013/2021' },
  ],
  signatories: [
    { partyKey: '35.75', name: 'Saifullah Yusuf', office: 'wali_kota' },
    { partyKey: '35.14', name: 'Irsyad Yusuf', office: 'bupati' },
  ],
  signingDate: '2021-12-16',
  signingPlace: 'Hotel Horison Kota Pasuruan',
  validFrom: '2021-12-16',
  validUntil: '2026-12-16',
  sectors: ['kesehatan', 'pendidikan', 'pelayanan_publik', 'penanggulangan_bencana', 'koperasi_ukm'],
  purpose: 'Menjalin kemitraan strategis dalam pembangunan daerah dan pelayanan publik yang terintegrasi',
  objectScope: 'Pelayanan kesehatan, pendidikan, penanggulangan bencana, koperasi dan UKM',
  content: { followUp: true },
};

/** Seed 003: the PKS signed the same day under that KSB. */
export const seed003Pks: AgreementFormValues = {
  title:
    'Perjanjian Kerja Sama Pemerintah Kota Pasuruan dan Pemerintah Kabupaten Pasuruan tentang Pelayanan Kesehatan',
  kind: 'ksdd',
  ksddNature: 'wajib',
  documentType: 'perjanjian_kerja_sama',
  parentId: seed003KsbId,
  parties: [
    {
      kind: 'region',
      regionCode: '35.75',
      documentNumber: '445/050/423.011/2021',
      rights: ['Menerima layanan rujukan bagi warga Kota Pasuruan'],
      obligations: ['Membiayai layanan warganya'],
      financing: { source: 'apbd', amount: 250_000_000 },
    },
    {
      kind: 'region',
      regionCode: '35.14',
      documentNumber: '445/210/424.013/2021',
      obligations: ['Menyediakan layanan kesehatan rujukan'],
    },
  ],
  signatories: [
    {
      partyKey: '35.75',
      name: 'Pejabat Contoh Satu',
      office: 'kepala_opd',
      position: 'Kepala Dinas Kesehatan',
      mandate: { number: '180/012/423.011/2021', date: '2021-12-10' },
    },
    {
      partyKey: '35.14',
      name: 'Pejabat Contoh Dua',
      office: 'kepala_opd',
      position: 'Kepala Dinas Kesehatan',
      mandate: { number: '180/077/424.013/2021', date: '2021-12-13' },
    },
  ],
  signingDate: '2021-12-16',
  signingPlace: 'Hotel Horison Kota Pasuruan',
  validFrom: '2021-12-16',
  validUntil: '2024-12-16',
  sectors: ['kesehatan'],
  objectScope: 'Pelayanan kesehatan rujukan lintas wilayah',
  content: { termination: true, forceMajeure: true, disputeSettlement: true, review: true },
};

/** Seed 002: KSB Kota Malang and Kota Jambi, 2026-01-12, signed by two definitif Wali Kota. */
export const seed002Ksb: AgreementFormValues = {
  title:
    'Kesepakatan Bersama Pemerintah Kota Malang dan Pemerintah Kota Jambi tentang Kerja Sama Pembangunan Daerah',
  kind: 'ksdd',
  ksddNature: 'sukarela',
  documentType: 'kesepakatan_bersama',
  parties: [
    { kind: 'region', regionCode: '35.73' },
    { kind: 'region', regionCode: '15.71' },
  ],
  signatories: [
    { partyKey: '35.73', name: 'Wahyu Hidayat', office: 'wali_kota' },
    { partyKey: '15.71', name: 'Maulana', office: 'wali_kota' },
  ],
  signingDate: '2026-01-12',
  signingPlace: 'Ruang Sidang Balai Kota Malang',
  sectors: [
    'pendidikan',
    'kesehatan',
    'pekerjaan_umum_penataan_ruang',
    'pelayanan_publik',
    'keuangan_daerah',
  ],
};

/** An agreement with a stage, for lifecycle tests. */
export function staged(
  values: AgreementFormValues,
  stage: Stage,
  overrides: Partial<AgreementFormValues> = {},
) {
  return { ...agreement(values, overrides), stage };
}
