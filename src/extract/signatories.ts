/**
 * Officials: for each party, the leader the article names (at a signing, its signatory), with the office,
 * the acting status and the region; and at a signing, the signatories of third parties (a rector, a head
 * of a prosecutor's office) as office "lainnya".
 */
import { levelOfOffice } from '../domain/agreements/kinds';
import { inSpans, isBackground } from './context';
import type { ArticleContext, Span } from './context';
import type { EventType } from './types';
import { actingKindOf, buildingBefore, signingSentenceCue } from './lexicon';
import {
  isSurnameOrGivenName,
  officeRank,
  opensWithPlace,
  readNameAfter,
  readNameBefore,
  readThirdPartySignatory,
  sameperson,
  thirdPartyTitle,
} from './officials';
import { endsWithRegion } from './organizations';
import type { PartyReading } from './parties';
import type { RegionMention } from './regions-in-text';
import { sentenceAt } from './sentences';
import type { OfficeKey, Official } from './types';

/** "Bupati X yang hadir menyaksikan penandatanganan": a name followed by a witness clause. */
const watchingAfter =
  /^[^.;]{0,20}?(?<![\p{L}])yang\s+(?:turut\s+|juga\s+|ikut\s+)?(?:hadir\s+)?(?:menyaksikan|mendampingi|hadir(?!\s+(?:untuk\s+)?mewakili))(?![\p{L}])/iu;
/**
 * "Gubernur Rusdy, belum bisa bersama ...", "Walikota Medan, Dzulmi Eldin diwakili Staf Ahli": a head who
 * was absent or sent someone is not the leader of the party's side.
 */
const absentAfter =
  /^[^.;]{0,50}?(?<![\p{L}])(?:belum\s+bisa|tidak\s+(?:bisa|dapat)\s+hadir|berhalangan|(?:yang\s+)?diwakili)(?![\p{L}])/iu;
/** "..., yang hadir mewakili Bupati Sidoarjo Ahmad Muhdlor Ali": the head named after it did not sign. */
const representedBefore = /(?<![\p{L}])(?:mewakili|atas\s+nama|a\.\s?n\.)\s+$/iu;

/** One name read beside an office title. */
export type Sighting = {
  office: OfficeKey;
  acting: boolean;
  actingKind: RegionMention['actingKind'];
  regionCode: string | null;
  name: string;
  start: number;
  end: number;
  mention: RegionMention;
};

/** One person: the sightings of the same name (or its short forms) for the same region. */
export type Person = {
  office: OfficeKey;
  regionCode: string | null;
  acting: boolean;
  actingKind: RegionMention['actingKind'];
  variants: Map<string, number>;
  sightings: Sighting[];
};

/**
 * The short forms an article gives its regions in brackets: "Kabupaten Konawe Kepulauan (Konkep)" makes
 * "Konkep" that region's name for the rest of the text.
 */
export function bracketedShortForms(context: ArticleContext): Map<string, string> {
  const forms = new Map<string, string>();
  for (const mention of context.mentions) {
    if (!mention.region) continue;
    const bracket = /^\s*\((\p{Lu}[\p{L}]{2,11})\)/u.exec(context.text.slice(mention.end, mention.end + 20));
    if (bracket?.[1] && !forms.has(bracket[1])) forms.set(bracket[1], mention.region.code);
  }
  return forms;
}

/** Names beside titles, outside witness clauses, headlines and building names. */
export function findSightings(context: ArticleContext, partyCodes: ReadonlySet<string>): Sighting[] {
  const { text, mentions, witnesses, headingSpans } = context;
  const shortForms = bracketedShortForms(context);
  const sightings: Sighting[] = [];
  for (const mention of mentions) {
    if ((mention.kind !== 'title' && mention.kind !== 'opd') || !mention.office) continue;
    if (inSpans(witnesses, mention.start) || inSpans(headingSpans, mention.start)) continue;
    // "Kantor Gubernur Kalbar, Pontianak", "Rumah Jabatan Bupati Gowa": a title inside a building's name.
    if (buildingBefore.test(text.slice(Math.max(0, mention.start - 30), mention.start))) continue;
    // "Bupati Halmahera Utara (Halut) Frans ...": a bracketed short form between title and name is skipped.
    const bracket = /^\s*\([^()\n]{1,24}\)/.exec(text.slice(mention.end, mention.end + 30));
    const nameFrom = mention.end + (bracket ? bracket[0].length : 0);
    const reading =
      readNameAfter(text, nameFrom) ??
      (mention.kind === 'title' ? readNameBefore(text, mention.start) : null);
    if (!reading) continue;
    // "Bupati Konkep Amrullah": a title before a region's short form is that region's official.
    const [firstWord, ...restOfName] = reading.name.split(' ');
    const shortFormCode =
      mention.candidates.length === 0 && restOfName.length > 0 ? shortForms.get(firstWord ?? '') : undefined;
    if (shortFormCode) {
      sightings.push({
        office: mention.office,
        acting: mention.acting,
        actingKind: mention.actingKind,
        regionCode: shortFormCode,
        name: restOfName.join(' '),
        start: mention.start,
        end: reading.end,
        mention,
      });
      continue;
    }
    if (mention.candidates.length === 0 && opensWithPlace(text, reading.name)) continue;
    let regionCode = mention.region?.code ?? null;
    if (!regionCode && mention.candidates.length > 1) {
      const inParties = mention.candidates.filter((candidate) => partyCodes.has(candidate.code));
      if (inParties.length === 1 && inParties[0]) regionCode = inParties[0].code;
    }
    sightings.push({
      office: mention.office,
      acting: mention.acting,
      actingKind: mention.actingKind,
      regionCode,
      name: reading.name,
      start: mention.start,
      end: reading.end,
      mention,
    });
  }
  return sightings;
}

/** Sightings of one person (same name or a short form of it, same or unknown region) joined. */
export function groupPeople(sightings: readonly Sighting[]): Person[] {
  const people: Person[] = [];
  for (const sighting of sightings) {
    const person = people.find(
      (candidate) =>
        (candidate.regionCode === sighting.regionCode ||
          candidate.regionCode === null ||
          sighting.regionCode === null) &&
        [...candidate.variants.keys()].some(
          (variant) =>
            sameperson(variant, sighting.name) ||
            (candidate.office === sighting.office &&
              (isSurnameOrGivenName(variant, sighting.name) || isSurnameOrGivenName(sighting.name, variant))),
        ),
    );
    if (person) {
      person.sightings.push(sighting);
      person.acting ||= sighting.acting;
      person.actingKind ??= sighting.actingKind;
      person.variants.set(sighting.name, (person.variants.get(sighting.name) ?? 0) + 1);
      person.regionCode ??= sighting.regionCode;
      if (officeRank[sighting.office]! > officeRank[person.office]! && sighting.regionCode !== null)
        person.office = sighting.office;
    } else {
      people.push({
        office: sighting.office,
        regionCode: sighting.regionCode,
        acting: sighting.acting,
        actingKind: sighting.actingKind,
        variants: new Map([[sighting.name, 1]]),
        sightings: [sighting],
      });
    }
  }
  return people;
}

/** True when every word of `short` is a word of the longer name `full` ("Rizal Yusuf" of "Mochamad Rizal Yusuf"). */
export function isShortFormOf(short: string, full: string): boolean {
  const shortWords = short.split(' ');
  const fullWords = full.split(' ');
  return shortWords.length < fullWords.length && shortWords.every((word) => fullWords.includes(word));
}

function countOccurrences(text: string, phrase: string): number {
  if (phrase === '') return 0;
  let count = 0;
  let at = text.indexOf(phrase);
  while (at !== -1 && count < 1000) {
    count++;
    at = text.indexOf(phrase, at + phrase.length);
  }
  return count;
}

/** The spelling of a person's name to report: the full form, then the one written most, then the first. */
export function preferredName(text: string, person: Person): string {
  const allVariants = [...person.variants.keys()];
  const variants = allVariants.filter(
    (variant) => !allVariants.some((other) => isShortFormOf(variant, other)),
  );
  const counted = variants.map((variant, order) => ({
    variant,
    order,
    count: countOccurrences(text, variant),
  }));
  counted.sort((a, b) => b.count - a.count || a.order - b.order);
  return counted[0]?.variant ?? variants[0] ?? '';
}

/** The leader of each party: at a signing its signatory, otherwise its highest-ranked official named. */
export function findPartyOfficials(
  context: ArticleContext,
  partyReading: PartyReading,
  eventType: EventType,
): Official[] {
  const { text, sentences } = context;
  const { parties, entries, codes } = partyReading;
  const people = groupPeople(findSightings(context, codes));
  // A title without a region ("Bupati Irsyad Yusuf") belongs to the only party of that level.
  for (const person of people) {
    if (person.regionCode !== null) continue;
    const level = levelOfOffice(person.office);
    const matching = entries.filter((entry) => entry.region.level === level);
    if (level && matching.length === 1 && matching[0]) person.regionCode = matching[0].region.code;
  }
  // At a signing the officials are its signatories: when a sentence that reports this signing names some
  // of a party's people, they are preferred to a higher-ranked head who only gave it a mandate or watched
  // ("ditandatangani oleh Kepala Dinas Kesehatan ..., disaksikan Bupati ...").
  const signedIn = (sighting: Sighting): boolean => {
    const sentence = sentenceAt(sentences, sighting.start);
    if (!sentence || !signingSentenceCue.test(sentence.text)) return false;
    if (isBackground(context, sentence.text)) return false;
    if (representedBefore.test(text.slice(Math.max(0, sighting.start - 20), sighting.start))) return false;
    return !watchingAfter.test(text.slice(sighting.end, Math.min(sentence.end, sighting.end + 60)));
  };
  // A head named only as the one someone stood in for ("Sekda Tidore Kepulauan saat mewakili Wali Kota
  // Ali Ibrahim", "Wakil Bupati ... atas nama Bupati ...") was not there: the deputy leads the side.
  const representedOnly = (person: Person): boolean =>
    person.sightings.every((sighting) =>
      representedBefore.test(text.slice(Math.max(0, sighting.start - 20), sighting.start)),
    );
  const absent = (person: Person): boolean =>
    representedOnly(person) ||
    person.sightings.some((sighting) => absentAfter.test(text.slice(sighting.end, sighting.end + 60)));
  const officials: Official[] = [];
  for (const party of parties) {
    let candidates = people.filter((person) => person.regionCode === party.code && !absent(person));
    if (eventType === 'signing') {
      const signatories = candidates.filter((person) => person.sightings.some(signedIn));
      if (signatories.length > 0) candidates = signatories;
    }
    candidates.sort(
      (a, b) =>
        officeRank[b.office]! - officeRank[a.office]! ||
        b.sightings.length - a.sightings.length ||
        (a.sightings[0]?.start ?? 0) - (b.sightings[0]?.start ?? 0),
    );
    const leader = candidates[0];
    if (!leader) continue;
    const official: Official = {
      name: preferredName(text, leader),
      office: leader.office,
      acting: leader.acting,
      ...(leader.actingKind ? { actingKind: leader.actingKind } : {}),
      regionCode: party.code,
    };
    officials.push(official);
    const first = leader.sightings[0];
    if (first) context.addEvidence('officials', official, first.start, first.end, 0.8);
  }
  return officials;
}

/**
 * Signatories for a third party (a rector, a head of a prosecutor's office, a company director) are
 * officials of the signing too (docs/domain.md: "officials are the signatories of a signing"); the contract
 * allows them as office "lainnya" with no regionCode, since they serve no pemda. Only names written in a
 * sentence that reports the signing count, so a rector merely present is left out. Appends to `officials`.
 */
export function addThirdPartySignatories(
  context: ArticleContext,
  officials: Official[],
  organizationNames: readonly string[],
): void {
  const { text, sentences, mentions, witnesses, headingSpans } = context;
  const names = [...organizationNames].sort((a, b) => b.length - a.length);
  const regionSpans = mentions.map((mention): Span => [mention.start, mention.end]);
  for (const match of text.matchAll(thirdPartyTitle)) {
    if (officials.length >= 12) break;
    const start = match.index;
    if (inSpans(witnesses, start) || inSpans(headingSpans, start) || inSpans(regionSpans, start)) continue;
    const sentence = sentenceAt(sentences, start);
    if (!sentence || !signingSentenceCue.test(sentence.text)) continue;
    const reading = readThirdPartySignatory(text, start + match[0].length, names, endsWithRegion);
    if (!reading || reading.end > sentence.end) continue;
    if (officials.some((official) => sameperson(official.name, reading.name))) continue;
    const official: Official = {
      name: reading.name,
      office: 'lainnya',
      acting: match[1] !== undefined,
      ...(match[1] !== undefined ? { actingKind: actingKindOf(match[1]) } : {}),
      regionCode: null,
    };
    officials.push(official);
    context.addEvidence('officials', official, start, reading.end, 0.65);
  }
}
