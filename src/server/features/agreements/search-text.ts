/**
 * The texts behind an agreement's search vector and the query words for typo correction. Text is
 * normalised by the domain's normalizeSearchText, the same function the duplicate check uses, so
 * indexing, querying and duplicate detection read "kerjasama", "kerja-sama" and "bekerjasama" alike.
 */
import { normalizeSearchText } from '../../../domain/agreements/index.js';
import {
  maxAliasTokenCount,
  normalizeRegionText,
  resolveRegion,
  stripRegionPrefixes,
} from '../../../domain/regions/index.js';

/** Longest text fed to the search vector from one document: tsvector is limited to 1 MB. */
export const maxIndexedDocumentChars = 200_000;

/** The fields of an agreement that search reads. */
export type SearchableAgreement = {
  title: string;
  purpose: string | null;
  objectScope: string | null;
  notes: string | null;
  sectors: readonly string[];
  partyNames: readonly string[];
  documentTexts: readonly string[];
  /** Who signed ("Wahyu Hidayat"): officers search by the signatory. */
  signatoryNames?: readonly string[];
  /** Each party's number of the document ("180/01/35.73.112/2024"). */
  documentNumbers?: ReadonlyArray<string | null>;
  /** The venue of the signing ("Aula Balai Kota Malang"). */
  signingPlace?: string | null;
};

/**
 * A document number as searchable words: "180/01/35.73.112/2024" -> "180 01 35 73 112 2024". The query
 * is split the same way, so typing a number (or a part of it) requires each of its parts.
 */
export function documentNumberWords(number: string): string {
  return number.replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

/**
 * The normalised texts behind an agreement's search vector (weights A: title, parties, signatories and
 * document numbers; B: venue and content; C: documents) and their words for the typo-correction vocabulary. Typo tolerance looks words up in
 * that vocabulary (search_words, with its trigram index), so no trigram text of the agreement is kept.
 */
export function buildSearchTexts(agreement: SearchableAgreement) {
  const primary = normalizeSearchText(
    [
      agreement.title,
      ...agreement.partyNames,
      ...(agreement.signatoryNames ?? []),
      ...(agreement.documentNumbers ?? []).flatMap((number) => (number ? [documentNumberWords(number)] : [])),
    ].join(' \n '),
  );
  const secondary = normalizeSearchText(
    [
      agreement.signingPlace,
      agreement.purpose,
      agreement.objectScope,
      agreement.notes,
      agreement.sectors.join(' ').replace(/_/g, ' '),
    ]
      .filter(Boolean)
      .join(' \n '),
  );
  const documents = normalizeSearchText(
    agreement.documentTexts.map((text) => text.slice(0, maxIndexedDocumentChars)).join(' \n '),
  );
  const words = vocabularyOf([primary, secondary, documents].join(' '));
  return { primary, secondary, documents, words };
}

/** Most words one agreement adds to the search vocabulary. */
const maxWordsPerAgreement = 3000;

/**
 * The distinct words of a normalised text worth remembering for typo correction: letters (and
 * digits inside words), 3 to 40 characters, no pure numbers.
 */
export function vocabularyOf(normalizedText: string): string[] {
  const words = new Set<string>();
  for (const word of normalizedText.split(/[^\p{L}\p{N}]+/u)) {
    if (word.length < 3 || word.length > 40 || /^\d+$/.test(word)) continue;
    words.add(word);
    if (words.size >= maxWordsPerAgreement) break;
  }
  return [...words];
}

/**
 * The words of a search query that typo correction looks up, or null when the query uses
 * websearch syntax (quotes, "or", a leading minus) that must be passed through unchanged.
 */
export function queryWords(normalizedQuery: string): string[] | null {
  if (/["]|(^|\s)-\S|\bor\b/.test(normalizedQuery)) return null;
  return normalizedQuery.split(/[^\p{L}\p{N}]+/u).filter((word) => word.length > 0);
}

/**
 * The regions a query names with a kind or a title ("Pemkot Malang", "Kab. Pasuruan", "Provinsi Jawa
 * Timur", "Wali Kota Bekasi"), as party region codes, and the query without them. Such a mention is a
 * party, not words: "Pemkot Malang" finds the agreements of Kota Malang, not those of Kabupaten Malang,
 * and "Kab." is no word of any record. A bare name ("Malang", "Bekasi") stays a word to search, as it
 * may name either region or a place. Websearch syntax (quotes, or, a leading minus) is left alone.
 */
export function regionMentionsOf(query: string): { regionCodes: string[]; rest: string } {
  if (/["]|(^|\s)-\S|\bor\b/i.test(query)) return { regionCodes: [], rest: query };
  const tokens = normalizeRegionText(query).split(' ').filter(Boolean);
  const regionCodes: string[] = [];
  const rest: string[] = [];
  let index = 0;
  while (index < tokens.length) {
    let taken = 0;
    for (let length = Math.min(maxAliasTokenCount + 4, tokens.length - index); length >= 2; length -= 1) {
      const span = tokens.slice(index, index + length).join(' ');
      const prefixes = stripRegionPrefixes(span);
      if ((prefixes.levels === null && prefixes.office === null) || prefixes.rest === '') continue;
      const resolution = resolveRegion(span);
      if (resolution.status !== 'resolved') continue;
      regionCodes.push(resolution.region.code);
      taken = length;
      break;
    }
    if (taken === 0) {
      rest.push(tokens[index] ?? '');
      index += 1;
    } else index += taken;
  }
  if (regionCodes.length === 0) return { regionCodes: [], rest: query };
  return { regionCodes: [...new Set(regionCodes)], rest: rest.join(' ') };
}

/** Trigrams of a word as pg_trgm makes them (two spaces before, one after). */
function trigramsOf(word: string): Set<string> {
  const padded = `  ${word} `;
  const grams = new Set<string>();
  for (let index = 0; index + 3 <= padded.length; index += 1) grams.add(padded.slice(index, index + 3));
  return grams;
}

/** pg_trgm's similarity of two words, in JavaScript. */
export function trigramSimilarity(a: string, b: string): number {
  const left = trigramsOf(a);
  const right = trigramsOf(b);
  let shared = 0;
  for (const gram of left) if (right.has(gram)) shared += 1;
  return shared / (left.size + right.size - shared);
}

/**
 * Closed spellings of the compounds search writes apart ("kerja sama"): the vocabulary only holds
 * their parts, so a misspelt closed form ("kerjsama") is compared with these.
 */
const closedCompounds = ['kerjasama', 'notakesepahaman'];

/** The compounds a misspelt query word stands for, in their searchable (spaced) form. */
export function compoundLookAlikes(word: string, minSimilarity: number): string[] {
  if (word.length < 5) return [];
  return closedCompounds
    .filter((compound) => compound !== word && trigramSimilarity(word, compound) >= minSimilarity)
    .map((compound) => normalizeSearchText(compound));
}

/**
 * Optimal string alignment distance: edits where swapping two neighbouring letters counts once, so
 * "jmabi" is one edit from "jambi" (trigrams see them as unrelated).
 */
export function editDistance(a: string, b: string): number {
  const rows = a.length + 1;
  const cols = b.length + 1;
  const d: number[][] = Array.from({ length: rows }, (_, i) =>
    Array.from({ length: cols }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  );
  for (let i = 1; i < rows; i += 1) {
    for (let j = 1; j < cols; j += 1) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const row = d[i]!;
      const above = d[i - 1]!;
      row[j] = Math.min(above[j]! + 1, row[j - 1]! + 1, above[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        row[j] = Math.min(row[j]!, d[i - 2]![j - 2]! + 1);
    }
  }
  return d[a.length]![b.length]!;
}
