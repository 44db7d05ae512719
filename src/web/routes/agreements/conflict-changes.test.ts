import { describe, expect, it } from 'vitest';
import { labelIn, type Label } from '../../../domain/agreements';
import { sectorLabel } from '../../../domain/taxonomy/sectors';
import type { AgreementDetailDto } from '../../api/agreements';
import type { Translate } from '../../i18n/context';
import { loadDictionary, translate, type Lang } from '../../i18n/translate';
import { describeChanges, fieldLabel, type ChangeFormatters } from './conflict-changes';

// English is loaded on demand in the app; these tests word changes in both languages.
await loadDictionary('en');

function formatters(lang: Lang): ChangeFormatters {
  const t: Translate = (key, params) => translate(lang, key, params);
  return {
    t,
    label: (label: Label) => labelIn(label, lang),
    sectorLabel: (key) => sectorLabel(key as Parameters<typeof sectorLabel>[0], lang),
    formatDate: (iso) => `date:${iso}`,
  };
}

/** Only what describeChanges reads of the current record. */
const current = {
  parent: { id: '3f7a1c9e-2b4d-4e8f-9a6b-0c1d2e3f4a5b', title: 'KSB Kota dan Kabupaten Pasuruan' },
  parties: [{ organizationId: null, regionCode: '35.75', name: 'Kota Pasuruan' }],
} as unknown as AgreementDetailDto;

describe('describeChanges', () => {
  it('labels fields in Indonesian and English and writes values as words', () => {
    const changes = [
      { field: 'title', from: 'KSB lama', to: 'KSB baru' },
      { field: 'validUntil', from: null, to: '2026-12-16' },
      { field: 'sectors', from: ['kesehatan'], to: ['kesehatan', 'pendidikan'] },
      { field: 'fundingNotInCurrentApbd', from: false, to: true },
      { field: 'stage', from: 'penyusunan_pks', to: 'persetujuan_dprd' },
    ];
    expect(describeChanges(changes, current, formatters('id'))).toEqual([
      { field: 'title', label: 'Judul', from: 'KSB lama', to: 'KSB baru' },
      { field: 'validUntil', label: 'Berlaku sampai', from: 'Tidak diisi', to: 'date:2026-12-16' },
      { field: 'sectors', label: 'Sektor', from: 'Kesehatan', to: 'Kesehatan, Pendidikan' },
      {
        field: 'fundingNotInCurrentApbd',
        label: 'Pendanaan di luar APBD tahun berjalan',
        from: 'Tidak',
        to: 'Ya',
      },
      { field: 'stage', label: 'Tahap', from: 'Penyusunan PKS', to: 'Persetujuan DPRD' },
    ]);
    const english = describeChanges(changes, current, formatters('en'));
    expect(english.map((change) => change.label)).toEqual([
      'Title',
      'Valid until',
      'Sectors',
      'Funding outside the current APBD',
      'Stage',
    ]);
    expect(english[1]?.from).toBe('Not given');
    expect(english[3]?.to).toBe('Yes');
  });

  it('names parties and signatories instead of printing codes and JSON', () => {
    const [parties, signatories, parent, confirmed] = describeChanges(
      [
        {
          field: 'parties',
          from: [
            { kind: 'region', regionCode: '35.75', documentNumber: null },
            { kind: 'region', regionCode: '35.14', documentNumber: null },
          ],
          to: [
            { kind: 'region', regionCode: '35.75', documentNumber: '445/050/423.011/2021' },
            { kind: 'region', regionCode: '35.14', documentNumber: null },
          ],
        },
        {
          field: 'signatories',
          from: [{ name: 'Gani Muhamad', office: 'wali_kota', actingKind: 'definitif' }],
          to: [{ name: 'Gani Muhamad', office: 'wali_kota', actingKind: 'pj' }],
        },
        { field: 'parentId', from: null, to: '3f7a1c9e-2b4d-4e8f-9a6b-0c1d2e3f4a5b' },
        { field: 'confirmedParties', from: ['35.75', '35.14'], to: ['35.14'] },
      ],
      current,
      formatters('id'),
    );
    expect(parties).toEqual({
      field: 'parties',
      label: 'Para pihak',
      from: 'Kota Pasuruan; Kabupaten Pasuruan',
      to: 'Kota Pasuruan (Nomor 445/050/423.011/2021); Kabupaten Pasuruan',
    });
    expect(signatories?.from).toBe('Gani Muhamad (Wali Kota)');
    expect(signatories?.to).toBe('Gani Muhamad (Pj. Wali Kota)');
    expect(parent?.to).toBe('KSB Kota dan Kabupaten Pasuruan');
    expect(confirmed).toMatchObject({
      label: 'Pihak yang telah mengonfirmasi',
      from: 'Kota Pasuruan, Kabupaten Pasuruan',
      to: 'Kabupaten Pasuruan',
    });
  });

  it('says that details changed when the summary reads the same, and keeps unknown fields by name', () => {
    const [rights, unknown] = describeChanges(
      [
        {
          field: 'parties',
          from: [{ kind: 'region', regionCode: '35.75', rights: [] }],
          to: [{ kind: 'region', regionCode: '35.75', rights: ['Menerima rujukan'] }],
        },
        { field: 'somethingNew', from: 'a', to: { nested: 'b' } },
      ],
      current,
      formatters('id'),
    );
    expect(rights?.to).toBe('Kota Pasuruan (rinciannya berubah)');
    expect(unknown).toMatchObject({ label: 'somethingNew', from: 'a' });
    expect(unknown?.to).not.toContain('{');
    expect(fieldLabel(formatters('id').t, 'stageDate')).toBe('Tanggal tahap');
  });
});
