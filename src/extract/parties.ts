/**
 * Parties: the regional governments that take part in the event. A region counts when it is written as
 * a government, an official's title or a DPRD in a sentence about the event, outside witness clauses,
 * credit lines and building names; a bare region name counts only as a delegation or a visit's host.
 */
import { displayName } from '../domain/regions';
import type { Region } from '../domain/regions';
import { inSpans, isBackground } from './context';
import type { ArticleContext } from './context';
import { buildingBefore, cooperationCue, financialHelpCue, signingSentenceCue } from './lexicon';
import { readNameAfter } from './officials';
import type { RegionMention } from './regions-in-text';
import { sentenceAt } from './sentences';
import type { Party } from './types';

/**
 * "rombongan dari Kabupaten X", "delegasi Kota Y", "kunjungan kerja ke Kabupaten Z": a region named as a
 * visiting delegation or as the host of a visit takes part in it, however it is written.
 */
const delegationBefore =
  /(?<![\p{L}])(?:rombongan|delegasi|tamu|kunjungan(?:\s+kerja)?|kunker|studi\s+(?:banding|tiru|komparasi)|kaji\s+banding|berkunjung|bertandang|mengunjungi)(?:\s+(?:resmi|dari|ke|asal))?\s+$/iu;
/**
 * "Dihadiri Asisten I dan SKPD terkait dari Kabupaten Blora, Tuban, Rembang, dan Bojonegoro": the regions
 * whose people attend, up to the region at hand (the list's items between).
 */
const attendedFromBefore =
  /(?<![\p{L}])(?:[Dd]ihadiri|[Dd]iikuti)(?:\s+oleh)?\s+[^.;!?]{0,80}?\s+dari\s+(?:(?:Kabupaten|Kab\.|Kota|Provinsi)\s+)?(?:[\p{Lu}][\p{L}-]*(?:\s+[\p{Lu}][\p{L}-]*)*\s*,\s*(?:dan\s+)?|[\p{Lu}][\p{L}-]*(?:\s+[\p{Lu}][\p{L}-]*)*\s+(?:dan|serta)\s+)*$/u;
/** A room or hall named after the agency that owns it: "di Ruang Rapat Wahono Biro Pemerintahan ...". */
const roomOfAgencyBefore =
  /(?<![\p{L}])di\s+(?:Ruang|Aula|Gedung|Balai|Graha)(?:\s+(?:[\p{Lu}\d][\p{L}\d.]*|dan))*\s+$/u;
/** "Lewat kerja sama resmi dengan Kabupaten Sumedang": the partner of a cooperation, named bare. */
const partnerBefore =
  /(?<![\p{L}])(?:kerja\s?sama|kesepakatan(?:\s+bersama)?|perjanjian(?:\s+kerja\s?sama)?|MoU|PKS|nota\s+kesepahaman)(?:\s+\p{Ll}+){0,2}\s+dengan\s+$/iu;
/** "bantuan keuangan ... kepada Kabupaten X", "Bangubsus untuk Kabupaten Y": the region that receives the help. */
const recipientBefore = /(?<![\p{L}])(?:kepada|untuk|bagi)\s+$/iu;
/** "BUMD di lingkungan Pemprov X", "aset milik Pemkab Y": the region qualifies something else. */
const ownerBefore = /(?<![\p{L}])(?:di\s+lingkungan|lingkup|milik|jajaran)\s+$/iu;
/** "(Foto: Humas Pemprov Bali)", "Sumber: Diskominfo Kota X": a credit line names a source, not a party. */
const creditBefore =
  /(?:(?<![\p{L}])(?:Foto|Sumber|Dok|Dokumentasi|Ilustrasi)\s*[:.]\s*(?:[\p{L}/]+\s+){0,3}|(?<![\p{L}])Humas\s+)$/u;
/** "dilakukan Pemkab Bima, bukan Pemkot Bima": a region denied a part is not a party. */
const deniedBefore = /(?<![\p{L}])(?:bukan|tidak\s+termasuk|belum\s+termasuk)\s+$/iu;

/** Bare "Kota X" written as part of a longer proper noun ("Balai Kota Malang", "Hotel Horison Kota Pasuruan") or as a location. */
export function bareIsPartOfName(text: string, mention: RegionMention): boolean {
  const before = text.slice(Math.max(0, mention.start - 40), mention.start);
  if (/\p{Lu}[\p{L}.'’-]*\s+$/u.test(before) && !/(?:^|[.!?“"]\s*|\n)\p{Lu}[\p{L}]*\s+$/u.test(before))
    return true;
  if (/(?<![\p{L}])(di|dari\s+\w+\s+di)\s+$/iu.test(before)) return true;
  if (mention.region?.level === 'provinsi' && /,\s*$/.test(before)) return true;
  return false;
}

/** Words that open a list of participants: "meliputi", "yaitu", "diantaranya", "terdiri dari". */
const listOpener =
  /(?<![\p{L}])(?:meliputi|yaitu|yakni|di\s*antaranya|antara\s+lain|terdiri\s+(?:dari|atas))\s*:?\s*/giu;
/** "Sebelas daerah tersebut meliputi ...": a counted group of regions before the list. */
const countedRegions =
  /(?<![\p{L}])(?:\d+|dua|tiga|empat|lima|enam|tujuh|delapan|sembilan|sepuluh|sebelas|\p{L}+\s+belas)\s+(?:daerah|kabupaten|kota|kabupaten\/kota|pemda|pemerintah\s+daerah|kepala\s+daerah)\s+(?:tersebut|itu)\s*$/iu;

/**
 * True when a bare region is one item of a list of participants ("11 daerah tersebut meliputi Kabupaten
 * Bojonegoro, Kabupaten Tuban, ..."; "juga ikut dalam MoU tersebut diantaranya Kabupaten Siak"): the list
 * opens after a participants' word in a clause about the event (or after the regions already named,
 * counted), and nothing but regions, commas and "dan" stands between its opener and the mention. "2
 * Kabupaten di Provinsi Kalimantan Barat yaitu ..." in a sentence on borders names neighbours, not parties.
 */
export function isListedParticipant(context: ArticleContext, mention: RegionMention, core: boolean): boolean {
  const { text, sentences, mentions } = context;
  const sentence = sentenceAt(sentences, mention.start);
  if (!sentence) return false;
  const head = text.slice(sentence.start, mention.start);
  let openerEnd = -1;
  let openerStart = -1;
  for (const match of head.matchAll(listOpener)) {
    openerStart = sentence.start + match.index;
    openerEnd = openerStart + match[0].length;
  }
  if (openerEnd < 0) return false;
  // The list belongs to the event when its own clause says so ("juga ikut dalam MoU tersebut
  // diantaranya"), or when it counts the regions already named ("Sebelas daerah tersebut meliputi").
  const beforeOpener = text.slice(sentence.start, openerStart);
  const clause = beforeOpener.slice(
    Math.max(beforeOpener.lastIndexOf(','), beforeOpener.lastIndexOf(';')) + 1,
  );
  if (!(core && cooperationCue.test(clause)) && !countedRegions.test(beforeOpener)) return false;
  let at = openerEnd;
  for (const other of mentions) {
    if (other.start < openerEnd || other.start >= mention.start) continue;
    if (!/^[\s,;]*(?:(?:dan|serta)\s+)?$/u.test(text.slice(at, other.start))) return false;
    at = Math.max(at, other.end);
  }
  return /^[\s,;]*(?:(?:dan|serta)\s+)?$/u.test(text.slice(at, mention.start));
}

/** One party region with the mentions that made it one and their weight. */
export type PartyEvidence = { region: Region; mentions: RegionMention[]; score: number };

export type PartyReading = {
  parties: Party[];
  /** The evidence of each party, in the order of `parties`. */
  entries: PartyEvidence[];
  codes: Set<string>;
};

/** True when the sentence at `at` is about the event: the headline, or a sentence with a cue that is not background. */
export function sentenceIsCore(context: ArticleContext, at: number): boolean {
  const { titleSpan, sentences } = context;
  if (titleSpan && at >= titleSpan[0] && at < titleSpan[1]) return true;
  const sentence = sentenceAt(sentences, at);
  if (!sentence) return false;
  if (isBackground(context, sentence.text)) return false;
  return (
    cooperationCue.test(sentence.text) || (context.aboutFinancialHelp && financialHelpCue.test(sentence.text))
  );
}

/** The parties of the event, with evidence added to the context. */
export function findParties(context: ArticleContext): PartyReading {
  const { text, sentences, mentions, witnesses } = context;
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
  const receivesHelp = (mention: RegionMention): boolean => {
    const sentence = sentenceAt(sentences, mention.start);
    return Boolean(
      context.aboutFinancialHelp &&
      sentence &&
      financialHelpCue.test(text.slice(sentence.start, mention.start)),
    );
  };
  // Regions whose people attend a meeting ("Dihadiri ... dari Kabupaten Blora, Tuban ..."); at a signing,
  // those who attend only watch.
  const attendedFrom = (mention: RegionMention): boolean => {
    if (mention.kind !== 'bare') return false;
    const sentence = sentenceAt(sentences, mention.start);
    return Boolean(
      sentence &&
      !signingSentenceCue.test(sentence.text) &&
      attendedFromBefore.test(text.slice(sentence.start, mention.start)),
    );
  };
  const byRegion = new Map<string, PartyEvidence>();
  const listed = new Set<string>();
  for (const mention of mentions) {
    const region = mention.region;
    if (!region || !region.autonomous) continue;
    const attended = attendedFrom(mention);
    if (inSpans(witnesses, mention.start) && !attended) continue;
    const core = sentenceIsCore(context, mention.start);
    const before = text.slice(Math.max(0, mention.start - 40), mention.start);
    if (ownerBefore.test(before) || deniedBefore.test(before) || creditBefore.test(before)) continue;
    // "Kantor Gubernur Bali", "Rumah Jabatan Bupati Gowa": a title inside a building's name is the venue.
    if (mention.kind === 'title' && buildingBefore.test(before.slice(-30))) continue;
    // "di Ruang Rapat Wahono Biro Pemerintahan dan Otonomi Daerah Setda Propinsi Jawa Timur": an agency
    // inside the venue's name hosts the room, it does not take part.
    if (
      mention.kind === 'opd' &&
      roomOfAgencyBefore.test(text.slice(Math.max(0, mention.start - 100), mention.start))
    )
      continue;
    let weight: number;
    if (mention.kind === 'bare' && core && delegationBefore.test(before)) {
      weight = 2;
    } else if (mention.kind === 'bare' && core && partnerBefore.test(before)) {
      weight = 2;
      listed.add(region.code);
    } else if (mention.kind === 'bare' && core && recipientBefore.test(before) && receivesHelp(mention)) {
      weight = 2;
      listed.add(region.code);
    } else if (attended) {
      weight = 2;
      listed.add(region.code);
    } else if (mention.kind === 'bare' && isListedParticipant(context, mention, core)) {
      weight = 2;
      listed.add(region.code);
    } else if (mention.kind === 'bare') {
      if (bareIsPartOfName(text, mention) || !core) continue;
      weight = 0.5;
    } else if (mention.office && witnessed.has(witnessKey(mention))) {
      weight = 0.5;
    } else {
      weight = core || mention.counted ? 2 : 1;
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
          sentenceIsCore(context, sentence.start),
      );
    });
    if (named) entry.score += 1;
  }
  const entries = context.hasCooperation
    ? [...byRegion.values()].filter(
        (entry) =>
          entry.score >= 2 &&
          (listed.has(entry.region.code) || entry.mentions.some((mention) => mention.kind !== 'bare')),
      )
    : [];
  entries.sort((a, b) => (a.mentions[0]?.start ?? 0) - (b.mentions[0]?.start ?? 0));
  const parties: Party[] = entries.map((entry) => ({
    code: entry.region.code,
    name: displayName(entry.region),
  }));
  for (const entry of entries) {
    const first = entry.mentions.find((mention) => mention.kind !== 'bare') ?? entry.mentions[0];
    if (first)
      context.addEvidence(
        'parties',
        { code: entry.region.code, name: displayName(entry.region) },
        first.start,
        first.end,
        Math.min(0.95, 0.5 + entry.score / 10),
      );
  }
  return { parties, entries, codes: new Set(parties.map((party) => party.code)) };
}
