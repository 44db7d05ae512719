/**
 * What happened: the kind of event (signing, visit, audience), the documents signed, the venue, and the
 * follow-up promises and projects the article reports.
 */
import { fullMonthAlternation, signingAlternation } from './lexicon';
import type { Sentence } from './sentences';
import type { DocumentType, EventType } from './types';

/** A located value with the confidence of the rule that found it. */
export type Finding<T> = { value: T; start: number; end: number; confidence: number };

const signingVerb = new RegExp(`(?<![\\p{L}])(${signingAlternation})(?![\\p{L}])`, 'giu');
const visitWord =
  /(?<![\p{L}])(kunjungan\s+kerja|kunker|studi\s+banding|studi\s+komparasi|studi\s+tiru|kaji\s+banding|benchmarking|berkunjung|bertandang|mengunjungi|menerima\s+kunjungan|menerima\s+rombongan|lawatan|kunjungan)(?![\p{L}])/giu;
const audienceWord =
  /(?<![\p{L}])(audiensi|beraudiensi|audensi|rapat\s+koordinasi|rakor|pertemuan|bertemu|silaturahmi|silaturahim)(?![\p{L}])/giu;
/** Markers that a signing is planned, not done: "akan menandatangani", "rencana penandatanganan". */
const futureBefore =
  /\b(akan|jika|apabila|kalau|nantinya|ditargetkan|rencana(?:nya)?|direncanakan|dijadwalkan|berencana|segera|menjelang|persiapan|mempersiapkan|draf|draft|rancangan|menyusun|disusun|penyusunan|sepakat\s+(?:untuk\s+)?(?:menyusun|membuat|menindaklanjuti))\b[^.,;]{0,50}$/i;
/** Markers that a signing happened long before the event the article reports. */
const pastBefore =
  /\b(sebelumnya|pernah|tahun\s+lalu|telah\s+lama|sejak|tindak\s+lanjut(?:\s+dari)?|menindaklanjuti|berdasarkan|mengacu\s+pada)\b[^.,;]{0,40}$/i;
/** A time in the past, as news text writes it: "tahun lalu", "2024", "Maret 2023", "beberapa bulan silam". */
const pastTime = `(?:(?:beberapa\\s+|\\d+\\s+)?(?:tahun|bulan|pekan|minggu|waktu)\\s+(?:lalu|silam|sebelumnya)|tahun\\s+\\d{4}|sebelumnya|\\d{4}|(?:${fullMonthAlternation})\\s+(?:lalu|\\d{4}))`;
/**
 * A document named as signed before the event, by a passive verb or by a pronoun and a bare verb:
 * "kesepakatan bersama yang diteken tahun lalu", "... yang kita teken tahun lalu", "... yang telah
 * ditandatangani kedua kepala daerah pada 2024".
 */
const pastAfter = new RegExp(
  `^[^.;]{0,90}?\\b(?:yang\\s+)?(?:(?:telah|sudah|pernah)\\s+)?(?:(?:kita|kami|mereka|kedua\\s+(?:daerah|pihak|pemda|kepala\\s+daerah))\\s+(?:(?:telah|sudah|pernah)\\s+)?(?:teken|tandatangani|tanda\\s+tangani|sepakati)|di(?:teken|tandatangani|sepakati|tanda\\s+tangani))(?:\\s+[^\\s.;,]+){0,4}?\\s+(?:pada\\s+)?${pastTime}`,
  'i',
);
/**
 * A document that is the basis of what is signed now, not signed itself: "PKS ini turunan dari
 * kesepakatan bersama", "sebagai penjabaran KSB", "amanat nota kesepakatan".
 */
const basisBefore =
  /\b(?:turunan|penjabaran|amanat|merujuk(?:\s+(?:pada|kepada))?)(?:\s+(?:dari|atas))?\s+$/i;
/**
 * The document an addendum, perubahan or perpanjangan amends was signed before the event: "addendum
 * atas perjanjian kerja sama", "perpanjangan PKS", "perubahan kedua atas kesepakatan bersama".
 */
const amendedBefore =
  /(?:addendum|adendum|amandemen|perubahan|perpanjangan)(?:\s+(?:ke-?\w+|pertama|kedua|ketiga|atas|terhadap|dari|untuk))*\s+$/i;
/**
 * After a document: it is an earlier one ("PKS sebelumnya", "PKS yang telah berjalan sejak 2022") or the
 * one being amended ("Masa berlaku PKS juga diperpanjang").
 */
const earlierAfter =
  /^\)?\s*(?:(?:sebelumnya|lama|terdahulu|induk)(?![\p{L}])|yang\s+(?:(?:telah|sudah)\s+)?(?:berjalan|berlaku|ada)\s+sejak|(?:[\p{L}]+\s+){0,2}?(?:diperpanjang|diubah|diamandemen|direvisi|diakhiri)(?![\p{L}]))/iu;

function firstUsable(
  text: string,
  pattern: RegExp,
  confidence: number,
  usable: (start: number) => boolean,
): Finding<string> | null {
  for (const match of text.matchAll(pattern)) {
    if (usable(match.index))
      return { value: match[0], start: match.index, end: match.index + match[0].length, confidence };
  }
  return null;
}

function countMatches(text: string, pattern: RegExp): number {
  let count = 0;
  for (const _match of text.matchAll(pattern)) count++;
  return count;
}

/**
 * The kind of event. A signing that took place wins (a visit crowned by a signed agreement is a
 * signing); otherwise visit or audience by which is named more often; otherwise 'other'.
 */
export function classifyEvent(text: string): Finding<EventType> {
  const signing = firstUsable(text, signingVerb, 0.85, (start) => {
    const before = text.slice(Math.max(0, start - 60), start);
    const lineStart = text.lastIndexOf('\n', start - 1) + 1;
    const clause = before.slice(Math.max(0, before.length - (start - lineStart)));
    return !futureBefore.test(clause) && !pastBefore.test(clause);
  });
  if (signing) return { ...signing, value: 'signing' };
  const visits = countMatches(text, visitWord);
  const audiences = countMatches(text, audienceWord);
  if (visits === 0 && audiences === 0) return { value: 'other', start: 0, end: 0, confidence: 0.5 };
  const [pattern, value] =
    visits >= audiences ? [visitWord, 'visit' as const] : [audienceWord, 'audience' as const];
  const first = firstUsable(text, pattern, 0.75, () => true);
  return first ? { ...first, value } : { value: 'other', start: 0, end: 0, confidence: 0.5 };
}

/** Words of a visit made to learn: such a visit stays a visit whoever is visited. */
const studyWord =
  /(?<![\p{L}])(?:studi\s+(?:banding|komparasi|tiru)|belajar|mempelajari|benchmark(?:ing)?|menimba\s+ilmu)(?![\p{L}])/iu;

/**
 * A visit between a province and a kabupaten or kota inside it, not made to learn ("Wali Kota Tomohon
 * kunjungi Gubernur Sulut", "Pj Gubernur kunjungi Bangka Selatan"), is a meeting between leaders of one
 * line of government: an audience (docs/domain.md: "Audiensi / rapat").
 */
export function visitOrAudience<T extends Finding<EventType>>(
  event: T,
  parties: ReadonlyArray<{ code: string; level: string }>,
  text: string,
): T | (Omit<T, 'value'> & { value: 'audience' }) {
  if (event.value !== 'visit' || parties.length !== 2 || studyWord.test(text)) return event;
  const province = parties.find((party) => party.level === 'provinsi');
  const local = parties.find((party) => party.level !== 'provinsi');
  if (!province || !local || !local.code.startsWith(`${province.code}.`)) return event;
  return { ...event, value: 'audience' };
}

const documentPatterns: ReadonlyArray<[RegExp, DocumentType]> = [
  [/(?<![\p{L}])(kesepakatan\s+bersama|nota\s+kesepakatan|KSB)(?![\p{L}])/giu, 'kesepakatan_bersama'],
  [/(?<![\p{L}])(perjanjian\s+kerja\s?sama|PKS)(?![\p{L}])/gu, 'perjanjian_kerja_sama'],
  [/(?<![\p{L}])(perjanjian\s+kerja\s?sama)(?![\p{L}])/giu, 'perjanjian_kerja_sama'],
  [
    /(?<![\p{L}])(nota\s+kesepahaman|memorandum\s+of\s+understanding|MoU|MOU)(?![\p{L}])/gu,
    'nota_kesepahaman',
  ],
  [/(?<![\p{L}])(nota\s+kesepahaman)(?![\p{L}])/giu, 'nota_kesepahaman'],
  [
    /(?<![\p{L}])(addendum|adendum|amandemen|perubahan(?:\s+(?:pertama|kedua|ketiga|ke-?\d+))?\s+(?:atas\s+|terhadap\s+)?(?:kesepakatan|perjanjian|PKS|KSB))(?![\p{L}])/giu,
    'addendum',
  ],
];

/**
 * Documents signed at the event. Only for a signing; a document named next to a past or planned
 * signing ("telah ditandatangani tahun lalu", "akan ditindaklanjuti dengan PKS") does not count.
 * "Nota kesepakatan" is read as a kesepakatan bersama (a framework agreement between heads of region);
 * "MoU" and "nota kesepahaman" as nota_kesepahaman, as written.
 */
export function findDocuments(text: string, eventType: EventType): Array<Finding<DocumentType>> {
  if (eventType !== 'signing') return [];
  const mentions: Array<{ start: number; end: number; type: DocumentType }> = [];
  for (const [pattern, type] of documentPatterns)
    for (const match of text.matchAll(pattern))
      mentions.push({ start: match.index, end: match.index + match[0].length, type });
  mentions.sort((a, b) => a.start - b.start || b.end - a.end);
  const found = new Map<DocumentType, Finding<DocumentType>>();
  // "perjanjian kerja sama (PKS)": the bracketed short form is the same mention and shares its reading.
  let previous: { end: number; signedNow: boolean } | null = null;
  for (const { start, end, type } of mentions) {
    const shortFormOf: boolean | null =
      previous !== null && /^\s*\(\s*$/.test(text.slice(previous.end, start)) ? previous.signedNow : null;
    const signedNow: boolean = shortFormOf ?? isSignedNow(text, start, end, type);
    previous = { end, signedNow };
    if (signedNow && !found.has(type)) found.set(type, { value: type, start, end, confidence: 0.8 });
  }
  return [...found.values()].sort((a, b) => a.start - b.start);
}

/** True unless the words around a document mention make it a past, planned, basic or amended document. */
function isSignedNow(text: string, start: number, end: number, type: DocumentType): boolean {
  const before = text.slice(Math.max(0, start - 50), start);
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  const clause = before.slice(Math.max(0, before.length - (start - lineStart)));
  if (futureBefore.test(clause) || pastBefore.test(clause) || basisBefore.test(clause)) return false;
  if (pastAfter.test(text.slice(end, end + 140))) return false;
  // "addendum perjanjian kerja sama": the amended document was signed earlier; the addendum is what is signed now.
  if (type !== 'addendum' && (amendedBefore.test(clause) || earlierAfter.test(text.slice(end, end + 60))))
    return false;
  return true;
}

/** Follow-up promises: "akan ditindaklanjuti oleh OPD terkait", "sepakat akan membentuk tim kecil". */
const commitmentPattern =
  /(?<![\p{L}])((?:akan|segera|sepakat(?:\s+untuk)?|bersepakat)\s+(?:segera\s+|langsung\s+|terus\s+)?(?:ditindaklanjuti|menindaklanjuti|membentuk|menyusun|membahas|merumuskan|menyiapkan|melaksanakan|merealisasikan|mengimplementasikan|dilanjutkan|dituangkan|ditandatangani|dibentuk|disusun)[^.;:"“”\n]*)/giu;
const teamPattern = /(?<![\p{L}])(membentuk\s+(?:tim|kelompok\s+kerja|pokja|satgas|forum)[^.;:"“”\n,]*)/giu;
/** A commitment stops before its purpose or its reason. */
const commitmentTail =
  /\s+(?:untuk|agar|guna|sehingga|supaya|karena|berkaitan|terkait\s+dengan|yang\s+akan|demi)\b.*$|,.*$/is;

/** Follow-up promises, as written (trimmed to the promise itself). */
export function findCommitments(text: string): Array<Finding<string>> {
  const found: Array<Finding<string>> = [];
  const taken: Array<[number, number]> = [];
  for (const pattern of [commitmentPattern, teamPattern]) {
    for (const match of text.matchAll(pattern)) {
      const start = match.index;
      if (taken.some(([s, e]) => start >= s && start < e)) continue;
      const value = (match[1] ?? '').replace(commitmentTail, '').trim();
      if (value.split(/\s+/).length < 2) continue;
      taken.push([start, start + match[0].length]);
      found.push({ value, start, end: start + value.length, confidence: 0.7 });
    }
  }
  return found.sort((a, b) => a.start - b.start).slice(0, 10);
}

/**
 * Named infrastructure: "fly over Rawapanjang", "Jembatan Musi V", "Stadion Barombong", "TPST Piyungan".
 * The lead word may be capitalised (it is part of the name); what follows must be a name.
 */
const projectLeads = [
  'fly\\s?over',
  'flyover',
  'jalan\\s+tol',
  'jembatan',
  'terminal',
  'pasar',
  'bendungan',
  'embung',
  'rumah\\s+sakit',
  'stadion',
  'underpass',
  'jalan\\s+lingkar',
  'bandara',
  'pelabuhan',
  'kolam\\s+retensi',
]
  .map((lead) => `[${lead.charAt(0).toUpperCase()}${lead.charAt(0)}]${lead.slice(1)}`)
  .join('|');
const namedProject = new RegExp(
  `(?<![\\p{L}])((?:${projectLeads}|TPA|TPST|RSUD|SPAM|IPAL)\\s+\\p{Lu}[\\p{L}-]*(?:\\s+(?:\\p{Lu}[\\p{L}-]*|\\d+(?![\\d.,])|[IVX]+(?![\\p{L}]))){0,3})`,
  'gu',
);
/** A project named by what is built, when its value is given: "proyek pipa transmisi senilai Rp 12,5 miliar". */
const valuedProject =
  /(?<![\p{L}])proyek\s+((?:[\p{L}-]+\s+){0,3}?[\p{L}-]+)(?=\s+(?:senilai|sebesar|dengan\s+nilai|dengan\s+anggaran|bernilai)(?![\p{L}]))/giu;
/** Services delivered as projects in bantuan keuangan ("air bersih"). */
const serviceProject =
  /(?<![\p{L}])(air\s+bersih|air\s+minum|penerangan\s+jalan\s+umum|sambungan\s+rumah)(?![\p{L}])/giu;
const amountPattern =
  /(?<![\p{L}])Rp\.?\s?\d{1,3}(?:[.,]\d{1,3})*(?:\s?(?:triliun|miliar|milyar|juta|ribu|T|M)(?![\p{L}]))?/giu;
/** Sentences that speak of projects rather than of a sector in general. */
const projectContext =
  /\b(proyek|pembangunan|dibangun|membangun|outstanding|dikerjakan|anggaran|bantuan\s+keuangan|kemitraan|senilai|sebesar|rp\.?\s?\d+|realisasi|progres)\b/i;

/** Reads "Rp 2,5 miliar" as a number of rupiah; null when it cannot be read. */
export function parseRupiah(amount: string): number | null {
  const match = /Rp\.?\s?([\d.,]+)\s?(triliun|miliar|milyar|juta|ribu|T|M)?/i.exec(amount);
  if (!match) return null;
  const digits = match[1] ?? '';
  const unit = (match[2] ?? '').toLowerCase();
  const multiplier =
    unit === 'triliun' || unit === 't'
      ? 1e12
      : unit === 'miliar' || unit === 'milyar' || unit === 'm'
        ? 1e9
        : unit === 'juta'
          ? 1e6
          : unit === 'ribu'
            ? 1e3
            : 1;
  // With a unit, the comma is the decimal mark ("2,5 miliar"); without one, dots group thousands.
  const value =
    multiplier === 1
      ? Number(digits.replace(/[.,]/g, ''))
      : Number(digits.replace(/\./g, '').replace(',', '.'));
  return Number.isFinite(value) ? Math.round(value * multiplier) : null;
}

/**
 * Clause boundaries inside a sentence: a semicolon, or a comma before a contrasting or adding
 * conjunction ("..., sedangkan ...", "..., sementara ...").
 */
const clauseBreak =
  /;|,\s*(?=(?:sedangkan|sementara|adapun|serta|namun|tetapi|lalu|kemudian|dan)(?![\p{L}]))|\s(?=sedangkan(?![\p{L}]))/giu;

function clausesOf(sentence: string): Array<[number, number]> {
  const clauses: Array<[number, number]> = [];
  let start = 0;
  for (const match of sentence.matchAll(clauseBreak)) {
    clauses.push([start, match.index]);
    start = match.index + match[0].length;
  }
  clauses.push([start, sentence.length]);
  return clauses;
}

/**
 * Projects named in project sentences. An amount belongs to the nearest project named in the same
 * clause ("Rp 350 miliar untuk Jembatan Musi V, sedangkan Stadion ... mendapat Rp 45 miliar"); a project
 * with no amount in its clause has none.
 */
export function findProjects(
  text: string,
  sentences: readonly Sentence[],
): Array<Finding<{ name: string; amount: string | null; amountRupiah: number | null }>> {
  const found: Array<Finding<{ name: string; amount: string | null; amountRupiah: number | null }>> = [];
  const byName = new Map<string, (typeof found)[number]>();
  for (const sentence of sentences) {
    if (!projectContext.test(sentence.text)) continue;
    const names = new Set<string>();
    type Mention = { name: string; start: number; end: number; amount: string | null; distance: number };
    const mentions: Mention[] = [];
    for (const pattern of [namedProject, valuedProject, serviceProject]) {
      for (const match of sentence.text.matchAll(pattern)) {
        const name = (match[1] ?? match[0]).replace(/\s+/g, ' ').trim();
        const key = name.toLowerCase();
        if (names.has(key)) continue;
        names.add(key);
        mentions.push({
          name,
          start: match.index,
          end: match.index + match[0].length,
          amount: null,
          distance: Infinity,
        });
      }
    }
    if (mentions.length === 0) continue;
    for (const [clauseStart, clauseEnd] of clausesOf(sentence.text)) {
      const inClause = mentions.filter(
        (mention) => mention.start >= clauseStart && mention.start < clauseEnd,
      );
      for (const amount of sentence.text.slice(clauseStart, clauseEnd).matchAll(amountPattern)) {
        const amountStart = clauseStart + amount.index;
        const amountEnd = amountStart + amount[0].length;
        let nearest: Mention | undefined;
        let nearestDistance = Infinity;
        for (const mention of inClause) {
          const distance =
            amountStart >= mention.end ? amountStart - mention.end : Math.max(0, mention.start - amountEnd);
          if (distance < nearestDistance) {
            nearest = mention;
            nearestDistance = distance;
          }
        }
        if (nearest && nearestDistance < nearest.distance) {
          nearest.amount = amount[0].trim();
          nearest.distance = nearestDistance;
        }
      }
    }
    for (const mention of mentions) {
      const start = sentence.start + mention.start;
      // A project named again (the headline, then the body) is one project; a later amount completes it.
      const earlier = byName.get(mention.name.toLowerCase());
      if (earlier) {
        if (earlier.value.amount === null && mention.amount !== null)
          earlier.value = {
            ...earlier.value,
            amount: mention.amount,
            amountRupiah: parseRupiah(mention.amount),
          };
        continue;
      }
      const finding: (typeof found)[number] = {
        value: {
          name: mention.name,
          amount: mention.amount,
          amountRupiah: mention.amount ? parseRupiah(mention.amount) : null,
        },
        start,
        end: sentence.start + mention.end,
        confidence: 0.6,
      };
      byName.set(mention.name.toLowerCase(), finding);
      found.push(finding);
    }
  }
  return found.sort((a, b) => a.start - b.start).slice(0, 20);
}
