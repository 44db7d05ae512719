/**
 * Calibrated field confidence: how likely each field of a draft is exactly right (as the scorer of
 * score.ts judges it), so that "90 %" is right about nine times in ten on real articles.
 *
 * The rules state a confidence per piece of evidence (a venue after "bertempat di" 0.85, a bare city
 * 0.45 ...): a ranking, not a probability. This module reduces a field's evidence to one score (its
 * evidence score) and maps that score to a probability with a per-field mapping fitted on the labelled
 * blind rounds (test/fixtures/blind) by `npx tsx scripts/calibrate-extraction.ts`, which writes
 * calibration.json. The mapping is isotonic (pool adjacent violators: a higher evidence score never
 * gets a lower probability), with a separate rate for an empty field (no venue, no date ...), since
 * an empty field is often right (a visit signs no document) and has no evidence to rank.
 *
 * Pure: the fitting and the measures (reliability table, Brier score, expected calibration error)
 * live here too, so the script and the tests share them.
 */
import mapping from './calibration.json' with { type: 'json' };
import { scoredFields } from './types';
import type { ExtractionResult, FieldConfidence, ScoredField } from './types';

/** An extraction before its confidence is added. */
export type UncalibratedResult = Omit<ExtractionResult, 'confidence'>;

/** One block of an isotonic mapping: evidence scores from `from` up map to `p`. */
export type CalibrationBlock = { from: number; p: number; n: number };

/** The mapping of one field: an empty field's rate, and the blocks of a non-empty one by score. */
export type FieldCalibration = {
  empty: { p: number; n: number };
  blocks: CalibrationBlock[];
};

export type Calibration = Record<ScoredField, FieldCalibration>;

/** One observation: a field's evidence score (null when the field is empty) and whether it was right. */
export type Observation = { score: number | null; correct: boolean };

/** The calibration fitted on every labelled round (calibration.json). */
export const fittedCalibration = mapping.fields as Calibration;

function isEmptyField(result: UncalibratedResult, field: ScoredField): boolean {
  switch (field) {
    case 'eventType':
      return result.eventType === 'other';
    case 'interRegional':
      return !result.interRegional;
    case 'date':
      return result.date === null;
    case 'place':
      return result.place === null;
    default:
      return result[field].length === 0;
  }
}

/**
 * A field's evidence score in 0..1, or null when the field is empty. A single value scores its rule's
 * confidence; a set (documents, parties, sectors) scores its weakest value, since one wrong value makes
 * the set wrong; officials score their weakest too, scaled by the share of parties that have one.
 * A value without evidence scores 0.
 */
export function evidenceScore(result: UncalibratedResult, field: ScoredField): number | null {
  if (isEmptyField(result, field)) return null;
  const confidences = (result.evidence[field] ?? []).map((item) => item.confidence);
  if (confidences.length === 0) return 0;
  switch (field) {
    case 'documentTypes':
    case 'parties':
    case 'sectors':
      return Math.min(...confidences);
    case 'officials': {
      const withLeader = new Set(result.officials.map((official) => official.regionCode));
      const parties = result.parties.map((party) => party.code);
      const share =
        parties.length === 0 ? 1 : parties.filter((code) => withLeader.has(code)).length / parties.length;
      return Math.round(Math.min(...confidences) * share * 100) / 100;
    }
    default:
      return Math.max(...confidences);
  }
}

/** The probability a field's mapping gives an evidence score (null: the field is empty). */
export function applyCalibration(calibration: FieldCalibration, score: number | null): number {
  if (score === null) return calibration.empty.p;
  let p = calibration.blocks[0]?.p ?? calibration.empty.p;
  for (const block of calibration.blocks) if (score >= block.from) p = block.p;
  return p;
}

/** Every scored field's calibrated confidence for a result. */
export function fieldConfidence(
  result: UncalibratedResult,
  calibration: Calibration = fittedCalibration,
): FieldConfidence {
  const confidence = {} as FieldConfidence;
  for (const field of scoredFields)
    confidence[field] = applyCalibration(calibration[field], evidenceScore(result, field));
  return confidence;
}

type Pool = { from: number; k: number; n: number };

/** Pool adjacent violators over pools sorted by score: merged until their rates never decrease. */
function poolAdjacentViolators(pools: Pool[], rate: (pool: Pool) => number): Pool[] {
  const stack: Pool[] = [];
  for (const pool of pools) {
    let current = { ...pool };
    while (stack.length > 0 && rate(stack[stack.length - 1]!) >= rate(current)) {
      const previous = stack.pop()!;
      current = { from: previous.from, k: previous.k + current.k, n: previous.n + current.n };
    }
    stack.push(current);
  }
  return stack;
}

const rounded = (value: number): number => Math.round(value * 1000) / 1000;
/** Laplace's rule of succession: a block of 3 right out of 3 says 0.8, not 1. */
const smoothed = (pool: Pool): number => (pool.k + 1) / (pool.n + 2);

/**
 * Fits one field's mapping: the empty field's smoothed rate, and an isotonic step function over the
 * non-empty scores. Blocks are fitted on raw rates, blocks of fewer than `minBlock` observations are
 * merged into a neighbour, and the smoothed rates are pooled once more so that they stay monotonic.
 */
export function fitField(observations: readonly Observation[], minBlock = 8): FieldCalibration {
  const empty = observations.filter((observation) => observation.score === null);
  const emptyPool = { from: 0, k: empty.filter((o) => o.correct).length, n: empty.length };
  const byScore = new Map<number, Pool>();
  for (const { score, correct } of observations) {
    if (score === null) continue;
    const pool = byScore.get(score) ?? { from: score, k: 0, n: 0 };
    pool.k += correct ? 1 : 0;
    pool.n += 1;
    byScore.set(score, pool);
  }
  const sorted = [...byScore.values()].sort((a, b) => a.from - b.from);
  let pools = poolAdjacentViolators(sorted, (pool) => pool.k / pool.n);
  // Small blocks join their lower neighbour (the first joins the next): a rate from three articles is noise.
  const merged: Pool[] = [];
  for (const pool of pools) {
    const last = merged[merged.length - 1];
    if (last && (pool.n < minBlock || last.n < minBlock))
      merged[merged.length - 1] = { from: last.from, k: last.k + pool.k, n: last.n + pool.n };
    else merged.push({ ...pool });
  }
  pools = poolAdjacentViolators(merged, smoothed);
  return {
    empty: { p: rounded(smoothed(emptyPool)), n: emptyPool.n },
    blocks: pools.map((pool) => ({ from: pool.from, p: rounded(smoothed(pool)), n: pool.n })),
  };
}

/** Every field's mapping, fitted on observations of all fields. */
export function fitCalibration(
  observations: ReadonlyArray<Observation & { field: ScoredField }>,
): Calibration {
  return Object.fromEntries(
    scoredFields.map((field) => [field, fitField(observations.filter((o) => o.field === field))]),
  ) as Calibration;
}

/** One row of a reliability table: predictions in [low, high) and how often they were right. */
export type ReliabilityRow = {
  low: number;
  high: number;
  n: number;
  meanConfidence: number;
  accuracy: number;
};

/** A confidence and whether the field was right. */
export type Prediction = { confidence: number; correct: boolean };

/** Reliability table over `bins` equal-width buckets of confidence (empty buckets left out). */
export function reliabilityTable(predictions: readonly Prediction[], bins = 5): ReliabilityRow[] {
  const rows: ReliabilityRow[] = [];
  for (let index = 0; index < bins; index++) {
    const low = index / bins;
    const high = (index + 1) / bins;
    const inBin = predictions.filter(
      (prediction) =>
        prediction.confidence >= low &&
        (prediction.confidence < high || (index === bins - 1 && prediction.confidence <= 1)),
    );
    if (inBin.length === 0) continue;
    rows.push({
      low,
      high,
      n: inBin.length,
      meanConfidence: inBin.reduce((sum, p) => sum + p.confidence, 0) / inBin.length,
      accuracy: inBin.filter((p) => p.correct).length / inBin.length,
    });
  }
  return rows;
}

/** Expected calibration error: the bucket-size-weighted mean gap between confidence and accuracy. */
export function expectedCalibrationError(predictions: readonly Prediction[], bins = 10): number {
  if (predictions.length === 0) return 0;
  return reliabilityTable(predictions, bins).reduce(
    (sum, row) => sum + (row.n / predictions.length) * Math.abs(row.meanConfidence - row.accuracy),
    0,
  );
}

/** Brier score: the mean squared gap between confidence and outcome (0 is perfect). */
export function brierScore(predictions: readonly Prediction[]): number {
  if (predictions.length === 0) return 0;
  return (
    predictions.reduce((sum, p) => sum + (p.confidence - (p.correct ? 1 : 0)) ** 2, 0) / predictions.length
  );
}
