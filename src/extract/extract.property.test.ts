import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { articleHash, extractArticle, onRuleFailure } from './extract';
import type { RuleFailure } from './extract';
import { extractionResultSchema } from './types';

/**
 * A hang guard, not a speed check (speed is `npm run bench`): a 3 MB input takes well under 1 s of
 * CPU, so only super-linear work (catastrophic backtracking, quadratic loops) can reach this bound,
 * even on a loaded 2-core machine.
 */
const perCallMs = 15_000;

/** Rule failures are reported, not swallowed: any one fails the property that met it. */
const failures: RuleFailure[] = [];
let previousReporter: ((failure: RuleFailure) => void) | undefined;
beforeAll(() => {
  previousReporter = onRuleFailure((failure) => failures.push(failure));
});
afterAll(() => {
  if (previousReporter) onRuleFailure(previousReporter);
});

function checkedExtract(input: Parameters<typeof extractArticle>[0]): void {
  const started = performance.now();
  const result = extractArticle(input);
  const failure = failures.shift();
  if (failure) throw new Error(`a rule failed on article ${failure.articleHash}: ${failure.message}`);
  const elapsed = performance.now() - started;
  const parsed = extractionResultSchema.safeParse(result);
  if (!parsed.success) throw new Error(`invalid shape: ${parsed.error.message}`);
  for (const items of Object.values(result.evidence)) {
    for (const item of items) {
      if (item.start > item.end || item.end > result.text.length)
        throw new Error('evidence span outside the text');
    }
  }
  expect(elapsed).toBeLessThan(perCallMs);
}

const newsWords = fc.constantFrom(
  'Pemkot Malang',
  'Pemkab Bekasi',
  'Pj. Wali Kota Bekasi, Gani Muhamad',
  'Bupati',
  'Gubernur DKI Jakarta',
  'menandatangani',
  'kesepakatan bersama',
  'Rabu (07/08)',
  '(31/2/2024)',
  'Senin, 12 Januari 2026',
  'di Aula Balai Kota Malang',
  ',',
  '.',
  '\n',
  '(',
  ')',
  '“',
  'Rp 2,5 miliar',
  'terkait',
  'sektor',
  'Kota',
  'Kabupaten',
  'disaksikan oleh',
  'H.M',
  'Baca juga',
);

// Hundreds of whole extractions per test: they take about a second alone, and several times more
// on a loaded machine (one timed out at 5 s at load 13), so they get a wider timeout than a unit.
describe('extractArticle never throws and keeps its shape', { timeout: 30_000 }, () => {
  it('on arbitrary strings', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 2_000 }), (text) => checkedExtract(text)),
      { numRuns: 200 },
    );
  });

  it('on arbitrary unicode', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 1_000 }), (text) => checkedExtract(text)),
      { numRuns: 150 },
    );
  });

  it('on shuffled news vocabulary', () => {
    fc.assert(
      fc.property(fc.array(newsWords, { maxLength: 300 }), (words) => checkedExtract(words.join(' '))),
      { numRuns: 200 },
    );
  });

  it('on random HTML fragments', () => {
    const tag = fc.constantFrom('p', 'div', 'nav', 'script', 'article', 'span', 'h1', 'footer', 'br', 'li');
    const fragment = fc
      .array(fc.tuple(tag, fc.oneof(newsWords, fc.string({ maxLength: 30 }))), { maxLength: 80 })
      .map((parts) => parts.map(([name, content]) => `<${name}>${content}`).join(''));
    fc.assert(
      fc.property(fragment, (html) => checkedExtract({ text: html, html: true })),
      { numRuns: 100 },
    );
  });

  it('on huge repeated inputs', () => {
    const units = [
      'Pemkot Malang dan Pemkab Bekasi menandatangani kesepakatan bersama pada Rabu (07/08) di Aula Balai Kota Malang. ',
      'Wali Kota '.repeat(3),
      'x',
      '((((((((',
      '<p>Pj. Bupati Bekasi, Dedy</p>',
    ];
    for (const unit of units) {
      const text = unit.repeat(Math.ceil(3_000_000 / unit.length));
      checkedExtract(text);
      checkedExtract({ text, html: true });
    }
  }, 240_000);

  it('on non-object inputs passed by untyped callers', () => {
    for (const input of [null, undefined, 42, {}, { text: 5 }] as unknown as string[]) checkedExtract(input);
  });
});

describe('a rule that throws', () => {
  it('is reported with the article hash instead of being swallowed', () => {
    const reported: RuleFailure[] = [];
    const previous = onRuleFailure((failure) => reported.push(failure));
    // A getter that throws stands for a rule breaking on this input.
    const input = {
      get text(): string {
        throw new Error('rule broke');
      },
    };
    try {
      expect(extractArticle(input).parties).toEqual([]);
    } finally {
      onRuleFailure(previous);
    }
    expect(reported).toHaveLength(1);
    expect(reported[0]?.message).toBe('rule broke');
  });

  it('hashes an article stably', () => {
    expect(articleHash('Pemkot Malang')).toBe(articleHash('Pemkot Malang'));
    expect(articleHash('Pemkot Malang')).not.toBe(articleHash('Pemkab Malang'));
    expect(articleHash('')).toMatch(/^[0-9a-f]{8}$/);
  });
});
