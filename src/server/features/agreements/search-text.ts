/**
 * The texts behind an agreement's search vector and the query words for typo correction. Text is
 * normalised by the domain's normalizeSearchText, the same function the duplicate check uses, so
 * indexing, querying and duplicate detection read "kerjasama", "kerja-sama" and "bekerjasama" alike.
 */
import { normalizeSearchText } from '../../../domain/agreements/index.js';

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
 * C: documents) and their words for the typo-correction vocabulary. Typo tolerance looks words up in
 * that vocabulary (search_words, with its trigram index), so no trigram text of the agreement is kept.
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
