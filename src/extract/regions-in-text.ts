/**
 * Region mentions in article text: "Pemerintah Kota (Pemkot) Malang", "Pemkab Bekasi", "Wali Kota Bekasi",
 * "Pj. Bupati Bekasi", "Wagub DKI Jakarta", "DPRD Kabupaten Bekasi", bare "Kabupaten Pasuruan".
 * Each mention records how it was written (government, official's title, DPRD or bare kind word), because
 * that decides whether the region is a party; names are resolved through src/domain/regions so that
 * Kota and Kabupaten of the same name stay apart.
 */
import { lookupAlias, maxAliasTokenCount, normalizeRegionText } from '../domain/regions';
import type { Region, RegionLevel } from '../domain/regions';
import type { ActingKind } from '../domain/agreements/kinds';
import { actingAlternation, actingKindOf } from './lexicon';
import type { OfficeKey } from './types';

/** How a region was named. */
export type MentionKind = 'government' | 'title' | 'dprd' | 'opd' | 'bare';

/** One region mention. `region` is null when the name fits several regions (see `candidates`) or none. */
export type RegionMention = {
  kind: MentionKind;
  region: Region | null;
  candidates: Region[];
  /** Start of the whole mention (title or marker included). */
  start: number;
  /** End of the region name (or of the title when no region follows it). */
  end: number;
  /** Office when the mention is an official's title. */
  office: OfficeKey | null;
  /** Pj./Plt./Plh./Penjabat before the title. */
  acting: boolean;
  /** Which acting status the marker names (Pj., Plt. or Plh.), null without a marker. */
  actingKind: Exclude<ActingKind, 'definitif'> | null;
  /** An item of a counted list that points back at the event ("enam kabupaten penerima BKK tersebut yakni"). */
  counted?: boolean;
};

// "Pj.Walikota": a dotted marker may touch the title.
const actingPrefix = `(?:(${actingAlternation})(?:\\s*\\((?:${actingAlternation})\\))?(?:\\s+|(?<=\\.)))?`;
const officeWords =
  '((?:Wakil\\s+)?Ketua\\s+(?:Komisi|Badan|Pansus|Fraksi|Komite)(?:\\s+[\\p{Lu}\\d][\\p{L}\\d]*){1,3}\\s+DPRD|[Aa]nggota\\s+(?:Komisi\\s+[\\p{Lu}\\d][\\p{L}\\d]*\\s+)?DPRD|Wakil\\s+Ketua\\s+DPRD|Wakil\\s+Wali\\s*[Kk]ota|Wakil\\s+Walikota|Wawali(?:kota)?|Wawako|Wali\\s*[Kk]ota|Walikota|Wako|Wakil\\s+Bupati|Wabup|Bupati|Wakil\\s+Gubernur|Wagub|Gubernur|Sek(?:re|er)taris\\s+Daerah|Sek(?:re|er)taris\\s+(?:Kabupaten|Kota)(?=\\s*\\(|\\s+\\p{Lu}[\\p{Ll}])|Sekdaprov|Sekdakab|Sekdakot|Sekdako|Sekkab|Sekkot|Sekab|Sekda|Ketua\\s+DPRD)';
// A kind word is a whole word: "Kota" is not the start of "Kotamobagu", "Kotabaru" or "Kotawaringin".
const levelWord = '(Provinsi|Propinsi|Prov\\.|Kabupaten|Kab\\.|Kotamadya|Kota(?![\\p{L}]))';

/** An official's title, optionally acting, optionally followed by a kind word: "Pj. Wali Kota", "Sekda Kabupaten". */
// "Penjabat Gubernur (Penjagub) Gorontalo", "Wakil Gubernur (Wagub) Jawa Timur": the title's short form in
// brackets stands between the title and the region.
const titlePattern = new RegExp(
  `\\b${actingPrefix}${officeWords}\\b(?:\\s*\\([\\p{Lu}][\\p{L}]{1,10}\\))?(?:\\s+${levelWord})?`,
  'gu',
);
/** A government marker: "Pemerintah Kota (Pemkot)", "Pemkab", "Pemerintah Provinsi", "Pemda". */
const governmentPattern = new RegExp(
  `\\b(?:[Pp]emerintah(?:\\s+[Dd]aerah)?\\s+([Pp]rovinsi|[Pp]ropinsi|[Kk]abupaten|[Kk]ota)|[Pp]emerintah\\s+[Dd]aerah|(Pemprov|Pemprop|Pemkab|Pemkot|Pemda))\\b(?:\\s*\\((?:Pemprov|Pemkab|Pemkot|Pemda)\\))?(?:\\s+${levelWord})?`,
  'gu',
);
const dprdPattern = new RegExp(
  `(?:\\bDewan\\s+Perwakilan\\s+Rakyat\\s+Daerah(?:\\s*\\(DPRD\\))?|\\bDPRD\\b)(?:\\s+${levelWord})?`,
  'gu',
);
const barePattern = new RegExp(`\\b${levelWord}(?=\\s+\\p{Lu})`, 'gu');
/**
 * A regional agency (OPD) or the regional secretariat, whose name ends with its region: "Dinas
 * Perhubungan Kota Bukittinggi", "Dinas Kominfo Lamsel", "Setda Lombok Timur", "Setdako Pekanbaru".
 * The agency acts for its pemda (a PKS is often signed by an OPD head under a mandate).
 */
const opdPattern =
  /(?<![\p{L}])(?:Dinas|Badan|Bappeda|Bapenda|Bappelitbangda|BPKAD|BKPSDM|BPBD|Dishub|Diskominfo|Dinkes|Disdik|Disdukcapil|Dukcapil|Dispar|Disperindag|DLH|DLHK|DPUPR|DPMPTSP|Disperkim|Disnaker|Dinsos|BPPRD|Bakeuda|Satpol\s+PP|Inspektorat|Sekretariat\s+Daerah|Setda|Setdako|Setdakab|Setdaprov|Sekretariat\s+DPRD)(?![\p{L}])/gu;
/** The head of an agency or a part of it, written before the agency: "Kepala", "Plt. Kepala", "Asisten Perekonomian dan Pembangunan". */
const opdTitleBefore = new RegExp(
  `(?<![\\p{L}])(?:(${actingAlternation})\\s+)?(?:Kepala|Kadis|Kaban|As+isten|Sek(?:re|er)taris)(?:\\s+(?:[\\p{Lu}][\\p{L}]*|dan|I{1,3}|IV))*\\s+$`,
  'u',
);
/** Words of an agency's own name between its head word and the region (at most this many). */
const maxOpdNameWords = 6;

const officeByWords: ReadonlyArray<[RegExp, OfficeKey, RegionLevel | null]> = [
  [/^(wakil\s+wali\s*kota|wakil\s+walikota|wawali(kota)?|wawako)$/i, 'wakil_wali_kota', 'kota'],
  [/^(wali\s*kota|walikota|wako)$/i, 'wali_kota', 'kota'],
  [/^(wakil\s+bupati|wabup)$/i, 'wakil_bupati', 'kabupaten'],
  [/^bupati$/i, 'bupati', 'kabupaten'],
  [/^(wakil\s+gubernur|wagub)$/i, 'wakil_gubernur', 'provinsi'],
  [/^gubernur$/i, 'gubernur', 'provinsi'],
  [/^(sek(?:re|er)taris\s+daerah|sekda)$/i, 'sekretaris_daerah', null],
  // A secretary named with the level of the government: "Sekdaprov Jambi", "Sekretaris Kabupaten (Sekab) Konkep".
  [/^sekdaprov$/i, 'sekretaris_daerah', 'provinsi'],
  [/^(sekdakab|sekkab|sekab|sek(?:re|er)taris\s+kabupaten)$/i, 'sekretaris_daerah', 'kabupaten'],
  [/^(sekdakot|sekdako|sekkot|sek(?:re|er)taris\s+kota)$/i, 'sekretaris_daerah', 'kota'],
  [/^ketua\s+dprd$/i, 'ketua_dprd', null],
  // The deputy speaker, a commission's or a body's leader and members of a DPRD: office "lainnya".
  [/dprd$/i, 'lainnya', null],
];

function levelOfWord(word: string | undefined): RegionLevel | null {
  if (!word) return null;
  const lower = word.toLowerCase();
  if (lower.startsWith('prov') || lower.startsWith('prop') || lower === 'pemprov' || lower === 'pemprop')
    return 'provinsi';
  if (lower.startsWith('kab') || lower === 'pemkab') return 'kabupaten';
  if (lower.startsWith('kota') || lower === 'pemkot') return 'kota';
  return null;
}

const levelPrefix: Record<RegionLevel, string> = {
  provinsi: 'provinsi',
  kabupaten: 'kabupaten',
  kota: 'kota',
};

/** A capitalised word or an upper-case abbreviation (DKI, NTB), possibly hyphenated ("Bau-Bau"). */
const nameToken = /^(?:[\p{Lu}][\p{L}\p{M}'’-]*\.?|dan(?= +\p{Lu}))/u;

/**
 * Reads a region name right after `from`: the longest run of capitalised words (up to the longest alias)
 * that names a region of the allowed level. Returns the regions and where the name ends.
 */
export function readRegionName(
  text: string,
  from: number,
  level: RegionLevel | null,
): { candidates: Region[]; end: number } | null {
  const tokens: Array<{ text: string; end: number }> = [];
  let position = from;
  while (tokens.length < maxAliasTokenCount) {
    // Words are separated by a single run of spaces; a comma or line break ends the name.
    let skip = position;
    while (text[skip] === ' ') skip++;
    if (tokens.length > 0 && skip === position) break;
    const match = nameToken.exec(text.slice(skip, skip + 40));
    if (!match) break;
    const word = match[0].replace(/\.$/, '');
    tokens.push({ text: word, end: skip + word.length });
    position = skip + word.length;
  }
  for (let count = tokens.length; count >= 1; count--) {
    const phrase = tokens
      .slice(0, count)
      .map((token) => token.text)
      .join(' ');
    const normalized = normalizeRegionText(phrase);
    if (normalized === '') continue;
    const found = lookupAlias(level ? `${levelPrefix[level]} ${normalized}` : normalized);
    const filtered = level ? found.filter((region) => region.level === level) : found;
    const last = tokens[count - 1];
    if (filtered.length > 0 && last) return { candidates: filtered, end: last.end };
  }
  return null;
}

function mention(
  kind: MentionKind,
  start: number,
  end: number,
  candidates: Region[],
  office: OfficeKey | null,
  actingKind: Exclude<ActingKind, 'definitif'> | null,
): RegionMention {
  const [first] = candidates;
  return {
    kind,
    start,
    end,
    candidates,
    region: candidates.length === 1 && first ? first : null,
    office,
    acting: actingKind !== null,
    actingKind,
  };
}

/** A connector between list items: a comma, "dan", "serta", after an optional bracketed province. */
const listConnector = /^\s*(?:\([^()\n]{1,30}\)\s*)?(?:[,;]\s*(?:dan\s+|serta\s+)?|dan\s+|serta\s+)/u;
const listLevel = /^(Provinsi|Propinsi|Prov\.|Kabupaten|Kab\.|Kotamadya|Kota)(?= +\p{Lu})/u;

/** A cooperation and "antara" before its sides: "kerja sama antara", "kesepakatan bersama antara". */
const betweenSidesPattern =
  /(?<![\p{L}])(?:kerja\s?sama|kesepakatan|perjanjian|MoU|nota\s+kesepahaman)(?:\s+\p{Ll}+){0,3}\s+antara\s+/giu;

/**
 * A count of regions and its list opener: "enam kabupaten penerima BKK tersebut yakni". A count located
 * somewhere ("2 Kabupaten di Provinsi Kalimantan Barat yaitu ...") names neighbours, not parties.
 */
const countedListPattern =
  /(?<![\p{L}])(?:\d+|dua|tiga|empat|lima|enam|tujuh|delapan|sembilan|sepuluh|sebelas|\p{Ll}+\s+belas)\s+(kabupaten\/kota|kabupaten|kota|daerah|pemda|pemerintah\s+daerah)(?:\s+(?!di\s)[\p{L}()]+){0,4}?\s*,?\s+(?:yakni|yaitu|antara\s+lain|di\s*antaranya|meliputi|terdiri\s+(?:dari|atas))\s*:?\s*/giu;

/** Words of a count that point back at the event: "penerima BKK tersebut", "peserta". */
const pointsBack =
  /(?<![\p{L}])(?:tersebut|itu|penerima|peserta|yang\s+(?:hadir|menandatangani|terlibat))(?![\p{L}])/iu;

function levelOfCount(word: string | undefined): RegionLevel | null {
  const lower = (word ?? '').toLowerCase();
  return lower === 'kabupaten' ? 'kabupaten' : lower === 'kota' ? 'kota' : null;
}

/** The second side after "dengan": "antara Kabupaten Ngawi dengan Kota Madiun". */
function readAfterWith(
  text: string,
  from: number,
): { start: number; end: number; candidates: Region[] } | null {
  const connector = /^\s+dengan\s+/u.exec(text.slice(from, from + 20));
  return connector ? readItemAt(text, from + connector[0].length, null) : null;
}

/**
 * The next item of a list of regions after `from`: a connector, an optional kind word, then a region
 * name of that kind (or, without a kind word, of the level of the item before).
 */
function readListItem(
  text: string,
  from: number,
  previousLevel: RegionLevel | null,
): { start: number; end: number; candidates: Region[] } | null {
  const connector = listConnector.exec(text.slice(from, from + 40));
  if (!connector) return null;
  return readItemAt(text, from + connector[0].length, previousLevel);
}

/** A region name at `start`, after an optional kind word. */
function readItemAt(
  text: string,
  start: number,
  previousLevel: RegionLevel | null,
): { start: number; end: number; candidates: Region[] } | null {
  const level = listLevel.exec(text.slice(start, start + 12));
  const read = level
    ? readRegionName(text, start + level[0].length, levelOfWord(level[1]))
    : readRegionName(text, start, previousLevel);
  return read ? { start, end: read.end, candidates: read.candidates } : null;
}

/**
 * All region mentions in `text`, sorted by position. Titles and government markers are read first;
 * a bare kind word inside a span they already cover is not read again.
 */
export function findRegionMentions(text: string): RegionMention[] {
  const mentions: RegionMention[] = [];
  const covered: Array<[number, number]> = [];
  const isCovered = (at: number): boolean => covered.some(([start, end]) => at >= start && at < end);

  for (const match of text.matchAll(titlePattern)) {
    const start = match.index;
    const titleEnd = start + match[0].length;
    const actingKind = match[1] !== undefined ? actingKindOf(match[1]) : null;
    const officeText = (match[2] ?? '').replace(/\s+/g, ' ');
    const entry = officeByWords.find(([pattern]) => pattern.test(officeText));
    if (!entry) continue;
    const [, office, officeLevel] = entry;
    const level = levelOfWord(match[3]) ?? officeLevel;
    const read = readRegionName(text, titleEnd, level);
    const end = read ? read.end : titleEnd;
    covered.push([start, end]);
    mentions.push(mention('title', start, end, read?.candidates ?? [], office, actingKind));
  }
  for (const match of text.matchAll(governmentPattern)) {
    const start = match.index;
    if (isCovered(start)) continue;
    const markerEnd = start + match[0].length;
    const level = levelOfWord(match[3]) ?? levelOfWord(match[1]) ?? levelOfWord(match[2]);
    const read = readRegionName(text, markerEnd, level);
    if (!read) continue;
    covered.push([start, read.end]);
    mentions.push(mention('government', start, read.end, read.candidates, null, null));
  }
  for (const match of text.matchAll(dprdPattern)) {
    const start = match.index;
    if (isCovered(start)) continue;
    const read = readRegionName(text, start + match[0].length, levelOfWord(match[1]));
    if (!read) continue;
    covered.push([start, read.end]);
    mentions.push(mention('dprd', start, read.end, read.candidates, null, null));
  }
  // "kerja sama antara DKI Jakarta dan Kota Bekasi": the sides of a cooperation named after "antara" are
  // governments, with or without a marker or a kind word.
  for (const match of text.matchAll(betweenSidesPattern)) {
    const first = readItemAt(text, match.index + match[0].length, null);
    if (!first || isCovered(first.start)) continue;
    covered.push([first.start, first.end]);
    const side = mention('government', first.start, first.end, first.candidates, null, null);
    mentions.push(side);
    const next = readListItem(text, first.end, null) ?? readAfterWith(text, first.end);
    if (next && !isCovered(next.start)) {
      covered.push([next.start, next.end]);
      mentions.push(mention('government', next.start, next.end, next.candidates, null, null));
    }
  }
  // "DPRD Kota Pasuruan (Jawa Timur), Kabupaten Badung (Bali) dan Kabupaten Bangka Barat", "Pemkab
  // Sidoarjo, Gresik dan Lamongan": a government or DPRD marker carries over a list of regions after it.
  // A counted list: "Enam kabupaten penerima BKK tersebut yakni Bangli, Buleleng, ... dan Tabanan", "pemda
  // empat kabupaten yakni Luwu Timur, Sulawesi Selatan; Bengkulu Tengah, Bengkulu; ...": the items are
  // governments, named without their kind word.
  for (const match of text.matchAll(countedListPattern)) {
    const first = readItemAt(text, match.index + match[0].length, levelOfCount(match[1]));
    if (!first || isCovered(first.start)) continue;
    covered.push([first.start, first.end]);
    const item = mention('government', first.start, first.end, first.candidates, null, null);
    if (pointsBack.test(match[0])) item.counted = true;
    mentions.push(item);
  }
  // "Bupati Sleman, Bantul, Kulon Progo dan Gunungkidul": a head's title carries over a list too.
  const carryOver = (heads: readonly RegionMention[]): void => {
    for (const head of heads) {
      let last = head;
      let lastEnd = head.end;
      for (let items = 0; items < 40; items++) {
        const sameLevel = readListItem(
          text,
          lastEnd,
          last.region?.level ?? last.candidates[0]?.level ?? null,
        );
        const next = sameLevel ?? readListItem(text, lastEnd, 'provinsi');
        if (!next || isCovered(next.start)) break;
        // "Kabupaten Purbalingga, Provinsi Jawa Tengah": the province locates the item; it is no item. In a
        // list whose items are separated by semicolons ("Luwu Timur, Sulawesi Selatan; Bengkulu Tengah,
        // Bengkulu; ..."), the list goes on after it.
        const [only] = next.candidates;
        const previousCode = last.region?.code;
        if (next.candidates.length === 1 && only && previousCode?.startsWith(`${only.code}.`)) {
          if (!/^\s*;/.test(text.slice(next.end, next.end + 4))) break;
          lastEnd = next.end;
          continue;
        }
        if (!sameLevel) break;
        // "Wali Kota Bogor, Bima Arya": after a title, a region name that runs on into more capitalised
        // words is the head's own name.
        if (head.kind === 'title' && /^ +\p{Lu}/u.test(text.slice(next.end, next.end + 3))) break;
        covered.push([next.start, next.end]);
        const item = mention(head.kind, next.start, next.end, next.candidates, head.office, head.actingKind);
        if (head.counted) item.counted = true;
        mentions.push(item);
        last = item;
        lastEnd = item.end;
      }
    }
  };
  carryOver(
    mentions.filter(
      (m) =>
        m.kind === 'government' ||
        m.kind === 'dprd' ||
        (m.kind === 'title' &&
          (m.office === 'bupati' || m.office === 'wali_kota') &&
          m.candidates.length > 0),
    ),
  );
  for (const match of text.matchAll(opdPattern)) {
    const headStart = match.index;
    if (isCovered(headStart)) continue;
    // Walk the agency's name word by word; the first place a region name (with or without its kind word) starts wins.
    let position = headStart + match[0].length;
    let read: { candidates: Region[]; end: number } | null = null;
    for (let words = 0; words <= maxOpdNameWords && read === null; words++) {
      const gap = /^ +/.exec(text.slice(position, position + 4));
      if (!gap) break;
      position += gap[0].length;
      const level = /^(Provinsi|Propinsi|Prov\.|Kabupaten|Kab\.|Kota|Kotamadya)(?= +\p{Lu})/u.exec(
        text.slice(position, position + 12),
      );
      read = level
        ? readRegionName(text, position + level[0].length, levelOfWord(level[1]))
        : readRegionName(text, position, null);
      if (read) break;
      const word = /^(?:[\p{Lu}][\p{L}\d&-]*|dan)(?![\p{L}])/u.exec(text.slice(position, position + 40));
      if (!word) break;
      position += word[0].length;
    }
    if (!read) continue;
    const before = text.slice(Math.max(0, headStart - 80), headStart);
    const title = opdTitleBefore.exec(before);
    const start = title ? headStart - before.length + title.index : headStart;
    covered.push([headStart, read.end]);
    mentions.push(
      mention(
        'opd',
        start,
        read.end,
        read.candidates,
        title ? 'lainnya' : null,
        title?.[1] !== undefined ? actingKindOf(title[1]) : null,
      ),
    );
  }
  for (const match of text.matchAll(barePattern)) {
    const start = match.index;
    if (isCovered(start)) continue;
    const read = readRegionName(text, start + match[0].length, levelOfWord(match[1]));
    if (!read) continue;
    covered.push([start, read.end]);
    mentions.push(mention('bare', start, read.end, read.candidates, null, null));
  }
  // "dari Kabupaten Blora, Tuban, Rembang, dan Bojonegoro": a kind word carries over a list too.
  carryOver(mentions.filter((m) => m.kind === 'bare'));
  mentions.sort((a, b) => a.start - b.start);
  return mentions;
}
