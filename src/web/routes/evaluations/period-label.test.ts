import { describe, expect, it } from 'vitest';
import type { Translate } from '../../i18n/context';
import { loadDictionary, translate } from '../../i18n/translate';
import { periodLabel } from './period-label';

// English is loaded on demand in the app; these tests word periods in both languages.
await loadDictionary('en');

const id: Translate = (key, params) => translate('id', key, params);
const en: Translate = (key, params) => translate('en', key, params);

describe('period labels', () => {
  it('words every period key of the rules in both languages, and leaves an unknown key as it is', () => {
    expect(periodLabel(id, '2026-S1')).toBe('Semester 1 2026');
    expect(periodLabel(id, '2026')).toBe('Tahun 2026');
    expect(periodLabel(id, '2026-Q3')).toBe('Triwulan 3 2026');
    expect(periodLabel(id, '2026-M10')).toBe('Bulan 10 2026');
    expect(periodLabel(en, '2026-Q3')).toBe('Quarter 3 2026');
    expect(periodLabel(id, 'semester satu')).toBe('semester satu');
  });
});
