import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractArticle } from './extract';
import { extractionResultSchema } from './types';

/**
 * A hang guard, not a speed check (speed is `npm run bench`): a 3 MB input takes well under 1 s of
 * CPU, so only super-linear work (catastrophic backtracking, quadratic loops) can reach this bound,
 * even on a loaded 2-core machine.
 */
const perCallMs = 15_000;

function checkedExtract(input: Parameters<typeof extractArticle>[0]): void {
  const started = performance.now();
  const result = extractArticle(input);
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

describe('extractArticle never throws and keeps its shape', () => {
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
