/**
 * Sentence splitting for Indonesian news text, with offsets into the cleaned text so that every field
 * can point at the sentence it came from.
 */

/** One sentence of the cleaned text: [start, end) offsets and the text itself. */
export type Sentence = { index: number; start: number; end: number; text: string };

/**
 * Words that end with a period without ending a sentence: titles (Pj., Plt., H., Dr.), address parts
 * (Jl., No.), degrees (S.E., M.Si.) and common abbreviations. Compared in lower case.
 */
const abbreviations = new Set([
  'pj',
  'plt',
  'plh',
  'h',
  'hj',
  'hm',
  'kh',
  'drs',
  'dra',
  'dr',
  'ir',
  'prof',
  'drg',
  'ns',
  'st',
  'jl',
  'jln',
  'no',
  'kab',
  'kec',
  'kel',
  'prov',
  'rt',
  'rw',
  'tbk',
  'dll',
  'dsb',
  'dkk',
  'sdr',
  'bpk',
  'ibu',
  'mr',
  'mrs',
  'ms',
  'vs',
  'tel',
  'telp',
  'ust',
  'kol',
  'letkol',
  'brigjen',
  'mayjen',
  'irjen',
  'kompol',
  'akbp',
  'si',
  'se',
  'sh',
  'mh',
  'mm',
  'mt',
  'sos',
  'ip',
  'pd',
  'kom',
  'ap',
  'm',
  'a',
  'n',
  'sp',
  'ak',
  // Ranks and ranks of the police and the navy before a name ("Capt. Ali Ibrahim", "Kapt. ...").
  'capt',
  'kapt',
  'kombes',
  'laksma',
  'marsma',
  'mayor',
  'serka',
  'lettu',
  'letda',
  'kapten',
  'ipda',
  'iptu',
  'aiptu',
  'bripka',
  'tgh',
  'mgr',
  'pdt',
]);

/** Longest sentence kept whole; longer runs (lists, broken markup) are cut so the work per sentence stays small. */
const maxSentenceChars = 1_500;

/**
 * Splits cleaned text into sentences. A line break always ends a sentence (the cleaner keeps one
 * paragraph per line); inside a line, [.!?] followed by space and a capital or quote ends one unless
 * the word before the period is an abbreviation, an initial or a number.
 */
export function splitSentences(text: string): Sentence[] {
  const sentences: Sentence[] = [];
  const push = (start: number, end: number): void => {
    let s = start;
    let e = end;
    while (s < e && /\s/.test(text[s] ?? '')) s++;
    while (e > s && /\s/.test(text[e - 1] ?? '')) e--;
    while (e - s > maxSentenceChars) {
      sentences.push({
        index: sentences.length,
        start: s,
        end: s + maxSentenceChars,
        text: text.slice(s, s + maxSentenceChars),
      });
      s += maxSentenceChars;
    }
    if (e > s) sentences.push({ index: sentences.length, start: s, end: e, text: text.slice(s, e) });
  };
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (char === '\n') {
      push(start, i);
      start = i + 1;
      continue;
    }
    if (char !== '.' && char !== '!' && char !== '?') continue;
    // Closing quotes and brackets belong to the sentence they end.
    let end = i + 1;
    while (end < text.length && /["”’')\]]/.test(text[end] ?? '')) end++;
    const after = text[end];
    if (after !== ' ') continue;
    const next = text[end + 1] ?? '';
    if (!/[\p{Lu}"“‘'(\d]/u.test(next)) continue;
    if (char === '.') {
      const before = /([\p{L}\d]+)$/u.exec(text.slice(Math.max(start, i - 20), i));
      const word = before?.[1] ?? '';
      if (abbreviations.has(word.toLowerCase())) continue;
      if (/^\p{Lu}$/u.test(word)) continue;
      // "No. 8-9" and "Rp. 5" style numbers continue the sentence; a period right after digits rarely ends one before a digit.
      if (/^\d+$/.test(word) && /\d/.test(next)) continue;
    }
    push(start, end);
    start = end + 1;
  }
  push(start, text.length);
  return sentences;
}

/** The sentence that contains offset `at`, by binary search over sorted sentences. */
export function sentenceAt(sentences: readonly Sentence[], at: number): Sentence | undefined {
  let low = 0;
  let high = sentences.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const sentence = sentences[middle];
    if (!sentence) break;
    if (at < sentence.start) high = middle - 1;
    else if (at >= sentence.end) low = middle + 1;
    else return sentence;
  }
  // Offsets on whitespace between sentences belong to the following sentence.
  return sentences[low];
}
