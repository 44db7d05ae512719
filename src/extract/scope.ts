/**
 * Scope: which clauses describe this cooperation and which describe someone else's. A sector cue in a
 * clause about other regions, or a document one party signs with a company on the side, belongs to
 * another cooperation.
 */
import type { ArticleContext } from './context';
import type { Finding } from './event';
import { sentenceAt } from './sentences';

/**
 * A scope cue in a clause that names only regions other than the parties ("... Kartamantul, yang
 * mempertemukan Kota Yogyakarta, Kabupaten Sleman dan Kabupaten Bantul dalam urusan persampahan")
 * describes their cooperation, not this one. So does "kerja sama perdagangan dengan Kalimantan Timur"
 * when the partner after "dengan" is not a party.
 */
export function clauseIsAboutOthers(
  context: ArticleContext,
  partyCodes: ReadonlySet<string>,
  cueStart: number,
  cueEnd: number,
): boolean {
  const { text, sentences, mentions } = context;
  if (partyCodes.size === 0) return false;
  const sentence = sentenceAt(sentences, cueStart);
  if (!sentence) return false;
  const partner = mentions.find(
    (mention) =>
      mention.region?.autonomous &&
      mention.start >= cueEnd &&
      mention.start < Math.min(sentence.end, cueEnd + 120) &&
      /(?<![\p{L}])dengan\s+(?:[\p{L}.]+\s+){0,2}$/u.test(text.slice(cueEnd, mention.start)),
  );
  if (partner && !partyCodes.has(partner.region?.code ?? '')) return true;
  const head = text.slice(sentence.start, cueStart);
  const boundary = Math.max(head.lastIndexOf(';'), head.search(/(?<![\p{L}])yang(?![\p{L}])[^;]*$/u));
  const clauseStart = sentence.start + Math.max(0, boundary);
  const named = mentions.filter(
    (mention) => mention.region?.autonomous && mention.start >= clauseStart && mention.start < cueStart,
  );
  return named.length > 0 && named.every((mention) => !partyCodes.has(mention.region?.code ?? ''));
}

/**
 * "Usai penandatanganan kesepakatan bersama, acara dilanjutkan dengan penandatanganan perjanjian kerja
 * sama antara Dinas Lingkungan Hidup Kota Semarang dan PT ...": between several parties, a document one
 * side signs with a third party in the same sentence is a side signing, not this cooperation's document.
 */
export function isSideSigning(
  context: ArticleContext,
  partyCodes: ReadonlySet<string>,
  organizationStarts: readonly number[],
  start: number,
): boolean {
  const { text, sentences, mentions } = context;
  if (partyCodes.size < 2) return false;
  const sentence = sentenceAt(sentences, start);
  if (!sentence) return false;
  const after = text.slice(start, sentence.end);
  const counterpart = /(?<![\p{L}])(?:antara|dengan)(?![\p{L}])/u.exec(after);
  if (!counterpart) return false;
  const from = start + counterpart.index;
  const withOrganization = organizationStarts.some((at) => at >= from && at < sentence.end);
  const partiesNamed = new Set(
    mentions.flatMap((mention) =>
      mention.region &&
      partyCodes.has(mention.region.code) &&
      mention.start >= from &&
      mention.start < sentence.end
        ? [mention.region.code]
        : [],
    ),
  );
  return withOrganization && partiesNamed.size < 2;
}

/** The documents of this cooperation: side signings left out, unless every document is one. */
export function ownDocuments<T extends Finding<unknown>>(
  context: ArticleContext,
  partyCodes: ReadonlySet<string>,
  organizationStarts: readonly number[],
  documents: readonly T[],
): T[] {
  const side = (document: T): boolean =>
    isSideSigning(context, partyCodes, organizationStarts, document.start);
  return documents.some((document) => !side(document))
    ? documents.filter((document) => !side(document))
    : [...documents];
}
