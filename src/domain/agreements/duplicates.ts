/**
 * Duplicate detection: the same KSB is often entered twice (by each party, or once by hand and once from
 * a news article). Pure: the server picks candidates (same parties, nearby dates) and asks here.
 */
import { daysBetween } from './dates';
import { partyKey } from './schema';
import type { AgreementInput } from './schema';

/** The parts of an agreement compared. */
export type DuplicateCandidate = Pick<
  AgreementInput,
  'title' | 'kind' | 'documentType' | 'parties' | 'signingDate'
>;

/** Words that every title carries and that say nothing about what is agreed. */
const stopWords = new Set([
  'kesepakatan',
  'bersama',
  'perjanjian',
  'nota',
  'kesepahaman',
  'tentang',
  'antara',
  'dan',
  'dengan',
  'di',
  'dalam',
  'untuk',
  'bidang',
  'yang',
  'serta',
  'atau',
  'ke',
  'dari',
  'pada',
  'oleh',
  'pemerintah',
  'pemkot',
  'pemkab',
  'pemprov',
  'kota',
  'kabupaten',
  'kab',
  'provinsi',
  'daerah',
  'pelaksanaan',
  'penyelenggaraan',
]);

/**
 * Closed and hyphenated spellings of compounds, written the way the dictionary (KBBI) writes them. The
 * compound may carry affixes ("bekerjasama", "kerjasamanya", "dikerjasamakan"): only the join between
 * its two words is rewritten, so "bekerjasama" becomes "bekerja sama", which the stemmer reads as
 * "kerja" + "sama". A spaced spelling is left as it is.
 */
const compounds: ReadonlyArray<readonly [RegExp, string]> = [
  [/kerja(?:\s*[-\u2010-\u2013]\s*|)sama/g, 'kerja sama'],
  [/nota(?:\s*[-\u2010-\u2013]\s*|)kesepahaman/g, 'nota kesepahaman'],
];

/**
 * Text for full-text search, applied alike when indexing and when querying, by the server and the
 * duplicate check: accents folded, lower case, spaces collapsed, and every spelling of "kerja sama"
 * ("kerjasama", "kerja-sama", "Kerja  Sama", "bekerjasama", "kerjasamanya") written with the canonical
 * space. The spaced form is canonical because it is the KBBI spelling and because PostgreSQL's stemmers
 * read the closed "kerjasama" as ke- + "rjasama", so it would match nothing.
 */
export function normalizeSearchText(text: string): string {
  let value = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();
  for (const [pattern, replacement] of compounds) value = value.replace(pattern, replacement);
  return value.replace(/\s+/g, ' ').trim();
}

/**
 * Title words for comparison: normalised as for search, punctuation dropped, stop-words (including the
 * "kerja sama" every title carries and region prefixes such as "Pemerintah Kota") removed.
 */
export function titleTokens(title: string): string[] {
  const text = normalizeSearchText(title)
    .replace(/[a-z]*kerja sama[a-z]*/g, ' ')
    .replace(/[^a-z0-9]+/g, ' ');
  return text.split(' ').filter((word) => word.length > 0 && !stopWords.has(word));
}

function jaccard<T>(a: ReadonlySet<T>, b: ReadonlySet<T>): number {
  if (a.size === 0 && b.size === 0) return 1;
  let shared = 0;
  for (const item of a) if (b.has(item)) shared += 1;
  return shared / (a.size + b.size - shared);
}

function trigrams(tokens: readonly string[]): Set<string> {
  const text = ` ${tokens.join(' ')} `;
  const grams = new Set<string>();
  for (let index = 0; index + 3 <= text.length; index += 1) grams.add(text.slice(index, index + 3));
  return grams;
}

/**
 * Similarity of two titles in [0, 1]: the better of token Jaccard (same words in another order) and
 * trigram Jaccard (spelling variants, "pelayanan" vs "layanan").
 */
export function titleSimilarity(a: string, b: string): number {
  const tokensA = titleTokens(a);
  const tokensB = titleTokens(b);
  return Math.max(jaccard(new Set(tokensA), new Set(tokensB)), jaccard(trigrams(tokensA), trigrams(tokensB)));
}

/** Thresholds of looksLikeSameAgreement. */
export type DuplicateOptions = { maxDaysApart: number; minTitleSimilarity: number };

export const defaultDuplicateOptions: DuplicateOptions = { maxDaysApart: 30, minTitleSimilarity: 0.5 };

/** The verdict, with each check, so the UI can say why two records look alike. */
export type DuplicateVerdict = {
  match: boolean;
  /** Title similarity in [0, 1]; 0 when a structural check fails. */
  score: number;
  checks: {
    sameParties: boolean;
    sameKind: boolean;
    sameDocumentType: boolean;
    datesClose: boolean;
    titleSimilarity: number;
  };
};

/**
 * Whether two records look like the same agreement: same set of parties (in any order), same kind and
 * document type, signing dates at most 30 days apart (a record without a date does not rule a match out),
 * and similar titles.
 */
export function looksLikeSameAgreement(
  a: DuplicateCandidate,
  b: DuplicateCandidate,
  options: DuplicateOptions = defaultDuplicateOptions,
): DuplicateVerdict {
  const keysA = new Set(a.parties.map(partyKey));
  const keysB = new Set(b.parties.map(partyKey));
  const sameParties = keysA.size === keysB.size && [...keysA].every((key) => keysB.has(key));
  const sameKind = a.kind === b.kind;
  const sameDocumentType = a.documentType === b.documentType;
  const datesClose =
    a.signingDate === null ||
    b.signingDate === null ||
    Math.abs(daysBetween(a.signingDate, b.signingDate)) <= options.maxDaysApart;
  const similarity = titleSimilarity(a.title, b.title);
  const structural = sameParties && sameKind && sameDocumentType && datesClose;
  return {
    match: structural && similarity >= options.minTitleSimilarity,
    score: structural ? similarity : 0,
    checks: { sameParties, sameKind, sameDocumentType, datesClose, titleSimilarity: similarity },
  };
}
