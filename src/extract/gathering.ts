/**
 * Visits and meetings in article text: who received whom (the host), the kind of visit (studi
 * banding, studi komparasi ...), the DPRD that came along, the topics studied, and who funds whom
 * when an audience is about bantuan keuangan or kemitraan ("bantuan Kemitraan Pemprov DKI Jakarta
 * untuk Pemkot Bekasi"). Each value carries its span for the review screen's evidence.
 */
import { displayName, regionByCode } from '../domain/regions';
import type { VisitKind } from '../domain/records/kinds';
import type { Finding } from './event';
import { weekdayAlternation } from './lexicon';
import type { RegionMention } from './regions-in-text';
import type { Sentence } from './sentences';

const visitKindWords: ReadonlyArray<[RegExp, VisitKind]> = [
  [/(?<![\p{L}])studi\s+komparasi(?![\p{L}])/iu, 'studi_komparasi'],
  [/(?<![\p{L}])(?:studi\s+banding|kaji\s+banding|benchmarking)(?![\p{L}])/iu, 'studi_banding'],
  [/(?<![\p{L}])studi\s+tiru(?![\p{L}])/iu, 'studi_tiru'],
  [/(?<![\p{L}])(?:kunjungan\s+kerja|kunker)(?![\p{L}])/iu, 'kunjungan_kerja'],
];

/** The named kind of a visit: a study is more specific than "kunjungan kerja", which it often is too. */
export function findVisitKind(text: string): Finding<VisitKind> | null {
  for (const [pattern, kind] of visitKindWords) {
    const match = pattern.exec(text);
    if (match)
      return { value: kind, start: match.index, end: match.index + match[0].length, confidence: 0.8 };
  }
  return null;
}

/** The party a mention stands for: its region, or the province of a city within it (Jakarta Pusat). */
function partyOf(mention: RegionMention, partyCodes: ReadonlySet<string>): string | null {
  const region = mention.region;
  if (!region) return null;
  if (partyCodes.has(region.code)) return region.code;
  return region.provinceCode !== null && partyCodes.has(region.provinceCode) ? region.provinceCode : null;
}

const receivingVerb =
  /(?<![\p{L}])(?:menerima|menyambut|kedatangan)\s+(?:(?:kunjungan|rombongan|audiensi|tamu|delegasi|kedatangan)(?![\p{L}])|(?:\p{L}+\s+){0,2}(?:kunjungan|rombongan))/giu;
const goingTo =
  /(?<![\p{L}])(?:kunjungan(?:\s+kerja)?|kunker|berkunjung|bertandang|studi\s+(?:banding|komparasi|tiru)|lawatan|mengunjungi)(?:\s+(?!ke(?![\p{L}]))\p{L}+){0,3}?\s+(?:ke|di)?\s*/giu;
const audienceWith = /(?<![\p{L}])(?:audiensi|beraudiensi|audensi|bertemu)\s+(?:dengan|kepada|ke)\s+/giu;

/**
 * The region that received the visit or the audience, among the parties: the subject of "menerima
 * kunjungan" ("Pemkot Malang menerima kunjungan kerja dari Pemkab Bekasi"), the region a delegation
 * went to ("kunjungan kerja ke Kota Malang"), the one approached ("audiensi dengan Wagub DKI"), or
 * the region of the venue ("Balai Kota Malang").
 */
export function findHost(
  text: string,
  sentences: readonly Sentence[],
  mentions: readonly RegionMention[],
  parties: readonly string[],
  place: Finding<string> | null,
): Finding<string> | null {
  const partyCodes = new Set(parties);
  if (partyCodes.size === 0) return null;
  const sentenceOf = (at: number) => sentences.find((sentence) => at >= sentence.start && at < sentence.end);

  for (const match of text.matchAll(receivingVerb)) {
    const sentence = sentenceOf(match.index);
    if (!sentence) continue;
    const before = mentions
      .filter((mention) => mention.start >= sentence.start && mention.end <= match.index)
      .map((mention) => ({ mention, code: partyOf(mention, partyCodes) }))
      .filter((entry) => entry.code !== null);
    const subject = before.at(-1);
    if (subject?.code)
      return {
        value: subject.code,
        start: subject.mention.start,
        end: subject.mention.end,
        confidence: 0.85,
      };
  }
  for (const [pattern, confidence] of [
    [goingTo, 0.75],
    [audienceWith, 0.7],
  ] as const) {
    for (const match of text.matchAll(pattern)) {
      const after = match.index + match[0].length;
      const next = mentions.find((mention) => mention.start >= after && mention.start <= after + 40);
      const code = next ? partyOf(next, partyCodes) : null;
      // "kunjungan ... ke" names where the visitors went; "di" only counts when a region follows at once.
      if (
        next &&
        code &&
        (/ke\s*$/iu.test(match[0]) || /(?:dengan|kepada)\s+$/iu.test(match[0]) || next.start === after)
      )
        return { value: code, start: next.start, end: next.end, confidence };
    }
  }
  if (place) {
    const inPlace = mentions.find(
      (mention) => mention.start >= place.start && mention.start < place.end && partyOf(mention, partyCodes),
    );
    const code = inPlace ? partyOf(inPlace, partyCodes) : null;
    if (inPlace && code) return { value: code, start: inPlace.start, end: inPlace.end, confidence: 0.6 };
  }
  return null;
}

/** A body of a party region that took part besides its government: its DPRD. */
export type Institution = { kind: 'dprd'; regionCode: string; name: string };

/** The DPRD of party regions named as taking part ("dari Pemkab Bekasi dan DPRD Kabupaten Bekasi"). */
export function findInstitutions(
  mentions: readonly RegionMention[],
  parties: readonly string[],
  skip: (at: number) => boolean,
): Array<Finding<Institution>> {
  const partyCodes = new Set(parties);
  const found = new Map<string, Finding<Institution>>();
  for (const mention of mentions) {
    if (mention.kind !== 'dprd' || skip(mention.start)) continue;
    const code = partyOf(mention, partyCodes);
    const region = code ? regionByCode(code) : undefined;
    if (!code || !region || found.has(code)) continue;
    found.set(code, {
      value: { kind: 'dprd', regionCode: code, name: `DPRD ${displayName(region)}` },
      start: mention.start,
      end: mention.end,
      confidence: 0.8,
    });
  }
  return [...found.values()];
}

const topicCue =
  /(?<![\p{L}])(?:(?:belajar|mempelajari|menimba\s+ilmu|membahas|berdiskusi)\s+(?:(?:terkait|tentang|mengenai|seputar|soal)(?:\s+dengan)?\s+)?|(?:terkait|tentang|mengenai|seputar)(?:\s+dengan)?\s+)(?=\p{L})/giu;
/** Where a topic list stops: a relative clause, the venue, the date, a quote. */
const topicStop = new RegExp(
  `\\s(?:ke|kepada|bersama|yang|bertempat|berlangsung|pada\\s+(?:hari|${weekdayAlternation})|di\\s+(?:Ruang|Gedung|Aula|Balai|Kantor|Pendopo|Pendapa|Hotel|Kota|Kabupaten))(?![\\p{L}])|[.;:"“”]\\s|[.;:"“”]$|,\\s*(?:${weekdayAlternation})`,
  'u',
);
/** Words that open a sentence's scope but name no topic. */
const notATopic =
  /^(?:(?:di|ke|dari|pada)\s|(?:hal|hal\s+tersebut|hal\s+ini|itu|ini|kegiatan|kunjungan|kerja\s+sama|kerjasama|kemitraan)$|(?:kemitraan|kerja\s?sama)\s+(?:yang|antar))/iu;
const maxTopicChars = 90;
/** An item that is a clause of speech, not a topic: "tentu kita juga perlu ...", "hal itu". */
const spokenItem =
  /(?<![\p{L}])(?:kita|kami|saya|tentu|secara|perlu|akan|hal)(?![\p{L}])|(?<![\p{L}])(?:Pemkab|Pemkot|Pemprov|Pemerintah|DPRD|Bupati|Wali\s*[Kk]ota|Gubernur)(?![\p{L}])/u;
/** Words before a topic that say nothing of it: "bidang pelayanan publik", "khususnya pengembangan ...". */
const topicLead =
  /^(?:(?:khususnya|terutama|yakni|yaitu|seperti|antara\s+lain|di\s+)?\s*(?:bidang|sektor|urusan)\s+|khususnya\s+|terutama\s+|yakni\s+|yaitu\s+|seperti\s+|antara\s+lain\s+)/iu;

/**
 * The topics a visit studied or a meeting discussed, as written: "studi komparasi terkait pengelolaan
 * pajak, Malang Creative Center (MCC) serta pengelolaan sampah di TPA Supit Urang" gives three. Read
 * from the first sentence that names the visit or the audience with a topic cue.
 */
export function findTopics(text: string, sentences: readonly Sentence[]): Array<Finding<string>> {
  for (const sentence of sentences.slice(0, 12)) {
    if (
      !/(?<![\p{L}])(?:kunjungan|kunker|berkunjung|mengunjungi|bertandang|rombongan|delegasi|studi\s+(?:banding|komparasi|tiru)|audiensi|rapat\s+koordinasi|rakor)(?![\p{L}])/iu.test(
        sentence.text,
      )
    )
      continue;
    // Of chained cues ("terkait bantuan kemitraan ... baik terkait dengan lingkungan hidup, PUPR"), the
    // last one opens the list.
    const cue = [...sentence.text.matchAll(topicCue)].at(-1);
    if (!cue) continue;
    const from = cue.index + cue[0].length;
    const rest = sentence.text.slice(from);
    const stop = rest.search(topicStop);
    const segment = (stop === -1 ? rest : rest.slice(0, stop)).replace(/[.\s]+$/u, '');
    const items = splitList(segment);
    const topics: Array<Finding<string>> = [];
    let offset = 0;
    for (const raw of items) {
      const rawAt = segment.indexOf(raw, offset);
      offset = rawAt + raw.length;
      const lead = topicLead.exec(raw)?.[0] ?? '';
      const item = raw.slice(lead.length);
      const at = rawAt + lead.length;
      if (item.length < 3 || item.length > maxTopicChars || notATopic.test(item) || spokenItem.test(item))
        continue;
      topics.push({
        value: item,
        start: sentence.start + from + at,
        end: sentence.start + from + at + item.length,
        confidence: 0.6,
      });
    }
    if (topics.length > 0) return topics.slice(0, 8);
  }
  return [];
}

/** "A, B serta C" / "A, B, dan C" / "A dan B": the items, trimmed. A lone "dan" splits only short lists. */
function splitList(segment: string): string[] {
  // Commas inside parentheses belong to a name: "Tempat Pengolahan Sampah Reduce, Reuse, Recycle (TPS3R)".
  const protectedSegment = segment.replace(/\([^()]*\)/gu, (group) => group.replace(/,/g, '\u241f'));
  const parts = protectedSegment
    .split(/\s*,\s*(?:dan\s+|serta\s+)?|\s+serta\s+/u)
    .map((part) => part.replaceAll('\u241f', ',').trim())
    .filter(Boolean);
  if (parts.length === 1) {
    const pair = parts[0]!.split(/\s+dan\s+/u);
    if (pair.length === 2 && pair.every((part) => part.split(/\s+/).length <= 4))
      return pair.map((part) => part.trim());
    return parts;
  }
  const last = parts.at(-1)!;
  const tail = last.split(/\s+dan\s+/u);
  return tail.length === 2 ? [...parts.slice(0, -1), ...tail.map((part) => part.trim())] : parts;
}

const fundingCue =
  /(?<![\p{L}])(bantuan\s+(?:keuangan|kemitraan|dana|hibah)|kemitraan|hibah|dana\s+kemitraan)(?![\p{L}])/giu;

/**
 * Who funds whom: "bantuan Kemitraan Pemprov DKI Jakarta untuk Pemkot Bekasi" (the region before
 * "untuk"/"kepada" gives, the one after receives); with only a province and a city among the parties
 * and a funding word, the province funds (bantuan keuangan flows down).
 */
export function findFunding(
  text: string,
  sentences: readonly Sentence[],
  mentions: readonly RegionMention[],
  parties: readonly string[],
): Finding<{ funderCode: string; recipientCode: string }> | null {
  const partyCodes = new Set(parties);
  if (partyCodes.size < 2) return null;
  for (const match of text.matchAll(fundingCue)) {
    const sentence = sentences.find((s) => match.index >= s.start && match.index < s.end);
    if (!sentence) continue;
    const after = mentions
      .filter((mention) => mention.start >= match.index && mention.start < sentence.end)
      .map((mention) => ({ mention, code: partyOf(mention, partyCodes) }))
      .filter((entry): entry is { mention: RegionMention; code: string } => entry.code !== null);
    const giver = after[0];
    if (!giver) continue;
    const between = text.slice(giver.mention.end, sentence.end);
    const to = /^[^.;]{0,40}?(?<![\p{L}])(?:untuk|kepada|bagi|ke)\s+/iu.exec(between);
    if (!to) continue;
    const receiver = after.find(
      (entry) => entry.mention.start >= giver.mention.end + to[0].length - 1 && entry.code !== giver.code,
    );
    if (receiver)
      return {
        value: { funderCode: giver.code, recipientCode: receiver.code },
        start: match.index,
        end: receiver.mention.end,
        confidence: 0.75,
      };
  }
  if (!fundingCue.test(text)) return null;
  fundingCue.lastIndex = 0;
  const provinces = parties.filter((code) => regionByCode(code)?.level === 'provinsi');
  const locals = parties.filter((code) => regionByCode(code)?.level !== 'provinsi');
  if (provinces.length === 1 && locals.length === 1) {
    const match = fundingCue.exec(text);
    fundingCue.lastIndex = 0;
    if (match)
      return {
        value: { funderCode: provinces[0]!, recipientCode: locals[0]! },
        start: match.index,
        end: match.index + match[0].length,
        confidence: 0.5,
      };
  }
  return null;
}

const headTitle = String.raw`(?:bupati|wali\s?kota|walikota|kepala\s+daerah|wabup|wakil\s+bupati|wakil\s+wali\s?kota)`;
/** "bupati dan wali kota se-Sultra", "Kepala Daerah Se Kalsel", "Bupati/Walikota se-Provinsi Riau". */
const headsOfAProvince = new RegExp(
  String.raw`(?<![\p{L}])${headTitle}(?:\s*(?:/|dan|,|serta)\s*${headTitle})*(?:\s+(?:kabupaten|kab\.?)(?:\s*/\s*kota|\s+dan\s+kota)?)?\s+se(?:-\s?|\s)(?!indonesia|nusantara|regional)\p{L}`,
  'iu',
);
/** "delapan bupati", "seluruh Bupati", "7 Bupati", "para wali kota": several heads of kabupaten or kota. */
const severalHeads =
  /(?<![\p{L}\d])(?:para|seluruh|segenap|[2-9]|[1-3]\d|dua|tiga|empat|lima|enam|tujuh|delapan|sembilan|sepuluh|sebelas|dua\s+belas|tiga\s+belas)\s+(?:bupati|wali\s?kota|walikota)(?![\p{L}])/iu;

/**
 * A gathering of the heads of several kabupaten and kota, when the article names only one region (a
 * governor's rakor "bersama seluruh Bupati ... se-Sulbar", a raker "dengan delapan bupati"): the event
 * is between regions even though the others are not named one by one.
 */
export function findHeadsGathering(text: string): Finding<true> | null {
  const match = headsOfAProvince.exec(text) ?? severalHeads.exec(text);
  if (!match) return null;
  return { value: true, start: match.index, end: match.index + match[0].length, confidence: 0.7 };
}
