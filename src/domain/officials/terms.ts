/**
 * Officials and their terms of office: who was Wali Kota of Malang on a given day, definitif or acting.
 * Used to suggest the signatory of an agreement and to flag a signatory who did not hold the office on
 * the signing date. Pure: the server loads the terms and passes them in.
 */
import { z } from 'zod';
import { isoDateSchema } from '../agreements/dates';
import type { IsoDate } from '../agreements/dates';
import { makeIssue } from '../agreements/issues';
import type { Issue } from '../agreements/issues';
import {
  actingKindLabels,
  actingKindSchema,
  isActing,
  officeLabels,
  officeSchema,
} from '../agreements/kinds';
import type { ActingKind, Office } from '../agreements/kinds';
import { regionCodeSchema } from '../agreements/schema';

/** One person holding one post of one region for a period; `end` is null while the term runs. */
export const termSchema = z
  .object({
    personName: z.string().trim().min(1).max(200),
    office: officeSchema,
    actingKind: actingKindSchema,
    regionCode: regionCodeSchema,
    start: isoDateSchema,
    end: isoDateSchema.nullable(),
  })
  .refine((term) => term.end === null || term.end >= term.start, {
    error: 'The end of a term cannot be before its start',
    path: ['end'],
    params: { code: 'END_BEFORE_START' },
  });

export type Term = z.output<typeof termSchema>;

/**
 * Honorifics and religious or academic titles written before a name, in lower case (the extractor reads
 * names by the same words: src/extract/lexicon.ts).
 */
export const nameHonorifics = [
  'h',
  'hj',
  'hm',
  'kh',
  'drs',
  'dra',
  'dr',
  'drg',
  'ir',
  'prof',
  'ust',
  'ustadz',
  'hc',
  'bapak',
  'ibu',
  'tuan',
  'nyonya',
  // Acting prefixes copied with the name ("Pj. Gani Muhamad"): the acting kind is recorded apart.
  'pj',
  'plt',
  'plh',
] as const;
const honorifics: ReadonlySet<string> = new Set(nameHonorifics);

/**
 * Degrees written after a name without a comma ("Wahyu Hidayat MM", "Ahmad Dahlan M.Si"): a dotted
 * degree, or one of the common undotted spellings. Case-sensitive so "MUHAMAD" in a shouted name stays.
 */
const trailingDegree =
  /^(?:(?:S|M|D)\.\s?[A-Za-z]{1,5}\.?(?:[A-Za-z]{1,4}\.?)?|MM|MT|MH|SH|SE|SP|ST|SIP|MSi|MAP|MBA|MPA|MKes|MKM|MIP|MPd|SPd|SSos|SKom|SKM|SSTP|SAg|MAg|SHI|MHum|PhD|Ph\.D\.?|Lc|MA|BA|BSc|MSc)$/;

function titleCaseIfShouting(word: string): string {
  return word.length > 1 && word === word.toUpperCase() && /[A-Z]/.test(word)
    ? word.charAt(0) + word.slice(1).toLowerCase()
    : word;
}

/**
 * A person's name without honorifics, degrees or nicknames, for display and matching:
 * "Dr. Ir. H. Wahyu Hidayat, M.M." -> "Wahyu Hidayat", "H.M Irsyad Yusuf (Gus Irsyad)" -> "Irsyad Yusuf".
 */
export function normalizePersonName(name: string): string {
  // Nicknames in parentheses and everything after the first comma (degrees) are not the name.
  const withoutNicknames = name.replace(/\([^)]*\)/g, ' ');
  const beforeComma = withoutNicknames.split(',')[0] ?? '';
  const words = beforeComma.split(/\s+/).filter((word) => word.length > 0);

  while (words.length > 1 && trailingDegree.test(words[words.length - 1] ?? '')) words.pop();

  // Leading words may glue several titles together ("H.M", "Dr.H.") or a title to the name ("H.Irsyad").
  const kept: string[] = [];
  let previousTitle = '';
  for (const word of words) {
    if (kept.length > 0) {
      kept.push(word);
      continue;
    }
    const pieces = word.split('.').filter((piece) => piece.length > 0);
    const rest: string[] = [];
    for (const piece of pieces) {
      const lower = piece.toLowerCase();
      // "H.M" / "H. M" is Haji Muhammad; a lone "M" elsewhere may be a real initial, so only after H.
      const isTitle =
        rest.length === 0 && (honorifics.has(lower) || (lower === 'm' && previousTitle === 'h'));
      if (isTitle) previousTitle = lower;
      else rest.push(piece);
    }
    if (rest.length === pieces.length) kept.push(word);
    else if (rest.length > 0) kept.push(rest.join('.'));
  }
  const result = kept.map(titleCaseIfShouting).join(' ').trim();
  return result === '' ? name.trim() : result;
}

/**
 * A key for matching names across spellings: normalised, lower case, letters only, doubled letters
 * collapsed ("Gani Muhammad" and "Gani Muhamad" share one key).
 */
export function personNameKey(name: string): string {
  return normalizePersonName(name)
    .toLowerCase()
    .normalize('NFD')
    .replace(/[^a-z\s]/g, '')
    .replace(/([a-z])\1+/g, '$1')
    .replace(/\s+/g, ' ')
    .trim();
}

/** True when two written names are the same person by personNameKey. */
export function samePersonName(a: string, b: string): boolean {
  const keyA = personNameKey(a);
  return keyA !== '' && keyA === personNameKey(b);
}

function covers(term: Term, date: IsoDate): boolean {
  return term.start <= date && (term.end === null || date <= term.end);
}

function nestedIn(inner: Term, outer: Term): boolean {
  if (inner.start < outer.start) return false;
  if (outer.end === null) return true;
  return inner.end !== null && inner.end <= outer.end;
}

function latestFirst(a: Term, b: Term): number {
  return a.start < b.start ? 1 : a.start > b.start ? -1 : 0;
}

/**
 * Who held a post (region + office) on a date, as a suggestion. Acting terms count; when a definitif and
 * an acting term both cover the date, the definitif holder wins unless the acting term lies inside the
 * definitif one (a Plt. or Plh. standing in during the holder's leave or suspension): then the acting
 * holder is the one who could sign.
 */
export function holderOn(
  terms: readonly Term[],
  regionCode: string,
  office: Office,
  date: IsoDate,
): Term | undefined {
  const covering = terms
    .filter((term) => term.regionCode === regionCode && term.office === office && covers(term, date))
    .sort(latestFirst);
  const definitif = covering.find((term) => !isActing(term.actingKind));
  const acting = covering.filter((term) => isActing(term.actingKind));
  if (!definitif) return acting[0];
  return acting.find((term) => nestedIn(term, definitif)) ?? definitif;
}

/** The part of a signatory that a term check reads. */
export type SignatoryForTerm = { name: string; office: Office; actingKind: ActingKind };

/**
 * A warning when the terms show that the signatory did not hold the office on the date
 * (SIGNATORY_NOT_IN_OFFICE), or held it in another capacity, definitif versus acting
 * (SIGNATORY_ACTING_KIND_MISMATCH). Null when the terms agree or say nothing about that post and date:
 * an incomplete register must not raise false alarms. `field` is null; the caller knows which signatory.
 */
export function checkSignatoryTerm(
  terms: readonly Term[],
  signatory: SignatoryForTerm,
  regionCode: string,
  date: IsoDate,
): Issue | null {
  const postTerms = terms.filter(
    (term) => term.regionCode === regionCode && term.office === signatory.office,
  );
  const ownTerms = postTerms.filter((term) => samePersonName(term.personName, signatory.name));
  const ownTerm = ownTerms.find((term) => covers(term, date));
  const office = officeLabels[signatory.office].en;

  if (ownTerm) {
    if (isActing(ownTerm.actingKind) === isActing(signatory.actingKind)) return null;
    return makeIssue(
      'SIGNATORY_ACTING_KIND_MISMATCH',
      'warning',
      null,
      `${signatory.name} was ${actingKindLabels[ownTerm.actingKind].en.toLowerCase()} ${office} on ${date}`,
      { name: signatory.name, actingKind: ownTerm.actingKind, date },
    );
  }
  const holder = holderOn(terms, regionCode, signatory.office, date);
  if (!holder && ownTerms.length === 0) return null;
  return makeIssue(
    'SIGNATORY_NOT_IN_OFFICE',
    'warning',
    null,
    holder
      ? `${signatory.name} was not ${office} on ${date}; the holder was ${holder.personName}`
      : `${signatory.name} was not ${office} on ${date}`,
    holder ? { name: signatory.name, date, holder: holder.personName } : { name: signatory.name, date },
  );
}
