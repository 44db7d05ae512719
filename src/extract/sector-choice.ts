/**
 * Choosing the sectors of a cooperation: the one to four main fields, not every field named in passing.
 * Each vocabulary word found (sector-vocabulary.ts) adds its weight to its key, times a factor for where
 * it stands: in a clause that states the cooperation's scope ("meliputi bidang ...", "terkait ...") it
 * counts most, then in the title, the lead, a sentence about the cooperation, and least in passing.
 * A key is chosen when its score reaches the threshold and a fair share of the best key's score; at most
 * four keys are kept, the highest first. Each chosen key carries its evidence: the words that scored.
 */
import type { SectorKey } from '../domain/taxonomy/sectors';

/** Where a word stands in the article. */
export type SectorPlace = 'title' | 'lead' | 'cooperation' | 'passing';

/** One vocabulary word found in the text. */
export type SectorMention = {
  key: SectorKey;
  start: number;
  end: number;
  weight: number;
  /** Inside a clause that states the cooperation's scope. */
  scoped: boolean;
};

/** A chosen sector: its first scoring word's span, a confidence, the score and the words behind it. */
export type SectorFinding = {
  key: SectorKey;
  start: number;
  end: number;
  confidence: number;
  score: number;
  evidence: readonly Evidence[];
};

/** Factor of a word's weight by where it stands. */
export const placeFactor: Record<SectorPlace | 'scope', number> = {
  scope: 3,
  title: 2,
  lead: 1.5,
  cooperation: 1,
  passing: 0.25,
};
/** A key read outside a stated scope needs this many points: a word in the title and again in a sentence about the cooperation, say. */
export const sectorThreshold = 2;
/** Without any stated scope, a word in a sentence about the cooperation is enough. */
export const looseThreshold = 1;
/** ... and this share of the best key's points. */
export const shareOfBest = 0.3;
export const maxSectors = 4;

type Evidence = { start: number; end: number; points: number };

/** Points of one word: its weight times the factor of its place. */
function pointsOf(mention: SectorMention, placeOf: (at: number) => SectorPlace): number {
  return mention.weight * placeFactor[mention.scoped ? 'scope' : placeOf(mention.start)];
}

/** The chosen sectors, highest score first, with their evidence. */
export function chooseSectors(
  mentions: readonly SectorMention[],
  placeOf: (at: number) => SectorPlace,
): SectorFinding[] {
  const byKey = new Map<SectorKey, { scoped: boolean; evidence: Evidence[] }>();
  // A word read by two cues counts once, at its best place.
  const atStart = new Map<number, SectorMention>();
  for (const mention of mentions) {
    const seen = atStart.get(mention.start);
    if (!seen || (mention.scoped && !seen.scoped)) atStart.set(mention.start, mention);
  }
  for (const mention of atStart.values()) {
    const points = pointsOf(mention, placeOf);
    if (points <= 0) continue;
    const entry = byKey.get(mention.key) ?? { scoped: false, evidence: [] };
    entry.scoped ||= mention.scoped;
    entry.evidence.push({ start: mention.start, end: mention.end, points });
    byKey.set(mention.key, entry);
  }
  const scored = [...byKey].map(([key, entry]) => ({
    key,
    scoped: entry.scoped,
    evidence: entry.evidence.sort((a, b) => a.start - b.start),
    score: entry.evidence.reduce((sum, item) => sum + item.points, 0),
  }));
  const best = Math.max(0, ...scored.map((item) => item.score));
  const byScore = (a: (typeof scored)[number], b: (typeof scored)[number]): number =>
    b.score - a.score || (a.evidence[0]?.start ?? 0) - (b.evidence[0]?.start ?? 0);
  // Every field the scope states outright is kept; fields read elsewhere fill up to four, and need
  // more points when the scope is stated.
  const stated = scored.filter((item) => item.scoped).sort(byScore);
  const threshold = stated.length > 0 ? sectorThreshold : looseThreshold;
  const read = scored
    .filter((item) => !item.scoped && item.score >= threshold && item.score >= shareOfBest * best)
    .sort(byScore)
    .slice(0, Math.max(0, maxSectors - stated.length));
  return [...stated, ...read].map((item) => {
    const first = item.evidence[0] ?? { start: 0, end: 0 };
    return {
      key: item.key,
      start: first.start,
      end: first.end,
      confidence: Math.min(0.9, 0.3 + item.score / 10),
      score: item.score,
      evidence: item.evidence,
    };
  });
}

/**
 * A meeting, visit or agreement between governments that names no field of its own is about governing
 * itself (coordination, the business of councils, boundaries): pemerintahan umum, with low confidence.
 */
export function governanceFallback(start: number, end: number): SectorFinding {
  return { key: 'pemerintahan_umum', start, end, confidence: 0.35, score: 0, evidence: [] };
}
