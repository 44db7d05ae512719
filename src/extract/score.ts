/**
 * Scoring an extraction against a truth file (test/fixtures/seeds/*.json): field by field, with sets
 * compared without order. Used by the tests and by bench/extract.bench.ts.
 */
import { scoredFields } from './types';
import type { ExtractionResult, ScoredField } from './types';

export { scoredFields };
export type { ScoredField };

/** A truth file: the contract fields only. */
export type ExtractionTruth = Pick<ExtractionResult, ScoredField>;

/** Per-field outcome of one article. */
export type ArticleScore = {
  fields: Record<ScoredField, boolean>;
  /** Fraction of fields that match exactly. */
  fieldScore: number;
  /** F1 of party codes (1 when both are empty). */
  partiesF1: number;
};

function sameSet(a: readonly string[], b: readonly string[]): boolean {
  const left = [...new Set(a)].sort();
  const right = [...new Set(b)].sort();
  return left.length === right.length && left.every((value, index) => value === right[index]);
}

/** Canonical form of an official for order-insensitive comparison. */
function officialKey(official: ExtractionResult['officials'][number]): string {
  return JSON.stringify([official.name, official.office, official.acting, official.regionCode]);
}

/** F1 of two sets of strings; 1 when both are empty. */
export function f1(predicted: readonly string[], expected: readonly string[]): number {
  const p = new Set(predicted);
  const e = new Set(expected);
  if (p.size === 0 && e.size === 0) return 1;
  let hits = 0;
  for (const value of p) if (e.has(value)) hits++;
  if (hits === 0) return 0;
  const precision = hits / p.size;
  const recall = hits / e.size;
  return (2 * precision * recall) / (precision + recall);
}

/** Compares an extraction with a truth file, field by field. */
export function scoreExtraction(result: ExtractionTruth, truth: ExtractionTruth): ArticleScore {
  const fields: Record<ScoredField, boolean> = {
    eventType: result.eventType === truth.eventType,
    interRegional: result.interRegional === truth.interRegional,
    documentTypes: sameSet(result.documentTypes, truth.documentTypes),
    date: result.date === truth.date,
    place: result.place === truth.place,
    parties: sameSet(
      result.parties.map((party) => `${party.code}|${party.name}`),
      truth.parties.map((party) => `${party.code}|${party.name}`),
    ),
    officials: sameSet(result.officials.map(officialKey), truth.officials.map(officialKey)),
    sectors: sameSet(result.sectors, truth.sectors),
  };
  const correct = scoredFields.filter((field) => fields[field]).length;
  return {
    fields,
    fieldScore: correct / scoredFields.length,
    partiesF1: f1(
      result.parties.map((party) => party.code),
      truth.parties.map((party) => party.code),
    ),
  };
}
