/**
 * Region name resolution: "Pemkot Malang", "Kab. Pasuruan", "Wali Kota Bekasi", "Jabar" -> a region of
 * the Kemendagri list, or an explicit list of candidates when the words fit several ("Malang" is both a
 * kota and a kabupaten). Pure and fast: the alias index is built once when the module loads.
 *
 * How it works: the input is normalised (lower case, ASCII, punctuation to spaces), leading prefixes are
 * peeled off (titles such as "Pj. Wali Kota", kinds such as "Pemkab", "Kabupaten/Kota"), and what remains
 * is looked up with its spaces removed, so that "Pematang Siantar" and "Pematangsiantar" or "Bau-Bau" and
 * "Baubau" meet on the same key. Prefixes narrow the candidates to a level.
 */
import { regions } from './catalog';
import type { Region, RegionLevel, RegionResolution } from './region';

/** Office of an official, as in the extraction contract (`officials[].office`). */
export type RegionOffice =
  | 'gubernur'
  | 'wakil_gubernur'
  | 'bupati'
  | 'wakil_bupati'
  | 'wali_kota'
  | 'wakil_wali_kota'
  | 'sekretaris_daerah'
  | 'ketua_dprd'
  | 'lainnya';

/** What the leading words of a region mention say before the name itself. */
export type RegionPrefixes = {
  /** Levels the prefixes allow ("Pemkot" -> kota, "Kabupaten/Kota" -> both); null when they say nothing. */
  levels: readonly RegionLevel[] | null;
  /** Office named by a title ("Wakil Gubernur" -> wakil_gubernur), or null. */
  office: RegionOffice | null;
  /** True when an acting marker precedes the title (Pj., Plt., Plh., Penjabat ...). */
  acting: boolean;
  /** The normalised text after the prefixes: the region name to look up. */
  rest: string;
};

type PrefixEffect =
  | { kind: 'neutral' }
  | { kind: 'acting' }
  | { kind: 'deputy' }
  | { kind: 'level'; level: RegionLevel }
  | { kind: 'title'; level: RegionLevel | null; office: RegionOffice; deputyOffice: RegionOffice };

type PrefixEntry = { tokens: readonly string[]; effect: PrefixEffect };

const neutral: PrefixEffect = { kind: 'neutral' };
const level = (value: RegionLevel): PrefixEffect => ({ kind: 'level', level: value });
const title = (
  value: RegionLevel | null,
  office: RegionOffice,
  deputyOffice: RegionOffice,
): PrefixEffect => ({
  kind: 'title',
  level: value,
  office,
  deputyOffice,
});

/**
 * Words that may precede a region name, in normalised form. "daerah" is neutral on its own so that
 * "Pemerintah Daerah Kota X" works; "Daerah Istimewa Yogyakarta" still resolves because a failed lookup
 * steps back to the text before the last peeled prefix.
 */
const prefixTable: readonly [string, PrefixEffect][] = [
  ['pemerintah', neutral],
  ['pemerintahan', neutral],
  ['pemda', neutral],
  ['daerah', neutral],
  ['administrasi', neutral],
  ['adm', neutral],
  ['kepala', neutral],
  ['dprd', neutral],
  ['pj', { kind: 'acting' }],
  ['penjabat', { kind: 'acting' }],
  ['plt', { kind: 'acting' }],
  ['pelaksana tugas', { kind: 'acting' }],
  ['plh', { kind: 'acting' }],
  ['pelaksana harian', { kind: 'acting' }],
  ['wakil', { kind: 'deputy' }],
  ['wagub', title('provinsi', 'wakil_gubernur', 'wakil_gubernur')],
  ['wabup', title('kabupaten', 'wakil_bupati', 'wakil_bupati')],
  ['wawali', title('kota', 'wakil_wali_kota', 'wakil_wali_kota')],
  ['gubernur', title('provinsi', 'gubernur', 'wakil_gubernur')],
  ['gub', title('provinsi', 'gubernur', 'wakil_gubernur')],
  ['bupati', title('kabupaten', 'bupati', 'wakil_bupati')],
  ['wali kota', title('kota', 'wali_kota', 'wakil_wali_kota')],
  ['walikota', title('kota', 'wali_kota', 'wakil_wali_kota')],
  ['sekda', title(null, 'sekretaris_daerah', 'lainnya')],
  ['sekretaris daerah', title(null, 'sekretaris_daerah', 'lainnya')],
  ['ketua dprd', title(null, 'ketua_dprd', 'lainnya')],
  ['provinsi', level('provinsi')],
  ['propinsi', level('provinsi')],
  ['prov', level('provinsi')],
  ['prop', level('provinsi')],
  ['pemprov', level('provinsi')],
  ['pemprop', level('provinsi')],
  ['kabupaten', level('kabupaten')],
  ['kab', level('kabupaten')],
  ['pemkab', level('kabupaten')],
  ['kota', level('kota')],
  ['kotamadya', level('kota')],
  ['kodya', level('kota')],
  ['pemkot', level('kota')],
  ['pemkota', level('kota')],
];

/** Prefix entries by their first token, longest first, so "wali kota" wins over a lone "wali". */
const prefixesByFirstToken = new Map<string, PrefixEntry[]>();
for (const [text, effect] of prefixTable) {
  const tokens = text.split(' ');
  const first = tokens[0] ?? '';
  const entries = prefixesByFirstToken.get(first) ?? [];
  entries.push({ tokens, effect });
  entries.sort((a, b) => b.tokens.length - a.tokens.length);
  prefixesByFirstToken.set(first, entries);
}

/**
 * Spelling variants of single words, applied to the name part before lookup. Split and joined
 * spellings ("Tanjung Pinang" / "Tanjungpinang") need no entry: keys are compared without spaces.
 */
const tokenVariants: ReadonlyMap<string, string> = new Map([
  ['kep', 'kepulauan'],
  ['kepl', 'kepulauan'],
  ['sumatra', 'sumatera'],
  ['jogja', 'yogyakarta'],
  ['jogjakarta', 'yogyakarta'],
  ['jogyakarta', 'yogyakarta'],
  ['yogya', 'yogyakarta'],
  ['ngayogyakarta', 'yogyakarta'],
  ['tj', 'tanjung'],
  ['tg', 'tanjung'],
  ['tanjong', 'tanjung'],
  ['sidempuan', 'sidimpuan'],
]);

/**
 * Other names for regions: the province abbreviations of the news, older official names, and
 * nicknames common enough to appear in articles. Keys are region codes.
 */
const extraAliases: Readonly<Record<string, readonly string[]>> = {
  '11': ['nad', 'nanggroe aceh darussalam', 'daerah istimewa aceh'],
  '12': ['sumut'],
  '13': ['sumbar'],
  '16': ['sumsel'],
  '19': ['babel', 'bangka belitung', 'kepulauan babel'],
  '21': ['kepri'],
  '31': ['dki', 'jakarta', 'daerah khusus ibu kota jakarta', 'daerah khusus jakarta', 'dk jakarta'],
  '32': ['jabar'],
  '33': ['jateng'],
  '34': ['diy', 'daerah istimewa yogyakarta', 'yogyakarta'],
  '35': ['jatim'],
  '52': ['ntb'],
  '53': ['ntt'],
  '61': ['kalbar'],
  '62': ['kalteng'],
  '63': ['kalsel'],
  '64': ['kaltim'],
  '65': ['kaltara'],
  '71': ['sulut'],
  '72': ['sulteng'],
  '73': ['sulsel'],
  '74': ['sultra'],
  '76': ['sulbar'],
  '82': ['malut'],
  '92': ['pabar'],
  '93': ['pasel'],
  '94': ['pateng'],
  '95': ['papeg'],
  '96': ['pbd'],
  '31.71': ['jakpus'],
  '31.72': ['jakut'],
  '31.73': ['jakbar'],
  '31.74': ['jaksel'],
  '31.75': ['jaktim'],
  '33.72': ['solo'],
  '71.09': ['sitaro'],
  '73.10': ['pangkep'],
  // Kabupaten/kota abbreviations in everyday use in regional news and official releases. Only forms
  // that name one region are listed: "Mura" (Musi Rawas and Murung Raya) and "KSB" (Sumbawa Barat, but
  // also kesepakatan bersama) are left out on purpose.
  '11.02': ['agara'],
  '11.12': ['abdya'],
  '12.01': ['tapteng'],
  '12.02': ['taput'],
  '12.03': ['tapsel'],
  '12.12': ['tobasa'],
  '12.13': ['madina'],
  '12.16': ['humbahas'],
  '12.18': ['sergai'],
  '12.20': ['paluta'],
  '12.21': ['palas'],
  '12.22': ['labusel'],
  '12.23': ['labura'],
  '13.01': ['pessel'],
  '14.02': ['inhu'],
  '14.04': ['inhil'],
  '14.06': ['rohul'],
  '14.07': ['rohil'],
  '14.09': ['kuansing'],
  '15.06': ['tanjabbar'],
  '15.07': ['tanjabtim'],
  '16.01': ['oku'],
  '16.02': ['oki'],
  '16.06': ['muba'],
  '16.08': ['oku timur', 'okut'],
  '16.09': ['oku selatan', 'okus'],
  '16.12': ['pali'],
  '16.13': ['muratara'],
  '18.01': ['lamsel'],
  '18.02': ['lamteng'],
  '18.03': ['lampura'],
  '18.04': ['lambar'],
  '18.07': ['lamtim'],
  '18.12': ['tubaba'],
  '18.13': ['pesibar'],
  '19.03': ['basel'],
  '19.04': ['bateng'],
  '19.05': ['babar'],
  '19.06': ['beltim'],
  '32.17': ['kbb'],
  '36.74': ['tangsel'],
  '52.01': ['lobar'],
  '52.02': ['loteng'],
  '52.03': ['lotim'],
  '52.08': ['klu'],
  '53.02': ['tts'],
  '53.03': ['ttu'],
  '53.15': ['mabar'],
  '53.18': ['sbd'],
  '53.19': ['matim'],
  '62.01': ['kobar'],
  '62.02': ['kotim'],
  '62.04': ['barsel'],
  '62.05': ['barut'],
  '62.10': ['gumas'],
  '62.11': ['pulpis'],
  '62.13': ['bartim'],
  '63.01': ['tala'],
  '63.04': ['batola'],
  '63.06': ['hss'],
  '63.07': ['hst'],
  '63.08': ['hsu'],
  '63.10': ['tanbu'],
  '64.02': ['kukar'],
  '64.07': ['kubar'],
  '64.08': ['kutim'],
  '64.09': ['ppu'],
  '64.11': ['mahulu'],
  '71.01': ['bolmong'],
  '71.05': ['minsel'],
  '71.06': ['minut'],
  '71.08': ['bolmut'],
  '71.10': ['boltim'],
  '71.11': ['bolsel'],
  '72.08': ['parimo'],
  '72.09': ['touna'],
  '73.01': ['selayar'],
  '73.14': ['sidrap'],
  '73.18': ['tator'],
  '73.22': ['lutra'],
  '73.24': ['lutim'],
  '73.26': ['torut'],
  '74.05': ['konsel'],
  '74.08': ['kolut'],
  '74.09': ['konut'],
  '74.10': ['butur'],
  '74.11': ['koltim'],
  '74.12': ['konkep'],
  '76.04': ['polman'],
  '81.01': ['malteng'],
  '81.02': ['malra'],
  '81.05': ['sbt'],
  '81.06': ['sbb'],
  '81.08': ['mbd'],
  '82.01': ['halbar'],
  '82.02': ['halteng'],
  '82.03': ['halut'],
  '82.04': ['halsel'],
  '82.06': ['haltim'],
};

/** Longest input resolveRegion looks at; a region mention is a few words, not a pasted article. */
const maxInputLength = 300;
/** Longest phrase, in tokens, that lookupAlias considers. */
const maxPhraseTokens = 16;

const nonAscii = /[^\x20-\x7e\t\n\r]/;
const combiningMarks = /[\u0300-\u036f]/g;
const nonAlphanumeric = /[^a-z0-9]+/g;

/**
 * Normalises text for region lookup: lower case, accents removed, every run of characters other than
 * a-z and 0-9 (punctuation, slashes, hyphens, spaces) turned into one space, trimmed.
 * "Pj. Wali Kota  Bekasi," -> "pj wali kota bekasi". Safe on any string, including whole articles.
 */
export function normalizeRegionText(text: string): string {
  let lower = text.toLowerCase();
  if (nonAscii.test(lower)) lower = lower.normalize('NFKD').replace(combiningMarks, '');
  return lower.replace(nonAlphanumeric, ' ').trim();
}

/** The lookup key of a region name: variants applied, spaces removed. */
function keyOf(tokens: readonly string[], start: number): string {
  let key = '';
  for (let i = start; i < tokens.length; i++) {
    const token = tokens[i] ?? '';
    key += tokenVariants.get(token) ?? token;
  }
  return key;
}

/** Name of a region without its kind: "Kota Bekasi" -> "Bekasi"; provinces keep their name. */
function baseName(region: Region): string {
  if (region.level === 'kota') return region.name.replace(/^Kota (Administrasi )?/, '');
  if (region.level === 'kabupaten') return region.name.replace(/^Kabupaten (Administrasi )?/, '');
  return region.name;
}

/** Base-name key -> regions answering to it, sorted by code. Built once. */
const aliasIndex = new Map<string, Region[]>();
let longestAlias = 0;
function addAlias(text: string, region: Region): void {
  const tokens = normalizeRegionText(text).split(' ');
  longestAlias = Math.max(longestAlias, tokens.length);
  const key = keyOf(tokens, 0);
  const bucket = aliasIndex.get(key);
  if (!bucket) aliasIndex.set(key, [region]);
  else if (!bucket.includes(region)) bucket.push(region);
}
for (const region of regions) {
  addAlias(baseName(region), region);
  for (const alias of extraAliases[region.code] ?? []) addAlias(alias, region);
}
// A kabupaten of islands goes by its name without "Kepulauan" ("Bupati Sangihe", "Pemkab Talaud"),
// unless that name is another region's.
for (const region of regions) {
  const bare = /^Kepulauan (.+)$/.exec(baseName(region))?.[1];
  if (region.level !== 'kabupaten' || !bare) continue;
  if (!aliasIndex.has(keyOf(normalizeRegionText(bare).split(' '), 0))) addAlias(bare, region);
}
for (const bucket of aliasIndex.values()) bucket.sort((a, b) => (a.code < b.code ? -1 : 1));

/**
 * Largest number of tokens of a region name or alias without its prefixes ("kepulauan siau tagulandang
 * biaro"), plus one for names people split ("Gunung Kidul"). A text scanner can try phrases up to this
 * length after a prefix.
 */
export const maxAliasTokenCount = longestAlias + 1;

type PeelStep = { start: number; levels: readonly RegionLevel[] | null };
type Peeled = { steps: PeelStep[]; office: RegionOffice | null; acting: boolean };

/**
 * Peels leading prefixes off a token list. Each step records where the name would start and which
 * levels the prefixes so far allow; lookup tries the last step first and steps back on failure.
 */
function peel(tokens: readonly string[]): Peeled {
  const steps: PeelStep[] = [{ start: 0, levels: null }];
  let levels: readonly RegionLevel[] | null = null;
  let office: RegionOffice | null = null;
  let acting = false;
  let deputy = false;
  // "Kabupaten/Kota X" names both levels: a kind right after a kind widens instead of replacing.
  let lastWasKind = false;
  let position = 0;
  while (position < tokens.length) {
    const entries = prefixesByFirstToken.get(tokens[position] ?? '');
    const entry = entries?.find((candidate) =>
      candidate.tokens.every((token, offset) => tokens[position + offset] === token),
    );
    if (!entry) break;
    const effect = entry.effect;
    position += entry.tokens.length;
    switch (effect.kind) {
      case 'neutral':
        break;
      case 'acting':
        acting = true;
        break;
      case 'deputy':
        deputy = true;
        break;
      case 'title':
        office = deputy ? effect.deputyOffice : effect.office;
        deputy = false;
        if (effect.level) levels = [effect.level];
        break;
      case 'level':
        levels =
          lastWasKind && levels && !levels.includes(effect.level)
            ? [...levels, effect.level]
            : [effect.level];
        break;
    }
    lastWasKind = effect.kind === 'level';
    steps.push({ start: position, levels });
  }
  return { steps, office, acting };
}

function tokenize(normalized: string): string[] {
  return normalized === '' ? [] : normalized.split(' ');
}

/**
 * Reads the prefixes of a normalised mention: "pj wakil wali kota bekasi" ->
 * { levels: ['kota'], office: 'wakil_wali_kota', acting: true, rest: 'bekasi' }.
 * Exported so that an article extractor can tell a region inside a person's title from a party.
 */
export function stripRegionPrefixes(normalized: string): RegionPrefixes {
  const tokens = tokenize(normalized);
  const { steps, office, acting } = peel(tokens);
  const last = steps[steps.length - 1] ?? { start: 0, levels: null };
  return { levels: last.levels, office, acting, rest: tokens.slice(last.start).join(' ') };
}

/**
 * Regions a normalised phrase (output of normalizeRegionText) may name, sorted by code: prefixes and
 * titles are read, then the name is looked up. "kota bekasi" -> [32.75]; "bekasi" -> [32.16, 32.75];
 * "jabar" -> [32]; anything else -> []. A fresh array each call; the regions themselves are frozen.
 */
export function lookupAlias(normalized: string): Region[] {
  const tokens = tokenize(normalized);
  if (tokens.length === 0 || tokens.length > maxPhraseTokens) return [];
  const { steps } = peel(tokens);
  for (let i = steps.length - 1; i >= 0; i--) {
    const step = steps[i];
    if (!step || step.start >= tokens.length) continue;
    const bucket = aliasIndex.get(keyOf(tokens, step.start));
    if (!bucket) continue;
    const allowed = step.levels;
    const found = allowed ? bucket.filter((region) => allowed.includes(region.level)) : bucket.slice();
    if (found.length > 0) return found;
  }
  return [];
}

/**
 * Resolves a region mention to one region, to an explicit list of candidates, or to nothing.
 * Never throws. Non-autonomous DKI kota administrasi resolve to their own code: whether they may be a
 * party is the caller's decision (see Region.autonomous).
 *
 * @example resolveRegion('Pemkot Malang') // { status: 'resolved', region: Kota Malang (35.73), ... }
 * @example resolveRegion('Malang') // { status: 'ambiguous', candidates: [35.07, 35.73] }
 */
export function resolveRegion(text: string): RegionResolution {
  const trimmed = text.trim();
  const candidates = trimmed.length > maxInputLength ? [] : lookupAlias(normalizeRegionText(trimmed));
  const [first] = candidates;
  if (candidates.length === 1 && first) return { status: 'resolved', region: first, candidates };
  if (candidates.length > 1) return { status: 'ambiguous', region: null, candidates };
  return { status: 'not_found', region: null, candidates: [] };
}
