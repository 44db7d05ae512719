import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractArticle } from './extract';

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
