import { describe, expect, it } from 'vitest';
import { encodedEtag, etagMatches, isCompressible, negotiateEncoding } from './compression';

describe('negotiateEncoding', () => {
  it.each([
    ['gzip, deflate, br', 'br'],
    ['gzip, deflate, br, zstd', 'br'],
    ['gzip', 'gzip'],
    ['br;q=0, gzip;q=0.5', 'gzip'],
    ['BR', 'br'],
    ['*', 'br'],
    ['*;q=0, gzip', 'gzip'],
    ['identity', undefined],
    ['deflate', undefined],
    ['gzip;q=0', undefined],
    ['', undefined],
    [undefined, undefined],
  ] as const)('%j -> %j', (header, expected) => {
    expect(negotiateEncoding(header)).toBe(expected);
  });
});

describe('ETags per encoding', () => {
  it('suffixes a strong ETag per encoding and matches any of them', () => {
    expect(encodedEtag('"abc"', 'br')).toBe('"abc-br"');
    expect(encodedEtag('"abc"', 'gzip')).toBe('"abc-gz"');
    expect(encodedEtag('"abc"', undefined)).toBe('"abc"');
    expect(encodedEtag('W/"abc"', 'br')).toBe('W/"abc"');
    for (const header of ['"abc"', '"abc-br"', 'W/"abc-gz"', '"x", "abc"', '*']) {
      expect(etagMatches(header, '"abc"'), header).toBe(true);
    }
    for (const header of ['"abcd"', '"ab"', '', undefined]) expect(etagMatches(header, '"abc"')).toBe(false);
  });
});

it('compresses text, JSON, JavaScript and SVG, not images or archives', () => {
  for (const type of ['text/html; charset=UTF-8', 'application/json', 'text/javascript', 'image/svg+xml']) {
    expect(isCompressible(type), type).toBe(true);
  }
  for (const type of ['image/png', 'application/pdf', 'application/gzip', null]) {
    expect(isCompressible(type), String(type)).toBe(false);
  }
});
