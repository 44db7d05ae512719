/**
 * The venue of the event as written: a room, hall or floor inside a building, a hotel, an office, a
 * pendopo or a campus, read after "di", "bertempat di" and friends; else the region the article says it
 * took place in.
 */
import { lookupAlias, normalizeRegionText } from '../domain/regions';
import type { ArticleContext } from './context';
import type { Finding } from './event';
import { weekdayAlternation } from './lexicon';
import type { Sentence } from './sentences';

/**
 * Words that open a venue name; a hotel brand may carry the word inside it ("Swiss-Belhotel", "Novotel")
 * or come before it ("The Zuri Hotel ...").
 */
const venueHead =
  "(?:\\p{Lu}[\\p{L}-]*(?:hotel|otel)|(?:\\p{Lu}[\\p{L}'’-]*\\s+){1,3}(?:Hotel|Resort|Inn)(?![\\p{L}])|Aula|Baruga|Balairung|Bangsal|Sasana|Joglo|Ruang|Ruangan|Gedung|Graha|Griya|Wisma|Hotel|Balaikota|Balkot|Balai|Bale|Rektorat|Creative\\s+(?:Hub|Center)|Pendopo|Pendapa|Pendapi|Pringgitan|Kantor|Rumah\\s+Dinas|Rumah\\s+Jabatan|Rumdin|Auditorium|Hall|Ballroom|Convention|Sekretariat|Istana|Kompleks|Komplek|Lantai|Lobi|Lobby|Loji|Gelanggang|Command\\s+Center|Resort|Villa|Restoran|Rumah\\s+Makan|Guest\\s+House|Pusat|Taman|Alun-alun|Lapangan|Masjid|Kampus|Mall|Mal|Posko|Markas|Bandara|Bandar\\s+Udara)";
/**
 * Venue words that news text also writes in lower case before a proper name: "di ruang sidang Wali Kota,
 * Balai Kota Surabaya", "di ruang kerja gubernur, Kantor Gubernur Sulsel".
 */
const lowerVenueHead =
  '(?:aula|auditorium|balairung|ruang|ruangan|gedung|pendopo|pendapa|kantor|rumah\\s+dinas|rumah\\s+jabatan|lantai|posko|markas|lapangan)';
/**
 * "bertempat di Ruang Rapat ..." and friends; a bare "di" must be followed by a venue word. "di" is often
 * glued to a lower-case venue word: "Bertempat diruang kerja Sekretaris Daerah ...".
 */
const venuePattern = new RegExp(
  `(?<![\\p{L}])(?:bertempat\\s+di|berlangsung\\s+di|digelar\\s+di|dilaksanakan\\s+di|diselenggarakan\\s+di|di)(?:\\s+(${venueHead}(?![\\p{L}])|${lowerVenueHead}(?=\\s+[\\p{L}\\d]))|(${lowerVenueHead})(?=\\s+[\\p{L}\\d]))`,
  'gu',
);
/**
 * A venue whose own name has no venue word, placed by the building it is in: "di Puri Manggala Bhakti,
 * Kantor Wali Kota Probolinggo".
 */
const namedVenuePattern = new RegExp(
  `(?<![\\p{L}])(?:bertempat\\s+di|berlangsung\\s+di|digelar\\s+di|dilaksanakan\\s+di|diselenggarakan\\s+di|di)\\s+(\\p{Lu}[\\p{L}'’-]*(?:\\s+\\p{Lu}[\\p{L}'’-]*){0,3})\\s*,\\s*(?=${venueHead}(?![\\p{L}]))`,
  'gu',
);
/**
 * A visit goes to an office: "kunjungan kerja ke Kantor Bupati Lombok Barat", "menyambangi Kantor DPRD
 * DIY" name where it took place.
 */
const visitedOfficePattern =
  /(?<![\p{L}])(?:(menyambangi|mengunjungi|mendatangi|datangi|sambangi)\s+|ke\s+)((?:Kantor|Markas|Balai\s+Kota|Balaikota|Pendopo|Pendapa|Rumah\s+Dinas|Rumah\s+Jabatan|Gedung|Sekretariat|kantor(?=\s+\p{Lu}))(?![\p{L}]))/gu;
/** Words of a visit right before "ke": "kunjungan kerja (kunker) ke", "lawatan ke", "studi tiru ke". */
const visitBeforeTo =
  '(?:kunjungan(?:\\s+kerja)?(?:\\s*\\([^()\\n]{1,12}\\))?|kunker|lawatan|studi\\s+(?:banding|tiru|komparasi)|berkunjung|bertandang|melawat)';
/** A visit to a region, when no building is named: "melakukan kunjungan kerja ke Kabupaten Banyuwangi". */
const visitedRegionPattern = new RegExp(
  `(?<![\\p{L}])${visitBeforeTo}\\s+ke\\s+((?:Kota|Kabupaten|Provinsi)\\s+\\p{Lu}[\\p{L}'’-]*(?:\\s+\\p{Lu}[\\p{L}'’-]*){0,2})`,
  'giu',
);
/** A venue stated only as a city or regency without its level: "berlangsung di Semarang, Senin (4/3)". */
const cityVenuePattern =
  /(?<![\p{L}])(?:bertempat|berlangsung|digelar|dilaksanakan|diselenggarakan)\s+di\s+(\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,2})(?=\s*[,.;(]|\s*$)/gu;
/** Quoted speech describes; it does not narrate where the event took place. */
const quotationPattern = /["“][^"“”\n]{1,600}["”]/g;
/** A venue stated only as a region: "berlangsung di Kota Batu". */
const regionVenuePattern =
  /(?<![\p{L}])(?:bertempat|berlangsung|digelar|dilaksanakan|diselenggarakan)\s+di\s+((?:Kota|Kabupaten|Provinsi)\s+\p{Lu})/gu;

const weekdayWord = new RegExp(`^(?:${weekdayAlternation})\\b`);
/**
 * Where a statement or the event is dated: "katanya di Kota Mojokerto, Sabtu (26/2/2022)", "Sekda di
 * Makassar, Senin, mengatakan": a region written right before the weekday of the report.
 */
const datedRegionPattern = new RegExp(
  `(?<![\\p{L}])di\\s+((?:(?:Kota|Kabupaten)\\s+)?\\p{Lu}[\\p{L}'’-]*(?:\\s+\\p{Lu}[\\p{L}'’-]*){0,2})\\s*,\\s*(?:${weekdayAlternation})(?![\\p{L}])`,
  'gu',
);
/** An official's title after a comma ends a venue: "Balaikota Among Tani, Walikota Batu Aries ...". */
const titleAfterVenue =
  /^(?:Wali\s*[Kk]ota|Walkot|Bupati|Gubernur|Wakil|Ketua|Sekretaris|Sekda|Kepala|Plt|Pj|Plh)(?![\p{L}])/u;
/**
 * A capitalised word after a comma that opens the next clause, not a part of the venue: "di ruang
 * rapat Bupati Klungkung, Pada Kamis (25/9)", "..., Dalam kesempatan itu".
 */
const clauseAfterVenue =
  /^(?:Pada|Dalam|Saat|Ketika|Usai|Setelah|Sebelum|Selain|Hadir|Turut|Tampak|Sementara|Kemudian|Sedangkan|Adapun|Dengan|Yang|Acara|Kegiatan|Pertemuan|Kunjungan|Rombongan)(?![\p{L}])/u;

/**
 * A short form in brackets written in mixed case, "Rumah Dinas (Rudis)": it opens with the initial of a
 * word of the venue read so far and is no weekday ("Gedung Sate (Senin)").
 */
function shortFormIn(venueSoFar: string, rest: string): RegExpExecArray | null {
  const bracket = /^\((\p{Lu}[\p{L}\d]{1,9})\)/u.exec(rest);
  if (!bracket || weekdayWord.test(bracket[1] ?? '')) return null;
  const initials = new Set(venueSoFar.split(/\s+/).map((word) => word.charAt(0)));
  return initials.has(bracket[1]?.charAt(0) ?? '') ? bracket : null;
}

/**
 * Reads a venue from `from`: capitalised words, numbers, "No.", address parts and comma-separated
 * components, up to a weekday, a bracket, a lower-case word or the end of the sentence.
 */
function readVenue(text: string, from: number): { raw: string; end: number } {
  // Lower-case venue words continue a venue before a name: "..., kompleks Kantor Bupati Magelang"; so
  // does a doctor's title inside a building's name: "Gedung dr HR Suparsono".
  const tokenPattern =
    /^(?:[\p{Lu}\d][\p{L}\d'’./-]*|\([\p{Lu}\d]{2,10}\)|No\.|Jl\.|Kec\.|Kel\.|dan(?=\s+\p{Lu})|(?:kompleks|komplek|kawasan|gedung|kantor|lantai)(?=\s+[\p{Lu}\d])|(?:dr|drg)\.?(?=\s+\p{Lu}))/u;
  let position = from;
  let end = from;
  let words = 0;
  // A lower-case head ("ruang sidang", "ruang kerja gubernur") takes up to three lower-case words and
  // then a capitalised name; without one it is not a venue.
  // Lower-case parts may follow a comma when they are building words: "ruang rapat lantai 1, gedung DPRD ...".
  const lowerLead =
    /^\p{Ll}+(?:\s+(?:(?!(?:didampingi|bersama|oleh|yang|untuk|dengan|pada|saat|ketika|serta|dalam)(?![\p{L}]))\p{Ll}+|\d+)|\s*,\s*(?:gedung|kantor|kompleks|komplek|kawasan|lantai|aula|ruang)(?![\p{L}])){0,5}(?=(?:\s+|\s*,\s*)\p{Lu})/u.exec(
      text.slice(from, from + 90),
    );
  if (/^\p{Ll}/u.test(text[from] ?? '')) {
    if (!lowerLead) return { raw: '', end: from };
    position = from + lowerLead[0].length;
    end = position;
    words = lowerLead[0].split(/\s+/).length;
  }
  while (words < 25) {
    const rest = text.slice(position, position + 60);
    const separator = /^(\s*,\s*|\s+)/.exec(rest);
    const gap = words === 0 ? '' : (separator?.[0] ?? null);
    if (gap === null) break;
    const afterGap = rest.slice(gap.length);
    if (
      gap.includes(',') &&
      (weekdayWord.test(afterGap) || titleAfterVenue.test(afterGap) || clauseAfterVenue.test(afterGap))
    )
      break;
    const token = tokenPattern.exec(afterGap) ?? shortFormIn(text.slice(from, position), afterGap);
    if (!token) break;
    let word = token[0];
    // A period closing the sentence is not part of the venue ("... Balai Kota Malang.").
    // An honorific inside a building's name keeps its period: "Pendopo Drh. Soepardi".
    // So does an abbreviated government before its region: "Kawasan Perkantoran Pemprov. Kalsel".
    const namePart =
      /^(?:Drh|Dr|Drs|Ir|Prof|Hj|KH|St|Pemprov|Pemkab|Pemkot|Prov|Kab)\.$/.test(word) &&
      /^ \p{Lu}/u.test(afterGap.slice(word.length));
    if (word.endsWith('.') && !namePart && !/^(No|Jl|Kec|Kel)\.$/.test(word) && !/^\p{Lu}\.$/u.test(word))
      word = word.slice(0, -1);
    if (words > 0 && weekdayWord.test(word)) break;
    position += gap.length + word.length;
    end = position;
    words++;
  }
  return { raw: text.slice(from, end), end };
}

/**
 * Tidies a venue as written: address parts separated by commas ("Balai Kota Jalan Merdeka" ->
 * "Balai Kota, Jalan Merdeka"; "Gambir Jakarta Pusat" -> "Gambir, Jakarta Pusat" when the tail names a
 * kota or kabupaten), and a trailing province dropped (it locates the venue, it is not part of it).
 */
export function tidyVenue(raw: string, isRegion: (phrase: string) => 'province' | 'local' | null): string {
  let venue = raw.replace(/\s+/g, ' ').replace(/[\s,]+$/, '');
  venue = venue.replace(/([^,\s])\s+(Jalan|Jl\.)\s/g, '$1, $2 ');
  const parts = venue.split(/\s*,\s*/);
  while (parts.length > 1 && isRegion(parts[parts.length - 1] ?? '') === 'province') parts.pop();
  const lastIndex = parts.length - 1;
  const last = parts[lastIndex];
  if (lastIndex >= 1 && last && /(Jalan|Jl\.)/.test(venue)) {
    const words = last.split(' ');
    for (let cut = 1; cut < words.length; cut++) {
      const tail = words.slice(cut).join(' ');
      if (isRegion(tail) === 'local') {
        parts[lastIndex] = `${words.slice(0, cut).join(' ')}, ${tail}`;
        break;
      }
    }
  }
  return parts.join(', ');
}

/**
 * The venue. Prefers one in a sentence that also states the event (signing, visit, date); else the first.
 */
export function findPlace(
  text: string,
  sentences: readonly Sentence[],
  eventStart: number | null,
  isRegion: (phrase: string) => 'province' | 'local' | null,
  skip: (at: number) => boolean,
  visitedIsParty: (phrase: string) => boolean = () => true,
): Finding<string> | null {
  const quotations = [...text.matchAll(quotationPattern)].map((m) => [m.index, m.index + m[0].length]);
  const quoted = (at: number): boolean => quotations.some(([start, end]) => at > start! && at < end!);
  const found: Array<Finding<string>> = [];
  const heads = [
    ...text.matchAll(venuePattern),
    ...[...text.matchAll(visitedOfficePattern)].filter(
      // "ke Kantor ..." names a venue only when read as one: after a visit, not "menyerahkan berkas ke Kantor".
      (match) =>
        match[1] !== undefined ||
        /(?:kunjungan|berkunjung|bertandang|silaturahmi|silaturahim|datang)(?:\s+\p{L}+){0,2}\s*$/iu.test(
          text.slice(Math.max(0, match.index - 40), match.index),
        ),
    ),
  ];
  for (const match of heads) {
    if (skip(match.index) || quoted(match.index)) continue;
    const head = match[2] ?? match[1] ?? '';
    const headStart = match.index + match[0].length - head.length;
    const { raw, end } = readVenue(text, headStart);
    // A venue has at least two words and a name: "ruang rapat" alone says nothing.
    if (raw.split(' ').length < 2 || !/\p{Lu}/u.test(raw)) continue;
    const value = tidyVenue(raw, isRegion);
    found.push({
      value,
      start: headStart,
      end,
      confidence: /^(bertempat|berlangsung|digelar|dilaksanakan|diselenggarakan)/.test(match[0])
        ? 0.85
        : 0.75,
    });
  }
  for (const match of text.matchAll(ownOfficePattern)) {
    if (skip(match.index) || quoted(match.index)) continue;
    const sentence = sentences.find((s) => match.index >= s.start && match.index < s.end);
    // Only a visit's host is read so (the hand-written audience fixture 027 keeps "di ruang kerjanya" as no venue).
    const head = sentence ? text.slice(sentence.start, match.index) : '';
    const host = /(?<![\p{L}])(?:kunjungan|kunker)(?![\p{L}])/iu.test(head)
      ? hostTitleIn(head, isRegion)
      : null;
    if (!host) continue;
    const start = match.index + match[0].length - 'ruang kerjanya'.length;
    found.push({ value: `ruang kerja ${host}`, start, end: match.index + match[0].length, confidence: 0.7 });
  }
  for (const match of text.matchAll(namedVenuePattern)) {
    const name = match[1] ?? '';
    const headStart = match.index + match[0].indexOf(name, match[0].search(/\s/));
    // "di Surabaya, Gedung ..." is a city and then the venue, which `venuePattern` reads.
    if (skip(match.index) || isRegion(name) || found.some((f) => f.start === headStart)) continue;
    const { raw, end } = readVenue(text, headStart);
    if (!raw.includes(',')) continue;
    found.push({ value: tidyVenue(raw, isRegion), start: headStart, end, confidence: 0.7 });
  }
  found.sort((a, b) => a.start - b.start);
  if (found.length === 0) {
    for (const match of text.matchAll(regionVenuePattern)) {
      if (skip(match.index) || quoted(match.index)) continue;
      const headStart = match.index + match[0].length - (match[1] ?? '').length;
      const { raw, end } = readVenue(text, headStart);
      found.push({ value: tidyVenue(raw, () => null), start: headStart, end, confidence: 0.5 });
    }
    for (const match of text.matchAll(cityVenuePattern)) {
      const name = match[1] ?? '';
      if (skip(match.index) || quoted(match.index) || isRegion(name) !== 'local') continue;
      const headStart = match.index + match[0].length - name.length;
      found.push({ value: name, start: headStart, end: headStart + name.length, confidence: 0.45 });
    }
    for (const match of text.matchAll(visitedRegionPattern)) {
      const region = regionAt(match[1] ?? '', isRegion);
      if (!region || !visitedIsParty(region) || skip(match.index) || quoted(match.index)) continue;
      const headStart = match.index + match[0].length - (match[1] ?? '').length;
      found.push({ value: region, start: headStart, end: headStart + region.length, confidence: 0.45 });
    }
    for (const match of text.matchAll(datedRegionPattern)) {
      const name = match[1] ?? '';
      if (skip(match.index) || quoted(match.index) || isRegion(name) === null) continue;
      const headStart = match.index + match[0].indexOf(name, 2);
      if (found.some((finding) => finding.start === headStart)) continue;
      found.push({ value: name, start: headStart, end: headStart + name.length, confidence: 0.4 });
    }
    found.sort((a, b) => a.start - b.start);
  }
  if (found.length === 0) return null;
  const eventSentence =
    eventStart === null ? undefined : sentences.find((s) => eventStart >= s.start && eventStart < s.end);
  const inEventSentence = eventSentence
    ? found.find((f) => f.start >= eventSentence.start && f.start < eventSentence.end)
    : undefined;
  return inEventSentence ?? found[0] ?? null;
}

/** "menerima kunjungan ... di ruang kerjanya": the office of the host named earlier in the sentence. */
const ownOfficePattern = /(?<![\p{L}])di\s*ruang\s+kerjanya(?![\p{L}])/giu;
const hostTitlePattern =
  /(?<![\p{L}])(?:wakil\s+)?(?:gubernur|bupati|wali\s*kota|walikota|sekretaris\s+daerah)(?:\s+(?:provinsi|kabupaten|kota))?\s+(?=\p{Lu})/iu;

/** The first head's title and region in `head` as written ("Gubernur Sulawesi Utara", "wakil walikota Serang"). */
function hostTitleIn(head: string, isRegion: (phrase: string) => 'province' | 'local' | null): string | null {
  const title = hostTitlePattern.exec(head);
  if (!title) return null;
  const after = head.slice(title.index + title[0].length);
  const words = /^\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,3}/u.exec(after)?.[0].split(/\s+/) ?? [];
  for (let count = words.length; count >= 1; count--) {
    const region = words.slice(0, count).join(' ');
    if (isRegion(region) !== null) return `${title[0]}${region}`.replace(/\s+/g, ' ');
  }
  return null;
}

/** The longest run of words from the start of `phrase` that names a region ("Kota Madiun Jawa" -> "Kota Madiun"). */
function regionAt(phrase: string, isRegion: (phrase: string) => 'province' | 'local' | null): string | null {
  const words = phrase.split(/\s+/);
  for (let count = words.length; count >= 2; count--) {
    const candidate = words.slice(0, count).join(' ');
    if (isRegion(candidate) !== null) return candidate;
  }
  return null;
}

/** How a phrase reads as a region: a province, a kota or kabupaten (or an ambiguous name), or none. */
export function regionKindOf(phrase: string): 'province' | 'local' | null {
  const found = lookupAlias(normalizeRegionText(phrase));
  if (found.length === 0) return null;
  return found.every((region) => region.level === 'provinsi') ? 'province' : 'local';
}

/** The venue of the article's event (anchored on the event's date or cue), with its evidence added. */
export function findVenue(
  context: ArticleContext,
  anchor: number | null,
  partyCodes: ReadonlySet<string> = new Set(),
): Finding<string> | null {
  if (!context.hasCooperation) return null;
  // The region a visit went to is the venue only when it is a party's (the host's), not a trip mentioned
  // in passing ("belum bisa hadir sehubungan dengan Kunjungan Kerja ke Kota Makassar").
  const visitedIsParty = (phrase: string): boolean =>
    partyCodes.size === 0 ||
    lookupAlias(normalizeRegionText(phrase)).some((region) => partyCodes.has(region.code));
  const place = findPlace(context.text, context.sentences, anchor, regionKindOf, () => false, visitedIsParty);
  if (place) context.addEvidence('place', place.value, place.start, place.end, place.confidence);
  return place;
}
