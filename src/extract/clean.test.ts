import { describe, expect, it } from 'vitest';
import { cleanArticle, htmlToText } from './clean';
import { splitSentences } from './sentences';

describe('cleanArticle on plain text', () => {
  it('drops page furniture lines', () => {
    const raw = [
      'Skip to content',
      'Home | Berita | Daerah | Politik',
      'Judul Kerja Sama Dua Daerah Bertetangga',
      'Advertorial     Dibaca : 825 kali Penulis:',
      'Pemkot A dan Pemkab B menandatangani kesepakatan bersama.',
      'Baca juga: Pemkab C raih penghargaan',
      'Bagikan',
      'Kalimat penutup artikel yang cukup panjang untuk dianggap isi berita oleh pembersih.',
      'Editor',
      'Sutono Abdillah',
      'Leave a Comment',
      'Your email address will not be published.',
      'Alamat',
      'Jl. Jendral Ahmad Yani No. 1',
      'email : info@contoh.go.id',
      '© 2024 Contoh',
    ].join('\n');
    const { text, title } = cleanArticle(raw, false);
    expect(title).toBe('Judul Kerja Sama Dua Daerah Bertetangga');
    expect(text).toContain('menandatangani kesepakatan bersama');
    for (const furniture of [
      'Skip to content',
      'Baca juga',
      'Dibaca',
      'Bagikan',
      'Sutono',
      'Leave a Comment',
      'email',
      'Alamat',
      '©',
      'Home |',
    ]) {
      expect(text).not.toContain(furniture);
    }
  });

  it('joins a sentence broken after a comma', () => {
    const { text } = cleanArticle(
      'ditandatangani oleh Pj. Wali Kota Bekasi,\n\nGani Muhamad bersama rekannya.',
      false,
    );
    expect(text).toBe('ditandatangani oleh Pj. Wali Kota Bekasi, Gani Muhamad bersama rekannya.');
  });

  it('bounds the analysed text of a huge input', () => {
    const { text, truncated } = cleanArticle(
      'Pemkot Malang menandatangani kesepakatan. '.repeat(200_000),
      false,
    );
    expect(truncated).toBe(true);
    expect(text.length).toBeLessThanOrEqual(64_000);
  });
});

describe('htmlToText', () => {
  it('keeps the article body and drops navigation, scripts and comments', () => {
    const html = `<html><head><title>T</title><script>var x = "Pemkab Bogor";</script></head><body>
      <nav><a>Beranda</a><a>Pemkot Depok</a></nav>
      <article><h1>Dua Daerah Teken Kesepakatan</h1>
      <p>Pemerintah Kota Bogor dan Pemerintah Kabupaten Bogor menandatangani kesepakatan bersama tentang angkutan umum di Balai Kota Bogor, Selasa (20/2/2024). Kesepakatan ini menjadi dasar kerja sama lanjutan.</p>
      <p>Wali Kota Bogor menyebut kerja sama ini penting bagi warga kedua daerah yang setiap hari melintasi batas wilayah untuk bekerja dan bersekolah.</p></article>
      <section class="comments"><p>Leave a Comment</p></section></body></html>`;
    const { title, text } = htmlToText(html);
    expect(title).toBe('Dua Daerah Teken Kesepakatan');
    expect(text).toContain('Pemerintah Kota Bogor dan Pemerintah Kabupaten Bogor');
    expect(text).not.toContain('var x');
    expect(text).not.toContain('Pemkot Depok');
  });

  it('survives broken markup', () => {
    expect(() => htmlToText('<div><p>unclosed <b>tags <<<>>> </div></span>')).not.toThrow();
  });
});

describe('splitSentences', () => {
  it('does not split after titles, initials and address numbers', () => {
    const sentences = splitSentences(
      'Pj. Wali Kota Bekasi H.M. Gani hadir di Jl. Merdeka No. 8-9. Acara berlangsung lancar.',
    );
    expect(sentences.map((sentence) => sentence.text)).toEqual([
      'Pj. Wali Kota Bekasi H.M. Gani hadir di Jl. Merdeka No. 8-9.',
      'Acara berlangsung lancar.',
    ]);
  });

  it('gives offsets that slice back to the sentence', () => {
    const text = 'Satu kalimat. Dua kalimat!\nTiga "kalimat." Empat.';
    for (const sentence of splitSentences(text))
      expect(text.slice(sentence.start, sentence.end)).toBe(sentence.text);
  });
});
