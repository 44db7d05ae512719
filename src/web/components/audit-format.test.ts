import { describe, expect, it } from 'vitest';
import { labelIn } from '../../domain/agreements';
import { isSectorKey, sectorLabel } from '../../domain/taxonomy/sectors';
import type { Translate } from '../i18n/context';
import { formatDateTime } from '../i18n/date-time';
import { translate } from '../i18n/translate';
import { auditNote, fieldLabel, formatAuditValue, hiddenFields, type AuditFormat } from './audit-format';

const t: Translate = (key, params) => translate('id', key, params);

/** The formatters of an Indonesian reader of a region in `regionCode`. */
function formatFor(regionCode: string | null): AuditFormat {
  return {
    t,
    label: (label) => labelIn(label, 'id'),
    sectorLabel: (key) => (isSectorKey(key) ? sectorLabel(key, 'id') : key),
    dateTime: (iso) => formatDateTime(iso, 'id', regionCode),
    date: (iso) => formatDateTime(iso, 'id', regionCode, { time: false }),
    number: (value) => new Intl.NumberFormat('id-ID').format(value),
  };
}
const format = formatFor('35.73');

describe('formatAuditValue', () => {
  it('words a change proposed to the other parties: its kind and the regions it waits for, never keys', () => {
    expect(formatAuditValue(format, 'delete', 'kind')).toBe('Hapus catatan');
    expect(formatAuditValue(format, 'remove_parties', 'kind')).toBe('Keluarkan pihak');
    expect(formatAuditValue(format, ['35.73'], 'requiredRegionCodes')).toBe('Kota Malang');
    expect(fieldLabel(t, 'requiredRegionCodes')).toBe('Menunggu persetujuan');
    expect(fieldLabel(t, 'removeRegionCodes')).toBe('Pihak yang dikeluarkan');
    expect(hiddenFields.has('changeId')).toBe(true);
  });

  it("words a deleted document's versions without a stored key", () => {
    const text = formatAuditValue(
      format,
      {
        kind: 'laporan',
        title: 'Laporan kunjungan kerja',
        versions: [{ version: 1, fileName: 'a.pdf', sha256: 'c414' }],
      },
      'document',
    );
    expect(text).toContain('Versi berkas');
    expect(text).toContain('Sidik berkas (SHA-256): c414');
    expect(text).not.toMatch(/versions|sha256/);
  });

  it('names the status of a follow-up action', () => {
    expect(formatAuditValue(format, 'direncanakan', 'status')).toBe('Direncanakan');
  });

  it('writes amounts in Indonesian and a year as a year', () => {
    expect(
      formatAuditValue(format, [{ year: 2026, budget: 750_000_000, realisation: 300_000_000 }], 'budgets'),
    ).toBe('Tahun: 2026; Anggaran: 750.000.000; Realisasi: 300.000.000');
  });

  it("names an action's OPD and an agreement's OPDs by the names the server sent, not 'data terkait'", () => {
    const health = '0b7d7a4e-5f1c-4c57-9b0e-2f6c1f3a9d10';
    const environment = '7c1e0f2a-3b4d-4e5f-8a9b-0c1d2e3f4a5b';
    const named = {
      ...format,
      referenceNames: { [health]: 'Dinas Kesehatan', [environment]: 'Dinas Lingkungan Hidup' },
    };
    expect(formatAuditValue(named, health, 'opdId')).toBe('Dinas Kesehatan');
    expect(formatAuditValue(named, [health, environment], 'responsibleOpdIds')).toBe(
      'Dinas Kesehatan, Dinas Lingkungan Hidup',
    );
    // An id the server could not name is still not shown raw.
    expect(formatAuditValue(format, health, 'opdId')).toBe('data terkait');
  });

  it('writes flags, lists and empty values as words, not JSON', () => {
    expect(formatAuditValue(format, true)).toBe('Ya');
    expect(formatAuditValue(format, false)).toBe('Tidak');
    expect(formatAuditValue(format, null)).toBe('—');
    expect(formatAuditValue(format, [])).toBe('—');
    expect(formatAuditValue(format, 42)).toBe('42');
  });

  it('writes kinds, stages, natures, roles, sectors and regions as their labels', () => {
    expect(formatAuditValue(format, 'ksdd', 'kind')).toBe('Kerja sama daerah dengan daerah lain');
    expect(formatAuditValue(format, 'persiapan', 'stage')).toBe('Persiapan');
    expect(formatAuditValue(format, 'sukarela', 'ksddNature')).toBe('Sukarela');
    expect(formatAuditValue(format, 'region_admin', 'role')).toBe('Admin daerah (Bagian Kerja Sama)');
    expect(formatAuditValue(format, ['kesehatan', 'pendidikan'], 'sectors')).toBe('Kesehatan, Pendidikan');
    expect(formatAuditValue(format, '35.73', 'regionCode')).toBe('Kota Malang');
  });

  it('writes the values of a work visit and a record link in words (kinds, host, topics, institutions)', () => {
    expect(formatAuditValue(format, 'studi_komparasi', 'kind')).toBe('Studi komparasi');
    expect(formatAuditValue(format, '35.73', 'hostRegionCode')).toBe('Kota Malang');
    expect(
      formatAuditValue(format, [{ text: 'TPA Supit Urang', sector: 'lingkungan_hidup' }], 'topics'),
    ).toBe('Teks: TPA Supit Urang; Sektor: Lingkungan Hidup');
    expect(
      formatAuditValue(
        format,
        [{ regionCode: '32.16', institution: 'dprd', name: 'DPRD Kabupaten Bekasi' }],
        'visitors',
      ),
    ).toBe('Daerah: Kabupaten Bekasi; Lembaga: DPRD; Nama: DPRD Kabupaten Bekasi');
    expect(formatAuditValue(format, 'agreement', 'toType')).toBe('Kerja sama');
  });

  it("writes moments on the reader's regional clock and dates without shifting them", () => {
    expect(formatAuditValue(format, '2025-05-12T07:05:00.000Z', 'disabledAt')).toBe('12 Mei 2025, 14.05 WIB');
    expect(formatAuditValue(formatFor('73.71'), '2025-05-12T07:05:00.000Z')).toBe('12 Mei 2025, 15.05 WITA');
    expect(formatAuditValue(formatFor('91.71'), '2025-05-12T07:05:00.000Z')).toBe('12 Mei 2025, 16.05 WIT');
    expect(formatAuditValue(format, '2024-08-07', 'signingDate')).toBe('7 Agu 2024');
  });

  it('summarises nested records with labels, without their empty parts and ids', () => {
    const parties = [
      {
        kind: 'region',
        role: null,
        rights: [],
        regionCode: '35.75',
        documentNumber: '415.4/001/423.011/2021',
      },
      {
        kind: 'region',
        role: null,
        rights: [],
        regionCode: '35.14',
        documentNumber: '415.4/123/424.013/2021',
      },
    ];
    const text = formatAuditValue(format, parties, 'parties');
    expect(text).toBe(
      'Jenis: Pemerintah daerah; Daerah: Kota Pasuruan; Nomor: 415.4/001/423.011/2021 | Jenis: Pemerintah daerah; Daerah: Kabupaten Pasuruan; Nomor: 415.4/123/424.013/2021',
    );
    const source = {
      sourceId: '7806a1b2-1c2d-4e5f-8a9b-0c1d2e3f4a5b',
      url: 'https://example.go.id/berita',
      title: 'MoU',
    };
    expect(formatAuditValue(format, source)).toBe(
      'Alamat web (URL): https://example.go.id/berita; Judul: MoU',
    );
  });

  it('names known fields and keeps unknown keys as they are', () => {
    expect(fieldLabel(t, 'signingDate')).toBe('Tanggal penandatanganan');
    expect(fieldLabel(t, 'somethingNew')).toBe('somethingNew');
  });
});

describe('auditNote', () => {
  it("words the server's own notes in the reader's language and keeps a person's note", () => {
    expect(auditNote(t, 'Changed: ksddNature, parties')).toBe('Isian yang berubah: Sifat KSDD, Para pihak');
    expect(auditNote(t, '3 session(s) ended')).toBe('3 sesi diakhiri');
    expect(auditNote(t, 'Entered after the fact')).toBe('Dicatat setelah kejadiannya');
    expect(auditNote(t, 'Stage corrected')).toBe('Tahap dikoreksi');
    expect(auditNote(t, 'Sudah dibahas TKKSD')).toBe('Sudah dibahas TKKSD');
    expect(auditNote(t, null)).toBeNull();
  });
});

describe('evaluations in the audit trail', () => {
  it('words the evaluator, the period, the region and the ratings, never raw keys', () => {
    expect(formatAuditValue(format, 'opd_pelaksana', 'evaluatorRole')).toBe('OPD pelaksana');
    expect(formatAuditValue(format, '2026-S2', 'period')).toBe('Semester 2 2026');
    expect(formatAuditValue(format, '35.73', 'evaluatorRegionCode')).toBe('Kota Malang');
    expect(formatAuditValue(format, { manfaat: 4, koordinasi: 5 }, 'ratings')).toBe(
      'Manfaat: 4; Koordinasi: 5',
    );
    expect(fieldLabel(t, 'evaluatorRole')).toBe('Diisi sebagai');
  });
});
