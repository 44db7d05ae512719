/**
 * The article context every rule module reads: the cleaned text, its sentences, headline and headings,
 * the region mentions, the witness clauses, the event's year and the evidence sink. Built once per
 * article by `buildContext`; the party, signatory, venue and scope modules take it instead of a long
 * list of arguments, so that what a rule may see is explicit.
 */
import type { Region } from '../domain/regions';
import type { CleanedArticle } from './clean';
import { backgroundCue, cooperationCue, financialHelpCue, fullMonthAlternation } from './lexicon';
import { findRegionMentions, readRegionName } from './regions-in-text';
import type { RegionMention } from './regions-in-text';
import { sentenceAt, splitSentences } from './sentences';
import type { Sentence } from './sentences';
import type { EvidenceItem, ExtractionInput } from './types';

export type Span = [number, number];

export function inSpans(spans: readonly Span[], at: number): boolean {
  for (const [start, end] of spans) if (at >= start && at < end) return true;
  return false;
}

/** Records one piece of evidence for a field (the sentence is looked up from `start`). */
export type AddEvidence = (
  field: string,
  value: unknown,
  start: number,
  end: number,
  confidence: number,
  note?: string,
) => void;

export type ArticleContext = {
  /** The cleaned text every offset refers to. */
  readonly text: string;
  readonly title: string | null;
  readonly titleSpan: Span | null;
  /** Headlines of the page (the title and other headings): page furniture, never the event. */
  readonly headingSpans: readonly Span[];
  readonly sentences: readonly Sentence[];
  /** Region mentions in text order (the local-government ones resolved from the headline). */
  readonly mentions: RegionMention[];
  /** Witness clauses: from "disaksikan", "didampingi" ... to the end of the sentence. */
  readonly witnesses: readonly Span[];
  /** True when some sentence speaks of cooperation, a visit or a meeting at all. */
  readonly hasCooperation: boolean;
  /**
   * Whether the article is about a government's financial help (named in the headline or the lead):
   * then a sentence about that help is about the event, and the region it goes to takes part.
   */
  readonly aboutFinancialHelp: boolean;
  /** The year of the event's date, once it is known (set by the caller after the dates are read). */
  eventYear: number | null;
  readonly evidence: Record<string, EvidenceItem[]>;
  readonly addEvidence: AddEvidence;
};

/** Words that introduce witnesses and companions: regions and officials after them are not parties. */
const witnessCue =
  /(?<![\p{L}])(disaksikan|menyaksikan|dihadiri|turut\s+hadir|hadir\s+(?:pula|juga|mendampingi|dalam)|tampak\s+hadir|didampingi|mendampingi|^Hadir)(?![\p{L}])/giu;

/** "X menghadiri penandatanganan", "X Hadiri Penandatanganan": the one who attends a signing. */
const attendsSigning =
  /^(?:(?!menandatangani|meneken|bersama\s)[^;!?]){0,160}?\s(?:menghadiri|[Hh]adiri|menyaksikan|[Ss]aksikan)\s+(?:(?:acara|prosesi|kegiatan)\s+)?(?=[Pp]enandatanganan)/u;

/** A year a sentence dates itself by: "Pada 2022, ...", "tahun 2021", "Maret 2023", "yang diteken 2020". */
const yearInSentence = new RegExp(
  `(?<![\\p{L}\\d])(?:pada\\s+(?:tahun\\s+)?|tahun\\s+|(?:diteken|ditandatangani|disepakati|dijalin)\\s+|(?:${fullMonthAlternation})\\s+)((?:19|20)\\d{2})(?!\\d)`,
  'giu',
);

/** True when the sentence dates itself to a year before the event's: it tells of earlier cooperation. */
export function datesBeforeEvent(sentence: string, eventYear: number | null): boolean {
  if (eventYear === null) return false;
  for (const match of sentence.matchAll(yearInSentence)) if (Number(match[1]) < eventYear) return true;
  return false;
}

/** True when the sentence at `at` is background: earlier cooperation, or dated before the event. */
export function isBackground(context: ArticleContext, sentence: string): boolean {
  return backgroundCue.test(sentence) || datesBeforeEvent(sentence, context.eventYear);
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

export function readsAsIndonesian(text: string): boolean {
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

export type NormalisedInput = {
  text: string;
  html: boolean;
  publishedAt: string | undefined;
  /** A month the article was published in, from its URL ("/2019/01/"): only completes years. */
  yearHint: string | undefined;
};

export function normaliseInput(input: ExtractionInput): NormalisedInput {
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

/**
 * Where a companion clause gives way to the sentence's main verb: "X yang didampingi anggota DPRD,
 * diterima oleh Wakil Bupati Badung": the host after the comma is no companion.
 */
const mainVerbAfterComma =
  /,\s*(?:lalu\s+|kemudian\s+)?(?:diterima|disambut|menerima|menyambut|bertemu|menandatangani|mengunjungi)(?![\p{L}])/u;

/** A meeting as the subject right before "dihadiri": "Pertemuan itu", "Rapat koordinasi tersebut". */
const meetingSubject =
  /(?<![\p{L}])(?:pertemuan|rapat(?:\s+koordinasi)?|rakor|musyawarah)(?:\s+[\p{L}\d-]+){0,3}\s+(?:juga\s+)?$/iu;

/** Spans of witness clauses: from the cue to the end of its sentence, or to the main verb after it. */
export function witnessSpans(sentences: readonly Sentence[]): Span[] {
  const spans: Span[] = [];
  for (const sentence of sentences) {
    // "Gubernur NTB, Dr. H. Zulkieflimansyah menghadiri Penandatanganan Berita Acara Kesepakatan ...": the
    // subject of attending a signing watches it.
    const attends = attendsSigning.exec(sentence.text);
    if (attends) spans.push([sentence.start, sentence.start + attends.index + attends[0].length]);
    for (const match of sentence.text.matchAll(witnessCue)) {
      // "Pertemuan itu dihadiri Bupati Bolmong ..., Bupati Bolsel ...": those who attend a meeting are
      // its participants, not witnesses of someone else's act.
      if (/^dihadiri$/iu.test(match[0]) && meetingSubject.test(sentence.text.slice(0, match.index))) continue;
      const after = sentence.text.slice(match.index);
      const mainVerb = /^(?:didampingi|mendampingi)/iu.test(match[0]) ? mainVerbAfterComma.exec(after) : null;
      spans.push([
        sentence.start + match.index,
        mainVerb ? sentence.start + match.index + mainVerb.index : sentence.end,
      ]);
      break;
    }
  }
  return spans;
}

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

/** Region mentions of the text, with "Pemkab setempat" read as the headline's kabupaten. */
function mentionsOf(text: string, titleSpan: Span | null): RegionMention[] {
  const mentions = findRegionMentions(text);
  if (!titleSpan) return mentions;
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
      actingKind: null,
    });
  }
  mentions.sort((a, b) => a.start - b.start);
  return mentions;
}

/** Ambiguous mentions ("Pemda Malang") take the candidate the rest of the article settles on. */
function settleAmbiguous(mentions: RegionMention[]): void {
  const resolvedCodes = new Set(mentions.flatMap((mention) => (mention.region ? [mention.region.code] : [])));
  for (const mention of mentions) {
    if (mention.region || mention.candidates.length < 2) continue;
    const settled = mention.candidates.filter((candidate) => resolvedCodes.has(candidate.code));
    if (settled.length === 1 && settled[0]) mention.region = settled[0];
  }
}

/** The context of a cleaned article that reads as Indonesian. */
export function buildContext(cleaned: CleanedArticle): ArticleContext {
  const { text, title, titleSpan, headingSpans } = cleaned;
  const sentences = splitSentences(text);
  const evidence: Record<string, EvidenceItem[]> = {};
  const addEvidence: AddEvidence = (field, value, start, end, confidence, note) => {
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
  const mentions = mentionsOf(text, titleSpan);
  const lead = sentences.slice(0, 2).map((sentence) => sentence.text);
  const aboutFinancialHelp = [title ?? '', ...lead].some((part) => financialHelpCue.test(part));
  return {
    text,
    title,
    titleSpan,
    headingSpans,
    sentences,
    mentions,
    witnesses: witnessSpans(sentences),
    hasCooperation: aboutFinancialHelp || cooperationCue.test(text),
    aboutFinancialHelp,
    eventYear: null,
    evidence,
    addEvidence,
  };
}

/** Completes the context once the event's date is known: mentions settle, background is dated. */
export function settleContext(context: ArticleContext, eventYear: number | null): void {
  context.eventYear = eventYear;
  settleAmbiguous(context.mentions);
}
