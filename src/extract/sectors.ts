/**
 * Sectors of cooperation named in an article. A news text mentions many sector words in passing
 * ("Kota Pendidikan", "Kementerian Pariwisata", a mayor's praise of investors); only the words that state
 * the scope of the cooperation count. Those sit after a scope cue: "sektor", "bidang", "terkait",
 * "meliputi", "seperti", "khususnya", "terutama" ... up to the end of the clause. A clause ends at
 * punctuation or at a purpose/relative word ("untuk", "yang", "sehingga"), so "inovasi untuk
 * peningkatan perekonomian" names inovasi, not perekonomian.
 * When no cue names a sector, words in sentences about the cooperation itself are used, with lower
 * confidence.
 */
import { cooperationNounCue } from './lexicon';
import { chooseSectors } from './sector-choice';
import type { SectorFinding, SectorMention, SectorPlace } from './sector-choice';
import { termPattern, vocabularyEntry } from './sector-vocabulary';
import { sentenceAt } from './sentences';
import type { Sentence } from './sentences';

/**
 * Scope cues. Capitalised "Bidang"/"Sektor"/"Urusan" are parts of names ("Deputi Bidang ..."), not cues.
 * A document or "kerja sama" directly followed by a pe-an/ke-an noun ("kerja sama penyediaan air bersih",
 * "kesepakatan bersama pengelolaan sampah") states its scope too; "kerja sama daerah", "kerja sama ini" do not.
 * What a party presents or reports to the other ("memaparkan sejumlah persoalan mendesak, terutama banjir",
 * "melaporkan perkembangan program penurunan stunting") is a topic of the meeting; "memaparkan, ..."
 * introduces reported speech instead.
 */
const cuePattern =
  /(?<![\p{L}])(?:sektor|bidang|urusan|[Tt]erkait(?:\s+dengan)?|[Mm]eliputi|[Mm]encakup|[Ss]eperti|[Aa]ntara\s+lain|[Dd]i\s*antaranya|[Kk]hususnya|(?<=(?:^|[.!?\n])\s*)(?:Pertama|Kedua|Ketiga|Keempat|Kelima|Keenam)(?=\s*,)|[Tt]erutama|[Ss]elain|(?:meminta|memohon|mohon)\s+dukungan(?:\s+[\p{Lu}][\p{L}]*){0,3}\s+untuk|[Dd]alam\s+hal|[Tt]entang|[Mm]engenai|[Mm]embahas|[Dd]ibahas|[Mm]empelajari|[Dd]ipelajari|[Mm]engusulkan|[Dd]iusulkan|(?:[Mm]emaparkan|[Dd]ipaparkan|[Mm]elaporkan|[Dd]ilaporkan)(?!\s*,)|[Bb]erkomitmen(?:\s+(?:untuk|ikut))?|(?:di)?[Ff]okus(?:kan)?\s+pada|(?:kerja\s?sama|kesepakatan\s+bersama|nota\s+kesepakatan|nota\s+kesepahaman|MoU|perjanjian|studi\s+(?:banding|komparasi|tiru))(?=\s+(?:pe|per|ke)[\p{L}]+an(?![\p{L}])))(?![\p{L}])/gu;

/**
 * A sentence that puts a topic outside this cooperation: "namun bidang pendidikan tidak menjadi bagian
 * dari PKS", "meski hal itu belum termasuk dalam kesepakatan", "akan dibahas dalam forum terpisah".
 */
const outsideScope =
  /(?<![\p{L}])(?:(?:belum|tidak|bukan)\s+(?:(?:menjadi\s+)?bagian|termasuk|masuk|tercakup|diatur|dibahas)|(?:forum|pertemuan|kesempatan|pembahasan)\s+(?:yang\s+)?(?:terpisah|lain)|(?:dibahas|dilakukan)\s+(?:dalam|pada|saat)\s+[^.]{0,60}(?:bulan|pekan|minggu|tahun)\s+depan)(?![\p{L}])/iu;

/**
 * A request for help names the help and what it is for: "permohonan bantuan keuangan provinsi untuk
 * penanganan daerah rawan longsor" states two scopes, the help (up to "untuk") and its purpose.
 */
const requestCue =
  /(?<![\p{L}])(?:permohonan|memohon|meminta|mengajukan|pengajuan|mengusulkan|usulan)\s+(?=(?:dukungan|bantuan)(?![\p{L}]))/giu;
const helpThenPurpose = /^(?:dukungan|bantuan)(?:\s+\p{L}+){0,3}?\s+untuk\s+/iu;

/** A cue followed by a short lead-in and a colon introduces a list: "mencakup tiga hal pokok: ...; ...; ...". */
const colonList = /^[^.;:!?\n"“”]{0,40}:/u;

/**
 * Words that end the scope of a cue: purpose, relative clauses, means ("pelestarian budaya melalui
 * penguatan desa adat" names budaya, not desa), reasons, reported speech.
 */
const clauseEnd =
  /[.;:!?"“”]|\s(?:yang|untuk|agar|sehingga|dimana|di\s+mana|karena|bagi|guna|supaya|demi|bahwa|namun|tetapi|tapi|melalui|lewat|ujar|kata|tutur|jelas|ungkap)(?![\p{L}])/u;

/**
 * A list item after a comma: "..., penguatan perdagangan ...", "..., serta penataan wilayah ...". A scope
 * cut short by a relative or purpose clause ("meliputi peningkatan jalan yang menghubungkan desa-desa,
 * penguatan perdagangan ...") resumes at the next such item of the same sentence.
 */
const nextListItem =
  /(?:,\s*|\s(?=(?:serta|dan)\s))(?:(?:serta|dan|maupun|hingga|juga)\s+)?(?=(?:pe|per|ke)\p{Ll}+an(?![\p{L}]))|,\s*(?:serta|maupun|hingga)\s+(?=\p{Ll})/gu;

/**
 * List cues ("seperti", "antara lain", "terutama" ...) name a scope only in a sentence about the
 * cooperation; elsewhere they list problems or projects ("persoalan lintas batas seperti banjir",
 * "sejumlah proyek besar, antara lain jalan ..."). Cues of scope proper (sektor, bidang, tentang,
 * terkait, membahas, mempelajari ...) count anywhere.
 */
const listCue =
  /^(?:[Ss]eperti|[Aa]ntara\s+lain|[Dd]i\s*antaranya|[Kk]husus(?:nya)?|[Tt]erutama|[Ss]elain)$/u;
const cooperationSentence =
  /(kerja\s?sama|kesepakatan|kesepahaman|kemitraan|mou|nota|perjanjian|kunjungan|studi|audiensi|sinergi|bersinergi|kolaborasi|pertemuan|bertemu|membahas|dibahas)/i;

/** A count before a word makes it a quantity, not a topic: "empat desa", "86 kalurahan", "sejumlah sekolah". */
const countBefore =
  /(?<![\p{L}])(?:\d+|satu|dua|tiga|empat|lima|enam|tujuh|delapan|sembilan|sepuluh|sebelas|puluhan|ratusan|ribuan|belasan|sejumlah|beberapa)\s+$/iu;

/** Words right after a cue that say "by means of", not "in the field of". */
const meansWord = /^[\s,]*(?:melalui|lewat|dengan\s+cara|dengan)\b/i;

/** Names of agencies and titles that contain a sector word ("Dinas Kesehatan", "Kementerian Pariwisata"). */
const institutionBefore =
  /(?:Dinas|Kepala|Badan|Kementerian|Menteri|Deputi|Direktorat|Kantor|Balai|Asisten|Bagian|Kota|Sekolah|Universitas|Institut|Komisi)\s+(?:[\p{Lu}][\p{L}]*\s+){0,3}$/u;

export type { SectorFinding } from './sector-choice';

function termsIn(text: string, from: number, to: number, scoped: boolean, out: SectorMention[]): void {
  const slice = text.slice(from, to);
  for (const match of slice.matchAll(termPattern)) {
    const matched = match[0];
    // Acronyms count only in their upper-case spelling: "PAD" is revenue, "pad" is not.
    const entry = vocabularyEntry(matched);
    if (!entry?.key) continue;
    const key = entry.key;
    const start = from + match.index;
    const before = text.slice(Math.max(0, start - 60), start);
    if (countBefore.test(before)) continue;
    // A capitalised sector word after an agency or place word is part of a name.
    if (/^\p{Lu}/u.test(matched) && institutionBefore.test(before)) continue;
    // "Jalan Pahlawan", "Jl. Merdeka": a street in an address, not road works.
    if (/^J(?:alan|l)$/u.test(matched) && /^\.?\s+\p{Lu}/u.test(text.slice(start + matched.length))) continue;
    out.push({ key, start, end: start + matched.length, weight: entry.weight, scoped });
  }
}

const maxScopeChars = 220;

/**
 * Terms in the scope that starts at `from`: up to the end of the clause, resuming at the next list item
 * when a relative or purpose word cut the clause short.
 */
function scanScope(text: string, start: number, sentenceEnd: number, findings: SectorMention[]): void {
  let from = start;
  while (from < sentenceEnd) {
    const after = text.slice(from, Math.min(sentenceEnd, from + maxScopeChars));
    const stop = clauseEnd.exec(after);
    const lineEnd = after.indexOf('\n');
    let length = stop ? stop.index : after.length;
    if (lineEnd >= 0) length = Math.min(length, lineEnd);
    termsIn(text, from, from + length, true, findings);
    // Only a clause cut by a word (not by punctuation or a line end) resumes at the next list item.
    if (!stop || !/^\s/.test(stop[0]) || (lineEnd >= 0 && lineEnd < stop.index)) break;
    nextListItem.lastIndex = 0;
    const rest = text.slice(from + length, sentenceEnd);
    const item = nextListItem.exec(rest);
    if (!item || /[.;:!?\n]/.test(rest.slice(0, item.index))) break;
    from = from + length + item.index + item[0].length;
  }
}

/** A list item on a line of its own: "a. ...", "b) ...", "1. ...", "- ...", "• ...". */
const itemLine = /^[ \t]*(?:[a-z]|\d{1,2})[.)][ \t]+|^[ \t]*[-•][ \t]+/u;
/** "Bidang-bidang lain yang disepakati": the catch-all item of a scope list names no sector. */
const catchAllItem = /^(?:bidang|hal|urusan)(?:-\p{L}+)?\s+lain/iu;
const maxItemLines = 20;

/** Reads the item lines of a list that starts on the line after `from`, up to the first line that is no item. */
function readItemLines(text: string, from: number, findings: SectorMention[]): void {
  let lineStart = text.indexOf('\n', from) + 1;
  for (let items = 0; lineStart > 0 && items < maxItemLines; items++) {
    const newline = text.indexOf('\n', lineStart);
    const lineEnd = newline < 0 ? text.length : newline;
    const marker = itemLine.exec(text.slice(lineStart, lineEnd));
    if (!marker) break;
    const itemStart = lineStart + marker[0].length;
    if (!catchAllItem.test(text.slice(itemStart, lineEnd))) termsIn(text, itemStart, lineEnd, true, findings);
    lineStart = newline < 0 ? 0 : newline + 1;
  }
}

/**
 * Sector findings in `text`: every vocabulary word, weighed by where it stands (in a scope clause, the
 * title, the lead, a sentence about the cooperation, or in passing) and chosen by sector-choice.ts.
 */
export function findSectors(
  text: string,
  sentences: readonly Sentence[],
  skipSpans: ReadonlyArray<[number, number]>,
  aboutOthers: (cueStart: number, cueEnd: number) => boolean = () => false,
  titleSpan: readonly [number, number] | null = null,
): SectorFinding[] {
  const findings: SectorMention[] = [];
  const inSkipped = (at: number): boolean => skipSpans.some(([start, end]) => at >= start && at < end);
  for (const match of text.matchAll(cuePattern)) {
    const cueEnd = match.index + match[0].length;
    if (inSkipped(match.index) || aboutOthers(match.index, cueEnd)) continue;
    const sentence = sentenceAt(sentences, match.index);
    if (listCue.test(match[0]) && !cooperationSentence.test(sentence?.text ?? '')) continue;
    if (meansWord.test(text.slice(cueEnd, cueEnd + 40))) continue;
    if (outsideScope.test(sentence?.text ?? '')) continue;
    const sentenceEnd = Math.min(sentence?.end ?? text.length, cueEnd + 2 * maxScopeChars);
    const list = colonList.exec(text.slice(cueEnd, sentenceEnd));
    // "meliputi:" then "a. ...", "b. ..." or "1. ..." on lines of their own: each line is a scope.
    if (list && /^\s*\n/.test(text.slice(cueEnd + list[0].length, cueEnd + list[0].length + 4))) {
      readItemLines(text, cueEnd + list[0].length, findings);
      continue;
    }
    if (!list) {
      scanScope(text, cueEnd, sentenceEnd, findings);
      continue;
    }
    // Each item of a colon list is a scope of its own, up to the next semicolon.
    let itemStart = cueEnd + list[0].length;
    while (itemStart < sentenceEnd) {
      const semicolon = text.indexOf(';', itemStart);
      const itemEnd = semicolon >= 0 && semicolon < sentenceEnd ? semicolon : sentenceEnd;
      scanScope(text, itemStart, itemEnd, findings);
      itemStart = itemEnd + 1;
    }
  }
  for (const match of text.matchAll(requestCue)) {
    const cueEnd = match.index + match[0].length;
    if (inSkipped(match.index) || aboutOthers(match.index, cueEnd)) continue;
    const sentence = sentenceAt(sentences, match.index);
    if (outsideScope.test(sentence?.text ?? '')) continue;
    const sentenceEnd = Math.min(sentence?.end ?? text.length, cueEnd + 2 * maxScopeChars);
    scanScope(text, cueEnd, sentenceEnd, findings);
    const purpose = helpThenPurpose.exec(text.slice(cueEnd, sentenceEnd));
    if (purpose) scanScope(text, cueEnd + purpose[0].length, sentenceEnd, findings);
  }
  const scopedAt = new Set(findings.map((finding) => finding.start));
  const loose: SectorMention[] = [];
  termsIn(text, 0, text.length, false, loose);
  const lead = sentences.find((sentence) => !titleSpan || sentence.start >= titleSpan[1]);
  const placeOf = (at: number): SectorPlace => {
    if (titleSpan && at >= titleSpan[0] && at < titleSpan[1]) return 'title';
    const sentence = sentenceAt(sentences, at);
    if (!sentence || outsideScope.test(sentence.text)) return 'passing';
    if (lead && sentence.index === lead.index) return 'lead';
    return cooperationNounCue.test(sentence.text) ? 'cooperation' : 'passing';
  };
  for (const mention of loose) {
    if (scopedAt.has(mention.start) || inSkipped(mention.start)) continue;
    findings.push(mention);
  }
  return chooseSectors(findings, placeOf);
}
