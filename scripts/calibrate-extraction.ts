/**
 * Fits the extractor's field confidence (src/extract/calibration.ts) on the labelled blind rounds and
 * reports how well it is calibrated.
 *
 *   npx tsx scripts/calibrate-extraction.ts          # report, and write src/extract/calibration.json
 *   npx tsx scripts/calibrate-extraction.ts --check  # report only
 *
 * First it fits on the even rounds (r6, r8, ... r14) and measures on the odd ones (r7 ... r15), which
 * it has not seen, then the other way round; then it fits on every round and writes that mapping, with
 * the held-out figures, to calibration.json. "Before" is the confidence the review screen showed until
 * now: the highest confidence of a field's evidence, for the fields that had evidence.
 */
import { writeFileSync } from 'node:fs';
import { format, resolveConfig } from 'prettier';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  applyCalibration,
  brierScore,
  expectedCalibrationError,
  fitCalibration,
  reliabilityTable,
} from '../src/extract/calibration';
import type { Calibration, Prediction } from '../src/extract/calibration';
import { scoredFields } from '../src/extract/types';
import { blindRounds, loadBlindRound, observeFields } from '../test/fixtures/blind/load';
import type { FieldObservation } from '../test/fixtures/blind/load';

const outFile = resolve(dirname(fileURLToPath(import.meta.url)), '../src/extract/calibration.json');
const check = process.argv.includes('--check');

const before = (observations: readonly FieldObservation[]): Prediction[] =>
  observations.flatMap((o) => (o.stated === null ? [] : [{ confidence: o.stated, correct: o.correct }]));
/** After calibration, only on the fields that had evidence (the ones "before" measures). */
const afterWithEvidence = (
  observations: readonly FieldObservation[],
  calibration: Calibration,
): Prediction[] =>
  after(
    observations.filter((o) => o.stated !== null),
    calibration,
  );
const after = (observations: readonly FieldObservation[], calibration: Calibration): Prediction[] =>
  observations.map((o) => ({
    confidence: applyCalibration(calibration[o.field], o.score),
    correct: o.correct,
  }));

const f3 = (value: number): string => value.toFixed(3);
const pct = (value: number): string => `${Math.round(value * 100)} %`;

type Measure = { ece: number; brier: number; n: number };
const measure = (predictions: Prediction[]): Measure => ({
  ece: expectedCalibrationError(predictions),
  brier: brierScore(predictions),
  n: predictions.length,
});

function heldOut(fitOn: readonly FieldObservation[], testOn: readonly FieldObservation[], label: string) {
  const calibration = fitCalibration(fitOn);
  console.log(`\n### ${label}\n`);
  console.log(
    '| field | n | ECE before (n with evidence) | ECE after, same n | ECE after, all | Brier before | Brier after, same n | Brier after, all |',
  );
  console.log('| --- | --- | --- | --- | --- | --- | --- | --- |');
  const perField: Record<string, { before: Measure; after: Measure }> = {};
  for (const field of scoredFields) {
    const rows = testOn.filter((o) => o.field === field);
    const b = measure(before(rows));
    const a = measure(after(rows, calibration));
    const same = measure(afterWithEvidence(rows, calibration));
    perField[field] = { before: b, after: a };
    console.log(
      `| ${field} | ${rows.length} | ${f3(b.ece)} (${b.n}) | ${f3(same.ece)} | ${f3(a.ece)} | ${f3(b.brier)} | ${f3(same.brier)} | ${f3(a.brier)} |`,
    );
  }
  const b = measure(before(testOn));
  const a = measure(after(testOn, calibration));
  const same = measure(afterWithEvidence(testOn, calibration));
  console.log(
    `| **all fields** | ${testOn.length} | ${f3(b.ece)} (${b.n}) | ${f3(same.ece)} | ${f3(a.ece)} | ${f3(b.brier)} | ${f3(same.brier)} | ${f3(a.brier)} |`,
  );
  console.log('\nReliability, all fields pooled (confidence bucket: n, mean confidence → share right):\n');
  console.log('| bucket | before | after |');
  console.log('| --- | --- | --- |');
  const rowsBefore = reliabilityTable(before(testOn));
  const rowsAfter = reliabilityTable(after(testOn, calibration));
  for (let index = 0; index < 5; index++) {
    const low = index / 5;
    const cell = (rows: typeof rowsBefore) => {
      const row = rows.find((r) => Math.abs(r.low - low) < 1e-9);
      return row ? `${row.n}: ${pct(row.meanConfidence)} → ${pct(row.accuracy)}` : '–';
    };
    console.log(`| ${pct(low)}–${pct(low + 0.2)} | ${cell(rowsBefore)} | ${cell(rowsAfter)} |`);
  }
  return { all: { before: b, after: a }, perField };
}

const observations = blindRounds.flatMap((round) => observeFields(loadBlindRound(round)));
const even = blindRounds.filter((_, index) => index % 2 === 0);
const odd = blindRounds.filter((_, index) => index % 2 === 1);
const inRounds = (rounds: string[]) => observations.filter((o) => rounds.includes(o.round));

console.log(`${observations.length / scoredFields.length} articles, rounds ${blindRounds.join(', ')}`);
const evenToOdd = heldOut(
  inRounds(even),
  inRounds(odd),
  `Fitted on ${even.join(', ')}; measured on ${odd.join(', ')}`,
);
const oddToEven = heldOut(
  inRounds(odd),
  inRounds(even),
  `Fitted on ${odd.join(', ')}; measured on ${even.join(', ')}`,
);

const calibration = fitCalibration(observations);
console.log('\n### Fitted on every round (calibration.json)\n');
console.log('| field | empty field | evidence score from → confidence (n) |');
console.log('| --- | --- | --- |');
for (const field of scoredFields) {
  const { empty, blocks } = calibration[field];
  console.log(
    `| ${field} | ${pct(empty.p)} (${empty.n}) | ${blocks.map((b) => `${b.from} → ${pct(b.p)} (${b.n})`).join('; ')} |`,
  );
}
const inSample = measure(after(observations, calibration));
console.log(`\nIn-sample (fitted and measured on all): ECE ${f3(inSample.ece)}, Brier ${f3(inSample.brier)}`);

if (!check) {
  const round3 = (m: Measure) => ({ ece: Number(f3(m.ece)), brier: Number(f3(m.brier)), n: m.n });
  // Written in the repository's Prettier style, so that the format check passes on a fresh fit.
  const json = `${JSON.stringify(
    {
      generatedBy: 'npx tsx scripts/calibrate-extraction.ts',
      rounds: blindRounds,
      articles: observations.length / scoredFields.length,
      heldOut: {
        fittedOnEvenMeasuredOnOdd: {
          before: round3(evenToOdd.all.before),
          after: round3(evenToOdd.all.after),
        },
        fittedOnOddMeasuredOnEven: {
          before: round3(oddToEven.all.before),
          after: round3(oddToEven.all.after),
        },
      },
      fields: calibration,
    },
    null,
    2,
  )}\n`;
  const options = (await resolveConfig(outFile)) ?? {};
  writeFileSync(outFile, await format(json, { ...options, filepath: outFile }));
  console.log(`\nwrote ${outFile}`);
}
