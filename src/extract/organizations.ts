/**
 * Third parties (pihak ketiga) named in an article: universities, prosecutors' offices, police, courts,
 * ministries, agencies, companies, banks. A pemda signing with one of them takes part in a KSDPK, not
 * in an inter-regional cooperation; they are reported apart from the parties.
 */
import { lookupAlias, normalizeRegionText } from '../domain/regions';
import type { Finding } from './event';
import { sentenceAt } from './sentences';
import type { Sentence } from './sentences';
import type { OrganizationKind } from './types';

const heads: ReadonlyArray<[RegExp, OrganizationKind]> = [
  [/^(Universitas|Institut|Politeknik|Sekolah\s+Tinggi|Akademi|Perguruan\s+Tinggi)$/, 'university'],
  [/^(Kejaksaan\s+(?:Negeri|Tinggi|Agung)|Kejari|Kejati)$/, 'prosecutor'],
  [/^(Kepolisian(?:\s+(?:Resor|Daerah|Negara))?|Polres(?:ta)?|Polda|Polresta|Polsek)$/, 'police'],
  [/^(Kodim|Korem|Kodam|Lanud|Lantamal|Komando\s+Distrik\s+Militer)$/, 'military'],
  [/^(Pengadilan\s+(?:Negeri|Agama|Tinggi|Tata\s+Usaha\s+Negara)|Mahkamah)$/, 'court'],
  [/^(Kementerian|Kemenkeu|Kemendagri|Kemenkes|Kemendikbud|Kementrian)$/, 'ministry'],
  [
    /^(Badan\s+Pertanahan\s+Nasional|Kantor\s+Pertanahan|Badan\s+Pusat\s+Statistik|BPJS|Ombudsman|Badan\s+Pemeriksa\s+Keuangan|BPKP|Balai\s+Besar|Badan\s+Nasional|Otoritas\s+Jasa\s+Keuangan|KPK|Komisi\s+Pemberantasan\s+Korupsi|Perum|Perumda|PDAM|BUMD)$/,
    'agency',
  ],
  [/^(Bank)$/, 'bank'],
  [/^(PT\.?|CV\.?)$/, 'company'],
  [/^(Yayasan|Lembaga|Asosiasi|Perkumpulan)$/, 'other'],
];

const headPattern =
  /(?<![\p{L}])(Universitas|Institut|Politeknik|Sekolah\s+Tinggi|Akademi|Kejaksaan\s+(?:Negeri|Tinggi|Agung)|Kejari|Kejati|Kepolisian(?:\s+(?:Resor|Daerah|Negara))?|Polres(?:ta)?|Polda|Polsek|Kodim|Korem|Kodam|Lanud|Pengadilan\s+(?:Negeri|Agama|Tinggi)|Kementerian|Kementrian|Badan\s+Pertanahan\s+Nasional|Kantor\s+Pertanahan|Badan\s+Pusat\s+Statistik|BPJS|Ombudsman|Badan\s+Pemeriksa\s+Keuangan|BPKP|Otoritas\s+Jasa\s+Keuangan|Perumda|Perum|PDAM|Bank|PT\.?|Yayasan)(?![\p{L}])/gu;

const headAtStart = new RegExp(`^(?:${headPattern.source})`, 'u');

/** Words that continue an organisation's name: capitalised words, "dan", acronyms, numbers. */
const continuation = /^(?:\s+(?:[\p{Lu}][\p{L}\d'’.-]*|dan(?=\s+\p{Lu})|\d+|\(\p{Lu}+\)))/u;

/** Sentences that involve the organisation in the cooperation rather than mention it in passing. */
const involvement =
  /\b(kerja\s?sama|kesepakatan|perjanjian|mou|nota|menandatangani|ditandatangani|penandatanganan|menggandeng|bermitra|kemitraan|kunjungan|audiensi)\b/i;

/**
 * Organisations involved in the cooperation, each once, in order of first mention.
 * Names end before a sentence-level word ("Universitas Brawijaya dalam ..." -> "Universitas Brawijaya").
 */
export function findOrganizations(
  text: string,
  sentences: readonly Sentence[],
  skip: (at: number) => boolean,
): Array<Finding<{ name: string; kind: OrganizationKind }>> {
  const found: Array<Finding<{ name: string; kind: OrganizationKind }>> = [];
  const seen = new Set<string>();
  for (const match of text.matchAll(headPattern)) {
    const start = match.index;
    if (skip(start)) continue;
    const head = match[1] ?? match[0];
    let end = start + match[0].length;
    let words = 0;
    while (words < 8) {
      const next = continuation.exec(text.slice(end, end + 60));
      if (!next) break;
      const word = next[0].trim();
      // Honorifics start a person's name; another head word after "dan" starts another organisation.
      if (/^(Prof|Dr|Drs|Ir|H|Hj|KH)\.?$/.test(word)) break;
      if (
        word === 'dan' &&
        headAtStart.test(text.slice(end + next[0].length, end + next[0].length + 40).trimStart())
      )
        break;
      // A sentence-ending period is not part of the name.
      end += next[0].length - (word.endsWith('.') && !/^(PT|CV|Tbk)\.$/.test(word) ? 1 : 0);
      words++;
      if (word.endsWith('.')) break;
      // A region name ends the organisation's name ("Kejaksaan Negeri Makassar Sutrisno Hadi").
      if (/^\p{Lu}/u.test(word) && lookupAlias(normalizeRegionText(word)).length > 0) break;
    }
    if (words === 0) continue;
    const name = text.slice(start, end).replace(/\s+/g, ' ').trim();
    if (!involvement.test(sentenceAt(sentences, start)?.text ?? '')) continue;
    const key = name.toLowerCase();
    if (seen.has(key)) continue;
    seen.add(key);
    const kind = heads.find(([pattern]) => pattern.test(head.replace(/\s+/g, ' ')))?.[1] ?? 'other';
    found.push({ value: { name, kind }, start, end, confidence: 0.7 });
  }
  return found.slice(0, 20);
}
