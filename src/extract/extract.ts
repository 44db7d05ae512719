/**
 * Article -> draft cooperation record (the extraction contract of docs/domain.md). Rules over Indonesian
 * news language, no model: clean, split into sentences, find region mentions and officials, decide who
 * the parties are, then date, venue, documents, sectors and the rest, each with its evidence.
 */
import { displayName, lookupAlias, normalizeRegionText } from '../domain/regions';
import type { Region } from '../domain/regions';
import type { SectorKey } from '../domain/taxonomy/sectors';
import { cleanArticle } from './clean';
import { findDates } from './dates';
import { classifyEvent, findCommitments, findDocuments, findProjects } from './event';
import { fullMonthAlternation } from './lexicon';
import { findPlace } from './venue';
import type { Finding } from './event';
import {
  officeRank,
  readNameAfter,
  readNameBefore,
  readThirdPartySignatory,
  isSurnameOrGivenName,
  opensWithPlace,
  sameperson,
  thirdPartyTitle,
} from './officials';
import { findFunding, findHost, findInstitutions, findTopics, findVisitKind } from './gathering';
import { endsWithRegion, findOrganizations } from './organizations';
import { findRegionMentions, readRegionName } from './regions-in-text';
import type { RegionMention } from './regions-in-text';
import { findSectors } from './sectors';
import { sentenceAt, splitSentences } from './sentences';
import type { Sentence } from './sentences';
import type { EvidenceItem, ExtractionInput, ExtractionResult, OfficeKey, Official, Party } from './types';

/** Words that introduce witnesses and companions: regions and officials after them are not parties. */
const witnessCue =
  /(?<![\p{L}])(disaksikan|menyaksikan|dihadiri|turut\s+hadir|hadir\s+(?:pula|juga|mendampingi|dalam)|tampak\s+hadir|didampingi|mendampingi|^Hadir)(?![\p{L}])/giu;

/**
 * Words of a sentence that concerns the cooperation or the event (a "core" sentence for parties); a
 * rapat koordinasi is a meeting between leaders (docs/domain.md: "Audiensi / rapat"), like an audiensi.
 */
const coreCue =
  /(?<![\p{L}])(kerja\s?sama|bekerja\s?sama|kesepakatan|kesepahaman|perjanjian|mou|nota|kemitraan|menandatangani|ditandatangani|penandatanganan|meneken|kunjungan|berkunjung|mengunjungi|bertandang|studi\s+(?:banding|komparasi|tiru)|audiensi|rapat\s+koordinasi|rakor|menerima|diterima|rombongan|bertemu|pertemuan|sinergi|kolaborasi)(?![\p{L}])/iu;
/** A sentence about earlier cooperation is background, not the event. */
const backgroundCue =
  /(?<![\p{L}])(sebelumnya|pernah|tahun\s+lalu|beberapa\s+tahun|sejak\s+\d{4}|serupa|(?:lebih|terlebih)\s+(?:dulu|dahulu))(?![\p{L}])/iu;
/** A year a sentence dates itself by: "Pada 2022, ...", "tahun 2021", "Maret 2023", "yang diteken 2020". */
const yearInSentence = new RegExp(
  `(?<![\\p{L}\\d])(?:pada\\s+(?:tahun\\s+)?|tahun\\s+|(?:diteken|ditandatangani|disepakati|dijalin)\\s+|(?:${fullMonthAlternation})\\s+)((?:19|20)\\d{2})(?!\\d)`,
  'giu',
);

/** True when the sentence dates itself to a year before the event's: it tells of earlier cooperation. */
function datesBeforeEvent(sentence: string, eventYear: number | null): boolean {
  if (eventYear === null) return false;
  for (const match of sentence.matchAll(yearInSentence)) if (Number(match[1]) < eventYear) return true;
  return false;
}

/** Function words for a cheap language check. */
const indonesianWords = new Set(
  'yang dan di dengan untuk dalam ini itu pada dari ke tidak akan oleh juga kami kita bahwa telah sudah sebagai atau karena serta tersebut para kepada pemerintah kota kabupaten provinsi daerah bersama kerja sama kesepakatan menandatangani ditandatangani bupati gubernur wali kunjungan tentang'.split(
    ' ',
  ),
);
const englishWords = new Set(
  'the and of to in is was with for that on by are were this from as at be has have it an which its'.split(
    ' ',
  ),
);

function readsAsIndonesian(text: string): boolean {
  const words =
    text
      .slice(0, 20_000)
      .toLowerCase()
      .match(/\p{L}+/gu) ?? [];
  let indonesian = 0;
  let english = 0;
  for (const word of words) {
    if (indonesianWords.has(word)) indonesian++;
    else if (englishWords.has(word)) english++;
  }
  return indonesian >= 4 && indonesian > english;
}

function normaliseInput(input: ExtractionInput): {
  text: string;
  html: boolean;
  publishedAt: string | undefined;
  /** A month the article was published in, from its URL ("/2019/01/"): only completes years. */
  yearHint: string | undefined;
} {
  if (typeof input === 'string')
    return { text: input, html: /^\s*</.test(input), publishedAt: undefined, yearHint: undefined };
  if (input === null || typeof input !== 'object')
    return { text: '', html: false, publishedAt: undefined, yearHint: undefined };
  const text = typeof input.text === 'string' ? input.text : '';
  const html = typeof input.html === 'boolean' ? input.html : /^\s*</.test(text);
  const fromUrl = typeof input.url === 'string' ? urlDate(input.url) : {};
  return {
    text,
    html,
    publishedAt: typeof input.publishedAt === 'string' ? input.publishedAt : fromUrl.day,
    yearHint: fromUrl.month,
  };
}

/**
 * The publication date news sites put in their URLs: "/2022/07/29/" (a day) or "/2019/01/" (a month,
 * given as its 15th so that it only completes the year of a date written without one).
 */
export function urlDate(url: string): { day?: string; month?: string } {
  const match = /\/((?:19|20)\d{2})\/(0[1-9]|1[0-2])\/(?:([0-2]\d|3[01])\/)?/.exec(url);
  if (!match) return {};
  const [, year, month, day] = match;
  const iso = day ? `${year}-${month}-${day}` : undefined;
  const valid =
    iso !== undefined &&
    !Number.isNaN(Date.parse(`${iso}T00:00:00Z`)) &&
    new Date(`${iso}T00:00:00Z`).toISOString().startsWith(iso);
  return valid ? { day: iso, month: `${year}-${month}-15` } : { month: `${year}-${month}-15` };
}

type Span = [number, number];

/** Spans of witness clauses: from the cue to the end of its sentence. */
function witnessSpans(sentences: readonly Sentence[]): Span[] {
  const spans: Span[] = [];
  for (const sentence of sentences) {
    for (const match of sentence.text.matchAll(witnessCue)) {
      spans.push([sentence.start + match.index, sentence.end]);
      break;
    }
  }
  return spans;
}

function inSpans(spans: readonly Span[], at: number): boolean {
  for (const [start, end] of spans) if (at >= start && at < end) return true;
  return false;
}

/** Bare "Kota X" written as part of a longer proper noun ("Balai Kota Malang", "Hotel Horison Kota Pasuruan") or as a location. */
function bareIsPartOfName(text: string, mention: RegionMention): boolean {
  const before = text.slice(Math.max(0, mention.start - 40), mention.start);
  if (/\p{Lu}[\p{L}.'’-]*\s+$/u.test(before) && !/(?:^|[.!?“"]\s*|\n)\p{Lu}[\p{L}]*\s+$/u.test(before))
    return true;
  if (/(?<![\p{L}])(di|dari\s+\w+\s+di)\s+$/iu.test(before)) return true;
  if (mention.region?.level === 'provinsi' && /,\s*$/.test(before)) return true;
  return false;
}

/**
 * "rombongan dari Kabupaten X", "delegasi Kota Y", "kunjungan kerja ke Kabupaten Z": a region named as a
 * visiting delegation or as the host of a visit takes part in it, however it is written.
 */
const delegationBefore =
  /(?<![\p{L}])(?:rombongan|delegasi|tamu|kunjungan(?:\s+kerja)?|kunker|studi\s+(?:banding|tiru|komparasi)|berkunjung|bertandang|mengunjungi)(?:\s+(?:resmi|dari|ke|asal))?\s+$/iu;
/** "BUMD di lingkungan Pemprov X", "aset milik Pemkab Y": the region qualifies something else. */
const ownerBefore = /(?<![\p{L}])(?:di\s+lingkungan|lingkup|milik|jajaran)\s+$/iu;
/** "dilakukan Pemkab Bima, bukan Pemkot Bima": a region denied a part is not a party. */
/** "(Foto: Humas Pemprov Bali)", "Sumber: Diskominfo Kota X": a credit line names a source, not a party. */
const creditBefore =
  /(?:(?<![\p{L}])(?:Foto|Sumber|Dok|Dokumentasi|Ilustrasi)\s*[:.]\s*(?:[\p{L}/]+\s+){0,3}|(?<![\p{L}])Humas\s+)$/u;
const deniedBefore = /(?<![\p{L}])(?:bukan|tidak\s+termasuk|belum\s+termasuk)\s+$/iu;

/**
 * "Pemerintah Provinsi Sulsel dan Pemkab setempat": a government named only as the local one. It is the
 * region of that level the headline names ("Pemprov Sulsel Gandeng Gowa ...").
 */
const localGovernment =
  /(?<![\p{L}])(?:Pemerintah\s+(Kabupaten|Kota)|(Pemkab|Pemkot))(?:\s*\((?:Pemkab|Pemkot)\))?\s+setempat(?![\p{L}])/giu;

/** The one autonomous region of `level` named in the span (any capitalised word may start a name), or null. */
function regionNamedIn(text: string, span: Span, level: 'kabupaten' | 'kota'): Region | null {
  const found = new Map<string, Region>();
  const head = text.slice(span[0], span[1]);
  for (const word of head.matchAll(/(?<![\p{L}])\p{Lu}/gu)) {
    const read = readRegionName(text, span[0] + word.index, level);
    if (!read || read.end > span[1]) continue;
    for (const candidate of read.candidates) if (candidate.autonomous) found.set(candidate.code, candidate);
  }
  const [only] = found.values();
  return found.size === 1 && only ? only : null;
}

/** Words that make a following official's title part of a building's name. */
const buildingBefore =
  /(?<![\p{L}])(?:Kantor|Rumah\s+(?:Dinas|Jabatan)|Rumdin|Rujab|Pendopo|Pendapa|Gedung|Aula|Wisma|Ruang(?:\s+(?:Rapat|Kerja|Tamu|Sidang|Pertemuan))?)\s+$/iu;

/** A sentence that reports a signing. */
const signingSentenceCue =
  /(?<![\p{L}])(ditandatangani|menandatangani|penandatanganan|diteken|meneken|bertanda\s*tangan)(?![\p{L}])/iu;

/** "Bupati X yang hadir menyaksikan penandatanganan": a name followed by a witness clause. */
const watchingAfter =
  /^[^.;]{0,20}?(?<![\p{L}])yang\s+(?:turut\s+|juga\s+|ikut\s+)?(?:hadir\s+)?(?:menyaksikan|mendampingi|hadir(?!\s+(?:untuk\s+)?mewakili))(?![\p{L}])/iu;
/** "..., yang hadir mewakili Bupati Sidoarjo Ahmad Muhdlor Ali": the head named after it did not sign. */
const representedBefore = /(?<![\p{L}])(?:mewakili|atas\s+nama)\s+$/iu;

type PartyEvidence = { region: Region; mentions: RegionMention[]; score: number };

const emptyResult = (text: string, title: string | null, truncated: boolean): ExtractionResult => ({
  eventType: 'other',
  interRegional: false,
  documentTypes: [],
  date: null,
  place: null,
  parties: [],
  officials: [],
  sectors: [],
  organizations: [],
  commitments: [],
  projects: [],
  visitKind: null,
  hostCode: null,
  institutions: [],
  topics: [],
  funding: null,
  title,
  language: 'unknown',
  text,
  truncated,
  evidence: {},
});

/**
 * Extracts a draft cooperation record from an article (plain text or HTML). Never throws, deterministic,
 * bounded work on any input (see clean.ts for the caps). Fields the rules are unsure about stay empty.
 */
export function extractArticle(input: ExtractionInput): ExtractionResult {
  try {
    return extractUnsafe(input);
  } catch (error) {
    // A rule that breaks on some odd input must not take the caller down: report nothing rather than a
    // guess, but never silently: the failure is reported with the article's hash so it can be found again.
    let text = '';
    try {
      text = normaliseInput(input).text;
    } catch {
      // The input itself cannot be read: the hash is that of the empty text.
    }
    reportRuleFailure({
      articleHash: articleHash(text),
      message: error instanceof Error ? error.message : String(error),
      stack: error instanceof Error ? error.stack : undefined,
    });
    return emptyResult('', null, false);
  }
}

/** A rule that threw on an article: the article's hash (FNV-1a, hex), the error and its stack. */
export type RuleFailure = { articleHash: string; message: string; stack: string | undefined };

let reportRuleFailure: (failure: RuleFailure) => void = (failure) => {
  // The extractor is pure and has no logger; the default writes one JSON line to stderr, as pino would.
  // eslint-disable-next-line no-console -- the only output of a pure module, replaced by callers that log
  console.error(JSON.stringify({ level: 50, msg: 'extraction rule failed', ...failure }));
};

/** Replaces where rule failures go (a logger, or a test that fails on any); returns the previous one. */
export function onRuleFailure(report: (failure: RuleFailure) => void): (failure: RuleFailure) => void {
  const previous = reportRuleFailure;
  reportRuleFailure = report;
  return previous;
}

/** A short, stable hash of an article's text (FNV-1a, 32 bits), to find the article again from a log. */
export function articleHash(text: string): string {
  let hash = 0x811c9dc5;
  for (let index = 0; index < text.length; index++) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, '0');
}

function extractUnsafe(input: ExtractionInput): ExtractionResult {
  const { text: raw, html, publishedAt, yearHint } = normaliseInput(input);
  const cleaned = cleanArticle(raw, html);
  const { text, title, titleSpan, headingSpans, truncated } = cleaned;
  if (!readsAsIndonesian(text)) return emptyResult(text, title, truncated);

  const sentences = splitSentences(text);
  const evidence: Record<string, EvidenceItem[]> = {};
  const addEvidence = (
    field: string,
    value: unknown,
    start: number,
    end: number,
    confidence: number,
    note?: string,
  ): void => {
    const sentence = sentenceAt(sentences, start);
    const item: EvidenceItem = {
      value,
      sentence: sentence?.text ?? '',
      start,
      end,
      confidence: Math.round(confidence * 100) / 100,
    };
    if (note) item.note = note;
    (evidence[field] ??= []).push(item);
  };

  const witnesses = witnessSpans(sentences);
  const mentions = findRegionMentions(text);
  if (titleSpan) {
    for (const match of text.matchAll(localGovernment)) {
      const word = (match[1] ?? match[2] ?? '').toLowerCase();
      const region = regionNamedIn(
        text,
        titleSpan,
        word.startsWith('pemkot') || word === 'kota' ? 'kota' : 'kabupaten',
      );
      if (!region) break;
      mentions.push({
        kind: 'government',
        region,
        candidates: [region],
        start: match.index,
        end: match.index + match[0].length,
        office: null,
        acting: false,
      });
    }
    mentions.sort((a, b) => a.start - b.start);
  }
  const hasCooperation = coreCue.test(text);
  const dates = hasCooperation
    ? findDates(text, sentences, publishedAt ?? cleaned.publishedAt ?? undefined, yearHint)
    : { event: null, publication: null };
  const eventYear = dates.event ? Number(dates.event.date.slice(0, 4)) : null;

  // Ambiguous mentions ("Pemda Malang") take the candidate the rest of the article settles on.
  const resolvedCodes = new Set(mentions.flatMap((mention) => (mention.region ? [mention.region.code] : [])));
  for (const mention of mentions) {
    if (mention.region || mention.candidates.length < 2) continue;
    const settled = mention.candidates.filter((candidate) => resolvedCodes.has(candidate.code));
    if (settled.length === 1 && settled[0]) mention.region = settled[0];
  }

  const sentenceIsCore = (at: number): boolean => {
    if (titleSpan && at >= titleSpan[0] && at < titleSpan[1]) return true;
    const sentence = sentenceAt(sentences, at);
    if (!sentence) return false;
    if (backgroundCue.test(sentence.text) || datesBeforeEvent(sentence.text, eventYear)) return false;
    return coreCue.test(sentence.text);
  };

  // Parties: regions written as a government, an official's title or a DPRD, outside witness clauses.
  // An official seen witnessing ("disaksikan Pj Gubernur X") who speaks later in the article is still a
  // witness: that office of that region counts little; the region's government named as such, or another
  // of its officials, counts in full (a party's Sekda often witnesses the signing by its head).
  const witnessKey = (mention: RegionMention): string =>
    `${mention.region?.code ?? ''}|${mention.office ?? ''}`;
  // A title inside a building's name ("ke Kantor Bupati X" after "didampingi ...") is no one watching.
  const inBuildingName = (mention: RegionMention): boolean =>
    buildingBefore.test(text.slice(Math.max(0, mention.start - 30), mention.start));
  const witnessed = new Set(
    mentions.flatMap((mention) =>
      mention.region && mention.office && inSpans(witnesses, mention.start) && !inBuildingName(mention)
        ? [witnessKey(mention)]
        : [],
    ),
  );
  const byRegion = new Map<string, PartyEvidence>();
  for (const mention of mentions) {
    const region = mention.region;
    if (!region || !region.autonomous) continue;
    if (inSpans(witnesses, mention.start)) continue;
    const core = sentenceIsCore(mention.start);
    const before = text.slice(Math.max(0, mention.start - 40), mention.start);
    if (ownerBefore.test(before) || deniedBefore.test(before) || creditBefore.test(before)) continue;
    // "Kantor Gubernur Bali", "Rumah Jabatan Bupati Gowa": a title inside a building's name is the venue.
    if (mention.kind === 'title' && buildingBefore.test(before.slice(-30))) continue;
    let weight: number;
    if (mention.kind === 'bare' && core && delegationBefore.test(before)) {
      weight = 2;
    } else if (mention.kind === 'bare') {
      if (bareIsPartOfName(text, mention) || !core) continue;
      weight = 0.5;
    } else if (mention.office && witnessed.has(witnessKey(mention))) {
      weight = 0.5;
    } else {
      weight = core ? 2 : 1;
    }
    const entry = byRegion.get(region.code) ?? { region, mentions: [], score: 0 };
    entry.mentions.push(mention);
    entry.score += weight;
    byRegion.set(region.code, entry);
  }
  // A head named with the title once and then by name in a sentence about the event ("Bupati Sukamara
  // Windu Subagio ..."; "... ungkap Windu usai menandatangani MoU") takes part in that event.
  for (const entry of byRegion.values()) {
    if (entry.score >= 2) continue;
    const titles = entry.mentions
      .filter((mention) => mention.kind === 'title' && mention.office && mention.office !== 'lainnya')
      .slice(0, 3);
    const named = titles.some((mention) => {
      const reading = readNameAfter(text, mention.end);
      if (!reading || reading.start - mention.end > 3) return false;
      const words = reading.name
        .split(' ')
        .filter((word) => word.length >= 4)
        .map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
      if (words.length === 0) return false;
      const byName = new RegExp(`(?<![\\p{L}])(?:${words.join('|')})(?![\\p{L}])`, 'u');
      return sentences.some(
        (sentence) =>
          sentence.start > reading.end &&
          !inSpans(witnesses, sentence.start) &&
          byName.test(sentence.text) &&
          sentenceIsCore(sentence.start),
      );
    });
    if (named) entry.score += 1;
  }
  const partyEntries = hasCooperation
    ? [...byRegion.values()].filter(
        (entry) => entry.score >= 2 && entry.mentions.some((mention) => mention.kind !== 'bare'),
      )
    : [];
  partyEntries.sort((a, b) => (a.mentions[0]?.start ?? 0) - (b.mentions[0]?.start ?? 0));
  const parties: Party[] = partyEntries.map((entry) => ({
    code: entry.region.code,
    name: displayName(entry.region),
  }));
  for (const entry of partyEntries) {
    const first = entry.mentions.find((mention) => mention.kind !== 'bare') ?? entry.mentions[0];
    if (first)
      addEvidence(
        'parties',
        { code: entry.region.code, name: displayName(entry.region) },
        first.start,
        first.end,
        Math.min(0.95, 0.5 + entry.score / 10),
      );
  }
  const partyCodes = new Set(parties.map((party) => party.code));

  const event = hasCooperation
    ? classifyEvent(text)
    : ({ value: 'other', start: 0, end: 0, confidence: 0.5 } as Finding<'other'>);

  // Officials: a name beside a title, outside witness clauses and headlines.
  type Sighting = {
    office: OfficeKey;
    acting: boolean;
    regionCode: string | null;
    name: string;
    start: number;
    end: number;
    mention: RegionMention;
  };
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
    if (mention.candidates.length === 0 && opensWithPlace(text, reading.name)) continue;
    let regionCode = mention.region?.code ?? null;
    if (!regionCode && mention.candidates.length > 1) {
      const inParties = mention.candidates.filter((candidate) => partyCodes.has(candidate.code));
      if (inParties.length === 1 && inParties[0]) regionCode = inParties[0].code;
    }
    sightings.push({
      office: mention.office,
      acting: mention.acting,
      regionCode,
      name: reading.name,
      start: mention.start,
      end: reading.end,
      mention,
    });
  }
  type Person = {
    office: OfficeKey;
    regionCode: string | null;
    acting: boolean;
    variants: Map<string, number>;
    sightings: Sighting[];
  };
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
      person.variants.set(sighting.name, (person.variants.get(sighting.name) ?? 0) + 1);
      person.regionCode ??= sighting.regionCode;
      if (officeRank[sighting.office]! > officeRank[person.office]! && sighting.regionCode !== null)
        person.office = sighting.office;
    } else {
      people.push({
        office: sighting.office,
        regionCode: sighting.regionCode,
        acting: sighting.acting,
        variants: new Map([[sighting.name, 1]]),
        sightings: [sighting],
      });
    }
  }
  // A title without a region ("Bupati Irsyad Yusuf") belongs to the only party of that level.
  const levelOfOffice = (office: OfficeKey): string | null =>
    office === 'gubernur' || office === 'wakil_gubernur'
      ? 'provinsi'
      : office === 'bupati' || office === 'wakil_bupati'
        ? 'kabupaten'
        : office === 'wali_kota' || office === 'wakil_wali_kota'
          ? 'kota'
          : null;
  for (const person of people) {
    if (person.regionCode !== null) continue;
    const level = levelOfOffice(person.office);
    const matching = partyEntries.filter((entry) => entry.region.level === level);
    if (level && matching.length === 1 && matching[0]) person.regionCode = matching[0].region.code;
  }
  // At a signing the officials are its signatories: when a sentence that reports this signing names some
  // of a party's people, they are preferred to a higher-ranked head who only gave it a mandate or watched
  // ("ditandatangani oleh Kepala Dinas Kesehatan ..., disaksikan Bupati ...").
  const signedIn = (sighting: Sighting): boolean => {
    const sentence = sentenceAt(sentences, sighting.start);
    if (!sentence || !signingSentenceCue.test(sentence.text)) return false;
    if (backgroundCue.test(sentence.text) || datesBeforeEvent(sentence.text, eventYear)) return false;
    if (representedBefore.test(text.slice(Math.max(0, sighting.start - 20), sighting.start))) return false;
    return !watchingAfter.test(text.slice(sighting.end, Math.min(sentence.end, sighting.end + 60)));
  };
  const officials: Official[] = [];
  for (const party of parties) {
    let candidates = people.filter((person) => person.regionCode === party.code);
    if (event.value === 'signing') {
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
    // A short form ("Rizal Yusuf") gives way to the full name it is part of ("Mochamad Rizal Yusuf"); then
    // the spelling used most in the whole text wins, and ties go to the first one written.
    const allVariants = [...leader.variants.keys()];
    const variants = allVariants.filter(
      (variant) => !allVariants.some((other) => isShortFormOf(variant, other)),
    );
    const counted = variants.map((variant, order) => ({
      variant,
      order,
      count: countOccurrences(text, variant),
    }));
    counted.sort((a, b) => b.count - a.count || a.order - b.order);
    const name = counted[0]?.variant ?? variants[0] ?? '';
    const official: Official = { name, office: leader.office, acting: leader.acting, regionCode: party.code };
    officials.push(official);
    const first = leader.sightings[0];
    if (first) addEvidence('officials', official, first.start, first.end, 0.8);
  }

  // Event, documents, date, venue.
  if (event.value !== 'other')
    addEvidence('eventType', event.value, event.start, event.end, event.confidence);

  const organizations = hasCooperation
    ? findOrganizations(text, sentences, (at) => inSpans(headingSpans, at))
    : [];

  // Signatories for a third party (a rector, a head of a prosecutor's office, a company director) are
  // officials of the signing too (docs/domain.md: "officials are the signatories of a signing"); the contract
  // allows them as office "lainnya" with no regionCode, since they serve no pemda. Only names written in a
  // sentence that reports the signing count, so a rector merely present is left out.
  if (event.value === 'signing') {
    const organizationNames = organizations
      .map((organization) => organization.value.name)
      .sort((a, b) => b.length - a.length);
    const regionSpans = mentions.map((mention): Span => [mention.start, mention.end]);
    for (const match of text.matchAll(thirdPartyTitle)) {
      if (officials.length >= 12) break;
      const start = match.index;
      if (inSpans(witnesses, start) || inSpans(headingSpans, start) || inSpans(regionSpans, start)) continue;
      const sentence = sentenceAt(sentences, start);
      if (!sentence || !signingSentenceCue.test(sentence.text)) continue;
      const reading = readThirdPartySignatory(
        text,
        start + match[0].length,
        organizationNames,
        endsWithRegion,
      );
      if (!reading || reading.end > sentence.end) continue;
      if (officials.some((official) => sameperson(official.name, reading.name))) continue;
      const official: Official = {
        name: reading.name,
        office: 'lainnya',
        acting: match[1] !== undefined,
        regionCode: null,
      };
      officials.push(official);
      addEvidence('officials', official, start, reading.end, 0.65);
    }
  }
  // "Usai penandatanganan kesepakatan bersama, acara dilanjutkan dengan penandatanganan perjanjian kerja
  // sama antara Dinas Lingkungan Hidup Kota Semarang dan PT ...": between several parties, a document one
  // side signs with a third party in the same sentence is a side signing, not this cooperation's document.
  const sideSigning = (start: number): boolean => {
    if (parties.length < 2) return false;
    const sentence = sentenceAt(sentences, start);
    if (!sentence) return false;
    const after = text.slice(start, sentence.end);
    const counterpart = /(?<![\p{L}])(?:antara|dengan)(?![\p{L}])/u.exec(after);
    if (!counterpart) return false;
    const from = start + counterpart.index;
    const withOrganization = organizations.some(
      (organization) => organization.start >= from && organization.start < sentence.end,
    );
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
  };
  const allDocuments = findDocuments(text, event.value);
  const documents = allDocuments.some((document) => !sideSigning(document.start))
    ? allDocuments.filter((document) => !sideSigning(document.start))
    : allDocuments;
  for (const document of documents)
    addEvidence('documentTypes', document.value, document.start, document.end, document.confidence);

  if (dates.event)
    addEvidence(
      'date',
      dates.event.date,
      dates.event.start,
      dates.event.end,
      dates.event.confidence,
      dates.event.note,
    );

  const isRegion = (phrase: string): 'province' | 'local' | null => {
    const found = lookupAlias(normalizeRegionText(phrase));
    if (found.length === 0) return null;
    return found.every((region) => region.level === 'provinsi') ? 'province' : 'local';
  };
  const place = hasCooperation
    ? findPlace(
        text,
        sentences,
        dates.event?.start ?? (event.value !== 'other' ? event.start : null),
        isRegion,
        () => false,
      )
    : null;
  if (place) addEvidence('place', place.value, place.start, place.end, place.confidence);

  // A scope cue in a clause that names only regions other than the parties ("... Kartamantul, yang
  // mempertemukan Kota Yogyakarta, Kabupaten Sleman dan Kabupaten Bantul dalam urusan persampahan")
  // describes their cooperation, not this one.
  // So does "kerja sama perdagangan dengan Kalimantan Timur" when the partner after "dengan" is not a party.
  const aboutOthers = (cueStart: number, cueEnd: number): boolean => {
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
  };
  const sectorFindings = hasCooperation ? findSectors(text, sentences, headingSpans, aboutOthers) : [];
  const sectorKeys: SectorKey[] = sectorFindings.map((finding) => finding.key);
  for (const finding of sectorFindings)
    addEvidence('sectors', finding.key, finding.start, finding.end, finding.confidence);

  for (const organization of organizations)
    addEvidence(
      'organizations',
      organization.value,
      organization.start,
      organization.end,
      organization.confidence,
    );
  const commitments = hasCooperation ? findCommitments(text) : [];
  for (const commitment of commitments)
    addEvidence('commitments', commitment.value, commitment.start, commitment.end, commitment.confidence);
  const projects = hasCooperation ? findProjects(text, sentences) : [];
  for (const project of projects)
    addEvidence('projects', project.value, project.start, project.end, project.confidence);

  const partyCodeList = parties.map((party) => party.code);
  const gathering = hasCooperation && event.value !== 'signing';
  const visitKind = gathering && event.value === 'visit' ? findVisitKind(text) : null;
  if (visitKind)
    addEvidence('visitKind', visitKind.value, visitKind.start, visitKind.end, visitKind.confidence);
  const host = gathering ? findHost(text, sentences, mentions, partyCodeList, place) : null;
  if (host) addEvidence('hostCode', host.value, host.start, host.end, host.confidence);
  const institutions = gathering
    ? findInstitutions(mentions, partyCodeList, (at) => inSpans(witnesses, at))
    : [];
  for (const institution of institutions)
    addEvidence(
      'institutions',
      institution.value,
      institution.start,
      institution.end,
      institution.confidence,
    );
  const topicFindings = gathering ? findTopics(text, sentences) : [];
  const topics = topicFindings.map((topic) => {
    // A topic's sector is the sector found inside its words ("pengelolaan sampah" -> lingkungan hidup).
    const sector = sectorFindings.find(
      (finding) => finding.start >= topic.start && finding.start < topic.end,
    );
    const value = { text: topic.value, sector: sector?.key ?? null };
    addEvidence('topics', value, topic.start, topic.end, topic.confidence);
    return value;
  });
  const funding =
    hasCooperation && projects.length > 0 ? findFunding(text, sentences, mentions, partyCodeList) : null;
  if (funding) addEvidence('funding', funding.value, funding.start, funding.end, funding.confidence);

  const interRegional = parties.length >= 2;
  if (interRegional) {
    const together = sentences.find((sentence) => {
      const codes = new Set(
        partyEntries.flatMap((entry) =>
          entry.mentions.some((mention) => mention.start >= sentence.start && mention.start < sentence.end)
            ? [entry.region.code]
            : [],
        ),
      );
      return codes.size >= 2;
    });
    if (together) addEvidence('interRegional', true, together.start, together.end, 0.85);
  }
  if (title && titleSpan) addEvidence('title', title, titleSpan[0], titleSpan[1], 0.9);

  return {
    eventType: event.value,
    interRegional,
    documentTypes: documents.map((document) => document.value),
    date: dates.event?.date ?? null,
    place: place?.value ?? null,
    parties,
    officials,
    sectors: sectorKeys,
    organizations: organizations.map((organization) => organization.value),
    commitments: commitments.map((commitment) => commitment.value),
    projects: projects.map((project) => project.value),
    visitKind: visitKind?.value ?? null,
    hostCode: host?.value ?? null,
    institutions: institutions.map((institution) => institution.value),
    topics,
    funding: funding?.value ?? null,
    title,
    language: 'id',
    text,
    truncated,
    evidence,
  };
}

/** True when every word of `short` is a word of the longer name `full` ("Rizal Yusuf" of "Mochamad Rizal Yusuf"). */
function isShortFormOf(short: string, full: string): boolean {
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
