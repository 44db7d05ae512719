import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractArticle } from './extract';
import { findHeadsGathering } from './gathering';

const seed = (name: string) =>
  fs.readFileSync(path.join(__dirname, '../../test/fixtures/seeds', `${name}.txt`), 'utf8');

describe('visits and meetings in articles', () => {
  it('reads seed 004: a studi komparasi received by Kota Malang, the DPRD along, three topics', () => {
    const result = extractArticle(seed('004_1045ef01751a5df8'));
    expect(result.visitKind).toBe('studi_komparasi');
    expect(result.hostCode).toBe('35.73');
    expect(result.institutions).toEqual([
      { kind: 'dprd', regionCode: '32.16', name: 'DPRD Kabupaten Bekasi' },
    ]);
    expect(result.topics).toEqual([
      { text: 'pengelolaan pajak', sector: 'keuangan_daerah' },
      { text: 'Malang Creative Center (MCC)', sector: 'ekonomi_kreatif' },
      { text: 'pengelolaan sampah di TPA Supit Urang', sector: 'lingkungan_hidup' },
    ]);
    expect(result.evidence.hostCode?.[0]?.sentence).toContain('menerima kunjungan kerja');
  });

  it('reads seed 001: an audience at DKI Jakarta, about DKI-funded projects for Kota Bekasi', () => {
    const result = extractArticle(seed('001_e80a06404613e12e'));
    expect(result.hostCode).toBe('31');
    expect(result.funding).toEqual({ funderCode: '31', recipientCode: '32.75' });
    expect(result.topics.map((topic) => topic.text)).toEqual([
      'lingkungan hidup',
      'PUPR',
      'Kesehatan',
      'pendidikan',
      'catatan sipil',
    ]);
    expect(result.visitKind).toBeNull();
  });

  it('leaves signings without a host, topics or funding', () => {
    const result = extractArticle(seed('002_5289a69390a967f8'));
    expect([result.hostCode, result.visitKind, result.funding]).toEqual([null, null, null]);
    expect(result.topics).toEqual([]);
  });

  it('finds the host a delegation went to, and a study named in the text', () => {
    const result = extractArticle(
      'Pemerintah Kabupaten Sleman melakukan studi banding ke Kota Surabaya, Senin (3/2/2025). Bupati Sleman ' +
        'Kustini Sri Purnomo bersama rombongan belajar tentang pengelolaan sampah dan ruang terbuka hijau. ' +
        'Wali Kota Surabaya Eri Cahyadi menyambut baik kunjungan tersebut.',
    );
    expect(result.eventType).toBe('visit');
    expect(result.visitKind).toBe('studi_banding');
    expect(result.hostCode).toBe('35.78');
    expect(result.topics.map((topic) => topic.text)).toEqual(['pengelolaan sampah', 'ruang terbuka hijau']);
  });
});

describe('a gathering of the heads of several kabupaten and kota', () => {
  const found = (text: string) => findHeadsGathering(text) !== null;

  it('is read from "se-<province>" and from a count of heads (real sentences)', () => {
    expect(found('Pj Gubernur memimpin rakor bersama para bupati dan wali kota se-Sultra di Kendari')).toBe(
      true,
    );
    expect(found('Rapat Koordinasi Kepala Daerah Se Kalsel Tahun 2019')).toBe(true);
    expect(found('pertemuan bersama seluruh Bupati, Wakil Bupati, dan Ketua DPRD Kabupaten se-Sulbar')).toBe(
      true,
    );
    expect(found('Rapat kerja Gubernur Papua Tengah dengan delapan bupati di Mulia')).toBe(true);
    expect(found('dihadiri Bupati/Walikota se-Provinsi Riau')).toBe(true);
  });

  it('is not read from heads of the whole country, a region of APEKSI, or heads in general', () => {
    expect(found('Presiden memberi arahan kepada 380 kepala daerah se-Indonesia')).toBe(false);
    expect(found('pertemuan kepala daerah se-Regional Kalimantan')).toBe(false);
    expect(found('Presiden meminta seluruh kepala daerah menjaga inflasi')).toBe(false);
    expect(found('Bupati Malang menerima kunjungan')).toBe(false);
  });

  it('makes an article that names one province inter-regional', () => {
    const result = extractArticle({
      text:
        'Gubernur Sulawesi Barat Pimpin Rakor dengan Bupati se-Sulbar\n' +
        'MAMUJU - Gubernur Sulawesi Barat Suhardi Duka memimpin rapat koordinasi bersama seluruh Bupati ' +
        'dan Ketua DPRD Kabupaten se-Sulbar di Kantor Gubernur Sulbar, Kamis (24/4/2025). Rakor membahas ' +
        'bantuan keuangan Rp50 miliar per kabupaten untuk mendukung kerja sama pembangunan jalan.',
    });
    expect(result.parties.map((party) => party.code)).toEqual(['76']);
    expect(result.interRegional).toBe(true);
  });
});
