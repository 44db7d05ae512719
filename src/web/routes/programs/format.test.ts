import { describe, expect, it } from 'vitest';
import { formatPercent, formatRupiah } from './format';

describe('rupiah and percent', () => {
  it('writes rupiah with points in Indonesian and commas in English', () => {
    expect(formatRupiah(1_234_567, 'id')).toBe('Rp 1.234.567');
    expect(formatRupiah(1_234_567, 'en')).toBe('Rp 1,234,567');
    expect(formatRupiah(0, 'id')).toBe('Rp 0');
    expect(formatRupiah(999, 'id')).toBe('Rp 999');
    expect(formatRupiah(50_000_000_000, 'id')).toBe('Rp 50.000.000.000');
  });
  it('writes a percentage with the language decimal sign', () => {
    expect(formatPercent(33.3, 'id')).toBe('33,3%');
    expect(formatPercent(33.3, 'en')).toBe('33.3%');
    expect(formatPercent(40, 'id')).toBe('40%');
    expect(formatPercent(null, 'id')).toBe('—');
  });
});
