/**
 * Officials named in an article: the person after (or before) a title mention, with honorifics, degrees
 * and nicknames removed, and spelling variants of one person merged.
 */
import { provinces } from '../domain/regions';
import { actingAlternation, honorificAlternation } from './lexicon';
import type { RegionMention } from './regions-in-text';

/** Honorifics and academic titles written before a name ("H.", "Hj.", "HM", "KH.", "Drs.", "Dr."). */
const honorific = new RegExp(`^(${honorificAlternation})\\.?$`);
/** Academic degrees written after a name ("S.E.", "M.Si", "MM", "S.Sos"). */
const degree =
  /^(S|M|D|Dr)\.?\s?[A-Z][A-Za-z.]{0,6}$|^(MM|MT|MH|SH|SE|SP|ST|MBA|MPA|MSi|MAP|Ph\.?D|Lc|MA|BA|BSc|MSc)\.?$/;
/** Capitalised words that can follow a title but are not part of a name. */
const notNameWords = new Set(
  [
    'dan',
    'dengan',
    'di',
    'ke',
    'dari',
    'pada',
    'yang',
    'untuk',
    'dalam',
    'saat',
    'bersama',
    'beserta',
    'serta',
    'selaku',
    'sebagai',
    'juga',
    'itu',
    'ini',
    'tersebut',
    'usai',
    'ketika',
    'kota',
    'kabupaten',
    'provinsi',
    'pemerintah',
    'pemkot',
    'pemkab',
    'pemprov',
    'dprd',
    'balai',
    'hotel',
    'ruang',
    'aula',
    'gedung',
    'kantor',
    'jalan',
    'periode',
    'terpilih',
    'definitif',
    'mengatakan',
    'menyampaikan',
    'menjelaskan',
    'menegaskan',
    'mengungkapkan',
    'menerima',
    'melakukan',
    'lakukan',
    'jalin',
    'menjalin',
    'menandatangani',
    'teken',
    'meneken',
    'hadir',
    'turut',
    'senin',
    'selasa',
    'rabu',
    'kamis',
    'jumat',
    'sabtu',
    'minggu',
    'audiensi',
    'kunjungan',
    'kemitraan',
    'kerja',
    'kerjasama',
    'tentang',
    'terkait',
    'sementara',
    'namun',
    'adapun',
    // Another official's title after a comma ("Wali Kota Denpasar, Bupati Badung, ...") is not a name.
    'bupati',
    'gubernur',
    'wali',
    'walikota',
    'wakil',
    'wabup',
    'wagub',
    'wawali',
    'sekda',
    'ketua',
    'pj',
    'plt',
    'plh',
    'penjabat',
    // Staff titles listed after a head's title ("para Staf Ahli Gubernur, Asisten Sekda") are not names.
    'asisten',
    'staf',
    'staff',
    'kepala',
    'sekretaris',
    'anggota',
    'para',
    // A minister named by title after a head's title ("Dihadapan Bupati Merauke, Mendagri meminta").
    'mendagri',
    'menteri',
    'wamendagri',
    'presiden',
    // A verb written with a capital after a head's title ("Gubernur Bali Memimpin rapat koordinasi").
    'memimpin',
    'memantau',
    'meminta',
    'menghadiri',
    'membuka',
    'meninjau',
    'mendampingi',
    'menyerahkan',
    'melantik',
    'mengunjungi',
    'menyambut',
    'memberikan',
    'mengajak',
    'mengapresiasi',
    'memaparkan',
    'meresmikan',
    'didampingi',
    'diwakili',
    'dihadiri',
    'disambut',
    'bertemu',
    'berkunjung',
  ].map((word) => word.toLowerCase()),
);

const wordPattern = /^[\p{Lu}][\p{Ll}\p{M}'’-]+$/u;
const initialPattern = /^\p{Lu}\.$/u;
const particles = new Set(['bin', 'binti', 'van', 'de', 'al', 'el']);
/**
 * Short forms of Muhammad and Abdul written with a period inside a name ("Moh. Irwan", "Abd. Rahim
 * Odeyani"): part of the name, not the end of a sentence.
 */
const nameAbbreviation = /^(?:Moh|Muh|Mhd|Moch|Much|Mochd|Mohd|Muhd|Abd|Ach|Achm|Ahm)\.$/;
const gluedAbbreviation = /^(?:Moh|Muh|Mhd|Moch|Much|Mochd|Mohd|Muhd|Abd|Ach|Achm|Ahm)\.(?=\p{Lu}\p{Ll})/u;

/** Province names ("Jawa Tengah", "Sulawesi Utara"), which locate a region and are never a person's name. */
const provinceNames = new Set(provinces.map((province) => province.name.toLowerCase()));
/** "Bupati Banjarnegara, Jawa Tengah, Budi Sarwono": the province between a title and its name. */
const provinceAfterTitle = new RegExp(
  `^ *, *(?:Provinsi\\s+)?(?:${provinces.map((province) => province.name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')}) *(?=,)`,
  'u',
);

/** A name read next to a title, with its span in the text. */
export type NameReading = { name: string; start: number; end: number };

/**
 * Reads a personal name starting at `from`: skips a comma, honorifics and degrees, stops at a lower-case
 * word, punctuation, a bracket (nicknames like "(Gus Ipul)" are dropped) or a word that cannot be a name.
 */
export function readNameAfter(text: string, from: number): NameReading | null {
  let position = from;
  position += provinceAfterTitle.exec(text.slice(from, from + 60))?.[0].length ?? 0;
  const window = text.slice(position, position + 160);
  // A hard-wrapped page may break the line between a title and its name ("Gubernur Banten\nWahidin Halim").
  const lead = /^ *,? *(?:\n *)?/.exec(window);
  position += lead ? lead[0].length : 0;
  const words: string[] = [];
  let start = -1;
  let end = position;
  let honorificsAllowed = true;
  while (words.length < 6) {
    const rest = text.slice(position, position + 40);
    // "Moh.Rifani": a short form of Muhammad glued to the next word is written apart.
    const glued = gluedAbbreviation.exec(rest);
    if (glued && words.length === 0) {
      start = position;
      words.push(glued[0]);
      position += glued[0].length;
      end = position;
      honorificsAllowed = false;
      continue;
    }
    // "H.Yusuf Muhammad": an honorific glued to the name by its period.
    const gluedHonorific = honorificsAllowed
      ? /^(?:H|Hj|Dr|Drs|Ir|Prof)\.(?=\p{Lu}\p{Ll})/u.exec(rest)
      : null;
    if (gluedHonorific) {
      position += gluedHonorific[0].length;
      continue;
    }
    const match = /^([\p{L}][\p{L}\p{M}'’-]*\.?(?:\s?\p{Lu}\.?)?)(?=[\s,;:)("”“.!?]|$)/u.exec(rest);
    if (!match) break;
    let token = match[1] ?? '';
    // "H.M Irsyad": a compound honorific glued by a period.
    if (honorificsAllowed && honorific.test(token.replace(/\s/g, ''))) {
      position += token.length;
      position += /^\s*/.exec(text.slice(position, position + 5))?.[0].length ?? 0;
      continue;
    }
    // Only the word itself, not a following initial, counts from here on.
    token = /^[\p{L}][\p{L}\p{M}'’-]*\.?/u.exec(token)?.[0] ?? token;
    const bare = token.replace(/\.$/, '');
    if (honorificsAllowed && honorific.test(bare)) {
      position += token.length;
      position += /^\s*/.exec(text.slice(position, position + 5))?.[0].length ?? 0;
      continue;
    }
    honorificsAllowed = false;
    if (notNameWords.has(bare.toLowerCase())) break;
    // "Wahyu Hidayat." ends the sentence: the period goes, the word stays, and the name ends here.
    const closesSentence =
      token.endsWith('.') &&
      /^[\s"”]|^$/.test(text.slice(position + token.length, position + token.length + 1));
    // "Moh. Irwan": a short form of Muhammad or Abdul before a capitalised word stays in the name.
    if (
      nameAbbreviation.test(token) &&
      /^ \p{Lu}\p{Ll}/u.test(text.slice(position + token.length, position + token.length + 3))
    ) {
      if (start < 0) start = position;
      words.push(token);
      end = position + token.length;
      position = end + 1;
      continue;
    }
    const isWord = wordPattern.test(bare) && (!token.endsWith('.') || closesSentence);
    if (isWord && closesSentence) {
      if (start < 0) start = position;
      words.push(bare);
      end = position + bare.length;
      break;
    }
    // Regnal numbers: "Sri Sultan Hamengku Buwono X", "Paku Alam X".
    if (/^(?:I{1,3}|IV|VI{0,3}|IX|XI{0,3})$/.test(bare) && words.length > 1) {
      words.push(bare);
      end = position + bare.length;
      if (token.endsWith('.')) break;
      position = end;
      const regnalGap = /^ +/.exec(text.slice(position, position + 5));
      if (!regnalGap) break;
      position += regnalGap[0].length;
      continue;
    }
    // Balinese names open with "I" (men) before the birth-order name: "I Wayan Gede Sumantra".
    const isBalineseI =
      bare === 'I' && words.length === 0 && /^ \p{Lu}\p{Ll}/u.test(text.slice(position + 1, position + 4));
    // "M. Agil Zulfikar", "A. S. Chaidir Syam": a name may open with initials when a capitalised word
    // follows them.
    const leadingInitial =
      initialPattern.test(token) &&
      words.length === 0 &&
      /^(?: \p{Lu}\.)* \p{Lu}\p{Ll}/u.test(text.slice(position + token.length, position + token.length + 12));
    // "M Nawawi", "A Rahman": an initial written without its period, before a capitalised word.
    const bareInitial =
      /^\p{Lu}$/u.test(token) &&
      words.length === 0 &&
      /^ \p{Lu}\p{Ll}/u.test(text.slice(position + token.length, position + token.length + 3));
    // "Yasti S Mokoagow": a middle initial without its period, between capitalised words.
    const middleInitial =
      /^\p{Lu}$/u.test(token) &&
      words.length > 0 &&
      /^ \p{Lu}\p{Ll}/u.test(text.slice(position + token.length, position + token.length + 3));
    // "Ampera AY Mebas", "AM Sukri A Sappewali": two or three initials written together without periods,
    // before a capitalised word that can be a name.
    const nextWord = /^ (\p{Lu}\p{Ll}+)/u.exec(
      text.slice(position + token.length, position + token.length + 30),
    )?.[1];
    const joinedInitials =
      /^\p{Lu}{2,3}$/u.test(token) &&
      !degree.test(token) &&
      (words.length > 0 || token.length === 2) &&
      nextWord !== undefined &&
      !notNameWords.has(nextWord.toLowerCase());
    const isInitial =
      joinedInitials ||
      (initialPattern.test(token) && words.length > 0) ||
      leadingInitial ||
      isBalineseI ||
      bareInitial ||
      middleInitial;
    const isParticle = particles.has(bare) && words.length > 0;
    if (!isWord && !isInitial && !isParticle) break;
    if (degree.test(token) && words.length > 0) break;
    if (start < 0) start = position;
    words.push(token);
    end = position + token.length;
    position = end;
    const gap = /^ +/.exec(text.slice(position, position + 5));
    if (!gap) break;
    position += gap[0].length;
    // "Moh. Ramdhan “Danny” Pomanto": a nickname in quotes inside the name is dropped.
    const nickname = /^["“][\p{Lu}][\p{L}]*["”] +(?=\p{Lu}\p{Ll})/u.exec(text.slice(position, position + 30));
    if (nickname) position += nickname[0].length;
  }
  while (words.length > 0 && particles.has(words[words.length - 1] ?? '')) words.pop();
  if (words.length === 0 || start < 0) return null;
  return { name: words.join(' '), start, end };
}

/**
 * Reads a name written before a title: "Maulana, Wali Kota Jambi" or "Maulana selaku Wali Kota Jambi";
 * degrees between them are skipped ("Adam Rahayaan,S.Ag, M.Si selaku Walikota Tual").
 */
export function readNameBefore(text: string, titleStart: number): NameReading | null {
  const before = text.slice(Math.max(0, titleStart - 80), titleStart);
  const match =
    /((?:\p{Lu}[\p{Ll}'’-]+\s){0,4}\p{Lu}[\p{Ll}'’-]+)(?:\s*,\s*(?:[A-Z]{1,3}\.\s?[A-Z][A-Za-z]{0,4}\.?|MM|MT|MH|SH|SE|MSi|MAP|MBA|MPA))*(?:\s*,\s*|\s+selaku\s+|\s+sebagai\s+)$/u.exec(
      before,
    );
  if (!match || match[1] === undefined) return null;
  // "Wali Kota Batu, Bupati Malang": a region after another title is not a name.
  if (
    /(?<![\p{L}])(?:Kota|Kabupaten|Provinsi|Bupati|Gubernur|Wali|Walikota|Wakil|Sekda|Ketua|DPRD)\s/u.test(
      match[1],
    )
  )
    return null;
  const words = match[1]
    .split(/\s+/)
    .filter((word) => !notNameWords.has(word.toLowerCase()) && !honorific.test(word));
  // Drop leading words that belong to the sentence rather than the name ("Sementara Maulana").
  if (words.length === 0) return null;
  const name = words.join(' ');
  if (provinceNames.has(name.toLowerCase())) return null;
  const start = titleStart - before.length + match.index + match[1].lastIndexOf(words[0] ?? '');
  const precedingChar = text[start - 1] ?? '';
  // A capitalised word right after an opening quote, a bracket or another capitalised word is not a clean name start;
  // after a slash it names a unit: "Pangdam XXII/Tambun Bungai, Gubernur Kalimantan Selatan".
  if (/[\p{L}\d/]/u.test(precedingChar)) return null;
  return { name, start, end: start + name.length };
}

/** Lookup form of a name: lower case, letters only, doubled letters collapsed ("Muhammad" ~ "Muhamad"). */
export function nameKey(name: string): string {
  return name
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z]/g, '')
    .replace(/(.)\1+/g, '$1');
}

/**
 * True when two names written in one article are the same person: equal keys, or one name's words are
 * a subset of the other's ("Sandiaga Uno" / "Sandiaga Salahudin Uno"), or keys one edit apart.
 */
export function sameperson(a: string, b: string): boolean {
  const keyA = nameKey(a);
  const keyB = nameKey(b);
  if (keyA === keyB) return true;
  const wordsA = a.toLowerCase().split(/\s+/).map(nameKey);
  const wordsB = b.toLowerCase().split(/\s+/).map(nameKey);
  const [shorter, longer] = wordsA.length <= wordsB.length ? [wordsA, wordsB] : [wordsB, wordsA];
  if (shorter.length >= 2 && shorter.every((word) => longer.includes(word))) return true;
  return keyA.length >= 6 && keyB.length >= 6 && editDistanceAtMostOne(keyA, keyB);
}

/**
 * True when `short` is one word that opens or closes the longer `full` ("Suganda" of "Suganda Pandapotan
 * Pasaribu"): the same person when both are written after the same office.
 */
export function isSurnameOrGivenName(short: string, full: string): boolean {
  const shortWords = short.split(/\s+/);
  const fullWords = full.split(/\s+/);
  if (shortWords.length !== 1 || fullWords.length < 2 || short.length < 3) return false;
  const key = nameKey(short);
  return key === nameKey(fullWords[0] ?? '') || key === nameKey(fullWords[fullWords.length - 1] ?? '');
}

/**
 * True when the first word of a name read after a title is a place elsewhere in the text ("Wali Kota
 * Kochi Seiya Okazaki" beside "delegasi dari Kochi"): the title names that place's official, not a person
 * of a party.
 */
export function opensWithPlace(text: string, name: string): boolean {
  const first = name.split(/\s+/)[0] ?? '';
  if (first.length < 3) return false;
  const escaped = first.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`(?<![\\p{L}])(?:dari|di|ke|asal|kota)\\s+${escaped}(?![\\p{L}])`, 'iu').test(text);
}

function editDistanceAtMostOne(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  let j = 0;
  let edits = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      i++;
      j++;
      continue;
    }
    if (++edits > 1) return false;
    if (a.length > b.length) i++;
    else if (b.length > a.length) j++;
    else {
      i++;
      j++;
    }
  }
  return edits + (a.length - i) + (b.length - j) <= 1;
}

/** One sighting of an official: a title mention with a name next to it. */
export type OfficialSighting = {
  mention: RegionMention;
  name: NameReading;
};

/** Rank of an office when choosing the leader of one side. */
export const officeRank: Record<string, number> = {
  gubernur: 5,
  bupati: 5,
  wali_kota: 5,
  wakil_gubernur: 4,
  wakil_bupati: 4,
  wakil_wali_kota: 4,
  sekretaris_daerah: 3,
  ketua_dprd: 2,
  lainnya: 1,
};

/**
 * Titles of the head of a third party who signs for it: "Rektor Universitas Airlangga", "Kepala
 * Kejaksaan Negeri Makassar", "Direktur Utama PT ...". Group 1 is an acting marker.
 */
export const thirdPartyTitle = new RegExp(
  `(?<![\\p{L}])(?:(${actingAlternation})\\s+)?(?:Rektor|Kepala|Direktur(?:\\s+Utama)?|Dirut|Ketua|Kajari|Kajati|Kapolres(?:ta)?|Kapolda|Dandim|Presiden\\s+Direktur|General\\s+Manager|GM|Manajer|Manager|Vice\\s+President|Pimpinan|Pemimpin)(?![\\p{L}])`,
  'gu',
);

const organizationToken = /^[\p{Lu}][\p{L}\p{M}\d'’&.-]*/u;

/**
 * Reads "<organisation> <name>" after a third-party title. The organisation ends where a known
 * organisation name ends, before an honorific ("Rektor Unair Prof. Mohammad Nasih"), after a region name
 * ("Kepala Kejaksaan Tinggi Sumatera Selatan Yulianto"), or after a lone acronym ("Rektor UGM Dwi ...").
 * Returns null when the split is not clear: an unsure name is left out rather than guessed.
 */
export function readThirdPartySignatory(
  text: string,
  titleEnd: number,
  organizationNames: readonly string[],
  endsWithRegion: (phrase: string) => boolean,
): NameReading | null {
  let position = titleEnd;
  while (text[position] === ' ') position++;
  const from = position;
  const rest = text.slice(from, from + 200);
  const known = organizationNames.find(
    (name) => rest.startsWith(name) && !/^[\p{L}]/u.test(rest.slice(name.length)),
  );
  let organizationEnd: number | null = known ? from + known.length : null;
  if (organizationEnd !== null) {
    const acronym = /^\s*\(\p{Lu}+\)/u.exec(text.slice(organizationEnd, organizationEnd + 20));
    if (acronym) organizationEnd += acronym[0].length;
  } else {
    const tokens: Array<{ word: string; start: number; end: number }> = [];
    while (tokens.length < 12) {
      const token = organizationToken.exec(text.slice(position, position + 40));
      if (!token) break;
      tokens.push({ word: token[0], start: position, end: position + token[0].length });
      position += token[0].length;
      const gap = /^ +/.exec(text.slice(position, position + 4));
      if (!gap) break;
      position += gap[0].length;
    }
    const honorificAt = tokens.findIndex(
      (token, index) => index > 0 && honorific.test(token.word.replace(/\.$/, '')),
    );
    if (honorificAt > 0) organizationEnd = tokens[honorificAt - 1]?.end ?? null;
    else {
      // The name follows the organisation, so its last token ends it only before a comma
      // ("General Manager PLN UID Jawa Barat, Susiana Mutia").
      for (let index = 0; index < tokens.length && organizationEnd === null; index++) {
        const token = tokens[index];
        if (index === tokens.length - 1 && !/^,/.test(text.slice(token?.end ?? 0, (token?.end ?? 0) + 1)))
          break;
        if (token && endsWithRegion(text.slice(from, token.end))) organizationEnd = token.end;
      }
      const first = tokens[0];
      if (organizationEnd === null && first && /^\p{Lu}{2,}$/u.test(first.word) && tokens.length > 1)
        organizationEnd = first.end;
    }
  }
  if (organizationEnd === null || organizationEnd <= from) return null;
  return readNameAfter(text, organizationEnd);
}
