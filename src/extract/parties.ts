/**
 * Parties: the regional governments that take part in the event. A region counts when it is written as
 * a government, an official's title or a DPRD in a sentence about the event, outside witness clauses,
 * credit lines and building names; a bare region name counts only as a delegation or a visit's host.
 */
import { displayName } from '../domain/regions';
import type { Region } from '../domain/regions';
import { inSpans, isBackground } from './context';
import type { ArticleContext } from './context';
import { buildingBefore, cooperationCue } from './lexicon';
import { readNameAfter } from './officials';
import type { RegionMention } from './regions-in-text';
import { sentenceAt } from './sentences';
import type { Party } from './types';

/**
 * "rombongan dari Kabupaten X", "delegasi Kota Y", "kunjungan kerja ke Kabupaten Z": a region named as a
 * visiting delegation or as the host of a visit takes part in it, however it is written.
 */
const delegationBefore =
  /(?<![\p{L}])(?:rombongan|delegasi|tamu|kunjungan(?:\s+kerja)?|kunker|studi\s+(?:banding|tiru|komparasi)|berkunjung|bertandang|mengunjungi)(?:\s+(?:resmi|dari|ke|asal))?\s+$/iu;
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
  return cooperationCue.test(sentence.text);
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
  const byRegion = new Map<string, PartyEvidence>();
  for (const mention of mentions) {
    const region = mention.region;
    if (!region || !region.autonomous) continue;
    if (inSpans(witnesses, mention.start)) continue;
    const core = sentenceIsCore(context, mention.start);
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
          sentenceIsCore(context, sentence.start),
      );
    });
    if (named) entry.score += 1;
  }
  const entries = context.hasCooperation
    ? [...byRegion.values()].filter(
        (entry) => entry.score >= 2 && entry.mentions.some((mention) => mention.kind !== 'bare'),
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
