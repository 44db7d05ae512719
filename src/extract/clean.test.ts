import { describe, expect, it } from 'vitest';
import { cleanArticle, flattenDeepNesting, htmlToText, maxHtmlDepth } from './clean';
import { splitSentences } from './sentences';

describe('cleanArticle on plain text', () => {
  it('does not take hard-wrapped body lines for headings', () => {
    const text =
      'Wali Kota Blitar Kunjungi Sleman\nSLEMAN – Bupati Sleman Harda Kiswaya menerima Wali Kota Blitar Syauqul Muhibbin\ndi Pendopo Parasamya, Senin (3/3/2025).';
    const cleaned = cleanArticle(text, false);
    const headings = cleaned.headingSpans.map(([start, end]) => cleaned.text.slice(start, end));
    expect(headings).toEqual(['Wali Kota Blitar Kunjungi Sleman']);
  });

  it('skips a line of menu items that ran together and takes the headline after it', () => {
    const cleaned = cleanArticle(
      'BeritaDAERAH EKONOMIPOLITIK\nBupati Sleman Terima Kunjungan Wali Kota Blitar\nSLEMAN - Bupati Sleman menerima kunjungan kerja.',
      false,
    );
    expect(cleaned.title).toBe('Bupati Sleman Terima Kunjungan Wali Kota Blitar');
  });

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

describe('htmlToText on news page furniture', () => {
  const page = (article: string, head = ''): string =>
    `<!doctype html><html><head><title>T</title>${head}</head><body>
      <header><nav><a>Jabar</a><a>Jatim</a></nav></header>
      <div class="read__header"><h1>Dua Daerah Teken Perjanjian</h1><div class="read__time">Kompas.com - 21/11/2025, 09:12 WIB</div></div>
      <article>${article}</article>
      <aside><h3>Terpopuler</h3><ul><li>Bupati Garut Mutasi Pejabat <span class="date">20 November 2025</span></li></ul></aside>
      <footer>Jl. Riau No. 19, Kota Bandung</footer></body></html>`;
  const body = [
    '<p>Pemerintah Kota Sukabumi dan Pemerintah Kabupaten Sukabumi menandatangani perjanjian kerja sama pengelolaan sampah di Balai Kota Sukabumi, Kamis (20/11). Perjanjian ini berlaku tiga tahun.</p>',
    '<p>Wali Kota Sukabumi Ayep Zaki menyebut volume sampah yang masuk ke tempat pemrosesan akhir mencapai 180 ton per hari dan terus bertambah setiap tahun.</p>',
  ];

  it('drops embedded posts, advertisement slots and follow-us lines', () => {
    const { text } = htmlToText(
      page(
        [
          body[0],
          '<div class="ads-inarticle" id="div-gpt-ad-1">ADVERTISEMENT</div>',
          '<blockquote class="twitter-tweet"><p>Terima kasih Pak Gubernur</p>&mdash; Pemkab Garut (@pemkabgarut) September 16, 2025</blockquote>',
          '<div class="instagram-media">Lihat postingan ini di Instagram. Kiriman Pemkab Banyuwangi</div>',
          body[1],
          '<p>Advertisement</p>',
          '<p>Simak breaking news dan berita pilihan kami langsung di ponselmu. Pilih saluran andalanmu akses berita WhatsApp Channel.</p>',
        ].join(''),
      ),
    );
    const cleaned = cleanArticle(text, false).text;
    expect(cleaned).toContain('180 ton per hari');
    for (const furniture of ['ADVERTISEMENT', 'Advertisement', 'Pemkab Garut', 'Banyuwangi', 'WhatsApp'])
      expect(cleaned).not.toContain(furniture);
  });

  it('puts the visible dateline back above the body, never a sidebar date', () => {
    const { text } = cleanArticle(page(body.join('')), true);
    expect(text.split('\n')[0]).toBe('Kompas.com - 21/11/2025, 09:12 WIB');
    expect(text).not.toContain('20 November 2025');
  });

  it('drops photo captions, which list witnesses beside the signatories', () => {
    const caption =
      '<figure><img src="a.jpg"><figcaption>Gubernur Bali Wayan Koster (tengah) bersama Wali Kota Denpasar dan Bupati Badung usai penandatanganan, Jumat (12/12/2025).</figcaption></figure>';
    const boxCaption =
      '<div class="imgbox"><img src="b.jpg"><div class="arial">Wakil Bupati Banyuwangi Mujiono turut hadir.</div></div>';
    const { text } = cleanArticle(
      page(caption + boxCaption + body.join('').replace('Kamis (20/11)', 'Kamis (20/11/2025)')),
      true,
    );
    expect(text).toContain('Kamis (20/11/2025)');
    expect(text).not.toContain('Wayan Koster');
    expect(text).not.toContain('Mujiono');
  });

  it('keeps a dated caption after the body when the body gives no full date', () => {
    const caption =
      '<figure><img src="a.jpg"><figcaption>Bupati Garut (kiri) dan Gubernur Jawa Barat usai audiensi di Gedung Pakuan, Bandung, Selasa (16/9/2025).</figcaption></figure>';
    const { text } = cleanArticle(page(caption + body.join('')), true);
    const lines = text.split('\n');
    expect(lines[lines.length - 1]).toContain('Selasa (16/9/2025)');
    expect(lines[1]).toContain('menandatangani perjanjian kerja sama');
  });

  it('reads the publication date from the meta tags, else from JSON-LD', () => {
    const meta = '<meta property="article:published_time" content="2025-11-21T09:12:00+07:00">';
    const jsonLd =
      '<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2025-09-17T06:20:41+07:00"}</script>';
    expect(cleanArticle(page(body.join(''), meta + jsonLd), true).publishedAt).toBe('2025-11-21');
    expect(cleanArticle(page(body.join(''), jsonLd), true).publishedAt).toBe('2025-09-17');
    expect(cleanArticle(page(body.join('')), true).publishedAt).toBeNull();
    expect(cleanArticle(body.join('\n'), false).publishedAt).toBeNull();
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

  it('does not split after a rank before a name ("Capt.", "Kombes.", "Pdt.")', () => {
    // Blind round 15: "Walikota Tidore Kepulauan Capt. Ali Ibrahim, melakukan kunjungan kerja ke ...".
    const sentences = splitSentences(
      'Walikota Tidore Kepulauan Capt. Ali Ibrahim, melakukan kunjungan kerja ke Kabupaten Halmahera Tengah. Pdt. Yohanes berdoa.',
    );
    expect(sentences.map((sentence) => sentence.text)).toEqual([
      'Walikota Tidore Kepulauan Capt. Ali Ibrahim, melakukan kunjungan kerja ke Kabupaten Halmahera Tengah.',
      'Pdt. Yohanes berdoa.',
    ]);
  });

  it('gives offsets that slice back to the sentence', () => {
    const text = 'Satu kalimat. Dua kalimat!\nTiga "kalimat." Empat.';
    for (const sentence of splitSentences(text))
      expect(text.slice(sentence.start, sentence.end)).toBe(sentence.text);
  });
});

describe('flattenDeepNesting', () => {
  const depthOf = (html: string) => {
    let depth = 0;
    let max = 0;
    for (const [, closing] of html.matchAll(/<(\/?)div\b[^>]*>/g)) {
      depth += closing ? -1 : 1;
      max = Math.max(max, depth);
    }
    return max;
  };

  it('leaves markup within the limit as it is', () => {
    const html = '<div><section><p>Satu<p>Dua<br><img src="x"></section></div>';
    expect(flattenDeepNesting(html, 3)).toBe(html);
  });

  it('unwraps elements past the limit, keeping their text and the words apart', () => {
    const html = `${'<div>'.repeat(10)}Pemkot${'</div><div>'.repeat(3)}Malang${'</div>'.repeat(10)}<p>Akhir</p>`;
    const flat = flattenDeepNesting(html, 4);
    expect(depthOf(flat)).toBe(4);
    expect(
      flat
        .replace(/<[^>]*>/g, '')
        .replace(/\s+/g, ' ')
        .trim(),
    ).toBe('Pemkot Malang Akhir');
    expect(flat).toContain('<p>Akhir</p>');
  });

  it('brings 150,000 nested elements down to the limit, and the article text survives', () => {
    const sentence =
      'Pemkot Malang dan Pemkab Pasuruan menandatangani kesepakatan bersama pengelolaan sampah.';
    const html = `<html><body>${'<div>'.repeat(150_000)}<p>${sentence}</p></body></html>`;
    const flat = flattenDeepNesting(html, maxHtmlDepth);
    // <html> and <body> take two of the levels.
    expect(depthOf(flat)).toBe(maxHtmlDepth - 2);
    expect(flat.length).toBeLessThan(maxHtmlDepth * 6 + 500);
    expect(htmlToText(html).text).toContain(sentence);
  });
});
