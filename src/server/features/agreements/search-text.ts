/**
 * Text normalisation for agreement search, applied in the same way when indexing and when querying.
 *
 * PostgreSQL's `indonesian` stemmer mangles the closed compound "kerjasama" into "rjasama" (it
 * strips "ke-" as a prefix), while "kerja sama" stems to "kerja" + "sama". Writing every variant
 * ("kerjasama", "kerja-sama", "Kerja  Sama") as "kerja sama" before to_tsvector / to_tsquery makes
 * all of them find each other.
 */

const compounds: Array<[RegExp, string]> = [
  [/\bkerja\s*[-‐–]?\s*sama\b/g, 'kerja sama'],
  [/\bnota\s*[-‐–]?\s*kesepahaman\b/g, 'nota kesepahaman'],
];

/** Lower-cases, folds accents, unifies "kerja sama" variants and collapses spacing. */
export function normalizeSearchText(text: string): string {
  let value = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();
  for (const [pattern, replacement] of compounds) value = value.replace(pattern, replacement);
  return value.replace(/\s+/g, ' ').trim();
}

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
};

/**
 * The normalised texts behind an agreement's search vector (weights A: title and parties, B: content,
 * C: documents) and the shorter text for trigram typo tolerance.
 */
export function buildSearchTexts(agreement: SearchableAgreement) {
  const primary = normalizeSearchText([agreement.title, ...agreement.partyNames].join(' \n '));
  const secondary = normalizeSearchText(
    [
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
  const trigram = normalizeSearchText(
    [agreement.title, ...agreement.partyNames, agreement.purpose, agreement.objectScope]
      .filter(Boolean)
      .join(' '),
  ).slice(0, 4000);
  return { primary, secondary, documents, trigram, words };
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
