import { describe, expect, it } from 'vitest';
import { datesBeforeEvent, inSpans, normaliseInput, readsAsIndonesian, urlDate } from './context';
import { contextOf } from './test-support';

describe('article context', () => {
  it('holds the sentences, the region mentions and the witness clauses of the text', () => {
    const context = contextOf(
      'Pemkot Bekasi dan Pemkab Bekasi menandatangani kesepakatan bersama. Penandatanganan disaksikan Gubernur Jawa Barat.',
    );
    expect(context.sentences).toHaveLength(2);
    expect(context.hasCooperation).toBe(true);
    const codes = context.mentions.map((mention) => mention.region?.code);
    expect(codes).toEqual(expect.arrayContaining(['32.75', '32.16', '32']));
    const governor = context.mentions.find((mention) => mention.region?.code === '32');
    expect(governor && inSpans(context.witnesses, governor.start)).toBe(true);
    const city = context.mentions.find((mention) => mention.region?.code === '32.75');
    expect(city && inSpans(context.witnesses, city.start)).toBe(false);
  });

  it('ends a companion clause where the sentence goes on to its main verb', () => {
    const context = contextOf(
      'Bupati Lembata Eliaser yang didampingi anggota DPRD Kabupaten Lembata, diterima oleh Wakil Bupati Badung, I Ketut Suiasa, dalam kunjungan kerja.',
    );
    const companion = context.text.indexOf('DPRD Kabupaten Lembata');
    const host = context.text.indexOf('Wakil Bupati Badung');
    expect(inSpans(context.witnesses, companion)).toBe(true);
    expect(inSpans(context.witnesses, host)).toBe(false);
  });

  it('reads "Pemkab setempat" as the kabupaten the headline names', () => {
    const context = contextOf(
      'Pemprov Sulsel Gandeng Gowa Bangun Jalan\n\nPemerintah Provinsi Sulsel dan Pemkab setempat menandatangani perjanjian kerja sama.',
    );
    const local = context.mentions.find((mention) =>
      /setempat/.test(context.text.slice(mention.start, mention.end)),
    );
    expect(local?.region?.code).toBe('73.06');
  });

  it('adds evidence with the sentence it came from, confidence rounded', () => {
    const context = contextOf('Bupati Gowa bertemu Wali Kota Makassar. Keduanya sepakat bekerja sama.');
    const at = context.text.indexOf('Keduanya');
    context.addEvidence('interRegional', true, at, at + 8, 0.8549);
    expect(context.evidence.interRegional?.[0]).toMatchObject({
      sentence: 'Keduanya sepakat bekerja sama.',
      confidence: 0.85,
    });
  });

  it('tells a sentence dated before the event, Indonesian from English, and a date in a URL', () => {
    expect(datesBeforeEvent('Kerja sama itu diteken 2020 oleh kedua daerah.', 2024)).toBe(true);
    expect(datesBeforeEvent('Kerja sama itu diteken 2024 oleh kedua daerah.', 2024)).toBe(false);
    expect(datesBeforeEvent('Kerja sama itu diteken 2020.', null)).toBe(false);
    expect(
      readsAsIndonesian('Pemerintah kota dan kabupaten menandatangani kerja sama untuk air bersih.'),
    ).toBe(true);
    expect(
      readsAsIndonesian('The city and the regency signed an agreement on clean water for the region.'),
    ).toBe(false);
    expect(urlDate('https://x.go.id/2022/07/29/berita')).toEqual({ day: '2022-07-29', month: '2022-07-15' });
    expect(normaliseInput({ text: '<p>x</p>', url: 'https://x.id/2019/01/y' })).toEqual({
      text: '<p>x</p>',
      html: true,
      publishedAt: undefined,
      yearHint: '2019-01-15',
    });
  });
});
