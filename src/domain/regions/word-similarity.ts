/**
 * pg_trgm's `word_similarity(needle, haystack)` in TypeScript, so that region search can run in
 * memory with the typo tolerance it had in SQL. It follows pg_trgm's `calc_word_similarity` and
 * `iterate_word_similarity` (trgm_op.c): the greatest similarity between the trigram set of the
 * needle and any continuous extent of the ordered trigrams of the haystack. Both texts are expected
 * in lower case, as the callers pass them.
 */

/**
 * The trigrams of each alphanumeric word in order, padded as pg_trgm pads them ("  w", " wo", ...,
 * "rd "). Precompute them for a haystack searched many times.
 */
export function trigrams(text: string): string[] {
  const result: string[] = [];
  for (const word of text.split(/[^\p{L}\p{N}]+/u)) {
    if (!word) continue;
    const padded = [' ', ' ', ...word, ' '];
    for (let i = 0; i + 3 <= padded.length; i += 1) result.push(padded.slice(i, i + 3).join(''));
  }
  return result;
}

/** pg_trgm computes in float4: round the same way so that thresholds and ties agree with SQL. */
const float4 = Math.fround;

/** pg_trgm's similarity of `count` shared trigrams between sets of `len1` and `len2` trigrams. */
function similarity(count: number, len1: number, len2: number): number {
  return float4(count / (len1 + len2 - count));
}

/** Trigrams of the needle, for comparing one needle with many haystacks. */
export type Needle = { trigrams: ReadonlySet<string> };

/** Prepares a needle for `wordSimilarity`. */
export function needle(text: string): Needle {
  return { trigrams: new Set(trigrams(text)) };
}

/**
 * The word similarity (0 to 1) of a needle to a haystack, as pg_trgm's `word_similarity`:
 * `wordSimilarity(needle('bekasy'), 'kota bekasi')` is about 0.71.
 */
export function wordSimilarity(query: Needle, haystack: string | readonly string[]): number {
  const found = query.trigrams;
  const unique1 = found.size;
  if (unique1 === 0) return 0;
  const trg2 = typeof haystack === 'string' ? trigrams(haystack) : haystack;
  // The last position of each trigram within the current extent.
  const lastPos = new Map<string, number>();
  let unique2 = 0;
  let count = 0;
  let lower = -1;
  let best = 0;
  for (let i = 0; i < trg2.length; i += 1) {
    const trigram = trg2[i] as string;
    const inNeedle = found.has(trigram);
    if (lower >= 0 || inNeedle) {
      if ((lastPos.get(trigram) ?? -1) < 0) {
        unique2 += 1;
        if (inNeedle) count += 1;
      }
      lastPos.set(trigram, i);
    }
    if (!inNeedle) continue;
    const upper = i;
    if (lower === -1) {
      lower = i;
      unique2 = 1;
    }
    let current = similarity(count, unique1, unique2);
    // Try moving the lower bound up for a greater similarity.
    let tmpCount = count;
    let tmpUnique2 = unique2;
    const previousLower = lower;
    for (let tmpLower = lower; tmpLower <= upper; tmpLower += 1) {
      const candidate = similarity(tmpCount, unique1, tmpUnique2);
      if (candidate > current) {
        current = candidate;
        unique2 = tmpUnique2;
        lower = tmpLower;
        count = tmpCount;
      }
      const dropped = trg2[tmpLower] as string;
      if (lastPos.get(dropped) === tmpLower) {
        tmpUnique2 -= 1;
        if (found.has(dropped)) tmpCount -= 1;
      }
    }
    best = Math.max(best, current);
    for (let tmpLower = previousLower; tmpLower < lower; tmpLower += 1) {
      const dropped = trg2[tmpLower] as string;
      if (lastPos.get(dropped) === tmpLower) lastPos.set(dropped, -1);
    }
  }
  return best;
}
