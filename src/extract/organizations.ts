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
  const seen = new Map<string, Finding<{ name: string; kind: OrganizationKind }>>();
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
      // A region name ends the organisation's name ("Kejaksaan Negeri Makassar Sutrisno Hadi",
      // "Kejaksaan Tinggi Sumatera Selatan Yulianto").
      if (/^\p{Lu}/u.test(word) && endsWithRegion(text.slice(start + match[0].length, end))) break;
    }
    if (words === 0) continue;
    // "Universitas Gadjah Mada (UGM)": the bracketed short form is not part of the name.
    const name = text
      .slice(start, end)
      .replace(/\s+/g, ' ')
      .replace(/\s*\(\p{Lu}+\)$/u, '')
      .trim();
    if (!involvement.test(sentenceAt(sentences, start)?.text ?? '')) continue;
    const key = organizationKey(head, name.slice(head.length));
    const kind = heads.find(([pattern]) => pattern.test(head.replace(/\s+/g, ' ')))?.[1] ?? 'other';
    const earlier = seen.get(key);
    if (earlier) {
      // "Kejati Sumsel" after "Kejaksaan Tinggi Sumatera Selatan" is the same office: keep the full name.
      if (name.length > earlier.value.name.length) earlier.value = { name, kind };
      continue;
    }
    const finding = { value: { name, kind }, start, end, confidence: 0.7 };
    seen.set(key, finding);
    found.push(finding);
  }
  return mergeAcronyms(found).slice(0, 20);
}

/**
 * "Kementerian PUPR" and "Kementerian Pekerjaan Umum dan Perumahan Rakyat" are one organisation: a name
 * whose tail is an acronym of the capitalised words of another name with the same head is merged into it
 * (the full name is kept, at the first mention).
 */
function mergeAcronyms(
  found: Array<Finding<{ name: string; kind: OrganizationKind }>>,
): Array<Finding<{ name: string; kind: OrganizationKind }>> {
  const split = (name: string): { head: string; tail: string } => {
    const head = headAtStart.exec(name)?.[0] ?? '';
    return { head: head.replace(/\s+/g, ' '), tail: name.slice(head.length).trim() };
  };
  const initials = (tail: string): string =>
    tail
      .split(/\s+/)
      .filter((word) => /^\p{Lu}/u.test(word))
      .map((word) => word.charAt(0))
      .join('');
  const kept: Array<Finding<{ name: string; kind: OrganizationKind }>> = [];
  for (const finding of found) {
    const { head, tail } = split(finding.value.name);
    const isAcronym = /^\p{Lu}{2,}$/u.test(tail);
    const partner = kept.find((other) => {
      const parts = split(other.value.name);
      if (parts.head !== head || parts.tail === tail) return false;
      const otherIsAcronym = /^\p{Lu}{2,}$/u.test(parts.tail);
      return isAcronym ? initials(parts.tail) === tail : otherIsAcronym && initials(tail) === parts.tail;
    });
    if (!partner) {
      kept.push(finding);
      continue;
    }
    if (finding.value.name.length > partner.value.name.length) partner.value = finding.value;
  }
  return kept;
}

/** Short forms of organisation heads, by their full form. */
const headForms: ReadonlyArray<[RegExp, string]> = [
  [/^(?:kejati|kejaksaan tinggi)$/, 'kejaksaan tinggi'],
  [/^(?:kejari|kejaksaan negeri)$/, 'kejaksaan negeri'],
  [/^(?:polres|polresta|kepolisian resor)$/, 'kepolisian resor'],
  [/^(?:polda|kepolisian daerah)$/, 'kepolisian daerah'],
];

/**
 * One key for the full and the short name of an office: the head in its full form and the region it
 * serves by code ("Kejati Sumsel" and "Kejaksaan Tinggi Sumatera Selatan" meet on "kejaksaan tinggi|16").
 */
function organizationKey(head: string, rest: string): string {
  const normalizedHead = head.toLowerCase().replace(/\s+/g, ' ');
  const canonical = headForms.find(([pattern]) => pattern.test(normalizedHead))?.[1] ?? normalizedHead;
  const normalizedRest = normalizeRegionText(rest);
  const regions = normalizedRest === '' ? [] : lookupAlias(normalizedRest);
  const place = regions.length > 0 ? regions.map((region) => region.code).join(',') : normalizedRest;
  return `${canonical}|${place}`;
}

/** True when the words of `phrase` end with a region name of one to four words. */
export function endsWithRegion(phrase: string): boolean {
  const words = normalizeRegionText(phrase).split(' ');
  for (let count = 1; count <= Math.min(4, words.length); count++) {
    if (lookupAlias(words.slice(words.length - count).join(' ')).length > 0) return true;
  }
  return false;
}
